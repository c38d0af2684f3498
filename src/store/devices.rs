//! The device_authorizations table: a device's request (RFC 8628) from `/oidc/device/auth`
//! until its tokens are issued, found by the digest of the device code it polls with or by the
//! user code a person types.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::error::Result;
use crate::model::timestamp::Timestamp;
use crate::oidc::device::Status;

/// A stored device request.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredDevice {
    /// Random id, which the interaction that approves it names.
    pub id: String,
    /// SHA-256 of the device code.
    pub device_code_digest: String,
    /// The user code, without its dash.
    pub user_code: String,
    /// The app.
    pub client_id: String,
    /// The scopes asked for (already those doorman knows), space-separated.
    pub scope: String,
    /// The API resources asked for.
    pub resources: Vec<String>,
    /// When it was made.
    pub created_at: Timestamp,
    /// When it lapses.
    pub expires_at: Timestamp,
    /// The seconds the device must wait between polls.
    pub interval: i64,
    /// The device's last poll.
    pub polled_at: Option<Timestamp>,
    /// Where it stands.
    pub status: Status,
    /// The grant a person approved.
    pub grant_id: Option<String>,
}

const COLUMNS: &str = "id, device_code_digest, user_code, client_id, scope, resources, created_at, \
    expires_at, poll_interval, polled_at, status, grant_id";

fn from_row(r: &Row<'_>) -> rusqlite::Result<StoredDevice> {
    Ok(StoredDevice {
        id: r.get(0)?,
        device_code_digest: r.get(1)?,
        user_code: r.get(2)?,
        client_id: r.get(3)?,
        scope: r.get(4)?,
        resources: serde_json::from_str(&r.get::<_, String>(5)?).unwrap_or_default(),
        created_at: Timestamp::from_unix(r.get(6)?),
        expires_at: Timestamp::from_unix(r.get(7)?),
        interval: r.get(8)?,
        polled_at: r.get::<_, Option<i64>>(9)?.map(Timestamp::from_unix),
        status: Status::parse(&r.get::<_, String>(10)?).unwrap_or(Status::Denied),
        grant_id: r.get(11)?,
    })
}

/// Stores a new request, dropping those lapsed a day ago on the way so the table stays small.
pub fn insert(conn: &Connection, d: &StoredDevice) -> Result<()> {
    purge_expired(conn, Timestamp::from_unix(d.created_at.unix() - 86_400))?;
    conn.prepare_cached(&format!(
        "INSERT INTO device_authorizations ({COLUMNS}) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
    ))?
    .execute(params![
        d.id,
        d.device_code_digest,
        d.user_code,
        d.client_id,
        d.scope,
        serde_json::Value::from(d.resources.clone()).to_string(),
        d.created_at.unix(),
        d.expires_at.unix(),
        d.interval,
        d.polled_at.map(Timestamp::unix),
        d.status.as_str(),
        d.grant_id,
    ])?;
    Ok(())
}

fn find_where(conn: &Connection, column: &str, value: &str) -> Result<Option<StoredDevice>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM device_authorizations WHERE {column} = ?1"
        ))?
        .query_row([value], from_row)
        .optional()?)
}

/// A request by id.
pub fn find(conn: &Connection, id: &str) -> Result<Option<StoredDevice>> {
    find_where(conn, "id", id)
}

/// A request by the digest of its device code.
pub fn find_by_device_code(conn: &Connection, digest: &str) -> Result<Option<StoredDevice>> {
    find_where(conn, "device_code_digest", digest)
}

/// A request by its user code (as stored, without the dash).
pub fn find_by_user_code(conn: &Connection, user_code: &str) -> Result<Option<StoredDevice>> {
    find_where(conn, "user_code", user_code)
}

/// Records a poll, and the interval from now on.
pub fn record_poll(conn: &Connection, id: &str, at: Timestamp, interval: i64) -> Result<()> {
    conn.prepare_cached(
        "UPDATE device_authorizations SET polled_at = ?2, poll_interval = ?3 WHERE id = ?1",
    )?
    .execute(params![id, at.unix(), interval])?;
    Ok(())
}

/// Moves a request on from `from` to `to` (with the approved grant); false when it was no
/// longer at `from`, so two browsers or two polls never both move it.
pub fn advance(
    conn: &Connection,
    id: &str,
    from: Status,
    to: Status,
    grant_id: Option<&str>,
) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "UPDATE device_authorizations SET status = ?3, grant_id = coalesce(?4, grant_id) \
             WHERE id = ?1 AND status = ?2",
        )?
        .execute(params![id, from.as_str(), to.as_str(), grant_id])?
        == 1)
}

/// Deletes requests that lapsed before `before`.
pub fn purge_expired(conn: &Connection, before: Timestamp) -> Result<usize> {
    Ok(conn
        .prepare_cached("DELETE FROM device_authorizations WHERE expires_at < ?1")?
        .execute([before.unix()])?)
}
