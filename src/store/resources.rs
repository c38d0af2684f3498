//! The API resource tables: resources and the permissions (scopes) each defines. Which scopes a
//! token may carry is decided in `ops`; here are the rows.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::error::Result;
use crate::model::resource::{Resource, ResourceScope};
use crate::model::timestamp::Timestamp;

const COLUMNS: &str = "id, indicator, name, access_token_ttl, created_at, updated_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Resource> {
    Ok(Resource {
        id: r.get(0)?,
        indicator: r.get(1)?,
        name: r.get(2)?,
        access_token_ttl: r.get(3)?,
        scopes: Vec::new(),
        created_at: Timestamp::from_unix(r.get(4)?),
        updated_at: Timestamp::from_unix(r.get(5)?),
    })
}

/// Stores a new resource with its scopes.
pub fn insert(conn: &Connection, resource: &Resource) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO resources (id, indicator, name, access_token_ttl, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        resource.id,
        resource.indicator,
        resource.name,
        resource.access_token_ttl,
        resource.created_at.unix(),
        resource.updated_at.unix()
    ])?;
    for scope in &resource.scopes {
        upsert_scope(conn, &resource.id, scope, resource.updated_at)?;
    }
    Ok(())
}

/// Changes a resource's name and token lifetime.
pub fn update(conn: &Connection, resource: &Resource) -> Result<()> {
    conn.prepare_cached(
        "UPDATE resources SET name = ?2, access_token_ttl = ?3, updated_at = ?4 WHERE id = ?1",
    )?
    .execute(params![
        resource.id,
        resource.name,
        resource.access_token_ttl,
        resource.updated_at.unix()
    ])?;
    Ok(())
}

/// Adds a scope to a resource, or changes the description of the one it has by that name.
pub fn upsert_scope(
    conn: &Connection,
    resource_id: &str,
    scope: &ResourceScope,
    now: Timestamp,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO resource_scopes (id, resource_id, name, description, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (resource_id, name) DO UPDATE SET description = excluded.description",
    )?
    .execute(params![
        crate::model::id::new_id(),
        resource_id,
        scope.name,
        scope.description,
        now.unix()
    ])?;
    Ok(())
}

/// Removes a scope from a resource (roles lose it by cascade); false when it had none.
pub fn delete_scope(conn: &Connection, resource_id: &str, name: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("DELETE FROM resource_scopes WHERE resource_id = ?1 AND name = ?2")?
        .execute(params![resource_id, name])?
        > 0)
}

/// The id of a resource's scope, by the resource's id and the scope's name.
pub fn scope_id(conn: &Connection, resource_id: &str, name: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT id FROM resource_scopes WHERE resource_id = ?1 AND name = ?2")?
        .query_row(params![resource_id, name], |r| r.get(0))
        .optional()?)
}

fn with_scopes(conn: &Connection, mut resource: Resource) -> Result<Resource> {
    let mut stmt = conn.prepare_cached(
        "SELECT name, description FROM resource_scopes WHERE resource_id = ?1 ORDER BY name",
    )?;
    resource.scopes = stmt
        .query_map([&resource.id], |r| {
            Ok(ResourceScope {
                name: r.get(0)?,
                description: r.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(resource)
}

/// A resource by indicator.
pub fn find_by_indicator(conn: &Connection, indicator: &str) -> Result<Option<Resource>> {
    let found = conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM resources WHERE indicator = ?1"
        ))?
        .query_row([indicator], from_row)
        .optional()?;
    found.map(|r| with_scopes(conn, r)).transpose()
}

/// The access-token lifetime of the resource with this indicator, if it is registered: what the
/// token endpoint needs, without reading the resource's scopes.
pub fn access_token_ttl(conn: &Connection, indicator: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT access_token_ttl FROM resources WHERE indicator = ?1")?
        .query_row([indicator], |r| r.get(0))
        .optional()?)
}

/// Resources whose id or name is `key` (names need not be unique).
pub fn find_by_id_or_name(conn: &Connection, key: &str) -> Result<Vec<Resource>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM resources WHERE id = ?1 OR name = ?1 ORDER BY indicator"
    ))?;
    let found: Vec<Resource> = stmt
        .query_map([key], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    found.into_iter().map(|r| with_scopes(conn, r)).collect()
}

/// Every resource, by indicator.
pub fn list(conn: &Connection) -> Result<Vec<Resource>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM resources ORDER BY indicator"
    ))?;
    let found: Vec<Resource> = stmt
        .query_map([], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    found.into_iter().map(|r| with_scopes(conn, r)).collect()
}

/// Deletes a resource; its scopes and the permissions that named them go by cascade.
pub fn delete(conn: &Connection, id: &str) -> Result<()> {
    conn.prepare_cached("DELETE FROM resources WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

/// A scope as the Management API names it: by its own id, with its resource's.
#[derive(Debug, Clone, PartialEq)]
pub struct ScopeRow {
    /// The scope's id.
    pub id: String,
    /// Its resource's id.
    pub resource_id: String,
    /// Its resource's indicator.
    pub indicator: String,
    /// Its name.
    pub name: String,
    /// What it allows.
    pub description: Option<String>,
}

const SCOPE_ROW: &str = "SELECT s.id, s.resource_id, r.indicator, s.name, s.description
    FROM resource_scopes s JOIN resources r ON r.id = s.resource_id";

fn scope_row(r: &Row<'_>) -> rusqlite::Result<ScopeRow> {
    Ok(ScopeRow {
        id: r.get(0)?,
        resource_id: r.get(1)?,
        indicator: r.get(2)?,
        name: r.get(3)?,
        description: r.get(4)?,
    })
}

/// A resource's scopes with their ids, by name.
pub fn scope_rows(conn: &Connection, resource_id: &str) -> Result<Vec<ScopeRow>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SCOPE_ROW} WHERE s.resource_id = ?1 ORDER BY s.name"
    ))?;
    let rows = stmt.query_map([resource_id], scope_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A scope by its id.
pub fn scope_by_id(conn: &Connection, id: &str) -> Result<Option<ScopeRow>> {
    Ok(conn
        .prepare_cached(&format!("{SCOPE_ROW} WHERE s.id = ?1"))?
        .query_row([id], scope_row)
        .optional()?)
}

/// The scopes a role grants, with their ids, by indicator and name.
pub fn role_scope_rows(conn: &Connection, role_id: &str) -> Result<Vec<ScopeRow>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SCOPE_ROW} JOIN role_permissions p ON p.scope_id = s.id
         WHERE p.role_id = ?1 ORDER BY r.indicator, s.name"
    ))?;
    let rows = stmt.query_map([role_id], scope_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
