//! Password hashing. New hashes are argon2id PHC strings at the configured cost; imported
//! argon2i/argon2d/argon2id and bcrypt hashes are accepted as they are, verified, and reported as
//! needing a re-hash so sign-in can upgrade them to argon2id.
//!
//! Argon2 comes from `argon2-rust`, a port of the reference implementation with runtime-selected
//! SIMD: bit-exact with the C reference and about twice as fast here as the RustCrypto crate,
//! which halves the server's CPU per sign-in at the same cost.

use std::cell::RefCell;

use argon2_rust::params::Memory;
use argon2_rust::{Algorithm, Argon2, Params, Version, decode_phc};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The argon2id cost. Defaults are OWASP's (m=19456 KiB, t=2, p=1); CI lowers them in config.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct HashingCost {
    /// Memory in KiB.
    pub memory_kib: u32,
    /// Passes over memory.
    pub iterations: u32,
    /// Lanes.
    pub parallelism: u32,
}

impl Default for HashingCost {
    fn default() -> Self {
        HashingCost {
            memory_kib: 19_456,
            iterations: 2,
            parallelism: 1,
        }
    }
}

/// The most an imported argon2 hash may cost to verify (1 GiB, 1024 passes, 16 lanes): enough for
/// any sane export, including Logto's argon2i hashes, and a bound on what one row can make a
/// sign-in allocate.
fn import_ceiling() -> Result<Params> {
    Params::builder()
        .memory(Memory::kib(1 << 20))
        .passes(1024)
        .lanes(16)
        .threads(16)
        .build()
        .map_err(|e| Error::Runtime(format!("argon2 ceiling: {e}")))
}

/// Hashes and verifies passwords at one cost.
#[derive(Clone)]
pub struct Hasher {
    argon2: Argon2,
    cost: HashingCost,
    ceiling: Params,
}

impl Hasher {
    /// A hasher for the given cost; refuses costs argon2 cannot run.
    pub fn new(cost: HashingCost) -> Result<Self> {
        let params = Params::builder()
            .memory(Memory::kib(u64::from(cost.memory_kib)))
            .passes(cost.iterations)
            .lanes(cost.parallelism)
            .threads(cost.parallelism)
            .build()
            .map_err(|e| {
                Error::invalid(format!(
                    "invalid password_hashing (memory_kib={}, iterations={}, parallelism={}): {e}",
                    cost.memory_kib, cost.iterations, cost.parallelism
                ))
            })?;
        Ok(Hasher {
            argon2: Argon2::new(Algorithm::Argon2id, Version::V0x13, params),
            cost,
            ceiling: import_ceiling()?,
        })
    }

    /// A new argon2id PHC string for the password, with a fresh random salt.
    pub fn hash(&self, password: &str) -> Result<String> {
        with_arena(self.argon2, |h| {
            h.hash_password_with_random_salt(password.as_bytes())
        })
        .map_err(|e| Error::Runtime(format!("hashing a password failed: {e}")))
    }

    /// Whether the password matches the stored hash (argon2 variants or bcrypt). Both libraries
    /// compare the computed tag in constant time.
    pub fn verify(&self, password: &str, stored: &str) -> bool {
        match HashKind::of(stored) {
            Some(HashKind::Bcrypt) => bcrypt::verify(password, stored).unwrap_or(false),
            Some(HashKind::Argon2(algorithm)) => with_arena(self.argon2, |h| {
                h.verify_encoded_bounded(stored, password.as_bytes(), algorithm, &self.ceiling)
            })
            .is_ok(),
            None => false,
        }
    }

    /// Whether a stored hash should be replaced after a successful sign-in: anything that is not
    /// argon2id v1.3 at the current cost.
    pub fn needs_rehash(&self, stored: &str) -> bool {
        match decode_phc(stored) {
            Ok(d) => {
                d.algorithm != Algorithm::Argon2id
                    || d.version != Version::V0x13
                    || d.params.memory_kib() != self.cost.memory_kib
                    || d.params.passes() != self.cost.iterations
                    || d.params.lanes() != self.cost.parallelism
            }
            Err(_) => true,
        }
    }
}

thread_local! {
    /// Each thread's argon2 working memory, kept between hashes. A fresh arena per hash costs a
    /// page fault per 4 KiB page (256 at m=1024), which under virtualisation cost more than the
    /// hash itself; seeding and sign-in hash many passwords on few threads.
    static ARENA: RefCell<Option<argon2_rust::Hasher>> = const { RefCell::new(None) };
}

/// Runs `f` with this thread's pooled hasher, set to `argon2`'s configuration.
fn with_arena<T>(argon2: Argon2, f: impl FnOnce(&mut argon2_rust::Hasher) -> T) -> T {
    ARENA.with(|cell| {
        let mut slot = cell.borrow_mut();
        let hasher = slot.get_or_insert_with(|| argon2.hasher());
        if *hasher.argon2() != argon2 {
            hasher.set_argon2(argon2);
        }
        f(hasher)
    })
}

/// Logto's `passwordAlgorithm` name for a stored hash doorman can verify (what `export
/// --format logto` and `push` send beside the digest); `None` for anything else.
pub fn logto_algorithm(stored: &str) -> Option<&'static str> {
    Some(match HashKind::of(stored)? {
        HashKind::Argon2(Algorithm::Argon2id) => "Argon2id",
        HashKind::Argon2(Algorithm::Argon2i) => "Argon2i",
        HashKind::Argon2(Algorithm::Argon2d) => "Argon2d",
        HashKind::Bcrypt => "Bcrypt",
    })
}

enum HashKind {
    Argon2(Algorithm),
    Bcrypt,
}

impl HashKind {
    fn of(stored: &str) -> Option<Self> {
        if stored.starts_with("$argon2id$") {
            Some(HashKind::Argon2(Algorithm::Argon2id))
        } else if stored.starts_with("$argon2i$") {
            Some(HashKind::Argon2(Algorithm::Argon2i))
        } else if stored.starts_with("$argon2d$") {
            Some(HashKind::Argon2(Algorithm::Argon2d))
        } else if ["$2a$", "$2b$", "$2y$", "$2x$"]
            .iter()
            .any(|p| stored.starts_with(p))
        {
            Some(HashKind::Bcrypt)
        } else {
            None
        }
    }
}

/// Checks that an imported hash is one doorman can verify: an argon2i/argon2d/argon2id PHC string
/// within the import ceiling, or a bcrypt hash. The hash itself is never part of the message.
pub fn check_importable_hash(stored: &str) -> Result<()> {
    let refuse = |why: &str| {
        Err(Error::invalid(format!(
            "invalid password hash: {why} (accepted: argon2i, argon2d, argon2id PHC strings and bcrypt)"
        )))
    };
    match HashKind::of(stored) {
        Some(HashKind::Argon2(_)) => {
            let decoded = match decode_phc(stored) {
                Ok(d) => d,
                Err(e) => return refuse(&format!("not a valid PHC string ({e})")),
            };
            let p = decoded.params;
            if p.memory_kib() > 1 << 20 || p.passes() > 1024 || p.lanes() > 16 {
                return refuse(&format!(
                    "cost m={} t={} p={} is above the import limit (m=1048576, t=1024, p=16)",
                    p.memory_kib(),
                    p.passes(),
                    p.lanes()
                ));
            }
            if decoded.salt.len() < 8 || decoded.hash.len() < 16 {
                return refuse("salt or output too short");
            }
            Ok(())
        }
        Some(HashKind::Bcrypt) => {
            let valid = stored.len() == 60
                && stored[4..6].bytes().all(|b| b.is_ascii_digit())
                && stored.as_bytes()[6] == b'$';
            if valid {
                Ok(())
            } else {
                refuse("malformed bcrypt hash")
            }
        }
        None => refuse("unrecognised format"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cheap() -> Hasher {
        Hasher::new(HashingCost {
            memory_kib: 1024,
            iterations: 1,
            parallelism: 1,
        })
        .unwrap()
    }

    #[test]
    fn hashes_with_argon2id_and_verifies() {
        let h = cheap();
        let stored = h.hash("s3cret-Pass").unwrap();
        assert!(
            stored.starts_with("$argon2id$v=19$m=1024,t=1,p=1$"),
            "{stored}"
        );
        assert!(h.verify("s3cret-Pass", &stored));
        assert!(!h.verify("wrong", &stored));
        assert!(!h.needs_rehash(&stored));
        assert!(check_importable_hash(&stored).is_ok());
        assert_ne!(h.hash("s3cret-Pass").unwrap(), stored, "salts are random");
    }

    #[test]
    fn default_cost_is_owasp() {
        let h = Hasher::new(HashingCost::default()).unwrap();
        assert!(
            h.hash("x")
                .unwrap()
                .starts_with("$argon2id$v=19$m=19456,t=2,p=1$")
        );
    }

    #[test]
    fn legacy_hashes_verify_and_need_rehash() {
        let h = cheap();
        // argon2i of "legacy-Pass-1", as made by another implementation (RustCrypto's argon2).
        let argon2i = "$argon2i$v=19$m=1024,t=1,p=1$+U4JcyozG6/ZsMKLizlRHw$BuVOQZ0mm9zoUxEhFp2aN2dh9rz0WggG7oKwF8UFn0s";
        assert!(check_importable_hash(argon2i).is_ok());
        assert!(h.verify("legacy-Pass-1", argon2i));
        assert!(!h.verify("legacy-Pass-2", argon2i));
        assert!(h.needs_rehash(argon2i));
        let bcrypt = bcrypt::hash("legacy", 4).unwrap();
        assert!(check_importable_hash(&bcrypt).is_ok());
        assert!(h.verify("legacy", &bcrypt));
        assert!(!h.verify("other", &bcrypt));
        assert!(h.needs_rehash(&bcrypt));
        // A hash at another cost is upgraded too.
        let strong = Hasher::new(HashingCost::default()).unwrap();
        assert!(strong.needs_rehash(&h.hash("x").unwrap()));
    }

    #[test]
    fn refuses_unknown_and_oversized_hashes_without_echoing_them() {
        let huge = "$argon2id$v=19$m=4194304,t=1,p=1$+U4JcyozG6/ZsMKLizlRHw$BuVOQZ0mm9zoUxEhFp2aN2dh9rz0WggG7oKwF8UFn0s";
        for bad in [
            "plaintext",
            "$argon2id$v=19$garbage",
            "$2b$1$short",
            "$md5$abc",
            huge,
        ] {
            let err = check_importable_hash(bad).unwrap_err().to_string();
            assert!(err.starts_with("invalid password hash"), "{err}");
            assert!(!err.contains("+U4Jcyoz"), "{err}");
        }
        assert!(!cheap().verify("x", "plaintext"));
        assert!(
            !cheap().verify("x", huge),
            "over the ceiling: refused before allocating"
        );
    }

    #[test]
    fn refuses_impossible_costs() {
        let err = Hasher::new(HashingCost {
            memory_kib: 1,
            iterations: 0,
            parallelism: 1,
        })
        .err()
        .unwrap();
        assert_eq!(err.exit_code(), 2);
    }
}
