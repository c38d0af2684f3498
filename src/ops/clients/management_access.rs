//! Access to the Management API, as Logto grants it: a machine-to-machine app holding the m2m
//! role `management`, whose permission is the scope `all` of the API resource
//! `https://default.logto.app/api`. Both are made the first time an app is given access, so a
//! database nobody scripts carries neither.

use crate::error::Result;
use crate::model::principal::Principal;
use crate::model::resource::{MANAGEMENT_API_INDICATOR, MANAGEMENT_API_SCOPE, Role, RoleType};
use crate::ops::Doorman;

/// The built-in m2m role that grants the Management API.
pub const MANAGEMENT_ROLE: &str = "management";

impl Doorman {
    /// Makes the Management API's resource and the `management` role when they are missing.
    /// Inside the caller's deferred transaction when there is one.
    pub fn ensure_management_role(&mut self) -> Result<()> {
        let has_resource = self
            .list_resources()?
            .iter()
            .any(|r| r.indicator == MANAGEMENT_API_INDICATOR);
        if !has_resource {
            self.create_resource(
                "Logto Management API",
                MANAGEMENT_API_INDICATOR,
                &[format!(
                    "{MANAGEMENT_API_SCOPE}: Everything the Management API does"
                )],
                None,
            )?;
        }
        if !self
            .list_rbac_roles()?
            .iter()
            .any(|r| r.name == MANAGEMENT_ROLE)
        {
            self.create_rbac_role(
                MANAGEMENT_ROLE,
                RoleType::M2m,
                Some("Calls the Management API"),
                &[format!("{MANAGEMENT_API_INDICATOR}:{MANAGEMENT_API_SCOPE}")],
            )?;
        }
        Ok(())
    }

    /// Gives the M2M app `app` the Management API (`app create --management-api`), in one
    /// transaction with whatever the caller deferred before it.
    pub fn grant_management_api(&mut self, app: &str) -> Result<Vec<Role>> {
        self.ensure_management_role()?;
        self.assign_roles(Principal::App, app, &[MANAGEMENT_ROLE.to_string()])
    }
}
