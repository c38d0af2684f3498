//! One-time tokens (Logto 1.27's magic links): the Management API makes one for an email, an
//! app puts it with `login_hint` on `/oidc/auth`, and that signs the email in, or up when no
//! account has it (where registration is open), without a password: once, before it lapses. It
//! proves the address; it also joins the organizations its context names and accepts the
//! email's pending invitations.

use serde::Serialize;
use serde_json::{Value, json};

use crate::credentials::client_secret;
use crate::error::{Error, Result};
use crate::model::id::{new_id, random_string};
use crate::model::organization::InvitationStatus;
use crate::model::principal::Principal;
use crate::model::settings::SignInMode;
use crate::model::timestamp::Timestamp;
use crate::model::user::{Profile, User};
use crate::model::validate::{self, same_email};
use crate::ops::{Doorman, record};
use crate::store::one_time_tokens::{self as table, StoredOneTimeToken};

/// How long a token lives unless asked otherwise (Logto's default: two days).
pub const DEFAULT_EXPIRY_SECONDS: i64 = 2 * 86_400;

/// A one-time token as Logto's Management API shows it; `token` only at creation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OneTimeToken {
    /// Random id.
    pub id: String,
    /// The email it signs in.
    pub email: String,
    /// The secret, shown once.
    pub token: Option<String>,
    /// Logto's context (`jitOrganizationIds`).
    pub context: Value,
    /// `active`, `consumed`, `revoked` or `expired`.
    pub status: String,
    /// When it was made.
    pub created_at: Timestamp,
    /// When it lapses.
    pub expires_at: Timestamp,
}

impl OneTimeToken {
    /// The token as shown after its creation (never its secret); an active one that lapsed
    /// reads as expired.
    fn shown(stored: StoredOneTimeToken, now: Timestamp) -> OneTimeToken {
        let status = if stored.status == "active" && stored.expires_at <= now {
            "expired".to_string()
        } else {
            stored.status
        };
        OneTimeToken {
            id: stored.id,
            email: stored.email,
            token: None,
            context: stored.context,
            status,
            created_at: stored.created_at,
            expires_at: stored.expires_at,
        }
    }
}

impl Doorman {
    /// The tokens made, newest first, for `email` or all.
    pub fn list_one_time_tokens(&self, email: Option<&str>) -> Result<Vec<OneTimeToken>> {
        let now = self.clock.now();
        Ok(table::list(self.store.conn(), email)?
            .into_iter()
            .map(|t| OneTimeToken::shown(t, now))
            .collect())
    }

    /// One token by id.
    pub fn show_one_time_token(&self, id: &str) -> Result<OneTimeToken> {
        let found = table::find(self.store.conn(), id)?
            .ok_or_else(|| Error::not_found(format!("one-time token '{id}' not found")))?;
        Ok(OneTimeToken::shown(found, self.clock.now()))
    }

    /// Revokes a token (or marks it consumed or expired, or active again while it has time
    /// left), as Logto's `PUT .../status` does.
    pub fn set_one_time_token_status(&mut self, id: &str, status: &str) -> Result<OneTimeToken> {
        if !["active", "consumed", "revoked", "expired"].contains(&status) {
            return Err(Error::invalid(format!(
                "status '{status}' is not active, consumed, revoked or expired"
            )));
        }
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let found = table::find(&tx, id)?
            .ok_or_else(|| Error::not_found(format!("one-time token '{id}' not found")))?;
        if status == "active" && found.expires_at <= now {
            return Err(Error::invalid(
                "the one-time token has expired; make a new one",
            ));
        }
        table::set_status(&tx, id, status)?;
        record(
            &tx,
            &self.actor,
            now,
            "one_time_token.status_changed",
            None,
            json!({ "id": id, "status": status }),
        )?;
        tx.commit()?;
        self.show_one_time_token(id)
    }

    /// Deletes a token.
    pub fn delete_one_time_token(&mut self, id: &str) -> Result<()> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        if !table::delete(&tx, id)? {
            return Err(Error::not_found(format!("one-time token '{id}' not found")));
        }
        record(
            &tx,
            &self.actor,
            now,
            "one_time_token.deleted",
            None,
            json!({ "id": id }),
        )?;
        tx.commit()
    }

    /// Makes a token for `email` that lives `expires_in` seconds (two days by default) and
    /// joins the organizations `jit_organization_ids` when used.
    pub fn create_one_time_token(
        &mut self,
        email: &str,
        expires_in: Option<i64>,
        jit_organization_ids: &[String],
    ) -> Result<OneTimeToken> {
        validate::email(email)?;
        let lifetime = expires_in.unwrap_or(DEFAULT_EXPIRY_SECONDS);
        if lifetime < 1 {
            return Err(Error::invalid(format!(
                "expiresIn {lifetime} is not a positive number of seconds"
            )));
        }
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        for id in jit_organization_ids {
            crate::ops::resolve::organization(&tx, id)?;
        }
        table::expire_lapsed(&tx, email, now)?;
        let token = random_string(32);
        let context = if jit_organization_ids.is_empty() {
            json!({})
        } else {
            json!({ "jitOrganizationIds": jit_organization_ids })
        };
        let stored = StoredOneTimeToken {
            id: new_id(),
            email: email.to_string(),
            digest: client_secret::digest(&token),
            context,
            status: "active".into(),
            created_at: now,
            expires_at: now.plus(lifetime),
        };
        table::insert(&tx, &stored)?;
        record(
            &tx,
            &self.actor,
            now,
            "one_time_token.created",
            None,
            json!({ "id": stored.id, "email": email }),
        )?;
        tx.commit()?;
        Ok(OneTimeToken {
            id: stored.id,
            email: stored.email,
            token: Some(token),
            context: stored.context,
            status: stored.status,
            created_at: stored.created_at,
            expires_at: stored.expires_at,
        })
    }

    /// Spends `token` for `email`: the account with that email (made now, verified, when none
    /// has it and registration is open), with its organizations joined and its invitations
    /// accepted. A token that is unknown, used, lapsed or for another email is refused.
    pub fn use_one_time_token(&mut self, token: &str, email: &str) -> Result<User> {
        let now = self.clock.now();
        let refused =
            || Error::invalid("the one-time token is not valid, or was used, or has expired");
        let stored = table::find_by_digest(self.store.conn(), &client_secret::digest(token))?
            .ok_or_else(refused)?;
        if stored.status != "active"
            || stored.expires_at <= now
            || !same_email(&stored.email, email)
        {
            return Err(refused());
        }
        // Claimed before anything else, so two uses at once cannot both get through.
        let tx = self.store.transaction()?;
        if !table::claim(&tx, &stored.id)? {
            return Err(refused());
        }
        record(
            &tx,
            &self.actor,
            now,
            "one_time_token.used",
            None,
            json!({ "id": stored.id, "email": stored.email }),
        )?;
        tx.commit()?;
        let user = match self.find_user(&stored.email) {
            Ok(user) if user.suspended => return Err(refused()),
            Ok(user) if !user.email_verified => {
                let proved = Profile {
                    email_verified: Some(true),
                    ..Profile::default()
                };
                self.update_user(&user.id, proved, &[], None)?
            }
            Ok(user) => user,
            Err(Error::NotFound(_)) => {
                if self.settings()?.sign_in_mode == SignInMode::SignIn {
                    return Err(Error::invalid(
                        "registration is closed: no account has this email",
                    ));
                }
                let profile = Profile {
                    email: Some(stored.email.clone()),
                    email_verified: Some(true),
                    ..Profile::default()
                };
                self.create_user(profile, None)?
            }
            Err(e) => return Err(e),
        };
        let organizations: Vec<String> = stored.context["jitOrganizationIds"]
            .as_array()
            .map(|ids| {
                ids.iter()
                    .filter_map(|id| id.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        for org in &organizations {
            let member = self
                .list_members(org, None, 0)?
                .iter()
                .any(|m| m.kind == Principal::User && m.id == user.id);
            if !member {
                self.add_members(org, std::slice::from_ref(&user.id), &[])?;
            }
        }
        for invitation in self.list_invitations(None, Some(InvitationStatus::Pending))? {
            if same_email(&invitation.email, &stored.email) {
                self.accept_invitation(&invitation.id, &user.id)?;
            }
        }
        Ok(user)
    }
}
