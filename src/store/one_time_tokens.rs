//! The one_time_tokens table: magic-link tokens by their digest.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::error::Result;
use crate::model::timestamp::Timestamp;

/// A stored one-time token.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredOneTimeToken {
    /// Random id.
    pub id: String,
    /// The email it signs in.
    pub email: String,
    /// SHA-256 of the token.
    pub digest: String,
    /// Logto's context (`jitOrganizationIds`), as JSON.
    pub context: serde_json::Value,
    /// `active`, `consumed`, `revoked` or `expired` (as stored; a lapsed active one is expired
    /// when read).
    pub status: String,
    /// When it was made.
    pub created_at: Timestamp,
    /// When it lapses.
    pub expires_at: Timestamp,
}

const COLUMNS: &str = "id, email, digest, context, status, created_at, expires_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<StoredOneTimeToken> {
    let context: String = r.get(3)?;
    Ok(StoredOneTimeToken {
        id: r.get(0)?,
        email: r.get(1)?,
        digest: r.get(2)?,
        context: serde_json::from_str(&context).unwrap_or_else(|_| serde_json::json!({})),
        status: r.get(4)?,
        created_at: Timestamp::from_unix(r.get(5)?),
        expires_at: Timestamp::from_unix(r.get(6)?),
    })
}

/// Stores a new token.
pub fn insert(conn: &Connection, t: &StoredOneTimeToken) -> Result<()> {
    conn.prepare_cached(&format!(
        "INSERT INTO one_time_tokens ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
    ))?
    .execute(params![
        t.id,
        t.email,
        t.digest,
        t.context.to_string(),
        t.status,
        t.created_at.unix(),
        t.expires_at.unix(),
    ])?;
    Ok(())
}

/// The token with this digest.
pub fn find_by_digest(conn: &Connection, digest: &str) -> Result<Option<StoredOneTimeToken>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM one_time_tokens WHERE digest = ?1"
        ))?
        .query_row([digest], from_row)
        .optional()?)
}

/// Marks an active token consumed; false when it was not active any more (used meanwhile).
pub fn claim(conn: &Connection, id: &str) -> Result<bool> {
    let changed = conn
        .prepare_cached(
            "UPDATE one_time_tokens SET status = 'consumed' WHERE id = ?1 AND status = 'active'",
        )?
        .execute([id])?;
    Ok(changed == 1)
}

/// Marks an email's lapsed active tokens expired (as Logto does before making a new one).
pub fn expire_lapsed(conn: &Connection, email: &str, now: Timestamp) -> Result<()> {
    conn.prepare_cached(
        "UPDATE one_time_tokens SET status = 'expired'
         WHERE email = ?1 COLLATE NOCASE AND status = 'active' AND expires_at <= ?2",
    )?
    .execute(params![email, now.unix()])?;
    Ok(())
}

/// Tokens, newest first, for one email (any case) or all.
pub fn list(conn: &Connection, email: Option<&str>) -> Result<Vec<StoredOneTimeToken>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM one_time_tokens
         WHERE ?1 IS NULL OR email = ?1 COLLATE NOCASE ORDER BY created_at DESC, id"
    ))?;
    let rows = stmt.query_map([email], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The token with this id.
pub fn find(conn: &Connection, id: &str) -> Result<Option<StoredOneTimeToken>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM one_time_tokens WHERE id = ?1"
        ))?
        .query_row([id], from_row)
        .optional()?)
}

/// Sets a token's status; false when there is no such token.
pub fn set_status(conn: &Connection, id: &str, status: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("UPDATE one_time_tokens SET status = ?2 WHERE id = ?1")?
        .execute(params![id, status])?
        == 1)
}

/// Deletes a token; false when there is no such token.
pub fn delete(conn: &Connection, id: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("DELETE FROM one_time_tokens WHERE id = ?1")?
        .execute([id])?
        == 1)
}
