//! The signing_keys table. Rows hold the private key (PKCS#8 PEM) and its public JWK; only
//! `ops::keys` reads the private part, to sign.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::error::Result;
use crate::model::timestamp::Timestamp;

/// A stored key.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredKey {
    /// Key id (JWK thumbprint).
    pub kid: String,
    /// JOSE algorithm name.
    pub algorithm: String,
    /// PKCS#8 PEM.
    pub private_key: String,
    /// The public JWK as JSON.
    pub public_jwk: String,
    /// When it was made.
    pub created_at: Timestamp,
    /// When a newer key replaced it.
    pub retired_at: Option<Timestamp>,
    /// When it stops being published.
    pub expires_at: Option<Timestamp>,
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<StoredKey> {
    Ok(StoredKey {
        kid: r.get(0)?,
        algorithm: r.get(1)?,
        private_key: r.get(2)?,
        public_jwk: r.get(3)?,
        created_at: Timestamp::from_unix(r.get(4)?),
        retired_at: r.get::<_, Option<i64>>(5)?.map(Timestamp::from_unix),
        expires_at: r.get::<_, Option<i64>>(6)?.map(Timestamp::from_unix),
    })
}

/// The published keys' ids at `now` (the current key first), joined by commas: it changes
/// whenever the published set does, and costs no read of the keys themselves.
pub fn published_kids(conn: &Connection, now: Timestamp) -> Result<String> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT coalesce(group_concat(kid, ','), '') FROM \
             (SELECT kid FROM signing_keys WHERE {PUBLISHED} ORDER BY {NEWEST_CURRENT_FIRST})"
        ))?
        .query_row([now.unix()], |r| r.get(0))?)
}

/// The published keys at `now` as (kid, public JWK), the current key first: never the private
/// part.
pub fn published(conn: &Connection, now: Timestamp) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT kid, public_jwk FROM signing_keys WHERE {PUBLISHED} ORDER BY {NEWEST_CURRENT_FIRST}"
    ))?;
    let rows = stmt.query_map([now.unix()], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A key is published while current, when retired without an end (a fixture's extra keys), or
/// until its end (`?1`, now).
const PUBLISHED: &str = "retired_at IS NULL OR expires_at IS NULL OR expires_at > ?1";
/// The current key first, then the newest.
const NEWEST_CURRENT_FIRST: &str = "retired_at IS NOT NULL, created_at DESC, rowid DESC";

/// Stores a new key.
pub fn insert(conn: &Connection, k: &StoredKey) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO signing_keys (kid, algorithm, private_key, public_jwk, created_at, retired_at, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        k.kid,
        k.algorithm,
        k.private_key,
        k.public_jwk,
        k.created_at.unix(),
        k.retired_at.map(Timestamp::unix),
        k.expires_at.map(Timestamp::unix)
    ])?;
    Ok(())
}

/// Retires every active key: it stops signing now and stays published until `expires_at`.
pub fn retire_active(conn: &Connection, now: Timestamp, expires_at: Timestamp) -> Result<()> {
    conn.prepare_cached(
        "UPDATE signing_keys SET retired_at = ?1, expires_at = ?2 WHERE retired_at IS NULL",
    )?
    .execute(params![now.unix(), expires_at.unix()])?;
    Ok(())
}

/// All keys: the signing one first, then newest first.
pub fn list(conn: &Connection) -> Result<Vec<StoredKey>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT kid, algorithm, private_key, public_jwk, created_at, retired_at, expires_at
         FROM signing_keys ORDER BY {NEWEST_CURRENT_FIRST}"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The kid of the key that signs now, if any: cheap enough to ask on every request.
pub fn current_kid(conn: &Connection) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT kid FROM signing_keys WHERE retired_at IS NULL ORDER BY created_at DESC LIMIT 1")?
        .query_row([], |r| r.get(0))
        .optional()?)
}

/// Deletes a key.
pub fn delete(conn: &Connection, kid: &str) -> Result<()> {
    conn.prepare_cached("DELETE FROM signing_keys WHERE kid = ?1")?
        .execute([kid])?;
    Ok(())
}

/// Makes `kid` the key that signs (and no other), or a published retired one.
pub fn set_current(conn: &Connection, kid: &str, current: bool, now: Timestamp) -> Result<()> {
    if current {
        conn.prepare_cached(
            "UPDATE signing_keys SET retired_at = NULL, expires_at = NULL WHERE kid = ?1",
        )?
        .execute([kid])?;
    } else {
        conn.prepare_cached(
            "UPDATE signing_keys SET retired_at = coalesce(retired_at, ?2), expires_at = NULL WHERE kid = ?1",
        )?
        .execute(params![kid, now.unix()])?;
    }
    Ok(())
}
