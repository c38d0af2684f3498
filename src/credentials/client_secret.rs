//! Client secrets: 256 random bits, shown once, stored as a SHA-256 digest and checked in
//! constant time. A slow hash would add nothing to a secret this random and would cap the token
//! endpoint's throughput.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::error::{Error, Result};
use crate::model::id::random_bytes;

/// The shortest secret a fixture may fix (generated ones are 43 characters).
pub const MIN_FIXED_LENGTH: usize = 16;

/// A new random secret, URL-safe.
pub fn generate() -> String {
    URL_SAFE_NO_PAD.encode(random_bytes::<32>())
}

/// The stored form of a secret: lower-case hex SHA-256.
pub fn digest(secret: &str) -> String {
    Sha256::digest(secret.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether `secret` matches the stored digest, compared in constant time.
pub fn matches(secret: &str, stored_digest: &str) -> bool {
    digest(secret)
        .as_bytes()
        .ct_eq(stored_digest.as_bytes())
        .into()
}

/// Checks a secret given in a fixture: long enough not to be guessed.
pub fn check_fixed(secret: &str) -> Result<()> {
    if secret.chars().count() < MIN_FIXED_LENGTH || secret.chars().any(char::is_whitespace) {
        return Err(Error::invalid(format!(
            "client secret too weak: use at least {MIN_FIXED_LENGTH} characters without spaces"
        )));
    }
    Ok(())
}

/// Checks a stored digest given in a fixture (`client_secret_digest`): 64 hex digits.
pub fn check_digest(value: &str) -> Result<()> {
    if value.len() == 64 && value.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(())
    } else {
        Err(Error::invalid(
            "invalid client secret digest: use 64 hex digits",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_secrets_verify_against_their_digest_only() {
        let s = generate();
        assert_eq!(s.len(), 43);
        let d = digest(&s);
        assert_eq!(d.len(), 64);
        assert!(check_digest(&d).is_ok());
        assert!(matches(&s, &d));
        assert!(!matches(&generate(), &d));
        assert!(!matches(&s, "not a digest"));
    }

    #[test]
    fn fixed_secrets_must_be_long() {
        assert!(check_fixed("ci-secret").is_err());
        assert!(check_fixed("ci-secret-0123456789").is_ok());
        assert!(
            !check_fixed("short")
                .unwrap_err()
                .to_string()
                .contains("short")
        );
    }
}
