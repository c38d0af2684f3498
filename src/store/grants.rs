//! The grants table: what a user let an app have. Codes and tokens hang off a grant, so revoking
//! it revokes the whole family.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::error::Result;
use crate::model::timestamp::Timestamp;

/// A stored grant.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredGrant {
    /// Random id.
    pub id: String,
    /// The user.
    pub user_id: String,
    /// The app.
    pub client_id: String,
    /// The browser session it came from (none for `token issue`).
    pub session_id: Option<String>,
    /// Granted scopes, space-separated.
    pub scope: String,
    /// The API resources access tokens may be asked for (stored space-separated: an indicator
    /// is a URI and has no spaces).
    pub resources: Vec<String>,
    /// The nonce of the authorization request, repeated in ID tokens.
    pub nonce: Option<String>,
    /// When the user authenticated.
    pub auth_time: Timestamp,
    /// How (RFC 8176).
    pub amr: Vec<String>,
    /// When it was made.
    pub created_at: Timestamp,
    /// When it was revoked.
    pub revoked_at: Option<Timestamp>,
}

const COLUMNS: &str = "id, user_id, client_id, session_id, scope, resource, nonce, auth_time, amr, created_at, revoked_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<StoredGrant> {
    Ok(StoredGrant {
        id: r.get(0)?,
        user_id: r.get(1)?,
        client_id: r.get(2)?,
        session_id: r.get(3)?,
        scope: r.get(4)?,
        resources: r
            .get::<_, Option<String>>(5)?
            .map(|joined| joined.split(' ').map(str::to_string).collect())
            .unwrap_or_default(),
        nonce: r.get(6)?,
        auth_time: Timestamp::from_unix(r.get(7)?),
        amr: serde_json::from_str(&r.get::<_, String>(8)?).unwrap_or_default(),
        created_at: Timestamp::from_unix(r.get(9)?),
        revoked_at: r.get::<_, Option<i64>>(10)?.map(Timestamp::from_unix),
    })
}

/// Stores a new grant.
pub fn insert(conn: &Connection, g: &StoredGrant) -> Result<()> {
    conn.prepare_cached(&format!(
        "INSERT INTO grants ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
    ))?
    .execute(params![
        g.id,
        g.user_id,
        g.client_id,
        g.session_id,
        g.scope,
        (!g.resources.is_empty()).then(|| g.resources.join(" ")),
        g.nonce,
        g.auth_time.unix(),
        serde_json::Value::from(g.amr.clone()).to_string(),
        g.created_at.unix(),
        g.revoked_at.map(Timestamp::unix),
    ])?;
    Ok(())
}

/// A grant by id.
pub fn find(conn: &Connection, id: &str) -> Result<Option<StoredGrant>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM grants WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?)
}

/// Revokes a grant; returns whether it was still live.
pub fn revoke(conn: &Connection, id: &str, now: Timestamp) -> Result<bool> {
    Ok(conn
        .prepare_cached("UPDATE grants SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL")?
        .execute(params![id, now.unix()])?
        > 0)
}

/// Revokes every live grant of a session (sign-out); returns the apps that had one.
pub fn revoke_session(conn: &Connection, session_id: &str, now: Timestamp) -> Result<Vec<String>> {
    let clients = conn
        .prepare_cached(
            "SELECT DISTINCT client_id FROM grants WHERE session_id = ?1 ORDER BY client_id",
        )?
        .query_map([session_id], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    conn.prepare_cached(
        "UPDATE grants SET revoked_at = ?2 WHERE session_id = ?1 AND revoked_at IS NULL",
    )?
    .execute(params![session_id, now.unix()])?;
    Ok(clients)
}

/// A user's grants that are not revoked, newest first: the apps they have authorized.
pub fn live_for_user(conn: &Connection, user_id: &str) -> Result<Vec<StoredGrant>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM grants WHERE user_id = ?1 AND revoked_at IS NULL ORDER BY created_at DESC, id"
    ))?;
    let rows = stmt.query_map([user_id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
