//! `doorman user token ...`: a user's personal access tokens. `create` prints the token once.

use clap::Subcommand;

use crate::cli::Session;
use crate::error::Result;
use crate::model::duration::parse_seconds;

#[derive(Debug, Subcommand)]
pub(crate) enum TokenCommand {
    /// Make a personal access token; prints it once
    Create {
        /// User id, email, username or phone
        user: String,
        /// A name, unique among the user's tokens
        #[arg(long, value_name = "NAME")]
        name: String,
        /// How long it lives, such as 30d [default: until revoked]
        #[arg(long, value_name = "DURATION")]
        expires_in: Option<String>,
    },
    /// List a user's tokens (never the tokens themselves)
    List {
        /// User id, email, username or phone
        user: String,
    },
    /// Revoke a user's token by name
    Revoke {
        /// User id, email, username or phone
        user: String,
        /// The token's name
        name: String,
    },
}

pub(crate) fn run(session: &Session, cmd: TokenCommand) -> Result<()> {
    let printer = session.printer;
    let mut doorman = session.open()?;
    match cmd {
        TokenCommand::Create {
            user,
            name,
            expires_in,
        } => {
            let expires_at = match expires_in {
                Some(text) => Some(doorman.clock.now().plus(parse_seconds(&text)?)),
                None => None,
            };
            printer.one(&doorman.create_personal_token(&user, &name, expires_at, None)?);
        }
        TokenCommand::List { user } => printer.list(&doorman.list_personal_tokens(&user)?),
        TokenCommand::Revoke { user, name } => {
            printer.one(&doorman.revoke_personal_token(&user, &name)?)
        }
    }
    Ok(())
}
