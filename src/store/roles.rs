//! The role tables of Logto's RBAC: roles, the resource permissions they hold, and who holds
//! them (users, machine-to-machine apps). The scopes a subject may get for a resource are read
//! here in one query each.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::error::Result;
use crate::model::principal::Principal;
use crate::model::resource::{Role, RoleType, permission_text};
use crate::model::timestamp::Timestamp;

fn from_row(r: &Row<'_>) -> rusqlite::Result<Role> {
    let role_type: String = r.get(2)?;
    Ok(Role {
        id: r.get(0)?,
        name: r.get(1)?,
        role_type: RoleType::parse(&role_type).unwrap_or(RoleType::User),
        description: r.get(3)?,
        permissions: Vec::new(),
        created_at: Timestamp::from_unix(r.get(4)?),
    })
}

fn with_permissions(conn: &Connection, mut role: Role) -> Result<Role> {
    let mut stmt = conn.prepare_cached(
        "SELECT r.indicator, s.name FROM role_permissions p
         JOIN resource_scopes s ON s.id = p.scope_id
         JOIN resources r ON r.id = s.resource_id
         WHERE p.role_id = ?1 ORDER BY r.indicator, s.name",
    )?;
    role.permissions = stmt
        .query_map([&role.id], |r| {
            Ok(permission_text(
                &r.get::<_, String>(0)?,
                &r.get::<_, String>(1)?,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(role)
}

/// Stores a new role (without permissions).
pub fn insert(conn: &Connection, role: &Role) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO roles (id, name, type, description, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
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

/// Changes a role's name and description.
pub fn update(conn: &Connection, role: &Role) -> Result<()> {
    conn.prepare_cached("UPDATE roles SET name = ?2, description = ?3 WHERE id = ?1")?
        .execute(params![role.id, role.name, role.description])?;
    Ok(())
}

/// A role by id or name, with its permissions.
pub fn find(conn: &Connection, key: &str) -> Result<Option<Role>> {
    let found = conn
        .prepare_cached(
            "SELECT id, name, type, description, created_at FROM roles WHERE id = ?1 OR name = ?1",
        )?
        .query_row([key], from_row)
        .optional()?;
    found.map(|r| with_permissions(conn, r)).transpose()
}

/// Every role by name, with permissions.
pub fn list(conn: &Connection) -> Result<Vec<Role>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, type, description, created_at FROM roles ORDER BY name",
    )?;
    let found: Vec<Role> = stmt
        .query_map([], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    found
        .into_iter()
        .map(|r| with_permissions(conn, r))
        .collect()
}

/// Deletes a role; its assignments go by cascade.
pub fn delete(conn: &Connection, id: &str) -> Result<()> {
    conn.prepare_cached("DELETE FROM roles WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

/// Gives a role a permission (a resource scope, by id); false when it had it.
pub fn add_permission(conn: &Connection, role_id: &str, scope_id: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "INSERT OR IGNORE INTO role_permissions (role_id, scope_id) VALUES (?1, ?2)",
        )?
        .execute(params![role_id, scope_id])?
        > 0)
}

/// The ids of the resource scopes a role holds.
pub fn permission_scope_ids(conn: &Connection, role_id: &str) -> Result<Vec<String>> {
    let mut stmt =
        conn.prepare_cached("SELECT scope_id FROM role_permissions WHERE role_id = ?1")?;
    let ids = stmt
        .query_map([role_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

/// Takes a permission from a role; false when it did not have it.
pub fn remove_permission(conn: &Connection, role_id: &str, scope_id: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("DELETE FROM role_permissions WHERE role_id = ?1 AND scope_id = ?2")?
        .execute(params![role_id, scope_id])?
        > 0)
}

/// The assignment table of a role holder, and its subject column.
fn assignments(holder: Principal) -> (&'static str, &'static str) {
    match holder {
        Principal::User => ("user_roles", "user_id"),
        Principal::App => ("app_roles", "client_id"),
    }
}

/// Assigns a role; false when it was assigned already.
pub fn assign(conn: &Connection, holder: Principal, subject: &str, role_id: &str) -> Result<bool> {
    let (table, column) = assignments(holder);
    Ok(conn
        .prepare_cached(&format!(
            "INSERT OR IGNORE INTO {table} ({column}, role_id) VALUES (?1, ?2)"
        ))?
        .execute(params![subject, role_id])?
        > 0)
}

/// Takes a role away; false when it was not assigned.
pub fn unassign(
    conn: &Connection,
    holder: Principal,
    subject: &str,
    role_id: &str,
) -> Result<bool> {
    let (table, column) = assignments(holder);
    Ok(conn
        .prepare_cached(&format!(
            "DELETE FROM {table} WHERE {column} = ?1 AND role_id = ?2"
        ))?
        .execute(params![subject, role_id])?
        > 0)
}

/// The roles assigned to a subject, by name, with permissions.
pub fn assigned(conn: &Connection, holder: Principal, subject: &str) -> Result<Vec<Role>> {
    let (table, column) = assignments(holder);
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT r.id, r.name, r.type, r.description, r.created_at FROM {table} a
         JOIN roles r ON r.id = a.role_id WHERE a.{column} = ?1 ORDER BY r.name"
    ))?;
    let found: Vec<Role> = stmt
        .query_map([subject], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    found
        .into_iter()
        .map(|r| with_permissions(conn, r))
        .collect()
}

/// How many subjects hold a role.
pub fn usage(conn: &Connection, role_id: &str) -> Result<u64> {
    Ok(conn
        .prepare_cached(
            "SELECT (SELECT count(*) FROM user_roles WHERE role_id = ?1)
                  + (SELECT count(*) FROM app_roles WHERE role_id = ?1)",
        )?
        .query_row([role_id], |r| r.get::<_, i64>(0))? as u64)
}

/// The scopes of the resource `indicator` that a subject's roles grant, by name.
pub fn granted_scopes(
    conn: &Connection,
    holder: Principal,
    subject: &str,
    indicator: &str,
) -> Result<Vec<String>> {
    let (table, column) = assignments(holder);
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT DISTINCT s.name FROM {table} a
         JOIN role_permissions p ON p.role_id = a.role_id
         JOIN resource_scopes s ON s.id = p.scope_id
         JOIN resources r ON r.id = s.resource_id
         WHERE a.{column} = ?1 AND r.indicator = ?2 ORDER BY s.name"
    ))?;
    let names = stmt
        .query_map(params![subject, indicator], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(names)
}

/// The ids of the users who hold a role, oldest user first.
pub fn user_holders(conn: &Connection, role_id: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT ur.user_id FROM user_roles ur JOIN users u ON u.id = ur.user_id
         WHERE ur.role_id = ?1 ORDER BY u.created_at, u.id",
    )?;
    let rows = stmt.query_map([role_id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The client ids of the machine-to-machine apps that hold a role, by client id.
pub fn app_holders(conn: &Connection, role_id: &str) -> Result<Vec<String>> {
    let mut stmt = conn
        .prepare_cached("SELECT client_id FROM app_roles WHERE role_id = ?1 ORDER BY client_id")?;
    let rows = stmt.query_map([role_id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
