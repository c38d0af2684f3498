//! Roles of Logto's RBAC (beside the organization template): user roles and machine-to-machine
//! roles, each a set of API resource permissions, assigned to users and to M2M apps.

use serde_json::json;

use crate::error::{Error, Result};
use crate::model::id::new_id;
use crate::model::principal::Principal;
use crate::model::resource::{Role, RoleType};
use crate::ops::organizations::orgs::{check_description, check_name};
use crate::ops::{Doorman, record, resolve};
use crate::store::roles as table;

/// What `role update` changes; absent fields stay.
#[derive(Debug, Clone, Default)]
pub struct RoleChanges {
    /// New name.
    pub name: Option<String>,
    /// New description (empty clears it).
    pub description: Option<String>,
    /// Permissions to add, as `RESOURCE:SCOPE`.
    pub add_permissions: Vec<String>,
    /// Permissions to remove, as `RESOURCE:SCOPE`.
    pub remove_permissions: Vec<String>,
}

impl Doorman {
    /// Creates a role with permissions.
    pub fn create_rbac_role(
        &mut self,
        name: &str,
        role_type: RoleType,
        description: Option<&str>,
        permissions: &[String],
    ) -> Result<Role> {
        check_name("role", name, false)?;
        check_description("role", description)?;
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        if table::find(&tx, name)?.is_some() {
            return Err(Error::conflict(format!("role '{name}' exists already")));
        }
        let role = Role {
            id: new_id(),
            name: name.to_string(),
            role_type,
            description: description.map(str::to_string).filter(|d| !d.is_empty()),
            permissions: Vec::new(),
            created_at: now,
        };
        table::insert(&tx, &role)?;
        for text in permissions {
            let (_, scope_id) = resolve::permission(&tx, text)?;
            table::add_permission(&tx, &role.id, &scope_id)?;
        }
        record(
            &tx,
            &self.actor,
            now,
            "role.created",
            None,
            json!({ "role": name, "type": role_type.as_str() }),
        )?;
        let created = resolve::rbac_role(&tx, &role.id)?;
        tx.commit()?;
        Ok(created)
    }

    /// Every role with its permissions.
    pub fn list_rbac_roles(&self) -> Result<Vec<Role>> {
        table::list(self.store.conn())
    }

    /// One role by id or name.
    pub fn show_rbac_role(&self, key: &str) -> Result<Role> {
        resolve::rbac_role(self.store.conn(), key)
    }

    /// Renames or re-describes a role, adds and removes permissions.
    pub fn update_rbac_role(&mut self, key: &str, changes: &RoleChanges) -> Result<Role> {
        if let Some(name) = &changes.name {
            check_name("role", name, false)?;
        }
        check_description("role", changes.description.as_deref())?;
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let mut role = resolve::rbac_role(&tx, key)?;
        if let Some(name) = &changes.name {
            if table::find(&tx, name)?.is_some_and(|other| other.id != role.id) {
                return Err(Error::conflict(format!("role '{name}' exists already")));
            }
            role.name = name.clone();
        }
        if let Some(description) = &changes.description {
            role.description = Some(description.clone()).filter(|d| !d.is_empty());
        }
        table::update(&tx, &role)?;
        for text in &changes.add_permissions {
            let (_, scope_id) = resolve::permission(&tx, text)?;
            table::add_permission(&tx, &role.id, &scope_id)?;
        }
        for text in &changes.remove_permissions {
            let (_, scope_id) = resolve::permission(&tx, text)?;
            if !table::remove_permission(&tx, &role.id, &scope_id)? {
                return Err(Error::not_found(format!(
                    "role '{}' does not hold '{text}'",
                    role.name
                )));
            }
        }
        record(
            &tx,
            &self.actor,
            now,
            "role.updated",
            None,
            json!({ "role": role.name }),
        )?;
        let updated = resolve::rbac_role(&tx, &role.id)?;
        tx.commit()?;
        Ok(updated)
    }

    /// How many users and apps hold a role.
    pub fn rbac_role_usage(&self, key: &str) -> Result<u64> {
        let conn = self.store.conn();
        table::usage(conn, &resolve::rbac_role(conn, key)?.id)
    }

    /// Deletes a role; its holders lose it.
    pub fn delete_rbac_role(&mut self, key: &str) -> Result<Role> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let role = resolve::rbac_role(&tx, key)?;
        table::delete(&tx, &role.id)?;
        record(
            &tx,
            &self.actor,
            now,
            "role.deleted",
            None,
            json!({ "role": role.name }),
        )?;
        tx.commit()?;
        Ok(role)
    }

    /// The roles a user or app holds.
    pub fn roles_of(&self, holder: Principal, key: &str) -> Result<Vec<Role>> {
        let conn = self.store.conn();
        let id = resolve::principal(conn, holder, key)?;
        table::assigned(conn, holder, &id)
    }

    /// Assigns roles to a user (user roles) or an M2M app (M2M roles); assigning one held
    /// already changes nothing. Returns the roles held afterwards.
    pub fn assign_roles(
        &mut self,
        holder: Principal,
        key: &str,
        roles: &[String],
    ) -> Result<Vec<Role>> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let id = resolve::principal(&tx, holder, key)?;
        for name in roles {
            let role = resolve::rbac_role(&tx, name)?;
            check_fits(holder, &role.name, role.role_type)?;
            if table::assign(&tx, holder, &id, &role.id)? {
                record(
                    &tx,
                    &self.actor,
                    now,
                    "role.assigned",
                    (holder == Principal::User).then_some(id.as_str()),
                    json!({ "role": role.name, "to": id }),
                )?;
            }
        }
        let held = table::assigned(&tx, holder, &id)?;
        tx.commit()?;
        Ok(held)
    }

    /// Takes a role from a user or app. Returns the roles held afterwards.
    pub fn unassign_role(&mut self, holder: Principal, key: &str, role: &str) -> Result<Vec<Role>> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let id = resolve::principal(&tx, holder, key)?;
        let role = resolve::rbac_role(&tx, role)?;
        if !table::unassign(&tx, holder, &id, &role.id)? {
            return Err(Error::not_found(format!(
                "'{key}' does not hold role '{}'",
                role.name
            )));
        }
        record(
            &tx,
            &self.actor,
            now,
            "role.unassigned",
            (holder == Principal::User).then_some(id.as_str()),
            json!({ "role": role.name, "from": id }),
        )?;
        let held = table::assigned(&tx, holder, &id)?;
        tx.commit()?;
        Ok(held)
    }
}

/// Refuses a role that does not fit its holder: user roles go to users, m2m roles to M2M apps
/// (RBAC roles and organization roles alike).
pub(crate) fn check_fits(holder: Principal, role_name: &str, role_type: RoleType) -> Result<()> {
    if role_type == holder.role_type() {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "role '{role_name}' is a {} role: give user roles to users and m2m roles to machine-to-machine apps",
            role_type.as_str()
        )))
    }
}
