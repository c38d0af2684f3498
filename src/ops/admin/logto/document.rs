//! The way up to Logto and back, as data: a document in the shapes Logto's Management API takes
//! and gives (camelCase users with `passwordDigest` and `passwordAlgorithm`, organizations with
//! their members' organization roles, organization scopes and roles, API resources with their
//! scopes, and roles with their permissions and users), and its conversions from and to a
//! doorman fixture. `export --format logto` writes one; `push` replays one through a
//! Management API; `pull` reads one from there and seeds it as a fixture.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::credentials::password::logto_algorithm;
use crate::error::{Error, Result};
use crate::model::resource::{ResourceScope, RoleType};
use crate::model::standard_claims;
use crate::ops::admin::fixtures::{
    AccessRoleRecord, Fixture, MemberRecord, OrganizationRecord, ResourceRecord, RoleRecord,
    ScopeRecord, UserRecord,
};

/// Everything `push` and `pull` carry.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct LogtoDocument {
    /// API resources with their scopes.
    pub resources: Vec<LogtoResource>,
    /// Roles with their permissions and users.
    pub roles: Vec<LogtoRole>,
    /// Users.
    pub users: Vec<LogtoUser>,
    /// Organization scopes.
    pub organization_scopes: Vec<LogtoScope>,
    /// Organization roles with their scopes' names.
    pub organization_roles: Vec<LogtoOrganizationRole>,
    /// Organizations with their user members.
    pub organizations: Vec<LogtoOrganization>,
}

/// A user as Logto's Management API creates and (with `includePasswordHash`) lists one.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LogtoUser {
    /// The id at the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Username.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_email: Option<String>,
    /// Phone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_phone: Option<String>,
    /// Display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Picture URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// The application's data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_data: Option<Map<String, Value>>,
    /// The OIDC standard claims under Logto's names (`givenName`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<Map<String, Value>>,
    /// The password's stored hash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_digest: Option<String>,
    /// `Argon2id`, `Argon2i`, `Argon2d` or `Bcrypt`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_algorithm: Option<String>,
    /// Suspended.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub is_suspended: bool,
}

/// An API resource.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LogtoResource {
    /// Display name.
    pub name: String,
    /// The indicator (the key).
    pub indicator: String,
    /// Access-token lifetime in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token_ttl: Option<i64>,
    /// Its permissions.
    #[serde(default)]
    pub scopes: Vec<LogtoScope>,
}

/// A scope (of a resource, or of organizations).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LogtoScope {
    /// Name (the key).
    pub name: String,
    /// What it allows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// A role's permission: a scope of a resource.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LogtoPermission {
    /// The resource's indicator.
    pub resource: String,
    /// The scope's name.
    pub name: String,
}

/// A role (Logto's RBAC).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LogtoRole {
    /// Name (the key).
    pub name: String,
    /// What it is for.
    #[serde(default)]
    pub description: String,
    /// `User` or `MachineToMachine`.
    #[serde(rename = "type")]
    pub role_type: String,
    /// Its permissions.
    #[serde(default)]
    pub scopes: Vec<LogtoPermission>,
    /// The users that hold it, by their id in this document.
    #[serde(default)]
    pub user_ids: Vec<String>,
}

/// An organization role.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LogtoOrganizationRole {
    /// Name (the key).
    pub name: String,
    /// What it is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `User` or `MachineToMachine`.
    #[serde(rename = "type")]
    pub role_type: String,
    /// Its organization scopes' names.
    #[serde(default)]
    pub scopes: Vec<String>,
}

/// An organization with its user members.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LogtoOrganization {
    /// The id at the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name (the key).
    pub name: String,
    /// Free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The application's data.
    #[serde(default)]
    pub custom_data: Map<String, Value>,
    /// Whether members need a second factor.
    #[serde(default)]
    pub is_mfa_required: bool,
    /// User members.
    #[serde(default)]
    pub members: Vec<LogtoMember>,
}

/// A user member of an organization.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LogtoMember {
    /// The user's id in this document.
    pub user_id: String,
    /// Organization role names.
    #[serde(default)]
    pub organization_roles: Vec<String>,
}

/// A user's password hash as Logto's digest and algorithm.
fn digest_of(hash: Option<String>) -> (Option<String>, Option<String>) {
    match hash {
        Some(hash) => match logto_algorithm(&hash) {
            Some(algorithm) => (Some(hash), Some(algorithm.to_string())),
            None => (None, None),
        },
        None => (None, None),
    }
}

/// A permission as fixtures write it: `<indicator>:<scope>`, split at the last colon.
fn permission(text: &str) -> Option<LogtoPermission> {
    let (resource, name) = text.rsplit_once(':')?;
    Some(LogtoPermission {
        resource: resource.to_string(),
        name: name.to_string(),
    })
}

impl LogtoDocument {
    /// The document for a database exported as a fixture (with its password hashes when the
    /// fixture has them). Machine-to-machine apps' memberships and roles stay behind: Logto
    /// makes its own apps.
    pub fn from_fixture(fixture: &Fixture) -> LogtoDocument {
        let users = fixture
            .users
            .iter()
            .map(|u| {
                let (password_digest, password_algorithm) = digest_of(u.password_hash.clone());
                LogtoUser {
                    id: u.id.clone(),
                    username: u.username.clone(),
                    primary_email: u.email.clone(),
                    primary_phone: u.phone.clone(),
                    name: u.name.clone(),
                    avatar: u.avatar_url.clone(),
                    custom_data: u.custom_data.clone().filter(|c| !c.is_empty()),
                    profile: u.profile.as_ref().map(standard_claims::to_logto),
                    password_digest,
                    password_algorithm,
                    is_suspended: u.suspended == Some(true),
                }
            })
            .collect();
        let roles = fixture
            .roles
            .iter()
            .map(|r| LogtoRole {
                name: r.name.clone(),
                description: r.description.clone().unwrap_or_default(),
                role_type: r.role_type.logto_name().to_string(),
                scopes: r
                    .permissions
                    .iter()
                    .flatten()
                    .filter_map(|p| permission(p))
                    .collect(),
                user_ids: fixture
                    .users
                    .iter()
                    .filter(|u| u.roles.iter().flatten().any(|name| *name == r.name))
                    .filter_map(|u| u.id.clone())
                    .collect(),
            })
            .collect();
        LogtoDocument {
            resources: fixture
                .resources
                .iter()
                .map(|r| LogtoResource {
                    name: r.name.clone(),
                    indicator: r.indicator.clone(),
                    access_token_ttl: r.access_token_ttl,
                    scopes: r
                        .scopes
                        .iter()
                        .map(|s| LogtoScope {
                            name: s.name.clone(),
                            description: s.description.clone(),
                        })
                        .collect(),
                })
                .collect(),
            roles,
            users,
            organization_scopes: fixture
                .organization_scopes
                .iter()
                .map(|s| LogtoScope {
                    name: s.name.clone(),
                    description: s.description.clone(),
                })
                .collect(),
            organization_roles: fixture
                .organization_roles
                .iter()
                .map(|r| LogtoOrganizationRole {
                    name: r.name.clone(),
                    description: r.description.clone(),
                    role_type: r
                        .role_type
                        .unwrap_or(RoleType::User)
                        .logto_name()
                        .to_string(),
                    scopes: r.scopes.clone().unwrap_or_default(),
                })
                .collect(),
            organizations: fixture
                .organizations
                .iter()
                .map(|o| LogtoOrganization {
                    id: o.id.clone(),
                    name: o.name.clone(),
                    description: o.description.clone(),
                    custom_data: o.custom_data.clone().unwrap_or_default(),
                    is_mfa_required: o.mfa_required == Some(true),
                    members: o
                        .members
                        .iter()
                        .filter_map(|m| {
                            Some(LogtoMember {
                                user_id: m.user.clone()?,
                                organization_roles: m.roles.clone(),
                            })
                        })
                        .collect(),
                })
                .collect(),
        }
    }

    /// The fixture that seeds this document: users keep their ids and password hashes (only
    /// the algorithms doorman verifies; another is refused naming the user), organizations
    /// their ids, roles their permissions and users.
    pub fn to_fixture(&self) -> Result<Fixture> {
        let mut users = Vec::with_capacity(self.users.len());
        for (i, u) in self.users.iter().enumerate() {
            let password_hash = match (&u.password_digest, &u.password_algorithm) {
                (Some(digest), algorithm) => {
                    let known = logto_algorithm(digest);
                    if known.is_none() || algorithm.as_deref().is_some_and(|a| Some(a) != known) {
                        return Err(Error::invalid(format!(
                            "users[{i}] ({}): a {} password digest cannot be verified here \
                             (Argon2i, Argon2id, Argon2d and Bcrypt can)",
                            u.id.as_deref().unwrap_or("no id"),
                            algorithm.as_deref().unwrap_or("unknown")
                        )));
                    }
                    Some(digest.clone())
                }
                (None, _) => None,
            };
            let profile = match &u.profile {
                Some(p) if !p.is_empty() => Some(
                    standard_claims::from_logto(p)
                        .map_err(|e| e.context(format!("users[{i}].profile")))?,
                ),
                _ => None,
            };
            let roles: Vec<String> = self
                .roles
                .iter()
                .filter(|r| u.id.as_ref().is_some_and(|id| r.user_ids.contains(id)))
                .map(|r| r.name.clone())
                .collect();
            users.push(UserRecord {
                id: u.id.clone(),
                username: u.username.clone(),
                email: u.primary_email.clone(),
                email_verified: u.primary_email.as_ref().map(|_| true),
                phone: u.primary_phone.clone(),
                phone_verified: u.primary_phone.as_ref().map(|_| true),
                name: u.name.clone(),
                avatar_url: u.avatar.clone(),
                custom_data: u.custom_data.clone(),
                suspended: Some(u.is_suspended),
                password_hash,
                profile,
                roles: Some(roles),
                ..UserRecord::default()
            });
        }
        let role_type = |name: &str, at: &str| {
            RoleType::from_logto(name).ok_or_else(|| {
                Error::invalid(format!(
                    "{at}: type '{name}' is not User or MachineToMachine"
                ))
            })
        };
        let mut roles = Vec::new();
        for (i, r) in self.roles.iter().enumerate() {
            roles.push(AccessRoleRecord {
                id: None,
                name: r.name.clone(),
                role_type: role_type(&r.role_type, &format!("roles[{i}]"))?,
                description: Some(r.description.clone()).filter(|d| !d.is_empty()),
                permissions: Some(
                    r.scopes
                        .iter()
                        .map(|p| format!("{}:{}", p.resource, p.name))
                        .collect(),
                ),
                created_at: None,
            });
        }
        let mut organization_roles = Vec::new();
        for (i, r) in self.organization_roles.iter().enumerate() {
            organization_roles.push(RoleRecord {
                name: r.name.clone(),
                role_type: Some(role_type(&r.role_type, &format!("organizationRoles[{i}]"))?),
                description: r.description.clone(),
                scopes: Some(r.scopes.clone()),
                ..RoleRecord::default()
            });
        }
        Ok(Fixture {
            resources: self
                .resources
                .iter()
                .map(|r| ResourceRecord {
                    id: None,
                    indicator: r.indicator.clone(),
                    name: r.name.clone(),
                    access_token_ttl: r.access_token_ttl,
                    scopes: r
                        .scopes
                        .iter()
                        .map(|s| ResourceScope {
                            name: s.name.clone(),
                            description: s.description.clone(),
                        })
                        .collect(),
                    created_at: None,
                    updated_at: None,
                })
                .collect(),
            roles,
            users,
            organization_scopes: self
                .organization_scopes
                .iter()
                .map(|s| ScopeRecord {
                    name: s.name.clone(),
                    description: s.description.clone(),
                    ..ScopeRecord::default()
                })
                .collect(),
            organization_roles,
            organizations: self
                .organizations
                .iter()
                .map(|o| OrganizationRecord {
                    id: o.id.clone(),
                    name: o.name.clone(),
                    description: o.description.clone(),
                    custom_data: Some(o.custom_data.clone()),
                    mfa_required: Some(o.is_mfa_required),
                    members: o
                        .members
                        .iter()
                        .map(|m| MemberRecord {
                            user: Some(m.user_id.clone()),
                            roles: m.organization_roles.clone(),
                            ..MemberRecord::default()
                        })
                        .collect(),
                    ..OrganizationRecord::default()
                })
                .collect(),
            ..Fixture::default()
        })
    }
}
