//! The personal_access_tokens table: a user's named tokens for scripts, as digests.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::error::Result;
use crate::model::timestamp::Timestamp;

/// A stored personal access token.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredPersonalToken {
    /// Random id.
    pub id: String,
    /// Whose.
    pub user_id: String,
    /// Unique per user.
    pub name: String,
    /// SHA-256 of the token.
    pub digest: String,
    /// When it was made.
    pub created_at: Timestamp,
    /// When it lapses, if ever.
    pub expires_at: Option<Timestamp>,
    /// When it was last exchanged.
    pub last_used_at: Option<Timestamp>,
}

const COLUMNS: &str = "id, user_id, name, digest, created_at, expires_at, last_used_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<StoredPersonalToken> {
    Ok(StoredPersonalToken {
        id: r.get(0)?,
        user_id: r.get(1)?,
        name: r.get(2)?,
        digest: r.get(3)?,
        created_at: Timestamp::from_unix(r.get(4)?),
        expires_at: r.get::<_, Option<i64>>(5)?.map(Timestamp::from_unix),
        last_used_at: r.get::<_, Option<i64>>(6)?.map(Timestamp::from_unix),
    })
}

/// Stores a new token.
pub fn insert(conn: &Connection, t: &StoredPersonalToken) -> Result<()> {
    conn.prepare_cached(&format!(
        "INSERT INTO personal_access_tokens ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
    ))?
    .execute(params![
        t.id,
        t.user_id,
        t.name,
        t.digest,
        t.created_at.unix(),
        t.expires_at.map(Timestamp::unix),
        t.last_used_at.map(Timestamp::unix),
    ])?;
    Ok(())
}

/// A user's tokens, by name.
pub fn for_user(conn: &Connection, user_id: &str) -> Result<Vec<StoredPersonalToken>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM personal_access_tokens WHERE user_id = ?1 ORDER BY name"
    ))?;
    let rows = stmt.query_map([user_id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A token by the digest of its secret.
pub fn find_by_digest(conn: &Connection, digest: &str) -> Result<Option<StoredPersonalToken>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM personal_access_tokens WHERE digest = ?1"
        ))?
        .query_row([digest], from_row)
        .optional()?)
}

/// Deletes a user's token by name; whether there was one.
pub fn delete(conn: &Connection, user_id: &str, name: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("DELETE FROM personal_access_tokens WHERE user_id = ?1 AND name = ?2")?
        .execute(params![user_id, name])?
        > 0)
}

/// Records an exchange.
pub fn used(conn: &Connection, id: &str, at: Timestamp) -> Result<()> {
    conn.prepare_cached("UPDATE personal_access_tokens SET last_used_at = ?2 WHERE id = ?1")?
        .execute(params![id, at.unix()])?;
    Ok(())
}
