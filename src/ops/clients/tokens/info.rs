//! What an issued token says: userinfo (OIDC Core §5.3) for an opaque access token,
//! introspection (RFC 7662) and revocation (RFC 7009).

use rusqlite::Connection;
use serde_json::{Map, Value, json};

use crate::credentials::client_secret;
use crate::error::Result;
use crate::model::app::App;
use crate::model::token::TokenKind;
use crate::oidc::claims::{Audience, user_claims};
use crate::oidc::custom_claims;
use crate::oidc::error::OAuthError;
use crate::oidc::jwt;
use crate::oidc::scope::{self, OPENID};
use crate::oidc::tokens::grant_of_jti;
use crate::ops::clients::tokens::live_user;
use crate::ops::{Doorman, record};
use crate::store::grants::StoredGrant;
use crate::store::tokens::StoredToken;
use crate::store::{self};

impl Doorman {
    /// Userinfo (OIDC Core §5.3) for an opaque access token issued to a user.
    pub fn userinfo(&self, access_token: &str) -> Result<Map<String, Value>, OAuthError> {
        let conn = self.store.conn();
        let invalid = || OAuthError::new("invalid_token", "the access token is not valid");
        let (token, grant) = self.live_token(conn, access_token)?.ok_or_else(invalid)?;
        let grant = grant
            .filter(|_| token.kind == TokenKind::Access)
            .ok_or_else(invalid)?;
        let user = live_user(conn, &grant.user_id).map_err(|_| invalid())?;
        let memberships = store::memberships::user_memberships(conn, &user.id)?;
        let scopes = scope::parse(&token.scope);
        if !scope::has(&scopes, OPENID) {
            return Err(OAuthError::new(
                "insufficient_scope",
                "the access token was not granted 'openid'",
            ));
        }
        let identities = if scope::has(&scopes, "identities") {
            store::connectors::identities(conn, &user.id)?
        } else {
            Vec::new()
        };
        let standard = if scope::has(&scopes, "profile") || scope::has(&scopes, scope::ADDRESS) {
            store::users::standard_claims(conn, &user.id)?
        } else {
            serde_json::Map::new()
        };
        let app_claims = store::apps::find(conn, &token.client_id)?
            .map(|a| a.app.claims)
            .unwrap_or_default();
        let custom = custom_claims::merged(&app_claims, &user.claims);
        let mut claims = user_claims(
            &user,
            &standard,
            &memberships,
            &identities,
            &scopes,
            Audience::Userinfo,
        );
        custom_claims::add_to(&mut claims, &custom);
        Ok(claims)
    }

    /// Introspection (RFC 7662): what a token is, or just `active: false`. Only the client a
    /// token was issued to, or the resource server a JWT names as its audience, learns that it
    /// is active; a token whose grant was revoked or whose user is suspended or gone is
    /// inactive, a JWT included (its `jti` names its grant).
    pub fn introspect(&self, client: &App, token: &str) -> Result<Value> {
        let conn = self.store.conn();
        let issuer = self.issuer()?;
        let inactive = json!({ "active": false });
        if let Some((stored, grant)) = self.live_token(conn, token)? {
            if stored.client_id != client.client_id
                || grant
                    .as_ref()
                    .is_some_and(|g| live_user(conn, &g.user_id).is_err())
            {
                return Ok(inactive);
            }
            let mut out = json!({
                "active": true,
                "iss": issuer,
                "client_id": stored.client_id,
                "scope": stored.scope,
                "token_type": if stored.kind == TokenKind::Refresh { "refresh_token" } else { "Bearer" },
                "iat": stored.created_at.unix(),
                "exp": stored.expires_at.unix(),
            });
            if let Some(g) = grant {
                out["sub"] = json!(g.user_id);
                if let Some(sid) = g.session_id {
                    out["sid"] = json!(sid);
                }
            }
            return Ok(out);
        }
        if token.matches('.').count() == 2
            && let Ok(claims) = jwt::verify(token, &*self.jwks()?, &issuer, true)
            && claims.get("events").is_none()
            && claims.get("scope").is_some()
        {
            let text = |name: &str| claims.get(name).and_then(Value::as_str);
            let entitled = text("client_id") == Some(client.client_id.as_str())
                || text("aud") == Some(client.client_id.as_str());
            if !entitled || !self.jwt_grant_is_live(conn, text("jti"))? {
                return Ok(inactive);
            }
            let mut out = Map::new();
            out.insert("active".into(), json!(true));
            out.insert("token_type".into(), json!("Bearer"));
            for k in [
                "iss",
                "sub",
                "aud",
                "client_id",
                "scope",
                "iat",
                "exp",
                "jti",
                "organization_id",
            ] {
                if let Some(v) = claims.get(k) {
                    out.insert(k.into(), v.clone());
                }
            }
            return Ok(Value::Object(out));
        }
        Ok(inactive)
    }

    /// Whether the grant a JWT access token was minted from (named in its `jti`) still stands,
    /// with its user present and not suspended. A token minted from no grant (client
    /// credentials) has none to lose.
    pub(super) fn jwt_grant_is_live(&self, conn: &Connection, jti: Option<&str>) -> Result<bool> {
        let Some(grant_id) = jti.and_then(grant_of_jti) else {
            return Ok(true);
        };
        Ok(match store::grants::find(conn, grant_id)? {
            Some(grant) if grant.revoked_at.is_none() => live_user(conn, &grant.user_id).is_ok(),
            _ => false,
        })
    }

    /// Revocation (RFC 7009). A token of a user's grant, refresh or access, opaque or JWT,
    /// takes its whole grant with it (every token minted from it, as Logto 1.42 does); an opaque
    /// client-credentials token only itself. A client-credentials JWT, minted from no grant, has
    /// nothing stored to revoke and lives out its lifetime. Unknown tokens and other clients'
    /// tokens are ignored, as the RFC asks.
    pub fn revoke_token(&mut self, client: &App, token: &str) -> Result<()> {
        let now = self.clock.now();
        let digest = client_secret::digest(token);
        // A JWT is checked before the write lock is taken, as the grants sign before it.
        let jwt_claims = if token.matches('.').count() == 2 {
            jwt::verify_access_token(token, &*self.jwks()?, &self.issuer()?).ok()
        } else {
            None
        };
        let tx = self.store.transaction()?;
        let revoked = if let Some(stored) = store::tokens::find(&tx, &digest)? {
            (stored.client_id == client.client_id)
                .then(|| -> Result<_> {
                    match &stored.grant_id {
                        Some(grant) => store::grants::revoke(&tx, grant, now).map(drop)?,
                        None => store::tokens::revoke(&tx, &digest, now)?,
                    }
                    Ok((stored.user_id.clone(), stored.kind.as_str()))
                })
                .transpose()?
        } else if let Some(claims) = &jwt_claims
            && claims.get("client_id").and_then(Value::as_str) == Some(client.client_id.as_str())
            && let Some(grant) = claims
                .get("jti")
                .and_then(Value::as_str)
                .and_then(grant_of_jti)
        {
            store::grants::revoke(&tx, grant, now)?;
            let subject = claims
                .get("sub")
                .and_then(Value::as_str)
                .map(str::to_string);
            Some((subject, TokenKind::Access.as_str()))
        } else {
            None
        };
        if let Some((user_id, kind)) = revoked {
            record(
                &tx,
                &self.actor,
                now,
                "token.revoked",
                user_id.as_deref(),
                json!({ "client_id": client.client_id, "kind": kind }),
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// A stored token that is neither expired, revoked, rotated nor of a revoked grant.
    pub(super) fn live_token(
        &self,
        conn: &Connection,
        token: &str,
    ) -> Result<Option<(StoredToken, Option<StoredGrant>)>> {
        let now = self.clock.now();
        let Some(stored) = store::tokens::find(conn, &client_secret::digest(token))? else {
            return Ok(None);
        };
        if stored.revoked_at.is_some() || stored.used_at.is_some() || stored.expires_at <= now {
            return Ok(None);
        }
        let grant = match &stored.grant_id {
            Some(id) => match store::grants::find(conn, id)? {
                Some(g) if g.revoked_at.is_none() => Some(g),
                _ => return Ok(None),
            },
            None => None,
        };
        Ok(Some((stored, grant)))
    }
}
