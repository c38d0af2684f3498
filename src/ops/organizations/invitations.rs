//! Organization invitations, with Logto's rules: pending → accepted | revoked | expired, the last
//! three final; expiry decided when read; one pending invitation per organization and email; the
//! invitee accepts with a user whose email matches. Each invitation is announced by email (the
//! outbox) with its accept link.

use rusqlite::Connection;
use serde_json::json;

use crate::error::{Error, Result};
use crate::model::id::random_string;
use crate::model::organization::{Invitation, InvitationStatus, Member};
use crate::model::outbox::Channel;
use crate::model::principal::Principal;
use crate::model::timestamp::Timestamp;
use crate::model::validate;
use crate::model::validate::same_email;
use crate::ops::admin::outbox;
use crate::ops::organizations::memberships::member_of;
use crate::ops::organizations::roles::check_fits;
use crate::ops::resolve;
use crate::ops::{Doorman, record};
use crate::store::invitations::{self as table, StoredInvitation};
use crate::store::{self, memberships};

/// Invitation ids are the secret in the link: 25 characters of 36 symbols, over 129 bits.
const ID_LENGTH: usize = 25;

/// The default time an invitation stays acceptable (Logto's: 7 days).
pub const DEFAULT_EXPIRY_SECONDS: i64 = 7 * 86_400;

/// What `invite create` asks for.
#[derive(Debug, Clone)]
pub struct NewInvitation {
    /// Organization id or name.
    pub organization: String,
    /// The invitee's email.
    pub email: String,
    /// Role names granted on acceptance.
    pub roles: Vec<String>,
    /// How long it stays acceptable.
    pub expires_in_seconds: i64,
    /// Who invites (id, email, username or phone).
    pub inviter: Option<String>,
    /// Whether the invitation email goes to the outbox now (the Management API sends it only
    /// when asked, as Logto does).
    pub send_email: bool,
}

/// The status as of `now`: a pending invitation past its expiry is expired.
pub fn status_at(
    stored: InvitationStatus,
    expires_at: Timestamp,
    now: Timestamp,
) -> InvitationStatus {
    if stored == InvitationStatus::Pending && expires_at <= now {
        InvitationStatus::Expired
    } else {
        stored
    }
}

fn present(row: StoredInvitation, now: Timestamp, base_url: &str) -> Invitation {
    Invitation {
        link: format!("{base_url}/invitation/{}", row.id),
        status: status_at(row.status, row.expires_at, now),
        id: row.id,
        organization_id: row.organization_id,
        email: row.email,
        roles: row.roles,
        expires_at: row.expires_at,
        inviter_id: row.inviter_id,
        accepted_user_id: row.accepted_user_id,
        created_at: row.created_at,
    }
}

/// Only a pending, unexpired invitation can change; the others are final.
fn require_pending(row: &StoredInvitation, now: Timestamp, verb: &str) -> Result<()> {
    let status = status_at(row.status, row.expires_at, now);
    if status == InvitationStatus::Pending {
        Ok(())
    } else {
        Err(Error::conflict(format!(
            "invitation '{}' is {} and cannot be {verb}",
            row.id,
            status.as_str()
        )))
    }
}

/// Writes the invitation email, with its link, to the outbox.
fn send_email(
    conn: &Connection,
    now: Timestamp,
    invitation: &Invitation,
    org_name: &str,
    inviter: Option<&crate::model::user::User>,
) -> Result<()> {
    let app_name = store::settings::load(conn)?.branding.app_name;
    let who = inviter
        .and_then(|u| u.name.clone().or(u.email.clone()).or(u.username.clone()))
        .unwrap_or_else(|| "An administrator".to_string());
    let roles = if invitation.roles.is_empty() {
        "a member".to_string()
    } else {
        invitation.roles.join(", ")
    };
    let subject = format!("You're invited to join {org_name} on {app_name}");
    let body = format!(
        "{who} invited you to join {org_name} as {roles}.\n\nAccept the invitation: {}\n\nThe invitation expires at {}.",
        invitation.link, invitation.expires_at
    );
    outbox::deliver(
        conn,
        now,
        Channel::Email,
        &invitation.email,
        Some(&subject),
        &body,
    )?;
    Ok(())
}

/// Only the invited email's account may answer an invitation.
fn require_invitee(row: &StoredInvitation, user: &crate::model::user::User) -> Result<()> {
    let matches = user
        .email
        .as_deref()
        .is_some_and(|e| same_email(e, &row.email));
    if matches {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "invitation '{}' is for '{}', not for this user",
            row.id, row.email
        )))
    }
}

fn find(conn: &Connection, id: &str) -> Result<StoredInvitation> {
    table::find(conn, id)?.ok_or_else(|| Error::not_found(format!("invitation '{id}' not found")))
}

impl Doorman {
    /// Invites an email to an organization and writes the invitation email to the outbox.
    pub fn create_invitation(&mut self, new: NewInvitation) -> Result<Invitation> {
        validate::email(&new.email)?;
        let now = self.clock.now();
        let base_url = self.base_url()?;
        let tx = self.store.transaction()?;
        let org = resolve::organization(&tx, &new.organization)?;
        let mut role_ids = Vec::with_capacity(new.roles.len());
        for name in &new.roles {
            let role = resolve::role(&tx, name)?;
            check_fits(Principal::User, &role.name, role.role_type)?;
            role_ids.push(role.id);
        }
        let inviter = match &new.inviter {
            Some(key) => Some(resolve::user(&tx, key)?.user),
            None => None,
        };
        if let Some(existing) = store::users::find_by(&tx, store::users::Key::Email, &new.email)?
            && memberships::is_member(&tx, Principal::User, &org.id, &existing.user.id)?
        {
            return Err(Error::conflict(format!(
                "'{}' is already a member of organization '{}'",
                new.email, org.name
            )));
        }
        table::expire_stale(&tx, &org.id, &new.email, now)?;
        if let Some(pending) = table::find_pending(&tx, &org.id, &new.email)? {
            return Err(Error::conflict(format!(
                "'{}' already has a pending invitation to '{}' ({})",
                new.email, org.name, pending.id
            )));
        }
        let stored = StoredInvitation {
            id: random_string(ID_LENGTH),
            organization_id: org.id.clone(),
            email: new.email.clone(),
            inviter_id: inviter.as_ref().map(|u| u.id.clone()),
            status: InvitationStatus::Pending,
            expires_at: Timestamp::from_unix(now.unix() + new.expires_in_seconds),
            accepted_user_id: None,
            created_at: now,
            roles: Vec::new(),
        };
        table::insert(&tx, &stored, &role_ids)?;
        let invitation = present(find(&tx, &stored.id)?, now, &base_url);
        if new.send_email {
            send_email(&tx, now, &invitation, &org.name, inviter.as_ref())?;
        }
        record(
            &tx,
            &self.actor,
            now,
            "invitation.created",
            inviter.as_ref().map(|u| u.id.as_str()),
            json!({ "invitation_id": invitation.id, "organization_id": org.id, "email": new.email, "roles": invitation.roles }),
        )?;
        tx.commit()?;
        Ok(invitation)
    }

    /// Invitations newest first, optionally for one organization and one status (as of now).
    pub fn list_invitations(
        &self,
        organization: Option<&str>,
        status: Option<InvitationStatus>,
    ) -> Result<Vec<Invitation>> {
        let conn = self.store.conn();
        let org_id = match organization {
            Some(key) => Some(resolve::organization(conn, key)?.id),
            None => None,
        };
        let now = self.clock.now();
        let base_url = self.base_url()?;
        Ok(table::list(conn, org_id.as_deref())?
            .into_iter()
            .map(|row| present(row, now, &base_url))
            .filter(|inv| status.is_none_or(|s| inv.status == s))
            .collect())
    }

    /// Sends a pending invitation's email again.
    pub fn resend_invitation(&mut self, id: &str) -> Result<Invitation> {
        let now = self.clock.now();
        let base_url = self.base_url()?;
        let tx = self.store.transaction()?;
        let row = find(&tx, id)?;
        require_pending(&row, now, "sent again")?;
        let org = resolve::organization(&tx, &row.organization_id)?;
        let inviter = match &row.inviter_id {
            Some(inviter) => {
                store::users::find_by(&tx, store::users::Key::Id, inviter)?.map(|s| s.user)
            }
            None => None,
        };
        let invitation = present(row, now, &base_url);
        send_email(&tx, now, &invitation, &org.name, inviter.as_ref())?;
        record(
            &tx,
            &self.actor,
            now,
            "invitation.sent",
            None,
            json!({ "invitation_id": id }),
        )?;
        tx.commit()?;
        Ok(invitation)
    }

    /// One invitation.
    pub fn show_invitation(&self, id: &str) -> Result<Invitation> {
        Ok(present(
            find(self.store.conn(), id)?,
            self.clock.now(),
            &self.base_url()?,
        ))
    }

    /// Withdraws a pending invitation.
    pub fn revoke_invitation(&mut self, id: &str) -> Result<Invitation> {
        let now = self.clock.now();
        let base_url = self.base_url()?;
        let tx = self.store.transaction()?;
        let row = find(&tx, id)?;
        require_pending(&row, now, "revoked")?;
        table::set_status(&tx, id, InvitationStatus::Revoked, None, now)?;
        record(
            &tx,
            &self.actor,
            now,
            "invitation.revoked",
            None,
            json!({ "invitation_id": id }),
        )?;
        let invitation = present(find(&tx, id)?, now, &base_url);
        tx.commit()?;
        Ok(invitation)
    }

    /// Declines a pending invitation for the user it invites: it is closed as revoked (Logto's
    /// status for an invitation nobody will accept), and the audit log says who declined.
    pub fn decline_invitation(&mut self, id: &str, user: &str) -> Result<()> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let row = find(&tx, id)?;
        require_pending(&row, now, "declined")?;
        let user = resolve::user(&tx, user)?.user;
        require_invitee(&row, &user)?;
        table::set_status(&tx, id, InvitationStatus::Revoked, None, now)?;
        record(
            &tx,
            &self.actor,
            now,
            "invitation.declined",
            Some(&user.id),
            json!({ "invitation_id": id, "organization_id": row.organization_id }),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Accepts a pending invitation for a user whose email is the invitee's: the membership and
    /// roles are added and the invitation closed, together.
    pub fn accept_invitation(&mut self, id: &str, user: &str) -> Result<Member> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let row = find(&tx, id)?;
        require_pending(&row, now, "accepted")?;
        let user = resolve::user(&tx, user)?.user;
        require_invitee(&row, &user)?;
        let org = resolve::organization(&tx, &row.organization_id)?;
        memberships::add_member(&tx, Principal::User, &org.id, &user.id, now)?;
        for role_id in resolve::role_ids(&tx, &row.roles)? {
            memberships::grant(&tx, Principal::User, &org.id, &user.id, &role_id)?;
        }
        table::set_status(&tx, id, InvitationStatus::Accepted, Some(&user.id), now)?;
        record(
            &tx,
            &self.actor,
            now,
            "invitation.accepted",
            Some(&user.id),
            json!({ "invitation_id": id, "organization_id": row.organization_id }),
        )?;
        let member = member_of(&tx, Principal::User, &org, &user.id)?;
        tx.commit()?;
        Ok(member)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pending_reads_as_expired_after_expiry() {
        let at = Timestamp::from_unix(1_000);
        assert_eq!(
            status_at(InvitationStatus::Pending, at, Timestamp::from_unix(999)),
            InvitationStatus::Pending
        );
        assert_eq!(
            status_at(InvitationStatus::Pending, at, at),
            InvitationStatus::Expired
        );
        assert_eq!(
            status_at(InvitationStatus::Accepted, at, Timestamp::from_unix(5_000)),
            InvitationStatus::Accepted
        );
    }
}
