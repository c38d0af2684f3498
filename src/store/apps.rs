//! The applications table. Redirect URI lists are stored as JSON arrays; secrets as digests.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::error::{Error, Result};
use crate::model::app::{App, AppType};
use crate::model::timestamp::Timestamp;

/// An application row with its secret digest.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredApp {
    /// The public record.
    pub app: App,
    /// Hex SHA-256 of the client secret, for confidential apps.
    pub secret_digest: Option<String>,
}

const COLUMNS: &str = "client_id, name, type, secret_digest, redirect_uris, \
    post_logout_redirect_uris, backchannel_logout_uri, is_third_party, created_at, updated_at, \
    built_in, device_flow, claims";

fn from_row(r: &Row<'_>) -> rusqlite::Result<StoredApp> {
    let list = |i: usize| -> rusqlite::Result<Vec<String>> {
        let text: String = r.get(i)?;
        Ok(serde_json::from_str(&text).unwrap_or_default())
    };
    let app_type: String = r.get(2)?;
    Ok(StoredApp {
        app: App {
            client_id: r.get(0)?,
            name: r.get(1)?,
            app_type: AppType::parse(&app_type).unwrap_or(AppType::Web),
            redirect_uris: list(4)?,
            post_logout_redirect_uris: list(5)?,
            backchannel_logout_uri: r.get(6)?,
            is_third_party: r.get(7)?,
            created_at: Timestamp::from_unix(r.get(8)?),
            updated_at: Timestamp::from_unix(r.get(9)?),
            built_in: r.get(10)?,
            device_flow: r.get(11)?,
            claims: match serde_json::from_str(&r.get::<_, String>(12)?) {
                Ok(serde_json::Value::Object(map)) => map,
                _ => serde_json::Map::new(),
            },
        },
        secret_digest: r.get(3)?,
    })
}

fn write_row(conn: &Connection, sql: &str, a: &StoredApp) -> Result<usize> {
    let json = |v: &Vec<String>| serde_json::to_string(v).unwrap_or_else(|_| "[]".into());
    Ok(conn.prepare_cached(sql)?.execute(params![
        a.app.client_id,
        a.app.name,
        a.app.app_type.as_str(),
        a.secret_digest,
        json(&a.app.redirect_uris),
        json(&a.app.post_logout_redirect_uris),
        a.app.backchannel_logout_uri,
        a.app.is_third_party,
        a.app.created_at.unix(),
        a.app.updated_at.unix(),
        a.app.built_in,
        a.app.device_flow,
        serde_json::Value::Object(a.app.claims.clone()).to_string(),
    ])?)
}

/// Stores a new application.
pub fn insert(conn: &Connection, a: &StoredApp) -> Result<()> {
    let sql = format!(
        "INSERT INTO applications ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
    );
    write_row(conn, &sql, a)?;
    Ok(())
}

/// Writes every column of an existing application.
pub fn update(conn: &Connection, a: &StoredApp) -> Result<()> {
    let sql = "UPDATE applications SET name = ?2, type = ?3, secret_digest = ?4, redirect_uris = ?5, \
               post_logout_redirect_uris = ?6, backchannel_logout_uri = ?7, is_third_party = ?8, \
               created_at = ?9, updated_at = ?10, built_in = ?11, \
               device_flow = ?12, claims = ?13 WHERE client_id = ?1";
    if write_row(conn, sql, a)? == 0 {
        return Err(Error::not_found(format!(
            "app '{}' not found",
            a.app.client_id
        )));
    }
    Ok(())
}

/// An application by client id.
pub fn find(conn: &Connection, client_id: &str) -> Result<Option<StoredApp>> {
    let sql = format!("SELECT {COLUMNS} FROM applications WHERE client_id = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([client_id], from_row)
        .optional()?)
}

/// An application by client id, or else by name when exactly one has it.
pub fn find_by_name(conn: &Connection, name: &str) -> Result<Vec<StoredApp>> {
    let sql = format!("SELECT {COLUMNS} FROM applications WHERE name = ?1 ORDER BY created_at");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([name], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// All applications in creation order.
pub fn list(conn: &Connection) -> Result<Vec<StoredApp>> {
    let sql = format!("SELECT {COLUMNS} FROM applications ORDER BY rowid");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Deletes an application.
pub fn delete(conn: &Connection, client_id: &str) -> Result<()> {
    conn.prepare_cached("DELETE FROM applications WHERE client_id = ?1")?
        .execute([client_id])?;
    Ok(())
}
