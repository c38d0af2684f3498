//! Organization administration: the scope and role template, organizations, and memberships.
//! Rules live here: unique names, roles only for members, scopes that exist.

use serde::Serialize;
use serde_json::json;

use crate::error::{Error, Result};
use crate::model::id::new_id;
use crate::model::mfa::FactorKind;
use crate::model::organization::{Membership, OrgRole, OrgScope, Organization, OrganizationDetail};
use crate::model::resource::RoleType;
use crate::model::user::User;
use crate::model::validate;
use crate::ops::resolve;
use crate::ops::{Doorman, record};
use crate::store::{invitations, memberships, orgs};

/// A user with the organizations they belong to, as `user show` prints it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UserDetail {
    /// The user.
    #[serde(flatten)]
    pub user: User,
    /// Their organizations, with roles.
    pub organizations: Vec<Membership>,
    /// The kinds of second factor they enrolled.
    pub mfa: Vec<FactorKind>,
}

/// Checks a template or organization name: 1–128 characters, no control characters, and for
/// scopes and roles no spaces either (they travel in space-separated OAuth scope strings).
pub(crate) fn check_name(kind: &str, name: &str, allow_spaces: bool) -> Result<()> {
    let ok = !name.trim().is_empty()
        && name.chars().count() <= validate::MAX_NAME_CHARS
        && !name.chars().any(char::is_control)
        && (allow_spaces || !name.chars().any(char::is_whitespace));
    let name = validate::shown(name);
    if ok {
        Ok(())
    } else if allow_spaces {
        Err(Error::invalid(format!(
            "invalid {kind} name '{name}': use 1-128 characters"
        )))
    } else {
        Err(Error::invalid(format!(
            "invalid {kind} name '{name}': use 1-128 characters without spaces"
        )))
    }
}

/// Checks the description of an organization, role or scope.
pub(crate) fn check_description(kind: &str, description: Option<&str>) -> Result<()> {
    match description {
        Some(d) => validate::text(
            &format!("{kind} description"),
            d,
            validate::MAX_DESCRIPTION_CHARS,
        ),
        None => Ok(()),
    }
}

impl Doorman {
    /// Creates an organization scope.
    pub fn create_scope(&mut self, name: &str, description: Option<&str>) -> Result<OrgScope> {
        check_name("scope", name, false)?;
        check_description("scope", description)?;
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        if orgs::find_scope(&tx, name)?.is_some() {
            return Err(Error::conflict(format!(
                "organization scope '{name}' already exists"
            )));
        }
        let scope = OrgScope {
            id: new_id(),
            name: name.to_string(),
            description: description.map(str::to_string),
            created_at: now,
        };
        orgs::insert_scope(&tx, &scope)?;
        record(
            &tx,
            &self.actor,
            now,
            "org_scope.created",
            None,
            json!({ "name": name }),
        )?;
        tx.commit()?;
        Ok(scope)
    }

    /// All organization scopes.
    pub fn list_scopes(&self) -> Result<Vec<OrgScope>> {
        orgs::list_scopes(self.store.conn())
    }

    /// How many roles hold the scope (to confirm before deleting one in use).
    pub fn scope_usage(&self, name: &str) -> Result<u64> {
        let scope = resolve::scope(self.store.conn(), name)?;
        orgs::scope_use(self.store.conn(), &scope.id)
    }

    /// Deletes a scope and removes it from every role.
    pub fn delete_scope(&mut self, name: &str) -> Result<OrgScope> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let scope = resolve::scope(&tx, name)?;
        orgs::delete_scope(&tx, &scope.id)?;
        record(
            &tx,
            &self.actor,
            now,
            "org_scope.deleted",
            None,
            json!({ "name": name }),
        )?;
        tx.commit()?;
        Ok(scope)
    }

    /// Creates an organization role holding existing scopes, for user members or (m2m) for
    /// machine-to-machine app members.
    pub fn create_role(
        &mut self,
        name: &str,
        role_type: RoleType,
        description: Option<&str>,
        scopes: &[String],
        permissions: &[String],
    ) -> Result<OrgRole> {
        check_name("role", name, false)?;
        check_description("role", description)?;
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        if orgs::find_role(&tx, name)?.is_some() {
            return Err(Error::conflict(format!(
                "organization role '{name}' already exists"
            )));
        }
        let scope_ids = scopes
            .iter()
            .map(|s| resolve::scope(&tx, s).map(|s| s.id))
            .collect::<Result<Vec<_>>>()?;
        let role = OrgRole {
            id: new_id(),
            name: name.to_string(),
            role_type,
            description: description.map(str::to_string),
            scopes: Vec::new(),
            permissions: Vec::new(),
            created_at: now,
        };
        orgs::insert_role(&tx, &role)?;
        orgs::set_role_scopes(&tx, &role.id, &scope_ids)?;
        for text in permissions {
            let (_, scope_id) = resolve::permission(&tx, text)?;
            orgs::add_role_permission(&tx, &role.id, &scope_id)?;
        }
        let created = resolve::role(&tx, name)?;
        record(
            &tx,
            &self.actor,
            now,
            "org_role.created",
            None,
            json!({ "name": name, "type": role_type, "scopes": created.scopes }),
        )?;
        tx.commit()?;
        Ok(created)
    }

    /// All organization roles with their scopes.
    pub fn list_roles(&self) -> Result<Vec<OrgRole>> {
        orgs::list_roles(self.store.conn())
    }

    /// How many memberships and invitations grant the role.
    pub fn role_usage(&self, name: &str) -> Result<u64> {
        let role = resolve::role(self.store.conn(), name)?;
        orgs::role_use(self.store.conn(), &role.id)
    }

    /// Deletes a role and takes it from every member and invitation.
    pub fn delete_role(&mut self, name: &str) -> Result<OrgRole> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let role = resolve::role(&tx, name)?;
        orgs::delete_role(&tx, &role.id)?;
        record(
            &tx,
            &self.actor,
            now,
            "org_role.deleted",
            None,
            json!({ "name": name }),
        )?;
        tx.commit()?;
        Ok(role)
    }

    /// Creates an organization with a unique name.
    pub fn create_org(&mut self, name: &str, description: Option<&str>) -> Result<Organization> {
        check_name("organization", name, true)?;
        check_description("organization", description)?;
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        if let Some(other) = orgs::find_org(&tx, name)? {
            return Err(Error::conflict(format!(
                "organization name '{name}' is already used by {}",
                other.id
            )));
        }
        let org = Organization {
            id: new_id(),
            name: name.to_string(),
            description: description.map(str::to_string),
            custom_data: serde_json::Map::new(),
            created_at: now,
            mfa_required: false,
        };
        orgs::insert_org(&tx, &org)?;
        record(
            &tx,
            &self.actor,
            now,
            "org.created",
            None,
            json!({ "id": org.id, "name": name }),
        )?;
        tx.commit()?;
        Ok(org)
    }

    /// All organizations by name.
    pub fn list_orgs(&self) -> Result<Vec<Organization>> {
        orgs::list_orgs(self.store.conn())
    }

    /// An organization with its member count, roles in use and pending invitations.
    pub fn show_org(&self, key: &str) -> Result<OrganizationDetail> {
        let conn = self.store.conn();
        let organization = resolve::organization(conn, key)?;
        let (member_count, roles_in_use) = memberships::org_stats(conn, &organization.id)?;
        let pending_invitations =
            invitations::count_pending(conn, &organization.id, self.clock.now())?;
        Ok(OrganizationDetail {
            organization,
            member_count,
            roles_in_use,
            pending_invitations,
        })
    }

    /// Renames or re-describes an organization, or changes whether it requires MFA.
    pub fn update_org(
        &mut self,
        key: &str,
        name: Option<&str>,
        description: Option<&str>,
        mfa_required: Option<bool>,
    ) -> Result<Organization> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let mut org = resolve::organization(&tx, key)?;
        check_description("organization", description)?;
        if let Some(name) = name {
            check_name("organization", name, true)?;
            if let Some(other) = orgs::find_org(&tx, name)?
                && other.id != org.id
            {
                return Err(Error::conflict(format!(
                    "organization name '{name}' is already used by {}",
                    other.id
                )));
            }
            org.name = name.to_string();
        }
        if let Some(description) = description {
            org.description = Some(description.to_string()).filter(|d| !d.is_empty());
        }
        if let Some(required) = mfa_required {
            org.mfa_required = required;
        }
        save_changed(&tx, &self.actor, now, &org, json!({ "id": org.id }))?;
        tx.commit()?;
        Ok(org)
    }

    /// Replaces an organization's custom data (the Management API's `customData`).
    pub fn set_org_custom_data(
        &mut self,
        key: &str,
        data: serde_json::Map<String, serde_json::Value>,
    ) -> Result<Organization> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let mut org = resolve::organization(&tx, key)?;
        org.custom_data = data;
        let detail = json!({ "id": org.id, "custom_data": true });
        save_changed(&tx, &self.actor, now, &org, detail)?;
        tx.commit()?;
        Ok(org)
    }

    /// Deletes an organization with its memberships and invitations.
    pub fn delete_org(&mut self, key: &str) -> Result<Organization> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let org = resolve::organization(&tx, key)?;
        orgs::delete_org(&tx, &org.id)?;
        record(
            &tx,
            &self.actor,
            now,
            "org.deleted",
            None,
            json!({ "id": org.id, "name": org.name }),
        )?;
        tx.commit()?;
        Ok(org)
    }

    /// A user with their organizations and roles.
    pub fn user_detail(&self, key: &str) -> Result<UserDetail> {
        let conn = self.store.conn();
        let user = resolve::user(conn, key)?.user;
        let organizations = memberships::user_memberships(conn, &user.id)?;
        let mfa = crate::store::mfa::list(conn, &user.id)?
            .into_iter()
            .map(|f| f.factor.kind)
            .collect();
        Ok(UserDetail {
            user,
            organizations,
            mfa,
        })
    }
}

/// Saves a changed organization inside the caller's transaction and audits it as
/// `org.updated` with `detail`.
fn save_changed(
    tx: &rusqlite::Connection,
    actor: &str,
    now: crate::model::timestamp::Timestamp,
    org: &Organization,
    detail: serde_json::Value,
) -> Result<()> {
    orgs::update_org(tx, org)?;
    record(tx, actor, now, "org.updated", None, detail)
}
