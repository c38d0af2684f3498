//! `doorman invite ...`: organization invitations.

use clap::Subcommand;

use crate::cli::Session;
use crate::error::Result;
use crate::model::duration::parse_seconds;
use crate::model::organization::InvitationStatus;
use crate::ops::organizations::invitations::{DEFAULT_EXPIRY_SECONDS, NewInvitation};

#[derive(Debug, Subcommand)]
pub(crate) enum InviteCommand {
    /// Invite an email to an organization; prints the invitation and its accept link
    Create {
        /// Organization id or name
        #[arg(long)]
        org: String,
        /// The invitee's email
        #[arg(long)]
        email: String,
        /// Role granted on acceptance (repeatable)
        #[arg(long = "role", value_name = "ROLE")]
        roles: Vec<String>,
        /// How long it stays acceptable, such as 7d or 12h [default: 7d]
        #[arg(long, value_name = "DURATION")]
        expires_in: Option<String>,
        /// Who invites (id, email, username or phone)
        #[arg(long, value_name = "USER")]
        inviter: Option<String>,
    },
    /// List invitations, newest first
    List {
        /// Only this organization (id or name)
        #[arg(long)]
        org: Option<String>,
        /// Only this status
        #[arg(long, value_enum)]
        status: Option<InvitationStatus>,
    },
    /// Show one invitation
    Show {
        /// Invitation id
        id: String,
    },
    /// Withdraw a pending invitation
    Revoke {
        /// Invitation id
        id: String,
    },
}

pub(crate) fn run(session: &Session, cmd: InviteCommand) -> Result<()> {
    let printer = session.printer;
    let mut doorman = session.open()?;
    match cmd {
        InviteCommand::Create {
            org,
            email,
            roles,
            expires_in,
            inviter,
        } => {
            let expires_in_seconds = match expires_in {
                Some(text) => parse_seconds(&text)?,
                None => DEFAULT_EXPIRY_SECONDS,
            };
            let invitation = doorman.create_invitation(NewInvitation {
                organization: org,
                email,
                roles,
                expires_in_seconds,
                inviter,
                send_email: true,
            })?;
            printer.one(&invitation);
        }
        InviteCommand::List { org, status } => {
            printer.list(&doorman.list_invitations(org.as_deref(), status)?)
        }
        InviteCommand::Show { id } => printer.one(&doorman.show_invitation(&id)?),
        InviteCommand::Revoke { id } => printer.one(&doorman.revoke_invitation(&id)?),
    }
    Ok(())
}
