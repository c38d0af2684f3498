//! Who can hold roles and belong to organizations: a user or a machine-to-machine app. One type
//! for the CLI's arguments, the role and membership tables and the member lists, so the rule
//! "user roles for users, m2m roles for apps" is written once.

use serde::Serialize;

use crate::model::resource::RoleType;

/// A user or a machine-to-machine app, as a role holder or an organization member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Principal {
    /// A user (named by id, email, username or phone).
    User,
    /// A machine-to-machine app (named by client id or name).
    App,
}

impl Principal {
    /// The type of role (RBAC or organization) this principal may hold.
    pub fn role_type(self) -> RoleType {
        match self {
            Principal::User => RoleType::User,
            Principal::App => RoleType::M2m,
        }
    }

    /// The printed name (`user`, `app`).
    pub fn as_str(self) -> &'static str {
        match self {
            Principal::User => "user",
            Principal::App => "app",
        }
    }
}
