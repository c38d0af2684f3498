//! The users table. Rows come back as [`StoredUser`]: the public [`User`] plus the password hash,
//! which only the operations that verify or export passwords look at.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::error::{Error, Result};
use crate::model::settings::Identifier;
use crate::model::timestamp::Timestamp;
use crate::model::user::User;
use crate::model::user::UserFilter;

/// A user row with its password hash.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredUser {
    /// The public record.
    pub user: User,
    /// The PHC or bcrypt hash, if a password is set.
    pub password_hash: Option<String>,
}

const COLUMNS: &str = "id, username, email, email_verified, phone, phone_verified, name, avatar_url, \
     custom_data, password_hash, suspended, created_at, updated_at, last_sign_in_at, claims, test_user";

/// Inserts a new user.
pub fn insert(conn: &Connection, u: &StoredUser) -> Result<()> {
    let sql = format!(
        "INSERT INTO users ({COLUMNS}) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"
    );
    write_row(conn, &sql, u)?;
    Ok(())
}

/// Writes every column of an existing user.
pub fn update(conn: &Connection, u: &StoredUser) -> Result<()> {
    let sql = "UPDATE users SET username = ?2, email = ?3, email_verified = ?4, phone = ?5, \
               phone_verified = ?6, name = ?7, avatar_url = ?8, custom_data = ?9, \
               password_hash = ?10, suspended = ?11, created_at = ?12, updated_at = ?13, \
               last_sign_in_at = ?14, claims = ?15, test_user = ?16 WHERE id = ?1";
    if write_row(conn, sql, u)? == 0 {
        return Err(Error::not_found(format!("user '{}' not found", u.user.id)));
    }
    Ok(())
}

/// Records a sign-in: `last_sign_in_at` alone, so the indexes on the identifiers are not
/// rewritten (three of a sign-in's pages in the log) and a change made since the row was read
/// is not undone.
pub fn record_sign_in(conn: &Connection, id: &str, at: Timestamp) -> Result<()> {
    conn.prepare_cached("UPDATE users SET last_sign_in_at = ?2 WHERE id = ?1")?
        .execute(params![id, at.unix()])?;
    Ok(())
}

/// Replaces the password hash alone: an upgrade to the current cost at sign-in.
pub fn set_password_hash(conn: &Connection, id: &str, hash: &str) -> Result<()> {
    conn.prepare_cached("UPDATE users SET password_hash = ?2 WHERE id = ?1")?
        .execute(params![id, hash])?;
    Ok(())
}

/// Runs `sql` with the user's columns bound as ?1..?16 in [`COLUMNS`] order.
fn write_row(conn: &Connection, sql: &str, u: &StoredUser) -> Result<usize> {
    let custom_data = serde_json::Value::Object(u.user.custom_data.clone()).to_string();
    Ok(conn.prepare_cached(sql)?.execute(params![
        u.user.id,
        u.user.username,
        u.user.email,
        u.user.email_verified,
        u.user.phone,
        u.user.phone_verified,
        u.user.name,
        u.user.avatar_url,
        custom_data,
        u.password_hash,
        u.user.suspended,
        u.user.created_at.unix(),
        u.user.updated_at.unix(),
        u.user.last_sign_in_at.map(Timestamp::unix),
        serde_json::Value::Object(u.user.claims.clone()).to_string(),
        u.user.test_user,
    ])?)
}

/// Deletes a user; rows that reference it cascade.
pub fn delete(conn: &Connection, id: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("DELETE FROM users WHERE id = ?1")?
        .execute([id])?
        > 0)
}

/// The column a lookup matches on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// The random id.
    Id,
    /// Case-insensitive username.
    Username,
    /// Case-insensitive email.
    Email,
    /// Phone number.
    Phone,
}

impl From<Identifier> for Key {
    fn from(kind: Identifier) -> Key {
        match kind {
            Identifier::Email => Key::Email,
            Identifier::Phone => Key::Phone,
            Identifier::Username => Key::Username,
        }
    }
}

/// Finds a user by one column.
pub fn find_by(conn: &Connection, key: Key, value: &str) -> Result<Option<StoredUser>> {
    let column = match key {
        Key::Id => "id",
        Key::Username => "username",
        Key::Email => "email",
        Key::Phone => "phone",
    };
    let sql = format!("SELECT {COLUMNS} FROM users WHERE {column} = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([value], from_row)
        .optional()?)
}

/// Whether the table has no users at all.
pub fn is_empty(conn: &Connection) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT NOT EXISTS (SELECT 1 FROM users)")?
        .query_row([], |r| r.get(0))?)
}

/// Users in insertion order (creation order, and the order a fixture listed them), filtered.
pub fn list(conn: &Connection, filter: &UserFilter) -> Result<Vec<StoredUser>> {
    let (clause, pattern) = where_clause(filter);
    let sql = format!("SELECT {COLUMNS} FROM users {clause} ORDER BY rowid LIMIT ?3 OFFSET ?4");
    let limit = filter.limit.map_or(-1, i64::from);
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(
        params![pattern, filter.organization_id, limit, filter.offset],
        from_row,
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The WHERE clause for a filter: only the conditions in use, and none at all (an empty
/// clause) for no filter, so SQLite counts every user from the table's pages instead of
/// visiting each row (1 ms on 100,000 users). ?1 is the search pattern, ?2 the organization id.
fn where_clause(filter: &UserFilter) -> (String, Option<String>) {
    let pattern = filter.search.as_deref().map(like_pattern);
    let mut conditions = Vec::new();
    if pattern.is_some() {
        conditions.push(
            "(username LIKE ?1 ESCAPE '\\' OR email LIKE ?1 ESCAPE '\\' \
             OR phone LIKE ?1 ESCAPE '\\' OR name LIKE ?1 ESCAPE '\\')",
        );
    }
    if filter.organization_id.is_some() {
        conditions.push("id IN (SELECT user_id FROM memberships WHERE organization_id = ?2)");
    }
    if filter.suspended_only {
        conditions.push("suspended = 1");
    }
    if conditions.is_empty() {
        return (String::new(), pattern);
    }
    // Both parameters appear (each is true of itself, NULL too), as the binding is by position.
    let placeholders = "?1 IS ?1 AND ?2 IS ?2";
    (
        format!("WHERE {placeholders} AND {}", conditions.join(" AND ")),
        pattern,
    )
}

fn like_pattern(text: &str) -> String {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

/// A stored JSON object, or an empty one.
fn object(text: &str) -> serde_json::Map<String, serde_json::Value> {
    match serde_json::from_str(text) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    }
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<StoredUser> {
    let custom: String = r.get(8)?;
    let custom_data = match serde_json::from_str(&custom) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    };
    let password_hash: Option<String> = r.get(9)?;
    Ok(StoredUser {
        user: User {
            id: r.get(0)?,
            username: r.get(1)?,
            email: r.get(2)?,
            email_verified: r.get(3)?,
            phone: r.get(4)?,
            phone_verified: r.get(5)?,
            name: r.get(6)?,
            avatar_url: r.get(7)?,
            custom_data,
            has_password: password_hash.is_some(),
            suspended: r.get(10)?,
            created_at: Timestamp::from_unix(r.get(11)?),
            updated_at: Timestamp::from_unix(r.get(12)?),
            last_sign_in_at: r.get::<_, Option<i64>>(13)?.map(Timestamp::from_unix),
            claims: object(&r.get::<_, String>(14)?),
            test_user: r.get(15)?,
        },
        password_hash,
    })
}

/// Records when the user agreed to the terms of use and privacy policy.
pub fn set_terms_agreed(conn: &Connection, id: &str, at: Timestamp) -> Result<()> {
    conn.prepare_cached("UPDATE users SET terms_agreed_at = ?2 WHERE id = ?1")?
        .execute(rusqlite::params![id, at.unix()])?;
    Ok(())
}

/// When the user agreed to the terms, if they did.
pub fn terms_agreed_at(conn: &Connection, id: &str) -> Result<Option<Timestamp>> {
    let at: Option<i64> = conn
        .prepare_cached("SELECT terms_agreed_at FROM users WHERE id = ?1")?
        .query_row([id], |r| r.get(0))?;
    Ok(at.map(Timestamp::from_unix))
}

/// A user's standard profile claims (by claim name).
pub fn standard_claims(
    conn: &Connection,
    id: &str,
) -> Result<serde_json::Map<String, serde_json::Value>> {
    let text: Option<String> = conn
        .prepare_cached("SELECT standard_claims FROM users WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?;
    Ok(match text.as_deref().map(serde_json::from_str) {
        Some(Ok(serde_json::Value::Object(map))) => map,
        _ => serde_json::Map::new(),
    })
}

/// Replaces a user's standard profile claims.
pub fn set_standard_claims(
    conn: &Connection,
    id: &str,
    claims: &serde_json::Map<String, serde_json::Value>,
) -> Result<()> {
    conn.prepare_cached("UPDATE users SET standard_claims = ?2 WHERE id = ?1")?
        .execute(rusqlite::params![
            id,
            serde_json::Value::Object(claims.clone()).to_string()
        ])?;
    Ok(())
}

/// How many users a filter matches (its limit and offset aside).
pub fn count(conn: &Connection, filter: &UserFilter) -> Result<u64> {
    let (clause, pattern) = where_clause(filter);
    let n: i64 = if clause.is_empty() {
        // Kept by triggers (schema 20): constant time, where count(*) reads every page.
        conn.prepare_cached("SELECT value FROM counters WHERE name = 'users'")?
            .query_row([], |r| r.get(0))?
    } else {
        conn.prepare_cached(&format!("SELECT count(*) FROM users {clause}"))?
            .query_row(params![pattern, filter.organization_id], |r| r.get(0))?
    };
    Ok(n.max(0) as u64)
}

/// Replaces a user's custom claims.
pub fn set_claims(
    conn: &Connection,
    id: &str,
    claims: &serde_json::Map<String, serde_json::Value>,
) -> Result<()> {
    conn.prepare_cached("UPDATE users SET claims = ?2 WHERE id = ?1")?
        .execute(rusqlite::params![
            id,
            serde_json::Value::Object(claims.clone()).to_string()
        ])?;
    Ok(())
}

/// Counts the users again into the counter the triggers keep (after a bulk copy of the table).
pub fn recount(conn: &Connection) -> Result<()> {
    conn.prepare_cached(
        "INSERT OR REPLACE INTO counters (name, value) SELECT 'users', count(*) FROM users",
    )?
    .execute([])?;
    Ok(())
}
