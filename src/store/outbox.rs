//! Messages doorman would have sent (verification codes, invitations), kept so people and tests
//! can read them: doorman never sends email or SMS itself.

use rusqlite::{Connection, Row, params};

use crate::error::Result;
use crate::model::outbox::{Channel, Message};
use crate::model::timestamp::Timestamp;

/// Stores a message.
pub fn insert(conn: &Connection, m: &Message) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO outbox (id, created_at, channel, recipient, subject, body)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        m.id,
        m.created_at.unix(),
        m.channel.as_str(),
        m.to,
        m.subject,
        m.body
    ])?;
    Ok(())
}

/// Messages newest first, optionally only those to one recipient (compared case-insensitively),
/// skipping `offset` and at most `limit` of them.
pub fn list(
    conn: &Connection,
    to: Option<&str>,
    limit: Option<u32>,
    offset: u32,
) -> Result<Vec<Message>> {
    let limit = limit.map_or(-1, i64::from);
    let mut stmt = conn.prepare_cached(
        "SELECT id, created_at, channel, recipient, subject, body FROM outbox
         WHERE ?1 IS NULL OR recipient = ?1 COLLATE NOCASE
         ORDER BY created_at DESC, rowid DESC LIMIT ?2 OFFSET ?3",
    )?;
    let rows = stmt.query_map(params![to, limit, offset], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Deletes messages written before `before`, those past the newest `per_recipient` to their
/// recipient, and those past the newest `total`; how many went.
pub fn prune(
    conn: &Connection,
    before: Timestamp,
    per_recipient: u32,
    total: u32,
) -> Result<usize> {
    let old = conn
        .prepare_cached("DELETE FROM outbox WHERE created_at < ?1")?
        .execute([before.unix()])?;
    // Most starts find fewer messages than either limit: the two window queries below then
    // have nothing to do, and preparing them was most of a start-up sweep.
    let left: i64 = conn
        .prepare_cached("SELECT count(*) FROM outbox")?
        .query_row([], |r| r.get(0))?;
    if left <= i64::from(per_recipient.min(total)) {
        return Ok(old);
    }
    let crowded = conn
        .prepare_cached(
            "DELETE FROM outbox WHERE rowid IN (
                 SELECT rowid FROM (
                     SELECT rowid, ROW_NUMBER() OVER (
                         PARTITION BY recipient COLLATE NOCASE
                         ORDER BY created_at DESC, rowid DESC) AS position
                     FROM outbox)
                 WHERE position > ?1)",
        )?
        .execute([per_recipient])?;
    let surplus = conn
        .prepare_cached(
            "DELETE FROM outbox WHERE rowid IN (
                 SELECT rowid FROM outbox ORDER BY created_at DESC, rowid DESC
                 LIMIT -1 OFFSET ?1)",
        )?
        .execute([total])?;
    Ok(old + crowded + surplus)
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<Message> {
    let channel: String = r.get(2)?;
    Ok(Message {
        id: r.get(0)?,
        created_at: Timestamp::from_unix(r.get(1)?),
        channel: if channel == "sms" {
            Channel::Sms
        } else {
            Channel::Email
        },
        to: r.get(3)?,
        subject: r.get(4)?,
        body: r.get(5)?,
    })
}
