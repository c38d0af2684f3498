//! The audit trail: who did what to whom, appended by every operation that changes something.

use rusqlite::{Connection, Row, params};

use crate::error::Result;
use crate::model::audit::Event;
use crate::model::timestamp::Timestamp;

/// Appends an event.
pub fn insert(conn: &Connection, e: &Event) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO audit_events (id, at, actor, event, user_id, detail)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        e.id,
        e.at.unix(),
        e.actor,
        e.event,
        e.user_id,
        e.detail.to_string()
    ])?;
    Ok(())
}

/// Events newest first, optionally about one user.
pub fn list(conn: &Connection, user_id: Option<&str>, limit: u32) -> Result<Vec<Event>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, at, actor, event, user_id, detail FROM audit_events
         WHERE ?1 IS NULL OR user_id = ?1 ORDER BY seq DESC LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![user_id, limit], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<Event> {
    let detail: String = r.get(5)?;
    Ok(Event {
        id: r.get(0)?,
        at: Timestamp::from_unix(r.get(1)?),
        actor: r.get(2)?,
        event: r.get(3)?,
        user_id: r.get(4)?,
        detail: serde_json::from_str(&detail).unwrap_or(serde_json::Value::Null),
    })
}
