//! `doorman pull`: a Logto tenant (or another doorman) read through its Management API into a
//! [`LogtoDocument`]: users with their password digests (`includePasswordHash=true`, Logto
//! 1.38), API resources with their scopes, user roles with their permissions and users,
//! organization scopes and roles, and organizations with their members' roles. The Management
//! API itself and machine-to-machine roles stay behind (apps do not move). The document is then
//! seeded as a fixture, so a second pull changes nothing.

use serde_json::Value;

use crate::error::{Error, Result};
use crate::ops::admin::fixtures::Progress;
use crate::ops::admin::logto::client::{MANAGEMENT_API, ManagementClient};
use crate::ops::admin::logto::document::{
    LogtoDocument, LogtoMember, LogtoOrganization, LogtoOrganizationRole, LogtoPermission,
    LogtoResource, LogtoRole, LogtoScope, LogtoUser,
};

fn text(value: &Value, key: &str) -> Option<String> {
    value[key].as_str().map(str::to_string)
}

fn names(items: &Value) -> Vec<String> {
    items
        .as_array()
        .map(|items| items.iter().filter_map(|i| text(i, "name")).collect())
        .unwrap_or_default()
}

/// An item of a list read as `T`, or an error naming where.
fn parse<T: serde::de::DeserializeOwned>(value: Value, what: &str) -> Result<T> {
    serde_json::from_value(value)
        .map_err(|e| Error::Runtime(format!("the Management API's {what} are not Logto's: {e}")))
}

/// Reads everything `pull` takes from the Management API behind `client`.
pub fn pull(client: &ManagementClient, progress: &dyn Progress) -> Result<LogtoDocument> {
    let mut document = LogtoDocument::default();
    for resource in client.list("/api/resources?includeScopes=true")? {
        let indicator = text(&resource, "indicator").unwrap_or_default();
        if indicator == MANAGEMENT_API {
            continue;
        }
        document.resources.push(LogtoResource {
            name: text(&resource, "name").unwrap_or_default(),
            indicator,
            access_token_ttl: resource["accessTokenTtl"].as_i64(),
            scopes: parse(resource["scopes"].clone(), "resource scopes")?,
        });
    }
    for role in client.list("/api/roles?type=User")? {
        let id = text(&role, "id").unwrap_or_default();
        let scopes = client
            .list(&format!("/api/roles/{id}/scopes"))?
            .iter()
            .filter_map(|s| {
                Some(LogtoPermission {
                    resource: s["resource"]["indicator"].as_str()?.to_string(),
                    name: text(s, "name")?,
                })
            })
            .collect();
        let user_ids = client
            .list(&format!("/api/roles/{id}/users"))?
            .iter()
            .filter_map(|u| text(u, "id"))
            .collect();
        document.roles.push(LogtoRole {
            name: text(&role, "name").unwrap_or_default(),
            description: text(&role, "description").unwrap_or_default(),
            role_type: "User".into(),
            scopes,
            user_ids,
        });
    }
    for user in client.list("/api/users?includePasswordHash=true")? {
        progress.advance(1);
        let mut user: LogtoUser = parse(strip_user(user), "users")?;
        user.profile = user.profile.filter(|p| !p.is_empty());
        user.custom_data = user.custom_data.filter(|c| !c.is_empty());
        document.users.push(user);
    }
    for scope in client.list("/api/organization-scopes")? {
        document.organization_scopes.push(LogtoScope {
            name: text(&scope, "name").unwrap_or_default(),
            description: text(&scope, "description"),
        });
    }
    for role in client.list("/api/organization-roles")? {
        document.organization_roles.push(LogtoOrganizationRole {
            name: text(&role, "name").unwrap_or_default(),
            description: text(&role, "description"),
            role_type: text(&role, "type").unwrap_or_else(|| "User".into()),
            scopes: names(&role["scopes"]),
        });
    }
    for org in client.list("/api/organizations")? {
        let id = text(&org, "id").unwrap_or_default();
        let members = client
            .list(&format!("/api/organizations/{id}/users"))?
            .iter()
            .filter_map(|m| {
                Some(LogtoMember {
                    user_id: text(m, "id")?,
                    organization_roles: names(&m["organizationRoles"]),
                })
            })
            .collect();
        document.organizations.push(LogtoOrganization {
            id: Some(id),
            name: text(&org, "name").unwrap_or_default(),
            description: text(&org, "description"),
            custom_data: org["customData"].as_object().cloned().unwrap_or_default(),
            is_mfa_required: org["isMfaRequired"].as_bool().unwrap_or(false),
            members,
        });
    }
    Ok(document)
}

/// A listed user with only the fields a [`LogtoUser`] reads (Logto's list has many more).
fn strip_user(user: Value) -> Value {
    const KEPT: [&str; 11] = [
        "id",
        "username",
        "primaryEmail",
        "primaryPhone",
        "name",
        "avatar",
        "customData",
        "profile",
        "passwordDigest",
        "passwordAlgorithm",
        "isSuspended",
    ];
    let Value::Object(mut fields) = user else {
        return Value::Null;
    };
    fields.retain(|k, v| KEPT.contains(&k.as_str()) && !v.is_null());
    Value::Object(fields)
}
