//! `doorman keys ...`: token signing keys.

use clap::Subcommand;

use crate::cli::Session;
use crate::error::Result;
use crate::oidc::keys::KeyAlgorithm;

#[derive(Debug, Subcommand)]
pub(crate) enum KeysCommand {
    /// List signing keys, newest first (never their private parts)
    List,
    /// Make a new current key; the old one stays published until its tokens have expired
    Rotate {
        /// Algorithm of the new key
        #[arg(long, value_enum, default_value = "RS256")]
        alg: KeyAlgorithm,
        /// How long the old key stays published, such as 1h [default: until every token it
        /// signed has expired]
        #[arg(long, value_name = "DURATION")]
        grace: Option<String>,
    },
}

pub(crate) fn run(session: &Session, cmd: KeysCommand) -> Result<()> {
    let printer = session.printer;
    let mut doorman = session.open()?;
    match cmd {
        KeysCommand::List => printer.list(&doorman.list_keys()?),
        KeysCommand::Rotate { alg, grace } => {
            let grace = grace
                .as_deref()
                .map(crate::model::duration::parse_seconds)
                .transpose()?;
            printer.one(&doorman.rotate_key(alg, grace)?)
        }
    }
    Ok(())
}
