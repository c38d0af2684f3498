//! One-time codes sent by email or SMS: six digits drawn uniformly, stored only as a digest
//! salted with the verification's id (so equal codes in two rows never look alike), checked in
//! constant time. Few digits are safe only because each code allows [`MAX_ATTEMPTS`] guesses and
//! lives [`LIFETIME_SECONDS`].

use subtle::ConstantTimeEq;

use crate::credentials::client_secret;
use crate::model::id::random_bytes;

/// Digits in a code.
pub const DIGITS: usize = 6;
/// How long a code is valid.
pub const LIFETIME_SECONDS: i64 = 10 * 60;
/// Wrong codes allowed before the verification is dead.
pub const MAX_ATTEMPTS: u32 = 5;
/// How long before another code may be sent to the same verification.
pub const RESEND_COOLDOWN_SECONDS: i64 = 60;

/// A new code, uniform over 000000–999999.
pub fn generate() -> String {
    // Rejection sampling keeps every code equally likely.
    const LIMIT: u32 = u32::MAX - (u32::MAX % 1_000_000);
    loop {
        let n = u32::from_le_bytes(random_bytes::<4>());
        if n < LIMIT {
            return format!("{:06}", n % 1_000_000);
        }
    }
}

/// The stored form of `code` for the verification `id`.
pub fn digest(id: &str, code: &str) -> String {
    client_secret::digest(&format!("{id}:{code}"))
}

/// Whether `code` (spaces and dashes ignored) is the one stored for `id`.
pub fn matches(id: &str, code: &str, stored_digest: &str) -> bool {
    let typed: String = code.chars().filter(char::is_ascii_digit).collect();
    if typed.len() != DIGITS {
        return false;
    }
    digest(id, &typed)
        .as_bytes()
        .ct_eq(stored_digest.as_bytes())
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_six_digits_and_match_only_their_row() {
        let code = generate();
        assert_eq!(code.len(), DIGITS);
        assert!(code.chars().all(|c| c.is_ascii_digit()));
        let stored = digest("row-1", &code);
        assert!(matches("row-1", &code, &stored));
        assert!(matches(
            "row-1",
            &format!("{} {}", &code[..3], &code[3..]),
            &stored
        ));
        assert!(!matches("row-2", &code, &stored));
        assert_ne!(stored, digest("row-2", &code));
        assert!(!matches("row-1", "12345", &stored));
    }
}
