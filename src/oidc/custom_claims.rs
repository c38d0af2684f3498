//! Custom claims: a user's and an app's own claims, merged into ID tokens, userinfo and JWT
//! access tokens whenever `openid` is granted, a user's claim winning over an app's of the same
//! name. Names doorman issues itself, and the registered JWT and OIDC names, are refused, so a
//! custom claim never shadows what a client relies on. The static answer to Logto's custom JWT
//! scripts.

use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::oidc::claims::SUPPORTED_CLAIMS;

/// Registered names doorman does not issue but a client may still read (RFC 7519, OIDC Core,
/// RFC 9068, RFC 8693, back-channel logout).
const ALSO_RESERVED: [&str; 10] = [
    "nbf",
    "acr",
    "azp",
    "c_hash",
    "cnf",
    "act",
    "events",
    "typ",
    "organization_id",
    "s_hash",
];

/// Whether `name` may be a custom claim.
pub fn allowed(name: &str) -> bool {
    !name.is_empty() && !SUPPORTED_CLAIMS.contains(&name) && !ALSO_RESERVED.contains(&name)
}

/// Refuses a registered name, naming it.
pub fn check_name(name: &str) -> Result<()> {
    if allowed(name) {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "claim '{name}' is registered (doorman or the standards issue it); pick another name"
        )))
    }
}

/// Checks every name of a set of claims.
pub fn check(claims: &Map<String, Value>) -> Result<()> {
    claims.keys().try_for_each(|name| check_name(name))
}

/// `NAME=JSON` as the CLI takes it (`tier="gold"`, `flags=["beta"]`); a value that is not JSON
/// is taken as a string.
pub fn parse_assignment(text: &str) -> Result<(String, Value)> {
    let (name, value) = text
        .split_once('=')
        .ok_or_else(|| Error::invalid(format!("invalid claim '{text}': use NAME=JSON")))?;
    check_name(name)?;
    let value = serde_json::from_str(value).unwrap_or_else(|_| Value::String(value.to_string()));
    Ok((name.to_string(), value))
}

/// An app's claims with a user's over them.
pub fn merged(app: &Map<String, Value>, user: &Map<String, Value>) -> Map<String, Value> {
    let mut claims = app.clone();
    claims.extend(user.iter().map(|(k, v)| (k.clone(), v.clone())));
    claims
}

/// Adds custom claims to a token's claims, never over one already there.
pub fn add_to(claims: &mut Map<String, Value>, custom: &Map<String, Value>) {
    for (name, value) in custom {
        if allowed(name) && !claims.contains_key(name) {
            claims.insert(name.clone(), value.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_users_claim_wins_and_registered_names_are_refused() {
        let app = json!({ "tier": "free", "region": "eu" });
        let user = json!({ "tier": "gold" });
        let both = merged(app.as_object().unwrap(), user.as_object().unwrap());
        assert_eq!(
            Value::Object(both.clone()),
            json!({ "tier": "gold", "region": "eu" })
        );
        let mut claims = json!({ "sub": "u1", "region": "already" })
            .as_object()
            .unwrap()
            .clone();
        add_to(&mut claims, &both);
        assert_eq!(
            claims["region"], "already",
            "never over a claim already there"
        );
        assert_eq!(claims["tier"], "gold");
        for name in [
            "sub",
            "iss",
            "aud",
            "exp",
            "email",
            "organizations",
            "nbf",
            "azp",
        ] {
            assert!(check_name(name).is_err(), "{name}");
        }
        assert_eq!(
            parse_assignment("flags=[\"beta\"]").unwrap().1,
            json!(["beta"])
        );
        assert_eq!(parse_assignment("team=blue").unwrap().1, json!("blue"));
        assert!(parse_assignment("sub=x").is_err());
    }
}
