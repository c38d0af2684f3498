//! The invitations table and the roles each grants. Rows carry the stored status; the status as
//! of now (expiry) is worked out by `ops::invitations`.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::error::Result;
use crate::model::organization::InvitationStatus;
use crate::model::timestamp::Timestamp;
use crate::store::orgs::names;

/// An invitation as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredInvitation {
    /// Random id.
    pub id: String,
    /// The organization.
    pub organization_id: String,
    /// The invitee.
    pub email: String,
    /// Who invited.
    pub inviter_id: Option<String>,
    /// The stored status (a pending row may be past its expiry).
    pub status: InvitationStatus,
    /// Expiry.
    pub expires_at: Timestamp,
    /// Who accepted.
    pub accepted_user_id: Option<String>,
    /// Created.
    pub created_at: Timestamp,
    /// Role names granted on acceptance, sorted.
    pub roles: Vec<String>,
}

const SELECT: &str =
    "SELECT i.id, i.organization_id, i.email, i.inviter_id, i.status, i.expires_at,
    i.accepted_user_id, i.created_at,
    (SELECT group_concat(r.name, char(31)) FROM invitation_roles ir
       JOIN organization_roles r ON r.id = ir.role_id WHERE ir.invitation_id = i.id)
    FROM invitations i";

fn from_row(r: &Row<'_>) -> rusqlite::Result<StoredInvitation> {
    let status: String = r.get(4)?;
    Ok(StoredInvitation {
        id: r.get(0)?,
        organization_id: r.get(1)?,
        email: r.get(2)?,
        inviter_id: r.get(3)?,
        status: InvitationStatus::parse(&status).unwrap_or(InvitationStatus::Revoked),
        expires_at: Timestamp::from_unix(r.get(5)?),
        accepted_user_id: r.get(6)?,
        created_at: Timestamp::from_unix(r.get(7)?),
        roles: names(r.get(8)?),
    })
}

/// Stores a new invitation with its roles (given by role id).
pub fn insert(conn: &Connection, inv: &StoredInvitation, role_ids: &[String]) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO invitations (id, organization_id, email, inviter_id, status, expires_at,
            accepted_user_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
    )?
    .execute(params![
        inv.id,
        inv.organization_id,
        inv.email,
        inv.inviter_id,
        inv.status.as_str(),
        inv.expires_at.unix(),
        inv.accepted_user_id,
        inv.created_at.unix()
    ])?;
    let mut add = conn.prepare_cached(
        "INSERT OR IGNORE INTO invitation_roles (invitation_id, role_id) VALUES (?1, ?2)",
    )?;
    for role_id in role_ids {
        add.execute(params![inv.id, role_id])?;
    }
    Ok(())
}

/// Deletes an invitation (a fixture replacing it).
pub fn delete(conn: &Connection, id: &str) -> Result<()> {
    conn.prepare_cached("DELETE FROM invitations WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

/// Changes an invitation's status (and who accepted it).
pub fn set_status(
    conn: &Connection,
    id: &str,
    status: InvitationStatus,
    accepted_user_id: Option<&str>,
    now: Timestamp,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE invitations SET status = ?2, accepted_user_id = ?3, updated_at = ?4 WHERE id = ?1",
    )?
    .execute(params![id, status.as_str(), accepted_user_id, now.unix()])?;
    Ok(())
}

/// Marks pending invitations for this organization and email that are past expiry as expired,
/// so a new one can be made.
pub fn expire_stale(conn: &Connection, org_id: &str, email: &str, now: Timestamp) -> Result<()> {
    conn.prepare_cached(
        "UPDATE invitations SET status = 'expired', updated_at = ?3
         WHERE organization_id = ?1 AND email = ?2 AND status = 'pending' AND expires_at <= ?3",
    )?
    .execute(params![org_id, email, now.unix()])?;
    Ok(())
}

/// An invitation by id.
pub fn find(conn: &Connection, id: &str) -> Result<Option<StoredInvitation>> {
    let sql = format!("{SELECT} WHERE i.id = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([id], from_row)
        .optional()?)
}

/// The pending (stored) invitation for an organization and email, if any.
pub fn find_pending(
    conn: &Connection,
    org_id: &str,
    email: &str,
) -> Result<Option<StoredInvitation>> {
    let sql =
        format!("{SELECT} WHERE i.organization_id = ?1 AND i.email = ?2 AND i.status = 'pending'");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row(params![org_id, email], from_row)
        .optional()?)
}

/// Invitations newest first, optionally for one organization.
pub fn list(conn: &Connection, org_id: Option<&str>) -> Result<Vec<StoredInvitation>> {
    let sql = format!(
        "{SELECT} WHERE ?1 IS NULL OR i.organization_id = ?1 ORDER BY i.created_at DESC, i.rowid DESC"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([org_id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// How many invitations to the organization are pending and not yet expired.
pub fn count_pending(conn: &Connection, org_id: &str, now: Timestamp) -> Result<u64> {
    Ok(conn
        .prepare_cached(
            "SELECT count(*) FROM invitations
             WHERE organization_id = ?1 AND status = 'pending' AND expires_at > ?2",
        )?
        .query_row(params![org_id, now.unix()], |r| r.get::<_, i64>(0))? as u64)
}
