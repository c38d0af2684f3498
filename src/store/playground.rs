//! The playground's runs: one per sign-in it starts, holding the PKCE verifier and nonce until
//! the callback and the tokens after it. A run answers only to the browser that holds the
//! cookie its start set (kept here as a digest); runs older than a day are dropped when a new
//! one starts.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::error::Result;
use crate::model::timestamp::Timestamp;

/// How long a run is kept.
pub const RUN_SECONDS: i64 = 24 * 60 * 60;

/// A playground run as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// Random id: the authorization request's `state` and the result page's forms carry it.
    pub id: String,
    /// The digest of the secret set as a cookie in the browser that started it.
    pub binding: String,
    /// The PKCE code verifier.
    pub verifier: String,
    /// The nonce the ID token must carry.
    pub nonce: String,
    /// The API resource asked for, if any.
    pub resource: Option<String>,
    /// The organization chosen for an organization token, if any.
    pub organization_id: Option<String>,
    /// The last token response, as JSON, once there is one.
    pub tokens: Option<String>,
    /// When it started.
    pub created_at: Timestamp,
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<Run> {
    Ok(Run {
        id: r.get(0)?,
        binding: r.get(1)?,
        verifier: r.get(2)?,
        nonce: r.get(3)?,
        resource: r.get(4)?,
        organization_id: r.get(5)?,
        tokens: r.get(6)?,
        created_at: Timestamp::from_unix(r.get(7)?),
    })
}

/// Stores a new run, dropping runs older than a day.
pub fn insert(conn: &Connection, run: &Run) -> Result<()> {
    conn.prepare_cached("DELETE FROM playground_runs WHERE created_at < ?1")?
        .execute([run.created_at.unix() - RUN_SECONDS])?;
    conn.prepare_cached(
        "INSERT INTO playground_runs
           (id, binding, verifier, nonce, resource, organization_id, tokens, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        run.id,
        run.binding,
        run.verifier,
        run.nonce,
        run.resource,
        run.organization_id,
        run.tokens,
        run.created_at.unix()
    ])?;
    Ok(())
}

/// A run by id.
pub fn find(conn: &Connection, id: &str) -> Result<Option<Run>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, binding, verifier, nonce, resource, organization_id, tokens, created_at
             FROM playground_runs WHERE id = ?1",
        )?
        .query_row([id], from_row)
        .optional()?)
}

/// Records a run's latest tokens (JSON).
pub fn set_tokens(conn: &Connection, id: &str, tokens: &str) -> Result<()> {
    conn.prepare_cached("UPDATE playground_runs SET tokens = ?2 WHERE id = ?1")?
        .execute(params![id, tokens])?;
    Ok(())
}

/// Forgets a run (after sign-out).
pub fn delete(conn: &Connection, id: &str) -> Result<()> {
    conn.prepare_cached("DELETE FROM playground_runs WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}
