//! The sessions table: signed-in browsers. The cookie's secret is stored only as a digest.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::error::Result;
use crate::model::session::Session;
use crate::model::timestamp::Timestamp;

const COLUMNS: &str =
    "id, cookie_digest, user_id, auth_time, amr, created_at, expires_at, ended_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Session> {
    Ok(Session {
        id: r.get(0)?,
        cookie_digest: r.get(1)?,
        user_id: r.get(2)?,
        auth_time: Timestamp::from_unix(r.get(3)?),
        amr: serde_json::from_str(&r.get::<_, String>(4)?).unwrap_or_default(),
        created_at: Timestamp::from_unix(r.get(5)?),
        expires_at: Timestamp::from_unix(r.get(6)?),
        ended_at: r.get::<_, Option<i64>>(7)?.map(Timestamp::from_unix),
    })
}

/// Stores a new session.
pub fn insert(conn: &Connection, s: &Session) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO sessions (id, cookie_digest, user_id, auth_time, amr, created_at, expires_at, ended_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        s.id,
        s.cookie_digest,
        s.user_id,
        s.auth_time.unix(),
        serde_json::Value::from(s.amr.clone()).to_string(),
        s.created_at.unix(),
        s.expires_at.unix(),
        s.ended_at.map(Timestamp::unix),
    ])?;
    Ok(())
}

/// The session a cookie digest belongs to, ended or not.
pub fn find_by_cookie(conn: &Connection, digest: &str) -> Result<Option<Session>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM sessions WHERE cookie_digest = ?1"
        ))?
        .query_row([digest], from_row)
        .optional()?)
}

/// A session by its public id.
pub fn find(conn: &Connection, id: &str) -> Result<Option<Session>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM sessions WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?)
}

/// Records a fresh sign-in on an existing session.
pub fn reauthenticate(
    conn: &Connection,
    id: &str,
    auth_time: Timestamp,
    amr: &[String],
) -> Result<()> {
    conn.prepare_cached("UPDATE sessions SET auth_time = ?2, amr = ?3 WHERE id = ?1")?
        .execute(params![
            id,
            auth_time.unix(),
            serde_json::Value::from(amr.to_vec()).to_string()
        ])?;
    Ok(())
}

/// Ends a session; returns whether it was still open.
pub fn end(conn: &Connection, id: &str, now: Timestamp) -> Result<bool> {
    Ok(conn
        .prepare_cached("UPDATE sessions SET ended_at = ?2 WHERE id = ?1 AND ended_at IS NULL")?
        .execute(params![id, now.unix()])?
        > 0)
}

/// A user's sessions that are still open at `now`.
pub fn open_for_user(conn: &Connection, user_id: &str, now: Timestamp) -> Result<Vec<Session>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM sessions WHERE user_id = ?1 AND ended_at IS NULL AND expires_at > ?2"
    ))?;
    let rows = stmt.query_map(params![user_id, now.unix()], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
