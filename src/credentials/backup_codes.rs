//! Backup codes: ten single-use codes shown once, for when the authenticator is out of reach.
//! Each is ten random lower-case letters and digits (about 51 bits), so a fast digest is enough
//! to store them (guessing is bounded by the per-user limit on wrong codes, not by hashing cost);
//! they are compared by digest in constant time.

use crate::credentials::client_secret;
use crate::model::id::random_string;

/// Codes in a set.
pub const COUNT: usize = 10;
/// Characters in a code.
const LENGTH: usize = 10;

/// A new set of codes.
pub fn generate() -> Vec<String> {
    (0..COUNT).map(|_| random_string(LENGTH)).collect()
}

/// A code as typed, normalized: lower case, without spaces or dashes. None when it cannot be a
/// backup code: 6 to 32 letters and digits (fixtures may fix their own codes).
pub fn normalize(code: &str) -> Option<String> {
    let cleaned: String = code
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    ((6..=32).contains(&cleaned.len()) && cleaned.chars().all(|c| c.is_ascii_alphanumeric()))
        .then_some(cleaned)
}

/// Whether `text` is a stored digest (64 hexadecimal digits), as `export --with-secrets` writes.
pub fn is_digest(text: &str) -> bool {
    text.len() == 64
        && text
            .chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
}

/// The stored form of a normalized code.
pub fn digest(code: &str) -> String {
    client_secret::digest(&format!("backup-code:{code}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_ten_distinct_and_normalize_as_typed() {
        let codes = generate();
        assert_eq!(codes.len(), COUNT);
        let mut unique = codes.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), COUNT);
        let code = &codes[0];
        let typed = format!(" {}-{} ", code[..5].to_uppercase(), &code[5..]);
        assert_eq!(normalize(&typed).as_deref(), Some(code.as_str()));
        assert_eq!(normalize("short"), None);
        assert_eq!(normalize("ci-backup-01").as_deref(), Some("cibackup01"));
        assert!(is_digest(&digest(code)));
        assert_ne!(digest(code), digest(&codes[1]));
    }
}
