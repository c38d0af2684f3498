//! Grants and the tokens they yield, one file per grant: authorization codes at the end of a
//! sign-in and their exchange ([`code`]), the refresh grant ([`refresh`]), client credentials
//! ([`client_credentials`]), `token issue` for CI ([`issue`]), and what a token says once issued
//! ([`info`]: userinfo, introspection, revocation). The protocol checks are
//! [`oidc::grants`](crate::oidc::grants); every grant mints through [`mint`], so a token is the
//! same whichever way it was asked for, and signs before it takes the write lock.

pub mod bearer;
pub mod client_credentials;
pub mod code;
pub mod device;
pub mod exchange;
pub mod info;
pub mod issue;
mod mint;
pub mod refresh;
mod target;

use std::sync::Arc;

use rusqlite::Connection;
use serde::Serialize;
use serde_json::json;

use crate::error::Result;
use crate::model::app::App;
use crate::model::timestamp::Timestamp;
use crate::model::user::User;
use crate::oidc::error::OAuthError;
use crate::oidc::keys::Signer;
use crate::ops::{Doorman, record};
use crate::store::grants::StoredGrant;
use crate::store::users::Key;
use crate::store::{self};

pub use issue::IssueRequest;

/// A token endpoint response (RFC 6749 §5.1, OIDC Core §3.1.3.3).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TokenResponse {
    /// The access token (opaque, or a JWT for a resource or organization).
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: &'static str,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    /// The ID token, when `openid` was granted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id_token: Option<String>,
    /// The refresh token, when `offline_access` was granted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// The granted scopes.
    pub scope: String,
}

impl Doorman {
    fn minter(&self) -> Result<mint::Minter> {
        Ok(mint::Minter {
            issuer: self.issuer()?,
            signer: self.current_signer()?,
            lifetimes: self.lifetimes,
        })
    }

    /// The key that signs, cached per `Doorman` (one per server worker) until a rotation.
    pub fn current_signer(&self) -> Result<Arc<Signer>> {
        let kid = store::keys::current_kid(self.store.conn())?;
        if let Some(cached) = self.signer_cache.borrow().as_ref()
            && Some(&cached.kid) == kid.as_ref()
        {
            return Ok(cached.clone());
        }
        let signer = Arc::new(self.signer()?);
        *self.signer_cache.borrow_mut() = Some(signer.clone());
        Ok(signer)
    }

    /// Authenticates the client of a token, introspection or revocation request. Confidential
    /// apps must present their secret; public apps may only name themselves.
    pub fn authenticate_token_client(
        &self,
        client_id: &str,
        secret: Option<&str>,
    ) -> Result<App, OAuthError> {
        match secret {
            Some(secret) => self
                .authenticate_client(client_id, secret)
                .map_err(|_| OAuthError::invalid_client("client authentication failed")),
            None => match self.find_client(client_id)? {
                Some(app) if !app.app_type.is_confidential() => Ok(app),
                _ => Err(OAuthError::invalid_client("client authentication failed")),
            },
        }
    }
}

/// Answers a second use of a single-use credential: revokes its whole grant and audits it.
fn revoke_family(
    conn: &Connection,
    actor: &str,
    now: Timestamp,
    event: &str,
    grant: &StoredGrant,
) -> Result<()> {
    store::grants::revoke(conn, &grant.id, now)?;
    record(
        conn,
        actor,
        now,
        event,
        Some(&grant.user_id),
        json!({ "client_id": grant.client_id, "grant_id": grant.id }),
    )
}

/// The grant's user, if they still exist and are not suspended.
fn live_user(conn: &Connection, user_id: &str) -> Result<User, OAuthError> {
    match store::users::find_by(conn, Key::Id, user_id)? {
        Some(u) if !u.user.suspended => Ok(u.user),
        Some(_) => Err(OAuthError::invalid_grant("the user is suspended")),
        None => Err(OAuthError::invalid_grant("the user no longer exists")),
    }
}
