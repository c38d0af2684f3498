//! Signing key lifecycle: `init` (and a first `serve`) makes an RS256 key; `keys rotate` makes a
//! new current key and retires the old one, which stays in the JWKS long enough to verify every
//! token it signed.

use std::sync::Arc;

use jsonwebtoken::jwk::{Jwk, JwkSet};
use serde::Serialize;
use serde_json::json;

use crate::error::{Error, Result};
use crate::model::timestamp::Timestamp;
use crate::oidc::keys::{self, KeyAlgorithm, Signer};
use crate::ops::{Doorman, record};
use crate::store::keys::{self as table, StoredKey};

/// Where a key stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyStatus {
    /// Signs new tokens.
    Current,
    /// Retired, still published so its tokens verify.
    Published,
    /// Retired and no longer published.
    Expired,
}

/// A key as `keys list` prints it: never the private part.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KeyInfo {
    /// Key id.
    pub kid: String,
    /// JOSE algorithm.
    pub algorithm: String,
    /// When it was made.
    pub created_at: Timestamp,
    /// Where it stands now.
    pub status: KeyStatus,
    /// When a retired key stops being published.
    pub expires_at: Option<Timestamp>,
}

fn status(k: &StoredKey, now: Timestamp) -> KeyStatus {
    match (k.retired_at, k.expires_at) {
        (None, _) => KeyStatus::Current,
        // A fixture's extra keys stay published with no end.
        (Some(_), None) => KeyStatus::Published,
        (Some(_), Some(until)) if until > now => KeyStatus::Published,
        _ => KeyStatus::Expired,
    }
}

fn create(
    conn: &rusqlite::Connection,
    algorithm: KeyAlgorithm,
    now: Timestamp,
) -> Result<StoredKey> {
    let generated = keys::generate(algorithm)?;
    let stored = StoredKey {
        kid: generated.kid,
        algorithm: algorithm.as_str().to_string(),
        private_key: generated.private_pem,
        public_jwk: serde_json::to_string(&generated.public_jwk)
            .map_err(|e| Error::Runtime(format!("encoding a JWK failed: {e}")))?,
        created_at: now,
        retired_at: None,
        expires_at: None,
    };
    table::insert(conn, &stored)?;
    Ok(stored)
}

/// Makes an RS256 key inside the caller's transaction unless one is current; returns its kid.
pub(crate) fn ensure_current(conn: &rusqlite::Connection, now: Timestamp) -> Result<String> {
    if let Some(current) = table::list(conn)?
        .into_iter()
        .find(|k| k.retired_at.is_none())
    {
        return Ok(current.kid);
    }
    Ok(create(conn, KeyAlgorithm::RS256, now)?.kid)
}

impl Doorman {
    /// Every key, newest first, with its status.
    pub fn list_keys(&self) -> Result<Vec<KeyInfo>> {
        let now = self.clock.now();
        Ok(table::list(self.store.conn())?
            .into_iter()
            .map(|k| KeyInfo {
                status: status(&k, now),
                kid: k.kid,
                algorithm: k.algorithm,
                created_at: k.created_at,
                expires_at: k.expires_at,
            })
            .collect())
    }

    /// Makes a new current key; the previous one stays published for `grace` seconds, or by
    /// default until every token it can have signed has expired
    /// ([`crate::model::token::Lifetimes::key_retention`]).
    pub fn rotate_key(&mut self, algorithm: KeyAlgorithm, grace: Option<i64>) -> Result<KeyInfo> {
        let now = self.clock.now();
        if grace.is_some_and(|g| g < 0) {
            return Err(Error::invalid("the grace period cannot be negative"));
        }
        let tx = self.store.transaction()?;
        let until = now.plus(grace.unwrap_or_else(|| self.lifetimes.key_retention()));
        table::retire_active(&tx, now, until)?;
        let key = create(&tx, algorithm, now)?;
        record(
            &tx,
            &self.actor,
            now,
            "keys.rotated",
            None,
            json!({ "kid": key.kid, "algorithm": key.algorithm }),
        )?;
        tx.commit()?;
        Ok(KeyInfo {
            kid: key.kid,
            algorithm: key.algorithm,
            created_at: key.created_at,
            status: KeyStatus::Current,
            expires_at: None,
        })
    }

    /// The current key, for signing tokens.
    pub fn signer(&self) -> Result<Signer> {
        let current = table::list(self.store.conn())?
            .into_iter()
            .find(|k| k.retired_at.is_none())
            .ok_or_else(|| {
                Error::not_found("no signing key: run `doorman init` or `doorman keys rotate`")
            })?;
        let algorithm = KeyAlgorithm::parse(&current.algorithm).ok_or_else(|| {
            Error::Runtime(format!("unknown key algorithm '{}'", current.algorithm))
        })?;
        Ok(Signer {
            key: keys::PrivateKey::from_pem(algorithm, &current.private_key)?,
            kid: current.kid,
            algorithm,
        })
    }

    /// The public keys clients verify with: the current key and retired ones still published.
    pub fn jwks(&self) -> Result<Arc<JwkSet>> {
        Ok(self.published_keys()?.set)
    }

    /// [`Doorman::jwks`] as the JSON the JWKS endpoint answers with.
    pub fn jwks_json(&self) -> Result<Arc<Vec<u8>>> {
        Ok(self.published_keys()?.json)
    }

    /// The published keys, parsed and serialized again only when the set of published key ids
    /// changes (a rotation, also by another process, or a retired key's end): the JWKS endpoint
    /// and every bearer token's check read them, and parsing the stored JWKs cost more than
    /// the rest of a JWKS request.
    fn published_keys(&self) -> Result<PublishedKeys> {
        let now = self.clock.now();
        let conn = self.store.conn();
        let kids = table::published_kids(conn, now)?;
        if let Some(cached) = self.jwks_cache.borrow().as_ref()
            && cached.kids == kids
        {
            return Ok(cached.clone());
        }
        let keys = table::published(conn, now)?
            .into_iter()
            .map(|(kid, jwk)| {
                serde_json::from_str::<Jwk>(&jwk)
                    .map_err(|e| Error::Runtime(format!("stored JWK '{kid}' is unreadable: {e}")))
            })
            .collect::<Result<Vec<_>>>()?;
        let set = JwkSet { keys };
        let json = serde_json::to_vec(&set)
            .map_err(|e| Error::Runtime(format!("encoding the JWKS failed: {e}")))?;
        let published = PublishedKeys {
            kids,
            set: Arc::new(set),
            json: Arc::new(json),
        };
        *self.jwks_cache.borrow_mut() = Some(published.clone());
        Ok(published)
    }
}

/// The published keys as last read, and the ids they were read for.
#[derive(Debug, Clone)]
pub(crate) struct PublishedKeys {
    kids: String,
    set: Arc<JwkSet>,
    json: Arc<Vec<u8>>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credentials::password::{Hasher, HashingCost};
    use crate::ops::Clock;
    use crate::store::Store;

    fn open(path: &std::path::Path) -> Doorman {
        let cheap = HashingCost {
            memory_kib: 1024,
            iterations: 1,
            parallelism: 1,
        };
        let store = Store::open(path).unwrap();
        Doorman::new(store, Hasher::new(cheap).unwrap(), "test", Clock::System)
    }

    #[test]
    fn the_published_keys_are_read_again_when_another_process_rotates() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("doorman.db");
        let mut cli = open(&path);
        cli.init(None).unwrap();
        let server = open(&path);
        let before = server.jwks().unwrap();
        assert_eq!(before.keys.len(), 1);
        assert_eq!(server.jwks_json().unwrap(), server.jwks_json().unwrap());
        let rotated = cli.rotate_key(KeyAlgorithm::ES256, None).unwrap();
        let after = server.jwks().unwrap();
        assert_eq!(after.keys.len(), 2, "the retired key stays published");
        assert_eq!(
            after.keys[0].common.key_id.as_deref(),
            Some(rotated.kid.as_str())
        );
        let json: serde_json::Value = serde_json::from_slice(&server.jwks_json().unwrap()).unwrap();
        assert_eq!(json["keys"][0]["kid"], rotated.kid.as_str());
    }
}
