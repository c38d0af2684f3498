//! Organization members: users, and machine-to-machine apps as Logto lets them join, with the
//! organization roles each holds. User members take user-type organization roles and app
//! members m2m-type ones; an app member's roles decide its organization tokens.

use rusqlite::Connection;
use serde_json::json;

use crate::error::{Error, Result};
use crate::model::organization::{Member, Organization};
use crate::model::principal::Principal;
use crate::ops::organizations::roles::check_fits;
use crate::ops::{Doorman, record, resolve};
use crate::store::memberships;

impl Doorman {
    /// Members (users and apps) in joining order.
    pub fn list_members(&self, org: &str, limit: Option<u32>, offset: u32) -> Result<Vec<Member>> {
        let conn = self.store.conn();
        let org = resolve::organization(conn, org)?;
        memberships::list_members(conn, &org.id, limit, offset)
    }

    /// Adds users or M2M apps (members already are kept) and grants each the roles, which must
    /// fit every member named.
    pub fn add_members(
        &mut self,
        org: &str,
        members: &[String],
        roles: &[String],
    ) -> Result<Vec<Member>> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let org = resolve::organization(&tx, org)?;
        let roles = roles
            .iter()
            .map(|name| resolve::role(&tx, name))
            .collect::<Result<Vec<_>>>()?;
        let mut added = Vec::with_capacity(members.len());
        for key in members {
            let (who, id) = resolve::member(&tx, key)?;
            for role in &roles {
                check_fits(who, &role.name, role.role_type)?;
            }
            memberships::add_member(&tx, who, &org.id, &id, now)?;
            for role in &roles {
                memberships::grant(&tx, who, &org.id, &id, &role.id)?;
            }
            let names: Vec<&str> = roles.iter().map(|r| r.name.as_str()).collect();
            record(
                &tx,
                &self.actor,
                now,
                "org.member_added",
                (who == Principal::User).then_some(id.as_str()),
                json!({ "organization_id": org.id, "kind": who, "member": id, "roles": names }),
            )?;
            added.push(member_of(&tx, who, &org, &id)?);
        }
        tx.commit()?;
        Ok(added)
    }

    /// Removes a member and their roles.
    pub fn remove_member(&mut self, org: &str, member: &str) -> Result<()> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let org = resolve::organization(&tx, org)?;
        let (who, id) = resolve::member(&tx, member)?;
        if !memberships::remove_member(&tx, who, &org.id, &id)? {
            return Err(not_a_member(who, member, &org));
        }
        record(
            &tx,
            &self.actor,
            now,
            "org.member_removed",
            (who == Principal::User).then_some(id.as_str()),
            json!({ "organization_id": org.id, "kind": who, "member": id }),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Grants a role to a member (members only).
    pub fn grant_role(&mut self, org: &str, member: &str, role: &str) -> Result<Member> {
        self.change_role(org, member, role, true)
    }

    /// Takes a role from a member.
    pub fn revoke_role(&mut self, org: &str, member: &str, role: &str) -> Result<Member> {
        self.change_role(org, member, role, false)
    }

    fn change_role(&mut self, org: &str, member: &str, role: &str, grant: bool) -> Result<Member> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let org = resolve::organization(&tx, org)?;
        let (who, id) = resolve::member(&tx, member)?;
        let role = resolve::role(&tx, role)?;
        if !memberships::is_member(&tx, who, &org.id, &id)? {
            return Err(not_a_member(who, member, &org));
        }
        let (changed, event) = if grant {
            check_fits(who, &role.name, role.role_type)?;
            (
                memberships::grant(&tx, who, &org.id, &id, &role.id)?,
                "org.role_granted",
            )
        } else {
            (
                memberships::revoke(&tx, who, &org.id, &id, &role.id)?,
                "org.role_revoked",
            )
        };
        if changed {
            record(
                &tx,
                &self.actor,
                now,
                event,
                (who == Principal::User).then_some(id.as_str()),
                json!({ "organization_id": org.id, "kind": who, "member": id, "role": role.name }),
            )?;
        }
        let member = member_of(&tx, who, &org, &id)?;
        tx.commit()?;
        Ok(member)
    }
}

fn not_a_member(who: Principal, key: &str, org: &Organization) -> Error {
    Error::not_found(format!(
        "{} '{key}' is not a member of organization '{}'",
        who.as_str(),
        org.name
    ))
}

/// A user or app as a member of the organization, with their roles there.
pub(crate) fn member_of(
    conn: &Connection,
    who: Principal,
    org: &Organization,
    id: &str,
) -> Result<Member> {
    memberships::find_member(conn, who, &org.id, id)?.ok_or_else(|| not_a_member(who, id, org))
}
