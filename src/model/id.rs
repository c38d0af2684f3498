//! Random identifiers. Ids are never sequential so they leak neither counts nor order, and they
//! are URL-safe so they can sit in links (invitation links, admin URLs) without escaping.

use std::cell::RefCell;

const ALPHABET: &[u8; 36] = b"abcdefghijklmnopqrstuvwxyz0123456789";

/// Bytes fetched from the OS per system call. Seeding makes an id per record; one call each
/// was a tenth of a 100,000-user seed.
const POOL: usize = 4096;

thread_local! {
    /// OS random bytes not yet handed out; each byte is used once, then zeroed.
    static RANDOM: RefCell<(Box<[u8; POOL]>, usize)> = RefCell::new((Box::new([0; POOL]), POOL));
}

/// Fills a buffer from the operating system's secure random source.
///
/// The OS generator failing is not something doorman can recover from or work around safely, so
/// this aborts rather than fall back to weaker randomness.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut out = [0u8; N];
    RANDOM.with(|cell| {
        let (pool, used) = &mut *cell.borrow_mut();
        let mut filled = 0;
        while filled < N {
            if *used == POOL {
                #[allow(clippy::expect_used)]
                getrandom::fill(&mut pool[..])
                    .expect("the operating system's random source failed");
                *used = 0;
            }
            let take = (N - filled).min(POOL - *used);
            out[filled..filled + take].copy_from_slice(&pool[*used..*used + take]);
            pool[*used..*used + take].fill(0);
            *used += take;
            filled += take;
        }
    });
    out
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
    fn random_bytes_span_pool_refills_without_repeating() {
        let chunks: Vec<[u8; 1000]> = (0..10).map(|_| random_bytes()).collect();
        for (i, a) in chunks.iter().enumerate() {
            assert!(a.iter().any(|b| *b != 0));
            for b in &chunks[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }

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
