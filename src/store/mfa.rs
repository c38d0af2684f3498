//! The second-factor tables: enrolled factors (with the TOTP secret and the last step it
//! accepted), backup-code digests, and the users who skipped an enrolment prompt. Replay and
//! single use are enforced by the UPDATE statements themselves, so two requests racing with the
//! same code cannot both win.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::error::Result;
use crate::model::mfa::{Factor, FactorKind};
use crate::model::timestamp::Timestamp;

/// A factor as stored, with its secret.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredFactor {
    /// What is printed.
    pub factor: Factor,
    /// The owner.
    pub user_id: String,
    /// For TOTP: the base32 secret; for a passkey: the credential as JSON.
    pub secret: Option<String>,
    /// For a passkey: its credential id (base64url).
    pub credential_id: Option<String>,
}

const SELECT: &str = "SELECT f.id, f.type, f.created_at, f.last_used_at, f.user_id, f.secret,
    CASE f.type WHEN 'backup_code' THEN
      (SELECT count(*) FROM backup_codes c WHERE c.factor_id = f.id AND c.used_at IS NULL)
    END,
    f.credential_id, f.name
    FROM mfa_factors f";

fn from_row(r: &Row<'_>) -> rusqlite::Result<StoredFactor> {
    let kind: String = r.get(1)?;
    Ok(StoredFactor {
        factor: Factor {
            id: r.get(0)?,
            kind: FactorKind::parse(&kind).unwrap_or(FactorKind::Totp),
            created_at: Timestamp::from_unix(r.get(2)?),
            last_used_at: r.get::<_, Option<i64>>(3)?.map(Timestamp::from_unix),
            remaining_codes: r.get(6)?,
            name: r.get(8)?,
        },
        user_id: r.get(4)?,
        secret: r.get(5)?,
        credential_id: r.get(7)?,
    })
}

/// A user's factors, oldest first.
pub fn list(conn: &Connection, user_id: &str) -> Result<Vec<StoredFactor>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE f.user_id = ?1 ORDER BY f.created_at, f.rowid"
    ))?;
    let rows = stmt.query_map([user_id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A user's factor of a kind (each user has at most one TOTP and one backup-code set).
pub fn find_kind(
    conn: &Connection,
    user_id: &str,
    kind: FactorKind,
) -> Result<Option<StoredFactor>> {
    Ok(conn
        .prepare_cached(&format!(
            "{SELECT} WHERE f.user_id = ?1 AND f.type = ?2 ORDER BY f.rowid LIMIT 1"
        ))?
        .query_row(params![user_id, kind.as_str()], from_row)
        .optional()?)
}

/// Stores a factor.
pub fn insert(conn: &Connection, f: &StoredFactor) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO mfa_factors
           (id, user_id, type, secret, credential_id, created_at, last_used_at, name)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        f.factor.id,
        f.user_id,
        f.factor.kind.as_str(),
        f.secret,
        f.credential_id,
        f.factor.created_at.unix(),
        f.factor.last_used_at.map(|t| t.unix()),
        f.factor.name
    ])?;
    Ok(())
}

/// A user's factors of one kind (their passkeys), oldest first.
pub fn list_kind(conn: &Connection, user_id: &str, kind: FactorKind) -> Result<Vec<StoredFactor>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE f.user_id = ?1 AND f.type = ?2 ORDER BY f.created_at, f.rowid"
    ))?;
    let rows = stmt.query_map(params![user_id, kind.as_str()], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The passkey with this credential id, whoever it belongs to.
pub fn find_by_credential(conn: &Connection, credential_id: &str) -> Result<Option<StoredFactor>> {
    Ok(conn
        .prepare_cached(&format!("{SELECT} WHERE f.credential_id = ?1"))?
        .query_row([credential_id], from_row)
        .optional()?)
}

/// Stores a passkey's updated credential (its signature counter) after it was used.
pub fn passkey_used(conn: &Connection, id: &str, json: &str, now: Timestamp) -> Result<()> {
    conn.prepare_cached("UPDATE mfa_factors SET secret = ?2, last_used_at = ?3 WHERE id = ?1")?
        .execute(params![id, json, now.unix()])?;
    Ok(())
}

/// Deletes a user's factor; false when the user has no such factor.
pub fn delete(conn: &Connection, user_id: &str, id: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("DELETE FROM mfa_factors WHERE id = ?1 AND user_id = ?2")?
        .execute(params![id, user_id])?
        > 0)
}

/// Deletes a user's factors of a kind (a new backup-code set replaces the old).
pub fn delete_kind(conn: &Connection, user_id: &str, kind: FactorKind) -> Result<()> {
    conn.prepare_cached("DELETE FROM mfa_factors WHERE user_id = ?1 AND type = ?2")?
        .execute(params![user_id, kind.as_str()])?;
    Ok(())
}

/// Records that a TOTP factor accepted `step`, unless it already accepted that step or a later
/// one; false means the code was a replay.
pub fn accept_totp_step(conn: &Connection, id: &str, step: u64, now: Timestamp) -> Result<bool> {
    let step = i64::try_from(step).unwrap_or(i64::MAX);
    Ok(conn
        .prepare_cached(
            "UPDATE mfa_factors SET last_step = ?2, last_used_at = ?3
             WHERE id = ?1 AND (last_step IS NULL OR last_step < ?2)",
        )?
        .execute(params![id, step, now.unix()])?
        > 0)
}

/// Stores the digests of a new backup-code set.
pub fn insert_codes(conn: &Connection, factor_id: &str, digests: &[String]) -> Result<()> {
    let mut stmt = conn
        .prepare_cached("INSERT OR IGNORE INTO backup_codes (factor_id, digest) VALUES (?1, ?2)")?;
    for digest in digests {
        stmt.execute(params![factor_id, digest])?;
    }
    Ok(())
}

/// Uses up the unused code with this digest; false when there is none (wrong or used).
pub fn use_code(conn: &Connection, factor_id: &str, digest: &str, now: Timestamp) -> Result<bool> {
    let used = conn
        .prepare_cached(
            "UPDATE backup_codes SET used_at = ?3
             WHERE factor_id = ?1 AND digest = ?2 AND used_at IS NULL",
        )?
        .execute(params![factor_id, digest, now.unix()])?
        > 0;
    if used {
        conn.prepare_cached("UPDATE mfa_factors SET last_used_at = ?2 WHERE id = ?1")?
            .execute(params![factor_id, now.unix()])?;
    }
    Ok(used)
}

/// The digests of a set's unused codes, sorted (for `export --with-secrets`).
pub fn unused_codes(conn: &Connection, factor_id: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT digest FROM backup_codes WHERE factor_id = ?1 AND used_at IS NULL ORDER BY digest",
    )?;
    let rows = stmt.query_map([factor_id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Remembers that a user skipped the enrolment prompt.
pub fn skip(conn: &Connection, user_id: &str, now: Timestamp) -> Result<()> {
    conn.prepare_cached("INSERT OR IGNORE INTO mfa_skips (user_id, skipped_at) VALUES (?1, ?2)")?
        .execute(params![user_id, now.unix()])?;
    Ok(())
}

/// Whether the user skipped the enrolment prompt before.
pub fn skipped(conn: &Connection, user_id: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM mfa_skips WHERE user_id = ?1)")?
        .query_row([user_id], |r| r.get(0))?)
}

/// Names one of a user's passkeys; false when the user has no such passkey.
pub fn rename_passkey(conn: &Connection, user_id: &str, id: &str, name: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "UPDATE mfa_factors SET name = ?3 WHERE id = ?1 AND user_id = ?2 AND type = 'webauthn'",
        )?
        .execute(params![id, user_id, name])?
        > 0)
}

/// Opts a user out of the second factor at sign-in (`out`), or back in.
pub fn set_sign_in_opt_out(
    conn: &Connection,
    user_id: &str,
    out: bool,
    now: Timestamp,
) -> Result<()> {
    if out {
        conn.prepare_cached(
            "INSERT OR IGNORE INTO mfa_sign_in_opt_outs (user_id, opted_out_at) VALUES (?1, ?2)",
        )?
        .execute(params![user_id, now.unix()])?;
    } else {
        conn.prepare_cached("DELETE FROM mfa_sign_in_opt_outs WHERE user_id = ?1")?
            .execute([user_id])?;
    }
    Ok(())
}

/// Whether the user opted out of the second factor at sign-in.
pub fn opted_out_at_sign_in(conn: &Connection, user_id: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM mfa_sign_in_opt_outs WHERE user_id = ?1)")?
        .query_row([user_id], |r| r.get(0))?)
}

/// Whether the user belongs to an organization that requires MFA.
pub fn required_by_organization(conn: &Connection, user_id: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM memberships m JOIN organizations o
               ON o.id = m.organization_id WHERE m.user_id = ?1 AND o.mfa_required = 1)",
        )?
        .query_row([user_id], |r| r.get(0))?)
}
