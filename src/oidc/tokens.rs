//! What goes into the JWTs doorman signs: ID tokens (OIDC Core §2), JWT access tokens
//! (RFC 9068) and back-channel logout tokens (Back-Channel Logout §2.4).

use serde_json::{Map, Value, json};

use crate::model::id::random_string;
use crate::model::timestamp::Timestamp;

/// The event a logout token carries.
pub const BACKCHANNEL_LOGOUT_EVENT: &str = "http://schemas.openid.net/event/backchannel-logout";

/// How long a logout token is valid: long enough for retries, short enough to be useless later.
pub const LOGOUT_TOKEN_SECONDS: i64 = 120;

/// The audience of an organization token.
pub fn organization_audience(organization_id: &str) -> String {
    format!("urn:logto:organization:{organization_id}")
}

/// The protocol claims of an ID token; the user's claims are added to these.
pub struct IdToken<'a> {
    /// Issuer.
    pub issuer: &'a str,
    /// The app.
    pub client_id: &'a str,
    /// When it was issued.
    pub now: Timestamp,
    /// How long it lives.
    pub lifetime: i64,
    /// When the user authenticated.
    pub auth_time: Timestamp,
    /// The authorization request's nonce.
    pub nonce: Option<&'a str>,
    /// The access token's hash.
    pub at_hash: Option<String>,
    /// The session id.
    pub sid: Option<&'a str>,
    /// Authentication methods.
    pub amr: &'a [String],
}

impl IdToken<'_> {
    /// All claims: these protocol claims over the user's claims.
    pub fn claims(&self, mut user_claims: Map<String, Value>) -> Map<String, Value> {
        user_claims.insert("iss".into(), json!(self.issuer));
        user_claims.insert("aud".into(), json!(self.client_id));
        user_claims.insert("iat".into(), json!(self.now.unix()));
        user_claims.insert("exp".into(), json!(self.now.unix() + self.lifetime));
        user_claims.insert("auth_time".into(), json!(self.auth_time.unix()));
        if let Some(nonce) = self.nonce {
            user_claims.insert("nonce".into(), json!(nonce));
        }
        if let Some(at_hash) = &self.at_hash {
            user_claims.insert("at_hash".into(), json!(at_hash));
        }
        if let Some(sid) = self.sid {
            user_claims.insert("sid".into(), json!(sid));
        }
        if !self.amr.is_empty() {
            user_claims.insert("amr".into(), json!(self.amr));
        }
        user_claims
    }
}

/// A JWT access token for an API (RFC 9068; `aud` = the resource or organization audience).
pub struct AccessToken<'a> {
    /// Issuer.
    pub issuer: &'a str,
    /// The user, or the m2m app itself.
    pub subject: &'a str,
    /// The app it was issued to.
    pub client_id: &'a str,
    /// The resource or organization audience.
    pub audience: &'a str,
    /// Granted scopes, space-separated.
    pub scope: &'a str,
    /// When it was issued.
    pub now: Timestamp,
    /// How long it lives.
    pub lifetime: i64,
    /// The organization of an organization token.
    pub organization_id: Option<&'a str>,
    /// The grant it was minted from (none for client credentials): carried in `jti`, so
    /// introspection finds a revoked grant behind the token with one lookup.
    pub grant_id: Option<&'a str>,
}

impl AccessToken<'_> {
    /// The token's claims.
    pub fn claims(&self) -> Map<String, Value> {
        let mut claims = Map::new();
        claims.insert("iss".into(), json!(self.issuer));
        claims.insert("sub".into(), json!(self.subject));
        claims.insert("aud".into(), json!(self.audience));
        claims.insert("client_id".into(), json!(self.client_id));
        claims.insert("scope".into(), json!(self.scope));
        claims.insert("iat".into(), json!(self.now.unix()));
        claims.insert("exp".into(), json!(self.now.unix() + self.lifetime));
        let unique = random_string(24);
        let jti = match self.grant_id {
            Some(grant) => format!("{grant}.{unique}"),
            None => unique,
        };
        claims.insert("jti".into(), json!(jti));
        if let Some(org) = self.organization_id {
            claims.insert("organization_id".into(), json!(org));
        }
        claims
    }
}

/// The grant a JWT access token's `jti` names, if it was minted from one.
pub fn grant_of_jti(jti: &str) -> Option<&str> {
    jti.split_once('.').map(|(grant, _)| grant)
}

/// Claims of a back-channel logout token for one app of a session.
pub fn logout_token_claims(
    issuer: &str,
    client_id: &str,
    subject: &str,
    sid: &str,
    now: Timestamp,
) -> Map<String, Value> {
    let mut claims = Map::new();
    claims.insert("iss".into(), json!(issuer));
    claims.insert("sub".into(), json!(subject));
    claims.insert("aud".into(), json!(client_id));
    claims.insert("iat".into(), json!(now.unix()));
    claims.insert("exp".into(), json!(now.unix() + LOGOUT_TOKEN_SECONDS));
    claims.insert("jti".into(), json!(random_string(24)));
    claims.insert("sid".into(), json!(sid));
    claims.insert("events".into(), json!({ BACKCHANNEL_LOGOUT_EVENT: {} }));
    claims
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(grant_id: Option<&str>) -> Map<String, Value> {
        AccessToken {
            issuer: "http://localhost:3001/oidc",
            subject: "u1",
            client_id: "portal",
            audience: "https://api.test",
            scope: "read",
            now: Timestamp::from_unix(1_800_000_000),
            lifetime: 3_600,
            organization_id: None,
            grant_id,
        }
        .claims()
    }

    #[test]
    fn a_jwt_access_token_names_its_grant_in_jti() {
        let minted = token(Some("g1"));
        let jti = minted["jti"].as_str().expect("a jti");
        assert_eq!(grant_of_jti(jti), Some("g1"));
        assert_ne!(
            token(Some("g1"))["jti"],
            minted["jti"],
            "every jti is unique"
        );
        let unbound = token(None);
        assert_eq!(grant_of_jti(unbound["jti"].as_str().expect("a jti")), None);
        assert_eq!(minted["exp"], 1_800_003_600);
        assert_eq!(minted["client_id"], "portal");
    }
}
