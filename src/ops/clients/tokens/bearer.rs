//! An access token presented as a bearer credential to doorman's own APIs: checked once, here,
//! whichever way it was minted (opaque, or a JWT for an API resource), so the Account API and the
//! Management API agree on what a live token is and whose it is.

use serde_json::Value;

use crate::error::Result;
use crate::model::token::TokenKind;
use crate::oidc::jwt;
use crate::oidc::scope;
use crate::oidc::tokens::grant_of_jti;
use crate::ops::Doorman;
use crate::ops::clients::tokens::live_user;

/// A live access token: who holds it and what it allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BearerGrant {
    /// The user it was issued for; `None` for an app acting as itself (client credentials).
    pub user_id: Option<String>,
    /// The client it was issued to.
    pub client_id: String,
    /// The scopes it carries.
    pub scopes: Vec<String>,
    /// The API resource it is for (a JWT's `aud`); `None` for an opaque token, which is good at
    /// doorman itself only.
    pub audience: Option<String>,
    /// The browser session the token's grant came from, for an opaque user token (the Account
    /// API marks it `isCurrent`).
    pub session_id: Option<String>,
}

impl Doorman {
    /// The grant behind a bearer access token, or `None` when it is not one doorman issued or it
    /// is no longer live: expired by doorman's clock, revoked, of a revoked grant, or of a user
    /// who is suspended or gone. Refresh tokens, ID tokens and logout tokens are never access.
    pub fn bearer_grant(&self, token: &str) -> Result<Option<BearerGrant>> {
        let conn = self.store.conn();
        if let Some((stored, grant)) = self.live_token(conn, token)? {
            if stored.kind != TokenKind::Access {
                return Ok(None);
            }
            let Some(grant) = grant else {
                return Ok(None);
            };
            if live_user(conn, &grant.user_id).is_err() {
                return Ok(None);
            }
            return Ok(Some(BearerGrant {
                user_id: Some(grant.user_id),
                client_id: stored.client_id,
                scopes: scope::parse(&stored.scope),
                audience: None,
                session_id: grant.session_id,
            }));
        }
        if token.matches('.').count() != 2 {
            return Ok(None);
        }
        let Ok(claims) = jwt::verify_access_token(token, &*self.jwks()?, &self.issuer()?) else {
            return Ok(None);
        };
        let text = |name: &str| claims.get(name).and_then(Value::as_str);
        let expired = claims
            .get("exp")
            .and_then(Value::as_i64)
            .is_none_or(|exp| exp <= self.clock.now().unix());
        let (Some(sub), Some(client_id), Some(audience)) =
            (text("sub"), text("client_id"), text("aud"))
        else {
            return Ok(None);
        };
        // Logto's rule: a token whose subject is its client is the app's own.
        let user_id = (sub != client_id).then(|| sub.to_string());
        // A token minted from a grant lives with it and with the grant's user, its subject;
        // one minted from none (`token issue` keeps no grant for apps) with its user alone.
        let live = match text("jti").and_then(grant_of_jti) {
            Some(_) => self.jwt_grant_is_live(conn, text("jti"))?,
            None => user_id
                .as_deref()
                .is_none_or(|user| live_user(conn, user).is_ok()),
        };
        if expired || !live {
            return Ok(None);
        }
        Ok(Some(BearerGrant {
            user_id,
            client_id: client_id.to_string(),
            scopes: scope::parse(text("scope").unwrap_or_default()),
            audience: Some(audience.to_string()),
            session_id: None,
        }))
    }
}
