//! `doorman user ...`: user administration.

use clap::{Args, Subcommand};

use crate::cli::{Session, prompt};
use crate::cli::{mfa, role, user_token};
use crate::error::{Error, Result};
use crate::model::principal::Principal;
use crate::model::user::UserFilter;
use crate::model::user::{PasswordInput, Profile, Secret, UserField};
use crate::output;

#[derive(Debug, Subcommand)]
pub(crate) enum UserCommand {
    /// Create a user (asks for missing values on a terminal)
    Create {
        #[command(flatten)]
        profile: ProfileArgs,
        #[command(flatten)]
        password: PasswordArgs,
    },
    /// List users in creation order
    List(ListArgs),
    /// Show one user
    Show {
        /// User id, email, username or phone
        user: String,
    },
    /// Change a user's profile or password
    Update {
        /// User id, email, username or phone
        user: String,
        #[command(flatten)]
        profile: ProfileArgs,
        #[command(flatten)]
        password: PasswordArgs,
        /// Clear a field (repeatable)
        #[arg(long, value_enum, value_name = "FIELD")]
        unset: Vec<UserField>,
        /// Add a custom claim to the user's tokens, NAME=JSON (repeatable)
        #[arg(long, value_name = "NAME=JSON")]
        claim: Vec<String>,
        /// Remove a custom claim (repeatable)
        #[arg(long, value_name = "NAME")]
        unset_claim: Vec<String>,
    },
    /// Set a user's password (asks on a terminal)
    SetPassword {
        /// User id, email, username or phone
        user: String,
        /// Read the password from the first line of stdin
        #[arg(long)]
        password_stdin: bool,
    },
    /// Stop a user from signing in
    Suspend {
        /// User id, email, username or phone
        user: String,
    },
    /// Let a suspended user sign in again
    Unsuspend {
        /// User id, email, username or phone
        user: String,
    },
    /// Delete a user and everything that belongs to them
    Delete {
        /// User id, email, username or phone
        user: String,
    },
    /// List, assign and take away a user's roles (USER is an id, email, username or phone)
    #[command(subcommand)]
    Role(role::AssignmentCommand),
    /// A user's second factors: authenticator apps and backup codes
    #[command(subcommand)]
    Mfa(mfa::MfaCommand),
    /// A user's personal access tokens, which scripts exchange for access tokens
    #[command(subcommand)]
    Token(user_token::TokenCommand),
    /// List a user's linked social and enterprise identities
    Identities {
        /// User id, email, username or phone
        user: String,
    },
    /// Unlink a user's identity at a connector
    Unlink {
        /// User id, email, username or phone
        user: String,
        /// Connector id or name
        connector: String,
    },
}

#[derive(Debug, Args)]
pub(crate) struct ProfileArgs {
    /// Username: letters, digits and _, not starting with a digit
    #[arg(long)]
    username: Option<String>,
    /// Email address
    #[arg(long)]
    email: Option<String>,
    /// Phone number in E.164 form (+14155550100)
    #[arg(long)]
    phone: Option<String>,
    /// Display name
    #[arg(long)]
    name: Option<String>,
    /// Picture URL
    #[arg(long, value_name = "URL")]
    avatar_url: Option<String>,
    /// Mark the email verified (or --email-verified=false)
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL")]
    email_verified: Option<bool>,
    /// Mark the phone verified (or --phone-verified=false)
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL")]
    phone_verified: Option<bool>,
    /// Set a custom data key to a JSON value, e.g. --custom plan='"pro"' (repeatable)
    #[arg(long, value_name = "KEY=JSON")]
    custom: Vec<String>,
    /// Mark a test user, whom `serve --test-controls` signs in by login_hint without a page
    /// (or --test-user=false)
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL")]
    test_user: Option<bool>,
    /// No longer a test user (the same as --test-user=false)
    #[arg(long, conflicts_with = "test_user")]
    no_test_user: bool,
}

#[derive(Debug, Args)]
#[group(multiple = false)]
pub(crate) struct PasswordArgs {
    /// The password (visible to other local users; prefer --password-stdin)
    #[arg(long)]
    password: Option<String>,
    /// Read the password from the first line of stdin
    #[arg(long)]
    password_stdin: bool,
    /// Import an argon2 PHC string or bcrypt hash as it is
    #[arg(long, value_name = "PHC")]
    password_hash: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct ListArgs {
    /// Only users whose username, email, phone or name contains TEXT
    #[arg(long, value_name = "TEXT")]
    search: Option<String>,
    /// Only suspended users
    #[arg(long)]
    suspended: bool,
    /// Only members of this organization (id or name)
    #[arg(long)]
    org: Option<String>,
    /// At most N users
    #[arg(long, default_value_t = 100, value_name = "N")]
    limit: u32,
    /// Skip the first N users
    #[arg(long, default_value_t = 0, value_name = "N")]
    offset: u32,
}

impl ProfileArgs {
    fn into_profile(self) -> Result<Profile> {
        let custom_data = self
            .custom
            .iter()
            .map(|pair| parse_custom(pair))
            .collect::<Result<_>>()?;
        Ok(Profile {
            username: self.username,
            email: self.email,
            email_verified: self.email_verified,
            phone: self.phone,
            phone_verified: self.phone_verified,
            name: self.name,
            avatar_url: self.avatar_url,
            custom_data,
            test_user: if self.no_test_user {
                Some(false)
            } else {
                self.test_user
            },
            ..Profile::default()
        })
    }

    fn has_identifier(&self) -> bool {
        self.username.is_some() || self.email.is_some() || self.phone.is_some()
    }
}

impl PasswordArgs {
    fn into_input(self) -> Result<Option<PasswordInput>> {
        Ok(if let Some(p) = self.password {
            Some(PasswordInput::Plain(Secret::new(p)))
        } else if self.password_stdin {
            Some(PasswordInput::Plain(
                Secret::new(prompt::line_from_stdin()?),
            ))
        } else {
            self.password_hash
                .map(|h| PasswordInput::Hash(Secret::new(h)))
        })
    }

    fn given(&self) -> bool {
        self.password.is_some() || self.password_stdin || self.password_hash.is_some()
    }
}

fn parse_custom(pair: &str) -> Result<(String, serde_json::Value)> {
    let (key, json) = pair
        .split_once('=')
        .ok_or_else(|| Error::invalid(format!("invalid --custom '{pair}': use KEY=JSON")))?;
    let value = serde_json::from_str(json).map_err(|e| {
        Error::invalid(format!(
            "invalid --custom '{pair}': the value is not JSON ({e}); quote strings as '\"text\"'"
        ))
    })?;
    Ok((key.to_string(), value))
}

pub(crate) fn run(session: &Session, cmd: UserCommand) -> Result<()> {
    let printer = session.printer;
    match cmd {
        UserCommand::Create {
            mut profile,
            password,
        } => {
            let mut prompted_password = None;
            if !profile.has_identifier() && !password.given() && session.interactive() {
                profile.email = prompt::optional_text("Email (optional)")?;
                profile.username = prompt::optional_text("Username (optional)")?;
                prompted_password = Some(prompt::new_password("Password")?);
            }
            let password = match prompted_password {
                Some(p) => Some(PasswordInput::Plain(Secret::new(p))),
                None => password.into_input()?,
            };
            let mut doorman = session.open()?;
            let user = doorman.create_user(profile.into_profile()?, password)?;
            printer.one(&user);
        }
        UserCommand::List(args) => {
            let doorman = session.open()?;
            let filter = UserFilter {
                search: args.search,
                suspended_only: args.suspended,
                organization_id: args.org,
                limit: Some(args.limit),
                offset: args.offset,
            };
            let page = doorman.list_users(&filter)?;
            printer.list(&page.users);
            if page.more {
                let next = u64::from(args.offset) + page.users.len() as u64;
                output::message(&format!(
                    "more users follow: use --offset {next} (or a larger --limit) to see them"
                ));
            }
        }
        UserCommand::Show { user } => printer.one(&session.open()?.user_detail(&user)?),
        UserCommand::Update {
            user,
            profile,
            password,
            unset,
            claim,
            unset_claim,
        } => {
            let password = password.into_input()?;
            let mut profile = profile.into_profile()?;
            profile.claims = claim
                .iter()
                .map(|c| crate::oidc::custom_claims::parse_assignment(c))
                .collect::<Result<_>>()?;
            profile.unset_claims = unset_claim;
            let mut doorman = session.open()?;
            let updated = doorman.update_user(&user, profile, &unset, password)?;
            printer.one(&updated);
        }
        UserCommand::SetPassword {
            user,
            password_stdin,
        } => {
            let password = if password_stdin {
                prompt::line_from_stdin()?
            } else if session.interactive() {
                prompt::new_password("New password")?
            } else {
                return Err(Error::invalid(
                    "no password given: pass --password-stdin (not a terminal)",
                ));
            };
            let mut doorman = session.open()?;
            let updated =
                doorman.set_password(&user, PasswordInput::Plain(Secret::new(password)))?;
            printer.one(&updated);
        }
        UserCommand::Suspend { user } => printer.one(&session.open()?.set_suspended(&user, true)?),
        UserCommand::Unsuspend { user } => {
            printer.one(&session.open()?.set_suspended(&user, false)?)
        }
        UserCommand::Delete { user } => {
            let mut doorman = session.open()?;
            let found = doorman.find_user(&user)?;
            prompt::confirm(session, &format!("delete user '{user}' ({})", found.id))?;
            let deleted = doorman.delete_user(&found.id)?;
            crate::web::oidc::backchannel::deliver_now(deleted.notices)?;
            printer.one(&deleted.user);
        }
        UserCommand::Role(cmd) => role::run_assignment(session, Principal::User, cmd)?,
        UserCommand::Mfa(cmd) => mfa::run(session, cmd)?,
        UserCommand::Token(cmd) => user_token::run(session, cmd)?,
        UserCommand::Identities { user } => printer.list(&session.open()?.user_identities(&user)?),
        UserCommand::Unlink { user, connector } => {
            printer.one(&session.open()?.unlink_identity(&user, &connector)?);
        }
    }
    Ok(())
}
