//! Organization memberships: users and machine-to-machine apps in organizations, and the
//! organization roles each holds there. Users and apps live in parallel tables (the foreign keys
//! differ); every function takes the [`Principal`] and picks the tables, so the two kinds of
//! member follow one set of statements.

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::Result;
use crate::model::organization::{Member, Membership};
use crate::model::principal::Principal;
use crate::model::timestamp::Timestamp;
use crate::store::orgs::names;

/// A kind of member's tables: memberships, the roles held, and the member column of both.
struct Tables {
    members: &'static str,
    roles: &'static str,
    column: &'static str,
}

fn tables(who: Principal) -> Tables {
    match who {
        Principal::User => Tables {
            members: "memberships",
            roles: "membership_roles",
            column: "user_id",
        },
        Principal::App => Tables {
            members: "organization_apps",
            roles: "organization_app_roles",
            column: "client_id",
        },
    }
}

/// Adds a member; false when they already were one.
pub fn add_member(
    conn: &Connection,
    who: Principal,
    org_id: &str,
    id: &str,
    now: Timestamp,
) -> Result<bool> {
    let Tables {
        members, column, ..
    } = tables(who);
    Ok(conn
        .prepare_cached(&format!(
            "INSERT OR IGNORE INTO {members} (organization_id, {column}, created_at)
             VALUES (?1, ?2, ?3)"
        ))?
        .execute(params![org_id, id, now.unix()])?
        > 0)
}

/// Removes a member and their roles; false when they were not one.
pub fn remove_member(conn: &Connection, who: Principal, org_id: &str, id: &str) -> Result<bool> {
    let Tables {
        members, column, ..
    } = tables(who);
    Ok(conn
        .prepare_cached(&format!(
            "DELETE FROM {members} WHERE organization_id = ?1 AND {column} = ?2"
        ))?
        .execute(params![org_id, id])?
        > 0)
}

/// Whether the user or app is a member.
pub fn is_member(conn: &Connection, who: Principal, org_id: &str, id: &str) -> Result<bool> {
    let Tables {
        members, column, ..
    } = tables(who);
    Ok(conn
        .prepare_cached(&format!(
            "SELECT EXISTS (SELECT 1 FROM {members} WHERE organization_id = ?1 AND {column} = ?2)"
        ))?
        .query_row(params![org_id, id], |r| r.get(0))?)
}

/// Grants a role to a member; false when they had it.
pub fn grant(
    conn: &Connection,
    who: Principal,
    org_id: &str,
    id: &str,
    role_id: &str,
) -> Result<bool> {
    let Tables { roles, column, .. } = tables(who);
    Ok(conn
        .prepare_cached(&format!(
            "INSERT OR IGNORE INTO {roles} (organization_id, {column}, role_id) VALUES (?1, ?2, ?3)"
        ))?
        .execute(params![org_id, id, role_id])?
        > 0)
}

/// Takes a role from a member; false when they did not have it.
pub fn revoke(
    conn: &Connection,
    who: Principal,
    org_id: &str,
    id: &str,
    role_id: &str,
) -> Result<bool> {
    let Tables { roles, column, .. } = tables(who);
    Ok(conn
        .prepare_cached(&format!(
            "DELETE FROM {roles} WHERE organization_id = ?1 AND {column} = ?2 AND role_id = ?3"
        ))?
        .execute(params![org_id, id, role_id])?
        > 0)
}

/// A member's role names, sorted.
pub fn member_roles(
    conn: &Connection,
    who: Principal,
    org_id: &str,
    id: &str,
) -> Result<Vec<String>> {
    let Tables { roles, column, .. } = tables(who);
    let joined: Option<String> = conn
        .prepare_cached(&format!(
            "SELECT group_concat(r.name, char(31)) FROM {roles} mr
             JOIN organization_roles r ON r.id = mr.role_id
             WHERE mr.organization_id = ?1 AND mr.{column} = ?2"
        ))?
        .query_row(params![org_id, id], |r| r.get(0))?;
    Ok(names(joined))
}

/// The organization scopes a member's roles carry, sorted and without repeats.
pub fn member_scopes(
    conn: &Connection,
    who: Principal,
    org_id: &str,
    id: &str,
) -> Result<Vec<String>> {
    let Tables { roles, column, .. } = tables(who);
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT DISTINCT s.name FROM {roles} mr
         JOIN organization_role_scopes rs ON rs.role_id = mr.role_id
         JOIN organization_scopes s ON s.id = rs.scope_id
         WHERE mr.organization_id = ?1 AND mr.{column} = ?2 ORDER BY s.name"
    ))?;
    let rows = stmt.query_map(params![org_id, id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The scopes of the resource `indicator` that a member's organization roles grant there.
pub fn member_resource_scopes(
    conn: &Connection,
    who: Principal,
    org_id: &str,
    id: &str,
    indicator: &str,
) -> Result<Vec<String>> {
    let Tables { roles, column, .. } = tables(who);
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT DISTINCT s.name FROM {roles} m
         JOIN organization_role_permissions rp ON rp.role_id = m.role_id
         JOIN resource_scopes s ON s.id = rp.scope_id
         JOIN resources a ON a.id = s.resource_id
         WHERE m.organization_id = ?1 AND m.{column} = ?2 AND a.indicator = ?3
         ORDER BY s.name"
    ))?;
    let rows = stmt.query_map(params![org_id, id, indicator], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The columns of a member row: kind, id, name, email, username, joined, roles.
const USER_MEMBERS: &str = "SELECT 'user' AS kind, u.id, u.name, u.email, u.username,
      m.created_at AS created_at, m.rowid AS seq,
      (SELECT group_concat(r.name, char(31)) FROM membership_roles mr
         JOIN organization_roles r ON r.id = mr.role_id
         WHERE mr.organization_id = m.organization_id AND mr.user_id = m.user_id) AS roles
    FROM memberships m JOIN users u ON u.id = m.user_id";

const APP_MEMBERS: &str = "SELECT 'app' AS kind, a.client_id, a.name, NULL, NULL,
      m.created_at AS created_at, m.rowid AS seq,
      (SELECT group_concat(r.name, char(31)) FROM organization_app_roles mr
         JOIN organization_roles r ON r.id = mr.role_id
         WHERE mr.organization_id = m.organization_id AND mr.client_id = m.client_id) AS roles
    FROM organization_apps m JOIN applications a ON a.client_id = m.client_id";

fn member_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Member> {
    let kind: String = r.get(0)?;
    Ok(Member {
        kind: if kind == "app" {
            Principal::App
        } else {
            Principal::User
        },
        id: r.get(1)?,
        name: r.get(2)?,
        email: r.get(3)?,
        username: r.get(4)?,
        joined_at: Timestamp::from_unix(r.get(5)?),
        roles: names(r.get(7)?),
    })
}

/// One member, with their roles; none when they are not a member.
pub fn find_member(
    conn: &Connection,
    who: Principal,
    org_id: &str,
    id: &str,
) -> Result<Option<Member>> {
    let (select, column) = match who {
        Principal::User => (USER_MEMBERS, "user_id"),
        Principal::App => (APP_MEMBERS, "client_id"),
    };
    Ok(conn
        .prepare_cached(&format!(
            "{select} WHERE m.organization_id = ?1 AND m.{column} = ?2"
        ))?
        .query_row(params![org_id, id], member_from_row)
        .optional()?)
}

/// Members in joining order (users before apps that joined in the same second), with their
/// roles.
pub fn list_members(
    conn: &Connection,
    org_id: &str,
    limit: Option<u32>,
    offset: u32,
) -> Result<Vec<Member>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{USER_MEMBERS} WHERE m.organization_id = ?1
         UNION ALL {APP_MEMBERS} WHERE m.organization_id = ?1
         ORDER BY created_at, kind DESC, seq LIMIT ?2 OFFSET ?3"
    ))?;
    let rows = stmt.query_map(
        params![org_id, limit.map_or(-1, i64::from), offset],
        member_from_row,
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Member count (users and apps) and the names of the roles members hold.
pub fn org_stats(conn: &Connection, id: &str) -> Result<(u64, Vec<String>)> {
    let count: i64 = conn
        .prepare_cached(
            "SELECT (SELECT count(*) FROM memberships WHERE organization_id = ?1)
                  + (SELECT count(*) FROM organization_apps WHERE organization_id = ?1)",
        )?
        .query_row([id], |r| r.get(0))?;
    let roles: Option<String> = conn
        .prepare_cached(
            "SELECT group_concat(name, char(31)) FROM organization_roles WHERE id IN
             (SELECT role_id FROM membership_roles WHERE organization_id = ?1
              UNION SELECT role_id FROM organization_app_roles WHERE organization_id = ?1)",
        )?
        .query_row([id], |r| r.get(0))?;
    Ok((count as u64, names(roles)))
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
