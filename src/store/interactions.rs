//! The interactions table: authorization requests waiting for the user to sign in or consent.

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::Result;
use crate::model::timestamp::Timestamp;

/// A stored interaction.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredInteraction {
    /// Random id, carried in the page URL.
    pub id: String,
    /// The validated authorization request, as JSON.
    pub request: String,
    /// The CSRF token the interaction's forms must carry.
    pub csrf: String,
    /// When it started.
    pub created_at: Timestamp,
    /// When it lapses.
    pub expires_at: Timestamp,
}

/// Stores a new interaction, dropping lapsed ones on the way so the table stays small.
pub fn insert(conn: &Connection, i: &StoredInteraction) -> Result<()> {
    conn.prepare_cached("DELETE FROM interactions WHERE expires_at < ?1")?
        .execute([i.created_at.unix()])?;
    conn.prepare_cached(
        "INSERT INTO interactions (id, request, csrf, created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        i.id,
        i.request,
        i.csrf,
        i.created_at.unix(),
        i.expires_at.unix()
    ])?;
    Ok(())
}

/// An interaction by id.
pub fn find(conn: &Connection, id: &str) -> Result<Option<StoredInteraction>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, request, csrf, created_at, expires_at FROM interactions WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok(StoredInteraction {
                id: r.get(0)?,
                request: r.get(1)?,
                csrf: r.get(2)?,
                created_at: Timestamp::from_unix(r.get(3)?),
                expires_at: Timestamp::from_unix(r.get(4)?),
            })
        })
        .optional()?)
}

/// Removes a finished interaction.
pub fn delete(conn: &Connection, id: &str) -> Result<()> {
    conn.prepare_cached("DELETE FROM interactions WHERE id = ?1")?
        .execute(params![id])?;
    Ok(())
}

/// A piece of state an interaction holds while one of its steps is under way, as JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// The second-factor step, once the first factor is proved.
    Mfa,
    /// A passkey sign-in's ceremony state.
    Passkey,
    /// An upstream identity waiting to be linked to the account the user proves.
    Link,
    /// The digest of the secret bound to the browser that passed the first factor (or left
    /// for a connector): the steps after it answer only that browser.
    Step,
}

impl Slot {
    fn column(self) -> &'static str {
        match self {
            Slot::Mfa => "mfa",
            Slot::Passkey => "passkey",
            Slot::Link => "link",
            Slot::Step => "step",
        }
    }
}

/// What an interaction holds in a slot, if anything.
pub fn slot(conn: &Connection, id: &str, slot: Slot) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {} FROM interactions WHERE id = ?1",
            slot.column()
        ))?
        .query_row([id], |r| r.get(0))
        .optional()?
        .flatten())
}

/// Fills (or clears) an interaction's slot.
pub fn set_slot(conn: &Connection, id: &str, slot: Slot, value: Option<&str>) -> Result<()> {
    conn.prepare_cached(&format!(
        "UPDATE interactions SET {} = ?2 WHERE id = ?1",
        slot.column()
    ))?
    .execute(params![id, value])?;
    Ok(())
}
