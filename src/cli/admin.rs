//! `doorman init`, `outbox`, `audit` and `completions`: the installation's own housekeeping.

use clap::Args;
use clap_complete::Shell;

use crate::cli::{Session, prompt};
use crate::error::{Error, Result};

#[derive(Debug, Args)]
pub(crate) struct InitArgs {
    /// The issuer URL the server will call itself [default: http://localhost:3001/oidc]
    #[arg(long, value_name = "URL")]
    pub(crate) issuer: Option<String>,
    /// Delete an existing database and start again
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
pub(crate) struct OutboxArgs {
    /// Only messages to this email address or phone number
    #[arg(long, value_name = "ADDRESS")]
    to: Option<String>,
    /// Only the newest message
    #[arg(long)]
    last: bool,
}

#[derive(Debug, Args)]
pub(crate) struct AuditArgs {
    /// Only events about this user (id, email, username or phone)
    #[arg(long)]
    user: Option<String>,
    /// At most N events, newest first
    #[arg(long, default_value_t = 50, value_name = "N")]
    limit: u32,
}

#[derive(Debug, Args)]
pub(crate) struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    shell: Shell,
}

pub(crate) fn init(session: &Session, args: &InitArgs) -> Result<()> {
    let path = &session.config.database;
    if args.force && path.exists() {
        prompt::confirm(
            session,
            &format!("delete and recreate '{}'", path.display()),
        )?;
        for suffix in ["", "-wal", "-shm"] {
            let file = std::path::PathBuf::from(format!("{}{suffix}", path.display()));
            match std::fs::remove_file(&file) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(Error::io(format!("removing '{}'", file.display()), e)),
            }
        }
    }
    let mut doorman = session.open()?;
    let report = doorman.init(session.config.issuer.as_deref())?;
    session.printer.summary(
        &format!(
            "initialized {} (issuer {}, schema version {})",
            report.database, report.issuer, report.schema_version
        ),
        &report,
    );
    Ok(())
}

pub(crate) fn outbox(session: &Session, args: &OutboxArgs) -> Result<()> {
    let messages = session.open()?.outbox(args.to.as_deref(), args.last)?;
    if args.last {
        match messages.first() {
            Some(m) => session.printer.one(m),
            None => {
                let to = args
                    .to
                    .as_deref()
                    .map(|t| format!(" to '{t}'"))
                    .unwrap_or_default();
                return Err(Error::not_found(format!("no message{to} in the outbox")));
            }
        }
    } else {
        session.printer.list(&messages);
    }
    Ok(())
}

pub(crate) fn audit(session: &Session, args: &AuditArgs) -> Result<()> {
    let events = session.open()?.audit(args.user.as_deref(), args.limit)?;
    session.printer.list(&events);
    Ok(())
}

pub(crate) fn completions(args: &CompletionsArgs, command: &mut clap::Command) {
    clap_complete::generate(args.shell, command, "doorman", &mut std::io::stdout());
}
