//! doorman as a relying party of an upstream provider (a connector): the authorization request
//! it sends (with `state`, PKCE and, for OIDC, a `nonce`), the upstream's discovery document,
//! the checks on its ID token (OIDC Core §3.1.3.7: signature, `iss`, `aud`, `exp`, `nonce`), and
//! the mapping of what it said about the user onto a profile. Pure: the HTTP calls are the
//! caller's.

use jsonwebtoken::jwk::JwkSet;
use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::model::connector::{Connector, UpstreamProfile};
use crate::model::timestamp::Timestamp;
use crate::oidc::{jwt, pkce};

/// What an OIDC upstream's discovery document says, as far as a relying party needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct Metadata {
    /// Its issuer, equal to the one configured.
    pub issuer: String,
    /// Where the browser goes.
    pub authorization_endpoint: String,
    /// Where codes are exchanged.
    pub token_endpoint: String,
    /// Where its signing keys are.
    pub jwks_uri: String,
}

/// Reads a discovery document, which must name the issuer it was fetched for (OIDC Discovery
/// §4.3) and the endpoints a code flow needs.
pub fn metadata(issuer: &str, document: &Value) -> Result<Metadata> {
    let field = |name: &str| {
        document
            .get(name)
            .and_then(Value::as_str)
            .map(str::to_string)
            .ok_or_else(|| Error::invalid(format!("the discovery document has no '{name}'")))
    };
    let named = field("issuer")?;
    if named != issuer {
        return Err(Error::invalid(format!(
            "the discovery document names issuer '{named}', not '{issuer}'"
        )));
    }
    Ok(Metadata {
        issuer: named,
        authorization_endpoint: field("authorization_endpoint")?,
        token_endpoint: field("token_endpoint")?,
        jwks_uri: field("jwks_uri")?,
    })
}

/// The discovery URL of an issuer.
pub fn discovery_url(issuer: &str) -> String {
    format!(
        "{}/.well-known/openid-configuration",
        issuer.trim_end_matches('/')
    )
}

/// What goes into the upstream authorization request.
#[derive(Debug, Clone)]
pub struct Outbound<'a> {
    /// The upstream's authorization endpoint.
    pub endpoint: &'a str,
    /// doorman's callback for this connector.
    pub redirect_uri: &'a str,
    /// Binds the callback to this sign-in.
    pub state: &'a str,
    /// Binds the ID token to this sign-in (OIDC).
    pub nonce: Option<&'a str>,
    /// The PKCE verifier, whose S256 challenge is sent.
    pub verifier: &'a str,
    /// An email to suggest to the upstream (enterprise SSO knows it already).
    pub login_hint: Option<&'a str>,
}

/// The URL the browser is sent to.
pub fn authorization_url(connector: &Connector, out: &Outbound<'_>) -> Result<String> {
    let mut url = url::Url::parse(out.endpoint).map_err(|e| {
        Error::invalid(format!(
            "invalid authorization endpoint '{}': {e}",
            out.endpoint
        ))
    })?;
    {
        let mut query = url.query_pairs_mut();
        query
            .append_pair("response_type", "code")
            .append_pair("client_id", &connector.client_id)
            .append_pair("redirect_uri", out.redirect_uri)
            .append_pair("state", out.state)
            .append_pair("code_challenge", &pkce::challenge_of(out.verifier))
            .append_pair("code_challenge_method", "S256");
        if !connector.endpoints.scopes.is_empty() {
            query.append_pair("scope", &connector.endpoints.scopes.join(" "));
        }
        if let Some(nonce) = out.nonce {
            query.append_pair("nonce", nonce);
        }
        if let Some(hint) = out.login_hint {
            query.append_pair("login_hint", hint);
        }
        if let Some(mode) = &connector.endpoints.response_mode {
            query.append_pair("response_mode", mode);
        }
    }
    Ok(url.into())
}

/// Checks that a Sign in with Apple connector has its `.p8` private key (an EC key in PEM).
pub fn check_apple_key(private_key_pem: Option<&str>) -> Result<()> {
    let pem = private_key_pem.ok_or_else(|| {
        Error::invalid(
            "Sign in with Apple needs its private key (AuthKey_<key id>.p8) as the secret",
        )
    })?;
    jsonwebtoken::EncodingKey::from_ec_pem(pem.as_bytes())
        .map(|_| ())
        .map_err(|e| Error::invalid(format!("the Apple private key is not an EC PEM key: {e}")))
}

/// The name in Sign in with Apple's `user` form field (`{"name": {"firstName", "lastName"}}`),
/// when it has one.
pub fn apple_user_name(user: &str) -> Option<String> {
    let user: Value = serde_json::from_str(user).ok()?;
    let part = |key: &str| {
        user["name"][key]
            .as_str()
            .map(str::trim)
            .filter(|s| !s.is_empty())
    };
    let name = [part("firstName"), part("lastName")]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    (!name.is_empty()).then_some(name)
}

/// How long a Sign in with Apple client secret lives (Apple allows up to six months; each code
/// exchange makes a new one).
pub const APPLE_SECRET_SECONDS: i64 = 300;

/// Sign in with Apple's client secret for a code exchange: an ES256 JWT from the team to the
/// provider (`aud` its issuer) about the client (`sub`), signed with the `.p8` private key.
pub fn apple_client_secret(
    key: &crate::model::connector::AppleKey,
    private_key_pem: &str,
    client_id: &str,
    audience: &str,
    now: Timestamp,
) -> Result<String> {
    let signing = jsonwebtoken::EncodingKey::from_ec_pem(private_key_pem.as_bytes())
        .map_err(|e| Error::invalid(format!("the Apple private key is not an EC PEM key: {e}")))?;
    let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::ES256);
    header.kid = Some(key.key_id.clone());
    let claims = serde_json::json!({
        "iss": key.team_id,
        "iat": now.unix(),
        "exp": now.unix() + APPLE_SECRET_SECONDS,
        "aud": audience,
        "sub": client_id,
    });
    jsonwebtoken::encode(&header, &claims, &signing)
        .map_err(|e| Error::Runtime(format!("signing the Apple client secret: {e}")))
}

/// What an ID token must match besides its signature.
#[derive(Debug, Clone, Copy)]
pub struct Expected<'a> {
    /// The upstream's issuer.
    pub issuer: &'a str,
    /// doorman's client id there.
    pub audience: &'a str,
    /// The nonce sent.
    pub nonce: &'a str,
    /// Now, by doorman's clock.
    pub now: Timestamp,
}

/// How far the upstream's clock may run ahead of or behind doorman's.
pub const CLOCK_SKEW_SECONDS: i64 = 60;

/// Checks an upstream ID token and returns its claims.
pub fn verify_id_token(
    token: &str,
    jwks: &JwkSet,
    expected: &Expected<'_>,
) -> Result<Map<String, Value>> {
    let claims = jwt::verify_foreign(token, jwks, expected.issuer, expected.audience)?;
    let exp = claims.get("exp").and_then(Value::as_i64);
    match exp {
        Some(exp) if exp + CLOCK_SKEW_SECONDS > expected.now.unix() => {}
        Some(_) => return Err(Error::invalid("token refused: expired")),
        None => return Err(Error::invalid("token refused: no expiry")),
    }
    if claims.get("nonce").and_then(Value::as_str) != Some(expected.nonce) {
        return Err(Error::invalid("token refused: the nonce does not match"));
    }
    Ok(claims)
}

/// The value at a dotted path (`data.email`) of a JSON document; a key that is the whole path
/// comes first (SAML attributes are named by URIs with dots in them).
fn at_path<'v>(value: &'v Value, path: &str) -> Option<&'v Value> {
    value
        .get(path)
        .or_else(|| path.split('.').try_fold(value, |v, segment| v.get(segment)))
        .filter(|v| !v.is_null())
}

/// A list of names from an array of strings, or one string.
fn names(value: &Value) -> Vec<String> {
    match value {
        Value::Array(items) => items.iter().filter_map(text).collect(),
        other => text(other).into_iter().collect(),
    }
}

/// Text from a string or a number (GitHub's ids are numbers).
fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Maps what the upstream said (ID-token claims, or user-info JSON) onto a profile through the
/// connector's mapping; a profile without a subject is refused.
pub fn profile(connector: &Connector, raw: Value) -> Result<UpstreamProfile> {
    let get = |field: &str| at_path(&raw, &connector.field_for(field));
    let subject = get("id").and_then(text).ok_or_else(|| {
        Error::invalid(format!(
            "the provider's answer has no '{}' to identify the user",
            connector.field_for("id")
        ))
    })?;
    let email_verified = match get("email_verified") {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => s == "true",
        _ => false,
    };
    Ok(UpstreamProfile {
        subject,
        email: get("email").and_then(text),
        email_verified,
        name: get("name").and_then(text),
        avatar: get("avatar").and_then(text),
        groups: get("groups").map(names).unwrap_or_default(),
        raw,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::connector::{ConnectorKind, Endpoints, Preset, Sso};
    use serde_json::json;

    fn connector(preset: Option<Preset>) -> Connector {
        Connector {
            id: "c1".into(),
            name: "Upstream".into(),
            kind: ConnectorKind::Oidc,
            preset,
            client_id: "doorman".into(),
            has_secret: true,
            endpoints: Endpoints {
                scopes: vec!["openid".into(), "email".into()],
                ..Endpoints::default()
            },
            sso: false,
            sso_config: Sso::default(),
            created_at: Timestamp::from_unix(0),
            updated_at: Timestamp::from_unix(0),
        }
    }

    #[test]
    fn discovery_must_name_the_issuer_it_was_fetched_for() {
        let doc = json!({
            "issuer": "http://up.test/oidc",
            "authorization_endpoint": "http://up.test/oidc/auth",
            "token_endpoint": "http://up.test/oidc/token",
            "jwks_uri": "http://up.test/oidc/jwks",
        });
        assert!(metadata("http://up.test/oidc", &doc).is_ok());
        let e = metadata("http://other.test/oidc", &doc).unwrap_err();
        assert!(e.to_string().contains("'http://up.test/oidc'"), "{e}");
        assert_eq!(
            discovery_url("http://up.test/oidc/"),
            "http://up.test/oidc/.well-known/openid-configuration"
        );
    }

    #[test]
    fn the_request_carries_state_pkce_and_nonce() {
        let c = connector(None);
        let verifier = "v".repeat(43);
        let out = Outbound {
            endpoint: "http://up.test/auth?tenant=a",
            redirect_uri: "http://localhost:3001/callback/c1",
            state: "s1",
            nonce: Some("n1"),
            verifier: &verifier,
            login_hint: Some("ada@acme.test"),
        };
        let url = url::Url::parse(&authorization_url(&c, &out).unwrap()).unwrap();
        let q: std::collections::HashMap<_, _> = url.query_pairs().into_owned().collect();
        assert_eq!(q["tenant"], "a");
        assert_eq!(q["state"], "s1");
        assert_eq!(q["nonce"], "n1");
        assert_eq!(q["code_challenge_method"], "S256");
        assert_eq!(q["code_challenge"], pkce::challenge_of(&"v".repeat(43)));
        assert_eq!(q["scope"], "openid email");
        assert_eq!(q["login_hint"], "ada@acme.test");
    }

    #[test]
    fn profiles_follow_the_mapping() {
        let github = connector(Some(Preset::Github));
        let p = profile(
            &github,
            json!({"id": 42, "email": "ada@example.com", "avatar_url": "http://a/p.png", "name": null}),
        )
        .unwrap();
        assert_eq!(p.subject, "42");
        assert_eq!(p.avatar.as_deref(), Some("http://a/p.png"));
        assert_eq!(p.name, None);
        assert!(!p.email_verified);
        let mut nested = connector(None);
        nested
            .endpoints
            .mapping
            .insert("id".into(), "data.uid".into());
        nested
            .endpoints
            .mapping
            .insert("email_verified".into(), "data.ok".into());
        let p = profile(&nested, json!({"data": {"uid": "u-1", "ok": true}})).unwrap();
        assert_eq!((p.subject.as_str(), p.email_verified), ("u-1", true));
        assert!(profile(&nested, json!({"sub": "x"})).is_err());
    }

    #[test]
    fn id_tokens_are_checked_for_issuer_audience_expiry_and_nonce_by_our_clock() {
        use crate::oidc::keys::{KeyAlgorithm, PrivateKey, Signer, generate};
        let key = generate(KeyAlgorithm::ES256).unwrap();
        let jwks: JwkSet =
            serde_json::from_value(json!({ "keys": [key.public_jwk.clone()] })).unwrap();
        let signer = Signer {
            kid: key.kid.clone(),
            algorithm: key.algorithm,
            key: PrivateKey::from_pem(key.algorithm, &key.private_pem).unwrap(),
        };
        let token = |claims: Value| jwt::sign(&signer, None, claims.as_object().unwrap()).unwrap();
        let good = token(json!({
            "iss": "http://up.test", "aud": "doorman", "sub": "u1", "exp": 1_000, "nonce": "n1"
        }));
        let at = |now: i64, nonce: &'static str| Expected {
            issuer: "http://up.test",
            audience: "doorman",
            nonce,
            now: Timestamp::from_unix(now),
        };
        assert_eq!(
            verify_id_token(&good, &jwks, &at(900, "n1")).unwrap()["sub"],
            "u1"
        );
        // Within the allowed skew, then past it.
        assert!(verify_id_token(&good, &jwks, &at(1_030, "n1")).is_ok());
        let e = verify_id_token(&good, &jwks, &at(1_100, "n1")).unwrap_err();
        assert!(e.to_string().contains("expired"), "{e}");
        let e = verify_id_token(&good, &jwks, &at(900, "other")).unwrap_err();
        assert!(e.to_string().contains("nonce"), "{e}");
        let wrong_aud = Expected {
            audience: "someone-else",
            ..at(900, "n1")
        };
        assert!(verify_id_token(&good, &jwks, &wrong_aud).is_err());
        let foreign = generate(KeyAlgorithm::ES256).unwrap();
        let other: JwkSet =
            serde_json::from_value(json!({ "keys": [foreign.public_jwk] })).unwrap();
        assert!(verify_id_token(&good, &other, &at(900, "n1")).is_err());
    }

    #[test]
    fn apples_client_secret_is_an_es256_jwt_from_the_team_about_the_client() {
        use crate::model::connector::AppleKey;
        use crate::oidc::keys::{KeyAlgorithm, generate};
        let developer = generate(KeyAlgorithm::ES256).unwrap();
        let key = AppleKey {
            team_id: "TEAM".into(),
            key_id: "KEY".into(),
        };
        let now = Timestamp::from_unix(1_800_000_000);
        let secret = apple_client_secret(
            &key,
            &developer.private_pem,
            "com.example.web",
            "https://appleid.apple.com",
            now,
        )
        .unwrap();
        let header = jsonwebtoken::decode_header(&secret).unwrap();
        assert_eq!(
            (header.alg, header.kid.as_deref()),
            (jsonwebtoken::Algorithm::ES256, Some("KEY"))
        );
        let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::ES256);
        validation.validate_exp = false;
        validation.set_audience(&["https://appleid.apple.com"]);
        let decoding = jsonwebtoken::DecodingKey::from_jwk(&developer.public_jwk).unwrap();
        let claims = jsonwebtoken::decode::<serde_json::Value>(&secret, &decoding, &validation)
            .unwrap()
            .claims;
        assert_eq!(claims["iss"], "TEAM");
        assert_eq!(claims["sub"], "com.example.web");
        assert_eq!(claims["exp"], 1_800_000_000 + APPLE_SECRET_SECONDS);
        assert!(check_apple_key(Some("not a key")).is_err());
        assert!(check_apple_key(None).is_err());
    }

    #[test]
    fn apples_user_field_gives_only_a_name() {
        let user = r#"{"name":{"firstName":"Ada","lastName":"Lovelace"},"email":"x@y"}"#;
        assert_eq!(apple_user_name(user).as_deref(), Some("Ada Lovelace"));
        assert_eq!(apple_user_name(r#"{"email":"x@y"}"#), None);
        assert_eq!(apple_user_name("not json"), None);
    }

    #[test]
    fn a_form_post_provider_is_asked_for_form_post() {
        let mut apple = connector(Some(Preset::Apple));
        apple.endpoints = Preset::Apple.defaults();
        let out = Outbound {
            endpoint: "https://appleid.apple.com/auth/authorize",
            redirect_uri: "http://localhost:3001/callback/apple",
            state: "s",
            nonce: Some("n"),
            verifier: "v",
            login_hint: None,
        };
        let url = authorization_url(&apple, &out).unwrap();
        assert!(url.contains("response_mode=form_post"), "{url}");
    }
}
