//! The OpenID Connect standard profile claims (OIDC Core §5.1) a user may set, which Logto keeps
//! as the user's `profile`: stored and released by their claim names (`given_name`), shown and
//! changed by the Account API under Logto's names (`givenName`).

use serde_json::{Map, Value};

use crate::error::{Error, Result};

/// The claims of the `profile` scope a user may set: (claim name, Logto's name).
pub const PROFILE_CLAIMS: [(&str, &str); 11] = [
    ("given_name", "givenName"),
    ("family_name", "familyName"),
    ("middle_name", "middleName"),
    ("nickname", "nickname"),
    ("preferred_username", "preferredUsername"),
    ("profile", "profile"),
    ("website", "website"),
    ("gender", "gender"),
    ("birthdate", "birthdate"),
    ("zoneinfo", "zoneinfo"),
    ("locale", "locale"),
];

/// The parts of the `address` claim (OIDC Core §5.1.1): (claim name, Logto's name).
pub const ADDRESS_PARTS: [(&str, &str); 6] = [
    ("formatted", "formatted"),
    ("street_address", "streetAddress"),
    ("locality", "locality"),
    ("region", "region"),
    ("postal_code", "postalCode"),
    ("country", "country"),
];

/// The longest value a claim may hold.
const MAX_LENGTH: usize = 256;

fn text(key: &str, value: &Value) -> Result<String> {
    match value {
        Value::String(s) if s.chars().count() <= MAX_LENGTH && !s.chars().any(char::is_control) => {
            Ok(s.clone())
        }
        _ => Err(Error::invalid(format!(
            "invalid {key}: a text of at most {MAX_LENGTH} characters"
        ))),
    }
}

/// Changes in Logto's names (`{"givenName": "Ada", "address": {"postalCode": "1"}}`; `null`
/// removes a claim) as a map of claim names, `Value::Null` marking removals. Unknown names are
/// refused, naming them.
pub fn from_logto(body: &Map<String, Value>) -> Result<Map<String, Value>> {
    let mut changes = Map::new();
    for (key, value) in body {
        if key == "address" {
            let address = match value {
                Value::Null => Value::Null,
                Value::Object(parts) => {
                    let mut out = Map::new();
                    for (part, v) in parts {
                        let Some((claim, _)) =
                            ADDRESS_PARTS.iter().find(|(_, logto)| logto == part)
                        else {
                            return Err(Error::invalid(format!("unknown address field '{part}'")));
                        };
                        out.insert((*claim).into(), Value::String(text(part, v)?));
                    }
                    Value::Object(out)
                }
                _ => return Err(Error::invalid("invalid address: an object")),
            };
            changes.insert("address".into(), address);
            continue;
        }
        let Some((claim, _)) = PROFILE_CLAIMS.iter().find(|(_, logto)| logto == key) else {
            return Err(Error::invalid(format!("unknown profile field '{key}'")));
        };
        let value = if value.is_null() {
            Value::Null
        } else {
            Value::String(text(key, value)?)
        };
        changes.insert((*claim).into(), value);
    }
    Ok(changes)
}

/// Stored claims under Logto's names.
pub fn to_logto(claims: &Map<String, Value>) -> Map<String, Value> {
    let mut out = Map::new();
    for (claim, logto) in PROFILE_CLAIMS {
        if let Some(v) = claims.get(claim) {
            out.insert(logto.into(), v.clone());
        }
    }
    if let Some(Value::Object(parts)) = claims.get("address") {
        let mut address = Map::new();
        for (claim, logto) in ADDRESS_PARTS {
            if let Some(v) = parts.get(claim) {
                address.insert(logto.into(), v.clone());
            }
        }
        out.insert("address".into(), Value::Object(address));
    }
    out
}

/// Applies changes from [`from_logto`] to stored claims.
pub fn merge(claims: &mut Map<String, Value>, changes: Map<String, Value>) {
    for (claim, value) in changes {
        if value.is_null() {
            claims.remove(&claim);
        } else {
            claims.insert(claim, value);
        }
    }
}

/// Checks claims as a fixture gives them (claim names), returning them as stored.
pub fn check_stored(claims: &Map<String, Value>) -> Result<Map<String, Value>> {
    let as_logto = claims
        .iter()
        .map(|(k, v)| {
            let logto = if k == "address" {
                match v {
                    Value::Object(parts) => {
                        let mut out = Map::new();
                        for (part, pv) in parts {
                            let name = ADDRESS_PARTS
                                .iter()
                                .find(|(c, _)| c == part)
                                .map_or(part.as_str(), |(_, l)| l);
                            out.insert(name.into(), pv.clone());
                        }
                        return Ok((k.clone(), Value::Object(out)));
                    }
                    other => return Ok((k.clone(), other.clone())),
                }
            } else {
                PROFILE_CLAIMS
                    .iter()
                    .find(|(c, _)| c == k)
                    .map(|(_, l)| (*l).to_string())
                    .ok_or_else(|| Error::invalid(format!("unknown profile claim '{k}'")))?
            };
            Ok((logto, v.clone()))
        })
        .collect::<Result<Map<String, Value>>>()?;
    let mut stored = Map::new();
    merge(&mut stored, from_logto(&as_logto)?);
    Ok(stored)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn logtos_names_map_to_claim_names_and_back() {
        let body =
            json!({ "givenName": "Ada", "address": { "postalCode": "10115", "country": "DE" } });
        let changes = from_logto(body.as_object().unwrap()).unwrap();
        assert_eq!(changes["given_name"], "Ada");
        assert_eq!(changes["address"]["postal_code"], "10115");
        let mut stored = Map::new();
        merge(&mut stored, changes);
        assert_eq!(Value::Object(to_logto(&stored)), body);
        merge(
            &mut stored,
            from_logto(json!({ "givenName": null }).as_object().unwrap()).unwrap(),
        );
        assert!(stored.get("given_name").is_none());
        assert!(from_logto(json!({ "shoeSize": "9" }).as_object().unwrap()).is_err());
        assert!(from_logto(json!({ "nickname": 7 }).as_object().unwrap()).is_err());
        assert_eq!(
            check_stored(json!({ "nickname": "ada" }).as_object().unwrap()).unwrap()["nickname"],
            "ada"
        );
    }
}
