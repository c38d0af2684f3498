//! The verifications table: one-time codes sent for sign-up, sign-in and password reset.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::error::Result;
use crate::model::timestamp::Timestamp;

/// A stored verification.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredVerification {
    /// Random id, carried in the page URL.
    pub id: String,
    /// `register`, `sign_in` or `reset_password`.
    pub purpose: String,
    /// `email` or `sms`.
    pub channel: String,
    /// The address or number the code went to.
    pub target: String,
    /// The authorization request it continues, if any.
    pub interaction: Option<String>,
    /// What the purpose needs once the code is right (JSON).
    pub payload: String,
    /// SHA-256 of the id and the code.
    pub code_digest: String,
    /// Wrong codes entered so far.
    pub attempts: u32,
    /// When it started.
    pub created_at: Timestamp,
    /// When the current code was sent.
    pub sent_at: Timestamp,
    /// When the current code lapses.
    pub expires_at: Timestamp,
    /// When a right code was entered.
    pub verified_at: Option<Timestamp>,
    /// When it was spent.
    pub consumed_at: Option<Timestamp>,
}

const COLUMNS: &str = "id, purpose, channel, target, interaction, payload, code_digest, attempts, \
                       created_at, sent_at, expires_at, verified_at, consumed_at";

/// Deletes verifications (with the pending registrations they carry) that lapsed before
/// `before`; how many went.
pub fn purge_expired(conn: &Connection, before: Timestamp) -> Result<usize> {
    Ok(conn
        .prepare_cached("DELETE FROM verifications WHERE expires_at < ?1")?
        .execute([before.unix()])?)
}

/// Stores a new verification, dropping day-old ones on the way so the table stays small.
pub fn insert(conn: &Connection, v: &StoredVerification) -> Result<()> {
    purge_expired(conn, Timestamp::from_unix(v.created_at.unix() - 86_400))?;
    conn.prepare_cached(&format!(
        "INSERT INTO verifications ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
    ))?
    .execute(params![
        v.id,
        v.purpose,
        v.channel,
        v.target,
        v.interaction,
        v.payload,
        v.code_digest,
        v.attempts,
        v.created_at.unix(),
        v.sent_at.unix(),
        v.expires_at.unix(),
        v.verified_at.map(Timestamp::unix),
        v.consumed_at.map(Timestamp::unix),
    ])?;
    Ok(())
}

/// A verification by id.
pub fn find(conn: &Connection, id: &str) -> Result<Option<StoredVerification>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM verifications WHERE id = ?1"
        ))?
        .query_row([id], from_row)
        .optional()?)
}

/// Saves the mutable state: code, attempts, times, and the payload (a passkey ceremony's
/// state, then the passkey it made).
pub fn update(conn: &Connection, v: &StoredVerification) -> Result<()> {
    conn.prepare_cached(
        "UPDATE verifications SET code_digest = ?2, attempts = ?3, sent_at = ?4, expires_at = ?5,
                verified_at = ?6, consumed_at = ?7, payload = ?8 WHERE id = ?1",
    )?
    .execute(params![
        v.id,
        v.code_digest,
        v.attempts,
        v.sent_at.unix(),
        v.expires_at.unix(),
        v.verified_at.map(Timestamp::unix),
        v.consumed_at.map(Timestamp::unix),
        v.payload,
    ])?;
    Ok(())
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<StoredVerification> {
    Ok(StoredVerification {
        id: r.get(0)?,
        purpose: r.get(1)?,
        channel: r.get(2)?,
        target: r.get(3)?,
        interaction: r.get(4)?,
        payload: r.get(5)?,
        code_digest: r.get(6)?,
        attempts: r.get(7)?,
        created_at: Timestamp::from_unix(r.get(8)?),
        sent_at: Timestamp::from_unix(r.get(9)?),
        expires_at: Timestamp::from_unix(r.get(10)?),
        verified_at: r.get::<_, Option<i64>>(11)?.map(Timestamp::from_unix),
        consumed_at: r.get::<_, Option<i64>>(12)?.map(Timestamp::from_unix),
    })
}
