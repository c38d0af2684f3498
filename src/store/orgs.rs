//! The organization tables: the scope and role template, organizations, memberships and the
//! roles members hold. Names are resolved to rows here; what is allowed is decided in `ops`.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::error::Result;
use crate::model::organization::{Member, Membership, OrgRole, OrgScope, Organization};
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
       JOIN resources a ON a.id = p.resource_id WHERE rp.role_id = r.id)
    FROM organization_roles r";

fn role_from_row(r: &Row<'_>) -> rusqlite::Result<OrgRole> {
    Ok(OrgRole {
        id: r.get(0)?,
        name: r.get(1)?,
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

/// The scopes of the resource `indicator` that a member's organization roles grant there.
pub fn member_resource_scopes(
    conn: &Connection,
    organization_id: &str,
    user_id: &str,
    indicator: &str,
) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT s.name FROM membership_roles m
         JOIN organization_role_permissions rp ON rp.role_id = m.role_id
         JOIN resource_scopes s ON s.id = rp.scope_id
         JOIN resources a ON a.id = s.resource_id
         WHERE m.organization_id = ?1 AND m.user_id = ?2 AND a.indicator = ?3
         ORDER BY s.name",
    )?;
    let rows = stmt.query_map(params![organization_id, user_id, indicator], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Stores a new role (without scopes; see [`set_role_scopes`]).
pub fn insert_role(conn: &Connection, role: &OrgRole) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO organization_roles (id, name, description, created_at) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![role.id, role.name, role.description, role.created_at.unix()])?;
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

/// How many memberships and invitations grant the role.
pub fn role_use(conn: &Connection, id: &str) -> Result<u64> {
    Ok(conn
        .prepare_cached(
            "SELECT (SELECT count(*) FROM membership_roles WHERE role_id = ?1)
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
    })
}

/// Stores a new organization.
pub fn insert_org(conn: &Connection, o: &Organization) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO organizations (id, name, description, custom_data, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        o.id,
        o.name,
        o.description,
        serde_json::Value::Object(o.custom_data.clone()).to_string(),
        o.created_at.unix()
    ])?;
    Ok(())
}

/// Writes an organization's name, description and custom data.
pub fn update_org(conn: &Connection, o: &Organization) -> Result<()> {
    conn.prepare_cached(
        "UPDATE organizations SET name = ?2, description = ?3, custom_data = ?4 WHERE id = ?1",
    )?
    .execute(params![
        o.id,
        o.name,
        o.description,
        serde_json::Value::Object(o.custom_data.clone()).to_string()
    ])?;
    Ok(())
}

/// An organization by id, or by name (case-insensitive).
pub fn find_org(conn: &Connection, key: &str) -> Result<Option<Organization>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, name, description, custom_data, created_at FROM organizations
             WHERE id = ?1 UNION ALL
             SELECT id, name, description, custom_data, created_at FROM organizations
             WHERE name = ?1 LIMIT 1",
        )?
        .query_row([key], org_from_row)
        .optional()?)
}

/// All organizations by name.
pub fn list_orgs(conn: &Connection) -> Result<Vec<Organization>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, description, custom_data, created_at FROM organizations ORDER BY name",
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

/// Member count and the names of the roles members hold.
pub fn org_stats(conn: &Connection, id: &str) -> Result<(u64, Vec<String>)> {
    let count: i64 = conn
        .prepare_cached("SELECT count(*) FROM memberships WHERE organization_id = ?1")?
        .query_row([id], |r| r.get(0))?;
    let roles: Option<String> = conn
        .prepare_cached(
            "SELECT group_concat(name, char(31)) FROM organization_roles WHERE id IN
             (SELECT DISTINCT role_id FROM membership_roles WHERE organization_id = ?1)",
        )?
        .query_row([id], |r| r.get(0))?;
    Ok((count as u64, names(roles)))
}

// ---- memberships ----

/// Adds a member; false when they already were one.
pub fn add_member(conn: &Connection, org_id: &str, user_id: &str, now: Timestamp) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "INSERT OR IGNORE INTO memberships (organization_id, user_id, created_at) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![org_id, user_id, now.unix()])?
        > 0)
}

/// Removes a member and their roles; false when they were not one.
pub fn remove_member(conn: &Connection, org_id: &str, user_id: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("DELETE FROM memberships WHERE organization_id = ?1 AND user_id = ?2")?
        .execute(params![org_id, user_id])?
        > 0)
}

/// Whether the user is a member.
pub fn is_member(conn: &Connection, org_id: &str, user_id: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM memberships WHERE organization_id = ?1 AND user_id = ?2)",
        )?
        .query_row(params![org_id, user_id], |r| r.get(0))?)
}

/// When the user joined the organization.
pub fn joined_at(conn: &Connection, org_id: &str, user_id: &str) -> Result<Timestamp> {
    Ok(conn
        .prepare_cached(
            "SELECT created_at FROM memberships WHERE organization_id = ?1 AND user_id = ?2",
        )?
        .query_row(params![org_id, user_id], |r| r.get(0))
        .map(Timestamp::from_unix)?)
}

/// Grants a role to a member; false when they had it.
pub fn grant(conn: &Connection, org_id: &str, user_id: &str, role_id: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "INSERT OR IGNORE INTO membership_roles (organization_id, user_id, role_id) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![org_id, user_id, role_id])?
        > 0)
}

/// Takes a role from a member; false when they did not have it.
pub fn revoke(conn: &Connection, org_id: &str, user_id: &str, role_id: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "DELETE FROM membership_roles WHERE organization_id = ?1 AND user_id = ?2 AND role_id = ?3",
        )?
        .execute(params![org_id, user_id, role_id])?
        > 0)
}

/// A member's role names, sorted.
pub fn member_roles(conn: &Connection, org_id: &str, user_id: &str) -> Result<Vec<String>> {
    let joined: Option<String> = conn
        .prepare_cached(
            "SELECT group_concat(r.name, char(31)) FROM membership_roles mr
             JOIN organization_roles r ON r.id = mr.role_id
             WHERE mr.organization_id = ?1 AND mr.user_id = ?2",
        )?
        .query_row(params![org_id, user_id], |r| r.get(0))?;
    Ok(names(joined))
}

/// Members in joining order, with their roles.
pub fn list_members(
    conn: &Connection,
    org_id: &str,
    limit: Option<u32>,
    offset: u32,
) -> Result<Vec<Member>> {
    let mut stmt = conn.prepare_cached(
        "SELECT u.id, u.username, u.email, u.name, m.created_at,
           (SELECT group_concat(r.name, char(31)) FROM membership_roles mr
              JOIN organization_roles r ON r.id = mr.role_id
              WHERE mr.organization_id = m.organization_id AND mr.user_id = m.user_id)
         FROM memberships m INDEXED BY memberships_by_organization
         JOIN users u ON u.id = m.user_id
         WHERE m.organization_id = ?1 ORDER BY m.rowid LIMIT ?2 OFFSET ?3",
    )?;
    let rows = stmt.query_map(params![org_id, limit.map_or(-1, i64::from), offset], |r| {
        Ok(Member {
            user_id: r.get(0)?,
            username: r.get(1)?,
            email: r.get(2)?,
            name: r.get(3)?,
            joined_at: Timestamp::from_unix(r.get(4)?),
            roles: names(r.get(5)?),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The organizations a user belongs to, by name, with their roles.
pub fn user_memberships(conn: &Connection, user_id: &str) -> Result<Vec<Membership>> {
    let mut stmt = conn.prepare_cached(
        "SELECT o.id, o.name,
           (SELECT group_concat(r.name, char(31)) FROM membership_roles mr
              JOIN organization_roles r ON r.id = mr.role_id
              WHERE mr.organization_id = m.organization_id AND mr.user_id = m.user_id)
         FROM memberships m JOIN organizations o ON o.id = m.organization_id
         WHERE m.user_id = ?1 ORDER BY o.name",
    )?;
    let rows = stmt.query_map([user_id], |r| {
        Ok(Membership {
            id: r.get(0)?,
            name: r.get(1)?,
            roles: names(r.get(2)?),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The organization scopes a member's roles carry, sorted and without repeats.
pub fn member_scopes(conn: &Connection, org_id: &str, user_id: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT s.name FROM membership_roles mr
         JOIN organization_role_scopes rs ON rs.role_id = mr.role_id
         JOIN organization_scopes s ON s.id = rs.scope_id
         WHERE mr.organization_id = ?1 AND mr.user_id = ?2 ORDER BY s.name",
    )?;
    let rows = stmt.query_map(params![org_id, user_id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
