//! Identities that wait or spread: an upstream identity held on an interaction until the user
//! proves the account it would join (then linked), and the organizations an SSO connector's
//! users join just in time.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::error::Result;
use crate::model::connector::{Connector, Identity};
use crate::model::principal::Principal;
use crate::model::user::User;
use crate::ops::Doorman;
use crate::store;
use crate::store::connectors as table;
use crate::store::interactions::Slot;

/// An upstream identity waiting on an interaction for the user to prove the account it joins.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct HeldLink {
    pub(crate) connector_id: String,
    pub(crate) subject: String,
    /// The email the upstream claimed (empty when it shared none).
    pub(crate) email: String,
    pub(crate) profile: Value,
    /// Set when no account matched and the upstream did not vouch for an email: the identity
    /// waits for the user to prove one on `/continue/email`, and joins only the account that
    /// step finds or makes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) awaiting_email: Option<AwaitingEmail>,
}

/// What a connector sign-up waiting for a proven email keeps from the upstream for the account.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct AwaitingEmail {
    pub(crate) name: Option<String>,
    pub(crate) avatar_url: Option<String>,
    pub(crate) amr: Vec<String>,
}

/// A new account for someone an upstream signed in: the proven `email` verified, and the
/// upstream's name and picture when they are fit to keep (a name of at most 128 characters, an
/// http(s) picture).
pub(crate) fn account_from_upstream(
    conn: &rusqlite::Connection,
    actor: &str,
    hasher: &crate::credentials::password::Hasher,
    now: crate::model::timestamp::Timestamp,
    email: String,
    name: Option<String>,
    avatar: Option<String>,
) -> Result<crate::store::users::StoredUser> {
    let new = crate::model::user::Profile {
        email: Some(email),
        email_verified: Some(true),
        name: name.filter(|n| n.chars().count() <= 128),
        avatar_url: avatar.filter(|a| crate::model::validate::http_url("avatar", a).is_ok()),
        ..Default::default()
    };
    let user = crate::ops::accounts::users::create_in(conn, actor, hasher, now, &new, None, false)?;
    Ok(crate::store::users::StoredUser {
        user,
        password_hash: None,
    })
}

/// Holds an upstream identity on an interaction (see [`HeldLink`]).
pub(crate) fn hold(conn: &rusqlite::Connection, interaction: &str, held: &HeldLink) -> Result<()> {
    let text = serde_json::to_string(held)
        .map_err(|e| crate::Error::Runtime(format!("encoding a link failed: {e}")))?;
    store::interactions::set_slot(conn, interaction, Slot::Link, Some(&text))
}

/// The identity an interaction holds, if any.
pub(crate) fn held(conn: &rusqlite::Connection, interaction: &str) -> Result<Option<HeldLink>> {
    Ok(store::interactions::slot(conn, interaction, Slot::Link)?
        .and_then(|text| serde_json::from_str(&text).ok()))
}

impl Doorman {
    /// Links the identity an interaction holds to the user who just proved the account it was
    /// waiting for (the same email). Returns whether it linked.
    pub fn link_held_identity(&mut self, interaction: &str, user: &User) -> Result<bool> {
        let Some(text) = store::interactions::slot(self.store.conn(), interaction, Slot::Link)?
        else {
            return Ok(false);
        };
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        store::interactions::set_slot(&tx, interaction, Slot::Link, None)?;
        let held: Option<HeldLink> = serde_json::from_str(&text).ok();
        let linked = match held {
            // Waiting for a proven email: only that step links it.
            Some(held) if held.awaiting_email.is_some() => false,
            Some(held)
                if user
                    .email
                    .as_deref()
                    .is_some_and(|e| e.eq_ignore_ascii_case(&held.email)) =>
            {
                let Some(connector) = table::find(&tx, &held.connector_id)? else {
                    return Ok(false);
                };
                // One identity per provider and account: a second upstream account is not
                // linked to an account that has one (the sign-in itself goes on).
                if linked_elsewhere(&tx, &user.id, &held.connector_id, &held.subject)? {
                    tx.commit()?;
                    return Ok(false);
                }
                let identity = Identity {
                    connector_id: held.connector_id,
                    connector: connector.connector.name,
                    subject: held.subject,
                    email: Some(held.email),
                    sso: connector.connector.sso,
                    issuer: None,
                    profile: held.profile,
                    linked_at: now,
                };
                table::upsert_identity(&tx, &user.id, &identity)?;
                crate::ops::record(
                    &tx,
                    &self.actor,
                    now,
                    "identity.linked",
                    Some(&user.id),
                    json!({ "connector_id": identity.connector_id, "subject": identity.subject }),
                )?;
                true
            }
            _ => false,
        };
        tx.commit()?;
        Ok(linked)
    }
}

/// Adds a user an SSO connector signed in to its JIT organizations, with their roles: those
/// that name no group, and those whose group the upstream put the user in. An organization or
/// role deleted since is skipped.
pub(crate) fn join_organizations(
    conn: &rusqlite::Connection,
    connector: &Connector,
    user_id: &str,
    groups: &[String],
    now: crate::model::timestamp::Timestamp,
) -> Result<()> {
    let joins = connector.sso_config.jit_organizations.iter().filter(|jit| {
        jit.group
            .as_ref()
            .is_none_or(|group| groups.contains(group))
    });
    for jit in joins {
        if store::orgs::find_org(conn, &jit.organization_id)?.is_none() {
            continue;
        }
        if !store::memberships::is_member(conn, Principal::User, &jit.organization_id, user_id)? {
            store::memberships::add_member(
                conn,
                Principal::User,
                &jit.organization_id,
                user_id,
                now,
            )?;
        }
        if let Some(role) = &jit.role
            && let Some(role) = store::orgs::find_role(conn, role)?
        {
            store::memberships::grant(
                conn,
                Principal::User,
                &jit.organization_id,
                user_id,
                &role.id,
            )?;
        }
    }
    Ok(())
}

/// Whether a user already has an identity at a connector under another upstream subject: a
/// second upstream account cannot join the same local account (one per provider).
pub(crate) fn linked_elsewhere(
    conn: &rusqlite::Connection,
    user_id: &str,
    connector_id: &str,
    subject: &str,
) -> Result<bool> {
    Ok(table::identities(conn, user_id)?
        .iter()
        .any(|i| i.connector_id == connector_id && i.subject != subject))
}

/// Unlinks the identities of `user_id` that joined the account on an upstream's unverified
/// claim of `email`, now that the account's owner proved that address (a code to it). Someone
/// who made the account through a provider that never verified the address (account
/// pre-hijacking) loses the way in once the real owner takes it over. How many went.
pub(crate) fn drop_unverified_claims(
    conn: &rusqlite::Connection,
    actor: &str,
    now: crate::model::timestamp::Timestamp,
    user_id: &str,
    email: &str,
) -> Result<usize> {
    let mut dropped = 0;
    for identity in table::identities(conn, user_id)? {
        if !identity
            .email
            .as_deref()
            .is_some_and(|claimed| crate::model::validate::same_email(claimed, email))
        {
            continue;
        }
        // An SSO connector's IdP owns its domains' addresses; a verified claim stands.
        let trusted = match table::find(conn, &identity.connector_id)? {
            Some(stored) => {
                stored.connector.sso
                    || crate::oidc::upstream::profile(&stored.connector, identity.profile.clone())
                        .is_ok_and(|profile| profile.email_verified)
            }
            None => false,
        };
        if trusted {
            continue;
        }
        table::delete_identity(conn, user_id, &identity.connector_id)?;
        crate::ops::record(
            conn,
            actor,
            now,
            "identity.unlinked",
            Some(user_id),
            json!({
                "connector_id": identity.connector_id,
                "subject": identity.subject,
                "reason": "the owner proved the email the provider had not verified",
            }),
        )?;
        dropped += 1;
    }
    Ok(dropped)
}
