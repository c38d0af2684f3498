//! The organization tables: the scope and role template and the organizations themselves
//! (memberships are in [`super::memberships`]). Names are resolved to rows here; what is
//! allowed is decided in `ops`.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::error::Result;
use crate::model::organization::{OrgRole, OrgScope, Organization};
use crate::model::resource::RoleType;
use crate::model::timestamp::Timestamp;

/// Splits a `group_concat` of names (separated by U+001F) into a sorted list.
pub(crate) fn names(joined: Option<String>) -> Vec<String> {
    let mut list: Vec<String> = joined
        .map(|j| j.split('\u{1f}').map(str::to_string).collect())
        .unwrap_or_default();
    list.sort();
    list
}

// ---- scopes ----

/// Stores a new scope.
pub fn insert_scope(conn: &Connection, s: &OrgScope) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO organization_scopes (id, name, description, created_at) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![s.id, s.name, s.description, s.created_at.unix()])?;
    Ok(())
}

/// Changes a scope's description.
pub fn set_scope_description(conn: &Connection, id: &str, description: Option<&str>) -> Result<()> {
    conn.prepare_cached("UPDATE organization_scopes SET description = ?2 WHERE id = ?1")?
        .execute(params![id, description])?;
    Ok(())
}

fn scope_from_row(r: &Row<'_>) -> rusqlite::Result<OrgScope> {
    Ok(OrgScope {
        id: r.get(0)?,
        name: r.get(1)?,
        description: r.get(2)?,
        created_at: Timestamp::from_unix(r.get(3)?),
    })
}

/// A scope by name.
pub fn find_scope(conn: &Connection, name: &str) -> Result<Option<OrgScope>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, name, description, created_at FROM organization_scopes WHERE name = ?1",
        )?
        .query_row([name], scope_from_row)
        .optional()?)
}

/// All scopes by name.
pub fn list_scopes(conn: &Connection) -> Result<Vec<OrgScope>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, description, created_at FROM organization_scopes ORDER BY name",
    )?;
    let rows = stmt.query_map([], scope_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// How many roles hold the scope.
pub fn scope_use(conn: &Connection, id: &str) -> Result<u64> {
    Ok(conn
        .prepare_cached("SELECT count(*) FROM organization_role_scopes WHERE scope_id = ?1")?
        .query_row([id], |r| r.get::<_, i64>(0))? as u64)
}

/// Deletes a scope; roles lose it by cascade.
pub fn delete_scope(conn: &Connection, id: &str) -> Result<()> {
    conn.prepare_cached("DELETE FROM organization_scopes WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

// ---- roles ----

const ROLE_SELECT: &str = "SELECT r.id, r.name, r.description, r.created_at,
    (SELECT group_concat(s.name, char(31)) FROM organization_role_scopes rs
       JOIN organization_scopes s ON s.id = rs.scope_id WHERE rs.role_id = r.id),
    (SELECT group_concat(a.indicator || ':' || p.name, char(31))
       FROM organization_role_permissions rp
       JOIN resource_scopes p ON p.id = rp.scope_id
       JOIN resources a ON a.id = p.resource_id WHERE rp.role_id = r.id),
    r.type
    FROM organization_roles r";

fn role_from_row(r: &Row<'_>) -> rusqlite::Result<OrgRole> {
    let role_type: String = r.get(6)?;
    Ok(OrgRole {
        id: r.get(0)?,
        name: r.get(1)?,
        role_type: RoleType::parse(&role_type).unwrap_or(RoleType::User),
        description: r.get(2)?,
        created_at: Timestamp::from_unix(r.get(3)?),
        scopes: names(r.get(4)?),
        permissions: names(r.get(5)?),
    })
}

/// Gives an organization role a resource permission (a resource scope, by id).
pub fn add_role_permission(conn: &Connection, role_id: &str, scope_id: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT OR IGNORE INTO organization_role_permissions (role_id, scope_id) VALUES (?1, ?2)",
    )?
    .execute(params![role_id, scope_id])?;
    Ok(())
}

/// The ids of the resource scopes an organization role holds, sorted.
pub fn role_permission_ids(conn: &Connection, role_id: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT scope_id FROM organization_role_permissions WHERE role_id = ?1 ORDER BY scope_id",
    )?;
    let ids = stmt.query_map([role_id], |r| r.get(0))?;
    Ok(ids.collect::<rusqlite::Result<_>>()?)
}

/// Replaces the resource permissions an organization role holds.
pub fn set_role_permissions(conn: &Connection, role_id: &str, scope_ids: &[String]) -> Result<()> {
    conn.prepare_cached("DELETE FROM organization_role_permissions WHERE role_id = ?1")?
        .execute([role_id])?;
    for scope_id in scope_ids {
        add_role_permission(conn, role_id, scope_id)?;
    }
    Ok(())
}

/// Stores a new role (without scopes; see [`set_role_scopes`]).
pub fn insert_role(conn: &Connection, role: &OrgRole) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO organization_roles (id, name, type, description, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        role.id,
        role.name,
        role.role_type.as_str(),
        role.description,
        role.created_at.unix()
    ])?;
    Ok(())
}

/// Changes a role's description.
pub fn set_role_description(conn: &Connection, id: &str, description: Option<&str>) -> Result<()> {
    conn.prepare_cached("UPDATE organization_roles SET description = ?2 WHERE id = ?1")?
        .execute(params![id, description])?;
    Ok(())
}

/// Replaces the scopes a role holds.
pub fn set_role_scopes(conn: &Connection, role_id: &str, scope_ids: &[String]) -> Result<()> {
    conn.prepare_cached("DELETE FROM organization_role_scopes WHERE role_id = ?1")?
        .execute([role_id])?;
    let mut insert = conn.prepare_cached(
        "INSERT OR IGNORE INTO organization_role_scopes (role_id, scope_id) VALUES (?1, ?2)",
    )?;
    for scope_id in scope_ids {
        insert.execute(params![role_id, scope_id])?;
    }
    Ok(())
}

/// A role by name.
pub fn find_role(conn: &Connection, name: &str) -> Result<Option<OrgRole>> {
    let sql = format!("{ROLE_SELECT} WHERE r.name = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([name], role_from_row)
        .optional()?)
}

/// All roles by name.
pub fn list_roles(conn: &Connection) -> Result<Vec<OrgRole>> {
    let sql = format!("{ROLE_SELECT} ORDER BY r.name");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([], role_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// How many memberships (of users and apps) and invitations grant the role.
pub fn role_use(conn: &Connection, id: &str) -> Result<u64> {
    Ok(conn
        .prepare_cached(
            "SELECT (SELECT count(*) FROM membership_roles WHERE role_id = ?1)
                  + (SELECT count(*) FROM organization_app_roles WHERE role_id = ?1)
                  + (SELECT count(*) FROM invitation_roles WHERE role_id = ?1)",
        )?
        .query_row([id], |r| r.get::<_, i64>(0))? as u64)
}

/// Deletes a role; memberships and invitations lose it by cascade.
pub fn delete_role(conn: &Connection, id: &str) -> Result<()> {
    conn.prepare_cached("DELETE FROM organization_roles WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

// ---- organizations ----

fn org_from_row(r: &Row<'_>) -> rusqlite::Result<Organization> {
    let custom: String = r.get(3)?;
    Ok(Organization {
        id: r.get(0)?,
        name: r.get(1)?,
        description: r.get(2)?,
        custom_data: match serde_json::from_str(&custom) {
            Ok(serde_json::Value::Object(map)) => map,
            _ => serde_json::Map::new(),
        },
        created_at: Timestamp::from_unix(r.get(4)?),
        mfa_required: r.get(5)?,
    })
}

/// Stores a new organization.
pub fn insert_org(conn: &Connection, o: &Organization) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO organizations (id, name, description, custom_data, created_at, mfa_required)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        o.id,
        o.name,
        o.description,
        serde_json::Value::Object(o.custom_data.clone()).to_string(),
        o.created_at.unix(),
        o.mfa_required
    ])?;
    Ok(())
}

/// Writes an organization's name, description, custom data and MFA requirement.
pub fn update_org(conn: &Connection, o: &Organization) -> Result<()> {
    conn.prepare_cached(
        "UPDATE organizations SET name = ?2, description = ?3, custom_data = ?4, mfa_required = ?5
         WHERE id = ?1",
    )?
    .execute(params![
        o.id,
        o.name,
        o.description,
        serde_json::Value::Object(o.custom_data.clone()).to_string(),
        o.mfa_required
    ])?;
    Ok(())
}

/// An organization by id, or by name (case-insensitive).
pub fn find_org(conn: &Connection, key: &str) -> Result<Option<Organization>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, name, description, custom_data, created_at, mfa_required FROM organizations
             WHERE id = ?1 UNION ALL
             SELECT id, name, description, custom_data, created_at, mfa_required FROM organizations
             WHERE name = ?1 LIMIT 1",
        )?
        .query_row([key], org_from_row)
        .optional()?)
}

/// All organizations by name.
pub fn list_orgs(conn: &Connection) -> Result<Vec<Organization>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, description, custom_data, created_at, mfa_required FROM organizations ORDER BY name",
    )?;
    let rows = stmt.query_map([], org_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Deletes an organization; memberships and invitations go with it.
pub fn delete_org(conn: &Connection, id: &str) -> Result<()> {
    conn.prepare_cached("DELETE FROM organizations WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}
