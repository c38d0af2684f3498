//! Personal access tokens: a user's named, optionally expiring tokens that CI and scripts
//! exchange at `/oidc/token` for an access token of that user (Logto's token exchange). The
//! token is shown once, at creation; only its SHA-256 digest is kept.

use serde::Serialize;
use serde_json::json;

use crate::credentials::client_secret;
use crate::error::{Error, Result};
use crate::model::id::new_id;
use crate::model::timestamp::Timestamp;
use crate::model::validate;
use crate::ops::{Doorman, record, resolve};
use crate::store::personal_tokens::{self as table, StoredPersonalToken};

/// What every personal access token starts with, as Logto's do.
pub const PREFIX: &str = "pat_";

/// A personal access token as printed: its secret only once, at creation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonalToken {
    /// Unique per user.
    pub name: String,
    /// The token itself, printed this once.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// When it was made.
    pub created_at: Timestamp,
    /// When it lapses; never when absent.
    pub expires_at: Option<Timestamp>,
    /// When it was last exchanged.
    pub last_used_at: Option<Timestamp>,
}

impl PersonalToken {
    fn of(stored: &StoredPersonalToken, token: Option<String>) -> PersonalToken {
        PersonalToken {
            name: stored.name.clone(),
            token,
            created_at: stored.created_at,
            expires_at: stored.expires_at,
            last_used_at: stored.last_used_at,
        }
    }
}

/// Checks a token name: 1-128 characters, no control characters.
fn check_name(name: &str) -> Result<()> {
    let ok = (1..=128).contains(&name.chars().count()) && !name.chars().any(char::is_control);
    if ok {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "invalid token name '{}': use 1-128 characters",
            validate::shown(name)
        )))
    }
}

impl Doorman {
    /// Makes a token for a user; `token` is a fixed secret (fixtures) or `None` for a new one.
    pub fn create_personal_token(
        &mut self,
        user: &str,
        name: &str,
        expires_at: Option<Timestamp>,
        token: Option<String>,
    ) -> Result<PersonalToken> {
        check_name(name)?;
        let now = self.clock.now();
        if expires_at.is_some_and(|at| at <= now) {
            return Err(Error::invalid("the token would expire before it is made"));
        }
        let token = match token {
            Some(fixed) if fixed.starts_with(PREFIX) && fixed.len() >= PREFIX.len() + 16 => fixed,
            Some(_) => {
                return Err(Error::invalid(format!(
                    "a fixed personal access token starts with '{PREFIX}' and has at least 16 more characters"
                )));
            }
            None => format!("{PREFIX}{}", client_secret::generate()),
        };
        let tx = self.store.transaction()?;
        let owner = resolve::user(&tx, user)?;
        if table::for_user(&tx, &owner.user.id)?
            .iter()
            .any(|t| t.name == name)
        {
            return Err(Error::conflict(format!(
                "user '{}' already has a token named '{name}'",
                owner.user.id
            )));
        }
        let stored = StoredPersonalToken {
            id: new_id(),
            user_id: owner.user.id.clone(),
            name: name.to_string(),
            digest: client_secret::digest(&token),
            created_at: now,
            expires_at,
            last_used_at: None,
        };
        table::insert(&tx, &stored)?;
        record(
            &tx,
            &self.actor,
            now,
            "personal_token.created",
            Some(&owner.user.id),
            json!({ "name": name }),
        )?;
        tx.commit()?;
        Ok(PersonalToken::of(&stored, Some(token)))
    }

    /// A user's tokens, without their secrets.
    pub fn list_personal_tokens(&self, user: &str) -> Result<Vec<PersonalToken>> {
        let conn = self.store.conn();
        let owner = resolve::user(conn, user)?;
        Ok(table::for_user(conn, &owner.user.id)?
            .iter()
            .map(|t| PersonalToken::of(t, None))
            .collect())
    }

    /// Revokes (deletes) a user's token by name.
    pub fn revoke_personal_token(&mut self, user: &str, name: &str) -> Result<PersonalToken> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let owner = resolve::user(&tx, user)?;
        let found = table::for_user(&tx, &owner.user.id)?
            .into_iter()
            .find(|t| t.name == name)
            .ok_or_else(|| {
                Error::not_found(format!(
                    "user '{}' has no token named '{name}'",
                    owner.user.id
                ))
            })?;
        table::delete(&tx, &owner.user.id, name)?;
        record(
            &tx,
            &self.actor,
            now,
            "personal_token.revoked",
            Some(&owner.user.id),
            json!({ "name": name }),
        )?;
        tx.commit()?;
        Ok(PersonalToken::of(&found, None))
    }
}
