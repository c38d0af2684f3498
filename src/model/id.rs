//! Random identifiers. Ids are never sequential so they leak neither counts nor order, and they
//! are URL-safe so they can sit in links (invitation links, admin URLs) without escaping.

const ALPHABET: &[u8; 36] = b"abcdefghijklmnopqrstuvwxyz0123456789";

/// Fills a buffer from the operating system's secure random source.
///
/// The OS generator failing is not something doorman can recover from or work around safely, so
/// this aborts rather than fall back to weaker randomness.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut buf = [0u8; N];
    #[allow(clippy::expect_used)]
    getrandom::fill(&mut buf).expect("the operating system's random source failed");
    buf
}

/// A random lower-case alphanumeric string of `len` characters (about 5.17 bits each).
///
/// Rejection sampling keeps every character equally likely.
pub fn random_string(len: usize) -> String {
    let mut out = String::with_capacity(len);
    while out.len() < len {
        for byte in random_bytes::<32>() {
            // 252 = 7 * 36: bytes at or above it would bias the first characters.
            if byte < 252 && out.len() < len {
                out.push(ALPHABET[usize::from(byte % 36)] as char);
            }
        }
    }
    out
}

/// A new entity id: 16 characters, about 82 bits, like Logto's ids but harder to guess.
pub fn new_id() -> String {
    random_string(16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_url_safe_and_distinct() {
        let a = new_id();
        let b = new_id();
        assert_eq!(a.len(), 16);
        assert!(
            a.bytes()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        );
        assert_ne!(a, b);
    }
}
