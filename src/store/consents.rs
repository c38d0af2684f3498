//! The consents table: scopes a user has let a third-party app have, remembered per app.

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::Result;
use crate::model::timestamp::Timestamp;

/// The scopes a user has consented to for an app, space-separated.
pub fn find(conn: &Connection, user_id: &str, client_id: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT scope FROM consents WHERE user_id = ?1 AND client_id = ?2")?
        .query_row([user_id, client_id], |r| r.get(0))
        .optional()?)
}

/// Records (or widens) a consent.
pub fn upsert(
    conn: &Connection,
    user_id: &str,
    client_id: &str,
    scope: &str,
    now: Timestamp,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO consents (user_id, client_id, scope, granted_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (user_id, client_id) DO UPDATE SET scope = excluded.scope, granted_at = excluded.granted_at",
    )?
    .execute(params![user_id, client_id, scope, now.unix()])?;
    Ok(())
}
