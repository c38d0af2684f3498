//! Signing and checking doorman's own JWTs (ID tokens, JWT access tokens, logout tokens), and
//! `at_hash`. Checking is for tokens that come back to us: `id_token_hint`, introspection.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, DecodingKey, Validation, decode, decode_header};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256, Sha384};

use crate::error::{Error, Result};
use crate::oidc::keys::{KeyAlgorithm, Signer};

/// The `typ` header of an RFC 9068 JWT access token.
pub const ACCESS_TOKEN_TYPE: &str = "at+jwt";
/// The `typ` header of a back-channel logout token.
pub const LOGOUT_TOKEN_TYPE: &str = "logout+jwt";

/// Signs claims with the current key (JWS compact serialization, RFC 7515 §7.1); `typ`
/// defaults to `JWT`.
pub fn sign(signer: &Signer, typ: Option<&str>, claims: &Map<String, Value>) -> Result<String> {
    let header = serde_json::json!({
        "alg": signer.algorithm.as_str(),
        "typ": typ.unwrap_or("JWT"),
        "kid": signer.kid,
    });
    let mut token = base64_json(&header)?;
    token.push('.');
    token.push_str(&base64_json(claims)?);
    let signature = signer.key.sign(token.as_bytes())?;
    token.push('.');
    token.push_str(&URL_SAFE_NO_PAD.encode(signature));
    Ok(token)
}

/// Whether `token` has a JWS compact serialization's three parts (a JWT access token, not an
/// opaque one).
pub fn looks_like_jwt(token: &str) -> bool {
    token.split('.').count() == 3
}

/// The claims of a token doorman has just signed, read without checking the signature: only
/// for a token that never left the server (the test controls add claims to one and sign it
/// again).
pub fn payload(token: &str) -> Result<Map<String, Value>> {
    let part = token
        .split('.')
        .nth(1)
        .ok_or_else(|| Error::Runtime("a token without a payload".into()))?;
    let bytes = URL_SAFE_NO_PAD
        .decode(part)
        .map_err(|e| Error::Runtime(format!("a token's payload is not base64url: {e}")))?;
    serde_json::from_slice(&bytes)
        .map_err(|e| Error::Runtime(format!("a token's payload is not a JSON object: {e}")))
}

/// The base64url of a value's JSON.
fn base64_json<T: serde::Serialize>(value: &T) -> Result<String> {
    serde_json::to_vec(value)
        .map(|bytes| URL_SAFE_NO_PAD.encode(bytes))
        .map_err(|e| Error::Runtime(format!("encoding a token failed: {e}")))
}

/// `at_hash` (OIDC Core §3.1.3.6): the left half of the access token's hash, with the hash of
/// the ID token's algorithm.
pub fn at_hash(algorithm: KeyAlgorithm, access_token: &str) -> String {
    let digest: Vec<u8> = match algorithm {
        KeyAlgorithm::RS256 | KeyAlgorithm::ES256 => Sha256::digest(access_token).to_vec(),
        KeyAlgorithm::ES384 => Sha384::digest(access_token).to_vec(),
    };
    URL_SAFE_NO_PAD.encode(&digest[..digest.len() / 2])
}

/// Checks a JWT this issuer signed with one of the published keys and returns its claims.
/// `check_exp: false` accepts an expired token (an `id_token_hint` may be one).
pub fn verify(
    token: &str,
    jwks: &JwkSet,
    issuer: &str,
    check_exp: bool,
) -> Result<Map<String, Value>> {
    let ours = [Algorithm::RS256, Algorithm::ES256, Algorithm::ES384];
    let mut validation = Validation::new(Algorithm::RS256);
    validation.validate_aud = false;
    validation.validate_exp = check_exp;
    checked(token, jwks, issuer, &ours, validation)
}

/// Checks a JWT access token this issuer minted: its `typ` must be `at+jwt` (RFC 9068 §2.1), so
/// an ID token or a logout token signed with the same key is never taken for one. Expiry is the
/// caller's to check against its clock.
pub fn verify_access_token(token: &str, jwks: &JwkSet, issuer: &str) -> Result<Map<String, Value>> {
    let header = decode_header(token).map_err(|_| Error::invalid("token refused: not a JWT"))?;
    if header.typ.as_deref() != Some(ACCESS_TOKEN_TYPE) {
        return Err(Error::invalid("token refused: not an access token"));
    }
    verify(token, jwks, issuer, false)
}

/// Checks a JWT another issuer signed (an upstream's ID token): a signature by one of its
/// published keys, its `iss` and `aud`. Expiry is the caller's to check against its clock.
pub fn verify_foreign(
    token: &str,
    jwks: &JwkSet,
    issuer: &str,
    audience: &str,
) -> Result<Map<String, Value>> {
    let accepted = [
        Algorithm::RS256,
        Algorithm::RS384,
        Algorithm::RS512,
        Algorithm::PS256,
        Algorithm::ES256,
        Algorithm::ES384,
    ];
    let mut validation = Validation::new(Algorithm::RS256);
    validation.set_audience(&[audience]);
    validation.validate_exp = false;
    validation.required_spec_claims.insert("aud".into());
    checked(token, jwks, issuer, &accepted, validation)
}

fn checked(
    token: &str,
    jwks: &JwkSet,
    issuer: &str,
    algorithms: &[Algorithm],
    mut validation: Validation,
) -> Result<Map<String, Value>> {
    let refused = |why: &str| Error::invalid(format!("token refused: {why}"));
    let header = decode_header(token).map_err(|_| refused("not a JWT"))?;
    if !algorithms.contains(&header.alg) {
        return Err(refused("algorithm not used by this issuer"));
    }
    let jwk = match &header.kid {
        Some(kid) => jwks.find(kid),
        // A key set of one key needs no key id.
        None if jwks.keys.len() == 1 => jwks.keys.first(),
        None => return Err(refused("no key id")),
    }
    .ok_or_else(|| refused("not signed by a key of this issuer"))?;
    let key = DecodingKey::from_jwk(jwk).map_err(|_| refused("unusable key"))?;
    validation.algorithms = vec![header.alg];
    validation.set_issuer(&[issuer]);
    validation.required_spec_claims.remove("exp");
    validation.required_spec_claims.insert("iss".into());
    decode::<Map<String, Value>>(token, &key, &validation)
        .map(|data| data.claims)
        .map_err(|e| refused(&e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_hash_matches_a_published_example() {
        // Ping Identity's worked example of OIDC Core §3.1.3.6 for RS256.
        assert_eq!(
            at_hash(KeyAlgorithm::RS256, "dNZX1hEZ9wBCzNL40Upu646bdzQA"),
            "wfgvmE9VxjAudsl9lc6TqA"
        );
    }
}
