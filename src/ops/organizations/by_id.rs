//! The Management API names resources' scopes and roles by id, where doorman's operations take
//! names (`RESOURCE:SCOPE`, a role's name): these read scopes with their ids, turn ids into the
//! names the operations take, and list a role's users and apps.

use crate::error::{Error, Result};
use crate::model::resource::permission_text;
use crate::ops::{Doorman, resolve};
use crate::store::resources::{self as resource_table, ScopeRow};
use crate::store::roles as role_table;

impl Doorman {
    /// A resource's scopes with their ids; not found names the resource.
    pub fn resource_scope_rows(&self, resource_id: &str) -> Result<Vec<ScopeRow>> {
        let conn = self.store.conn();
        let found = resource_table::find_by_id_or_name(conn, resource_id)?;
        let Some(resource) = found.into_iter().find(|r| r.id == resource_id) else {
            return Err(Error::not_found(format!(
                "API resource '{resource_id}' not found"
            )));
        };
        resource_table::scope_rows(conn, &resource.id)
    }

    /// The permissions (`RESOURCE:SCOPE`) that scope ids stand for; an unknown id is not found,
    /// naming it.
    pub fn permissions_of_scope_ids(&self, ids: &[String]) -> Result<Vec<String>> {
        let conn = self.store.conn();
        ids.iter()
            .map(|id| {
                resource_table::scope_by_id(conn, id)?
                    .map(|s| permission_text(&s.indicator, &s.name))
                    .ok_or_else(|| Error::not_found(format!("scope '{id}' not found")))
            })
            .collect()
    }

    /// The scopes a role grants, with their ids.
    pub fn role_scope_rows(&self, role: &str) -> Result<Vec<ScopeRow>> {
        let conn = self.store.conn();
        let role = resolve::rbac_role(conn, role)?;
        resource_table::role_scope_rows(conn, &role.id)
    }

    /// The ids of the users who hold a role.
    pub fn role_user_ids(&self, role: &str) -> Result<Vec<String>> {
        let conn = self.store.conn();
        let role = resolve::rbac_role(conn, role)?;
        role_table::user_holders(conn, &role.id)
    }

    /// The client ids of the apps that hold a role.
    pub fn role_app_ids(&self, role: &str) -> Result<Vec<String>> {
        let conn = self.store.conn();
        let role = resolve::rbac_role(conn, role)?;
        role_table::app_holders(conn, &role.id)
    }
}
