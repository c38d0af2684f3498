//! API resources and roles, Logto's role-based access control. An API resource is an indicator
//! URI (RFC 8707) and the permissions (scopes) a token for it may carry; a role holds
//! permissions and is assigned to users or to machine-to-machine apps. A token for a resource
//! carries the scopes requested that its subject's roles grant, and no others.

use serde::{Deserialize, Serialize};

use crate::model::timestamp::Timestamp;

/// The indicator of Logto's Management API: the audience its callers' tokens carry.
pub const MANAGEMENT_API_INDICATOR: &str = "https://default.logto.app/api";
/// The one permission of Logto's Management API, which allows every route.
pub const MANAGEMENT_API_SCOPE: &str = "all";

/// A permission an API resource defines (`read:orders`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResourceScope {
    /// Name, unique within the resource.
    pub name: String,
    /// What it allows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// An API resource.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Resource {
    /// Random id.
    pub id: String,
    /// The resource indicator apps ask for, and the `aud` of its tokens.
    pub indicator: String,
    /// Display name.
    pub name: String,
    /// Lifetime of its access tokens, in seconds.
    pub access_token_ttl: i64,
    /// Its permissions, by name.
    pub scopes: Vec<ResourceScope>,
    /// When it was made.
    pub created_at: Timestamp,
    /// Last change.
    pub updated_at: Timestamp,
}

/// Who a role is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum RoleType {
    /// Assigned to users.
    User,
    /// Assigned to machine-to-machine apps.
    M2m,
}

impl RoleType {
    /// Logto's name (`User`, `MachineToMachine`), as its Management API and exports use it.
    pub fn logto_name(self) -> &'static str {
        match self {
            RoleType::User => "User",
            RoleType::M2m => "MachineToMachine",
        }
    }

    /// The type Logto's name stands for.
    pub fn from_logto(name: &str) -> Option<RoleType> {
        match name {
            "User" => Some(RoleType::User),
            "MachineToMachine" => Some(RoleType::M2m),
            _ => None,
        }
    }

    /// The stored and printed name.
    pub fn as_str(self) -> &'static str {
        match self {
            RoleType::User => "user",
            RoleType::M2m => "m2m",
        }
    }

    /// Parses the stored name.
    pub fn parse(text: &str) -> Option<RoleType> {
        match text {
            "user" => Some(RoleType::User),
            "m2m" => Some(RoleType::M2m),
            _ => None,
        }
    }
}

/// A role: a named set of resource permissions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Role {
    /// Random id.
    pub id: String,
    /// Unique name.
    pub name: String,
    /// Users or machine-to-machine apps.
    #[serde(rename = "type")]
    pub role_type: RoleType,
    /// What it is for.
    pub description: Option<String>,
    /// Its permissions as `<indicator>:<scope>`, sorted.
    pub permissions: Vec<String>,
    /// When it was made.
    pub created_at: Timestamp,
}

/// A permission written as `<resource>:<scope>`: the resource is named by its indicator (which
/// has colons of its own) or its name, so it is found by the longest known prefix.
pub fn permission_text(indicator: &str, scope: &str) -> String {
    format!("{indicator}:{scope}")
}
