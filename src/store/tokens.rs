//! The tokens table: refresh tokens and opaque access tokens, stored as digests.

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::Result;
use crate::model::timestamp::Timestamp;
use crate::model::token::TokenKind;

/// A stored token.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredToken {
    /// SHA-256 of the token.
    pub digest: String,
    /// What kind of token it is.
    pub kind: TokenKind,
    /// The grant it belongs to (none for client credentials).
    pub grant_id: Option<String>,
    /// The app it was issued to.
    pub client_id: String,
    /// The user it speaks for.
    pub user_id: Option<String>,
    /// Its scopes, space-separated.
    pub scope: String,
    /// When it was issued.
    pub created_at: Timestamp,
    /// When it lapses.
    pub expires_at: Timestamp,
    /// When a refresh token was rotated.
    pub used_at: Option<Timestamp>,
    /// When it was revoked.
    pub revoked_at: Option<Timestamp>,
}

/// Stores a new token.
pub fn insert(conn: &Connection, t: &StoredToken) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO tokens (digest, kind, grant_id, client_id, user_id, scope, created_at, expires_at, used_at, revoked_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        t.digest,
        t.kind.as_str(),
        t.grant_id,
        t.client_id,
        t.user_id,
        t.scope,
        t.created_at.unix(),
        t.expires_at.unix(),
        t.used_at.map(Timestamp::unix),
        t.revoked_at.map(Timestamp::unix)
    ])?;
    Ok(())
}

/// A token by digest.
pub fn find(conn: &Connection, digest: &str) -> Result<Option<StoredToken>> {
    Ok(conn
        .prepare_cached(
            "SELECT digest, kind, grant_id, client_id, user_id, scope, created_at, expires_at, used_at, revoked_at
             FROM tokens WHERE digest = ?1",
        )?
        .query_row([digest], |r| {
            Ok(StoredToken {
                digest: r.get(0)?,
                kind: {
                    let name: String = r.get(1)?;
                    TokenKind::parse(&name).ok_or_else(|| {
                        rusqlite::Error::FromSqlConversionFailure(
                            1,
                            rusqlite::types::Type::Text,
                            format!("unknown token kind '{name}'").into(),
                        )
                    })?
                },
                grant_id: r.get(2)?,
                client_id: r.get(3)?,
                user_id: r.get(4)?,
                scope: r.get(5)?,
                created_at: Timestamp::from_unix(r.get(6)?),
                expires_at: Timestamp::from_unix(r.get(7)?),
                used_at: r.get::<_, Option<i64>>(8)?.map(Timestamp::from_unix),
                revoked_at: r.get::<_, Option<i64>>(9)?.map(Timestamp::from_unix),
            })
        })
        .optional()?)
}

/// Marks a refresh token rotated; false when it already was (a reuse).
pub fn mark_used(conn: &Connection, digest: &str, now: Timestamp) -> Result<bool> {
    Ok(conn
        .prepare_cached("UPDATE tokens SET used_at = ?2 WHERE digest = ?1 AND used_at IS NULL")?
        .execute(params![digest, now.unix()])?
        > 0)
}

/// Revokes one token.
pub fn revoke(conn: &Connection, digest: &str, now: Timestamp) -> Result<()> {
    conn.prepare_cached(
        "UPDATE tokens SET revoked_at = ?2 WHERE digest = ?1 AND revoked_at IS NULL",
    )?
    .execute(params![digest, now.unix()])?;
    Ok(())
}
