//! Password hashing. New hashes are argon2id PHC strings at the configured cost; imported
//! argon2i/argon2d/argon2id and bcrypt hashes are accepted as they are, verified, and reported as
//! needing a re-hash so sign-in can upgrade them to argon2id.

use argon2::{Algorithm, Argon2, Params, PasswordHash, PasswordHasher, PasswordVerifier, Version};
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
            memory_kib: Params::DEFAULT_M_COST,
            iterations: Params::DEFAULT_T_COST,
            parallelism: Params::DEFAULT_P_COST,
        }
    }
}

/// Hashes and verifies passwords at one cost.
#[derive(Clone)]
pub struct Hasher {
    argon2: Argon2<'static>,
    cost: HashingCost,
}

impl Hasher {
    /// A hasher for the given cost; refuses costs argon2 cannot run.
    pub fn new(cost: HashingCost) -> Result<Self> {
        let params = Params::new(cost.memory_kib, cost.iterations, cost.parallelism, None)
            .map_err(|e| {
                Error::invalid(format!(
                    "invalid password_hashing (memory_kib={}, iterations={}, parallelism={}): {e}",
                    cost.memory_kib, cost.iterations, cost.parallelism
                ))
            })?;
        Ok(Hasher {
            argon2: Argon2::new(Algorithm::Argon2id, Version::V0x13, params),
            cost,
        })
    }

    /// A new argon2id PHC string for the password, with a fresh random salt.
    pub fn hash(&self, password: &str) -> Result<String> {
        self.argon2
            .hash_password(password.as_bytes())
            .map(|h| h.to_string())
            .map_err(|e| Error::Runtime(format!("hashing a password failed: {e}")))
    }

    /// Whether the password matches the stored hash (argon2 variants or bcrypt). The comparison
    /// inside both libraries is constant-time.
    pub fn verify(&self, password: &str, stored: &str) -> bool {
        match HashKind::of(stored) {
            Some(HashKind::Bcrypt) => bcrypt::verify(password, stored).unwrap_or(false),
            Some(HashKind::Argon2) => self
                .argon2
                .verify_password(password.as_bytes(), stored)
                .is_ok(),
            None => false,
        }
    }

    /// Whether a stored hash should be replaced after a successful sign-in: anything that is not
    /// argon2id at the current cost.
    pub fn needs_rehash(&self, stored: &str) -> bool {
        let Ok(parsed) = PasswordHash::new(stored) else {
            return true;
        };
        if parsed.algorithm.as_str() != "argon2id" {
            return true;
        }
        match Params::try_from(&parsed) {
            Ok(p) => {
                p.m_cost() != self.cost.memory_kib
                    || p.t_cost() != self.cost.iterations
                    || p.p_cost() != self.cost.parallelism
            }
            Err(_) => true,
        }
    }
}

enum HashKind {
    Argon2,
    Bcrypt,
}

impl HashKind {
    fn of(stored: &str) -> Option<Self> {
        if stored.starts_with("$argon2") {
            Some(HashKind::Argon2)
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
/// or a bcrypt hash. The hash itself is never part of the error message.
pub fn check_importable_hash(stored: &str) -> Result<()> {
    let refuse = |why: &str| {
        Err(Error::invalid(format!(
            "invalid password hash: {why} (accepted: argon2i, argon2d, argon2id PHC strings and bcrypt)"
        )))
    };
    match HashKind::of(stored) {
        Some(HashKind::Argon2) => {
            let parsed = match PasswordHash::new(stored) {
                Ok(p) => p,
                Err(e) => return refuse(&format!("not a PHC string ({e})")),
            };
            if !["argon2i", "argon2d", "argon2id"].contains(&parsed.algorithm.as_str()) {
                return refuse(&format!("unknown algorithm '{}'", parsed.algorithm));
            }
            if parsed.salt.is_none() || parsed.hash.is_none() || Params::try_from(&parsed).is_err()
            {
                return refuse("missing salt, output or parameters");
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
        assert!(stored.starts_with("$argon2id$v=19$m=1024,t=1,p=1$"));
        assert!(h.verify("s3cret-Pass", &stored));
        assert!(!h.verify("wrong", &stored));
        assert!(!h.needs_rehash(&stored));
        assert!(check_importable_hash(&stored).is_ok());
    }

    #[test]
    fn legacy_hashes_verify_and_need_rehash() {
        let h = cheap();
        let argon2i = Argon2::new(
            Algorithm::Argon2i,
            Version::V0x13,
            Params::new(1024, 1, 1, None).unwrap(),
        )
        .hash_password(b"legacy")
        .unwrap()
        .to_string();
        assert!(h.verify("legacy", &argon2i));
        assert!(h.needs_rehash(&argon2i));
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
    fn refuses_unknown_hashes_without_echoing_them() {
        for bad in [
            "plaintext",
            "$argon2id$v=19$garbage",
            "$2b$1$short",
            "$md5$abc",
        ] {
            let err = check_importable_hash(bad).unwrap_err().to_string();
            assert!(err.starts_with("invalid password hash"), "{err}");
        }
        assert!(!cheap().verify("x", "plaintext"));
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
