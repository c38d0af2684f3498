//! `doorman push`: a [`LogtoDocument`] replayed through a Logto-compatible Management API, in
//! dependency order (resources and their scopes, roles, organization scopes and roles, users,
//! role holders, organizations and their members). What the target has already (a resource by
//! indicator, a role or an organization by name, a user by email, username or phone, a member,
//! a role held) is skipped, so a second push changes nothing. A record the target refuses is
//! counted and named, and the push goes on.

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use serde_json::{Value, json};

use crate::error::Result;
use crate::ops::admin::fixtures::Progress;
use crate::ops::admin::logto::client::{Answer, MANAGEMENT_API, ManagementClient};
use crate::ops::admin::logto::document::{LogtoDocument, LogtoUser};

/// How many users one call adds to an organization or gives roles.
const BATCH: usize = 100;

/// What a push or a pull did, counted by record (a resource, a scope, a user, a membership, a
/// role held...).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SyncReport {
    /// Made at the target.
    pub created: u64,
    /// Existing, and changed.
    pub updated: u64,
    /// Existing as they are.
    pub skipped: u64,
    /// Refused by the target.
    pub refused: u64,
    /// Why each refused record was refused.
    #[serde(skip)]
    pub refusals: Vec<String>,
}

impl SyncReport {
    fn refuse(&mut self, what: &str, answer: &Answer) {
        self.refused += 1;
        let message = answer.body["message"].as_str().unwrap_or_default();
        self.refusals.push(format!(
            "{what}: {} {} {message}",
            answer.status,
            answer.code()
        ));
    }
}

/// The id in a created record's answer.
fn id_of(answer: &Answer) -> Option<String> {
    answer.body["id"].as_str().map(str::to_string)
}

/// Maps each item's `key` field to its `id`.
fn ids_by(items: &[Value], key: &str) -> HashMap<String, String> {
    items
        .iter()
        .filter_map(|i| Some((i[key].as_str()?.to_string(), i["id"].as_str()?.to_string())))
        .collect()
}

/// The body `POST /api/users` takes for a user.
fn new_user(user: &LogtoUser) -> Value {
    let mut body = json!({});
    let mut put = |key: &str, value: Option<Value>| {
        if let Some(value) = value {
            body[key] = value;
        }
    };
    put("username", user.username.clone().map(Value::from));
    put("primaryEmail", user.primary_email.clone().map(Value::from));
    put("primaryPhone", user.primary_phone.clone().map(Value::from));
    put("name", user.name.clone().map(Value::from));
    put("avatar", user.avatar.clone().map(Value::from));
    put("customData", user.custom_data.clone().map(Value::Object));
    put("profile", user.profile.clone().map(Value::Object));
    put(
        "passwordDigest",
        user.password_digest.clone().map(Value::from),
    );
    put(
        "passwordAlgorithm",
        user.password_algorithm.clone().map(Value::from),
    );
    body
}

/// How many records a push walks through, for the progress bar.
pub fn records_in(document: &LogtoDocument) -> u64 {
    let count = document.resources.len()
        + document.roles.len()
        + document.organization_scopes.len()
        + document.organization_roles.len()
        + document.users.len()
        + document.organizations.len();
    count as u64
}

/// Replays `document` into the Management API behind `client`.
pub fn push(
    client: &ManagementClient,
    document: &LogtoDocument,
    progress: &dyn Progress,
) -> Result<SyncReport> {
    let mut report = SyncReport::default();
    let scope_ids = push_resources(client, document, &mut report, progress)?;
    let role_ids = push_roles(client, document, &scope_ids, &mut report, progress)?;
    let org_role_ids = push_organization_roles(client, document, &mut report, progress)?;
    let user_ids = push_users(client, document, &mut report, progress)?;
    push_role_holders(client, document, &role_ids, &user_ids, &mut report)?;
    push_organizations(
        client,
        document,
        &org_role_ids,
        &user_ids,
        &mut report,
        progress,
    )?;
    Ok(report)
}

/// Resources by indicator and their scopes by name; the ids of every scope, by
/// `indicator` and name.
fn push_resources(
    client: &ManagementClient,
    document: &LogtoDocument,
    report: &mut SyncReport,
    progress: &dyn Progress,
) -> Result<HashMap<(String, String), String>> {
    let existing = client.list("/api/resources")?;
    let by_indicator = ids_by(&existing, "indicator");
    let mut scope_ids = HashMap::new();
    for resource in &document.resources {
        progress.advance(1);
        if resource.indicator == MANAGEMENT_API {
            continue;
        }
        let id = match by_indicator.get(&resource.indicator) {
            Some(id) => {
                report.skipped += 1;
                id.clone()
            }
            None => {
                let mut body = json!({ "name": resource.name, "indicator": resource.indicator });
                if let Some(ttl) = resource.access_token_ttl {
                    body["accessTokenTtl"] = json!(ttl);
                }
                let made = client.call("POST", "/api/resources", Some(&body))?;
                match id_of(&made).filter(|_| made.ok()) {
                    Some(id) => {
                        report.created += 1;
                        id
                    }
                    None => {
                        report.refuse(&format!("resource {}", resource.indicator), &made);
                        continue;
                    }
                }
            }
        };
        let path = format!("/api/resources/{id}/scopes");
        let mut held = ids_by(&client.list(&path)?, "name");
        for scope in &resource.scopes {
            if held.contains_key(&scope.name) {
                report.skipped += 1;
                continue;
            }
            let body = json!({ "name": scope.name, "description": scope.description });
            let made = client.call("POST", &path, Some(&body))?;
            match id_of(&made).filter(|_| made.ok()) {
                Some(scope_id) => {
                    report.created += 1;
                    held.insert(scope.name.clone(), scope_id);
                }
                None => report.refuse(
                    &format!("scope {} of {}", scope.name, resource.indicator),
                    &made,
                ),
            }
        }
        for (name, scope_id) in held {
            scope_ids.insert((resource.indicator.clone(), name), scope_id);
        }
    }
    Ok(scope_ids)
}

/// User roles by name, made with their permissions; their ids by name.
fn push_roles(
    client: &ManagementClient,
    document: &LogtoDocument,
    scope_ids: &HashMap<(String, String), String>,
    report: &mut SyncReport,
    progress: &dyn Progress,
) -> Result<HashMap<String, String>> {
    let mut ids = ids_by(&client.list("/api/roles")?, "name");
    for role in &document.roles {
        progress.advance(1);
        if role.role_type != "User" {
            continue;
        }
        if ids.contains_key(&role.name) {
            report.skipped += 1;
            continue;
        }
        let scopes: Vec<&String> = role
            .scopes
            .iter()
            .filter_map(|p| scope_ids.get(&(p.resource.clone(), p.name.clone())))
            .collect();
        let body = json!({
            "name": role.name,
            "description": if role.description.is_empty() { &role.name } else { &role.description },
            "type": role.role_type,
            "scopeIds": scopes,
        });
        let made = client.call("POST", "/api/roles", Some(&body))?;
        match id_of(&made).filter(|_| made.ok()) {
            Some(id) => {
                report.created += 1;
                ids.insert(role.name.clone(), id);
            }
            None => report.refuse(&format!("role {}", role.name), &made),
        }
    }
    Ok(ids)
}

/// Organization scopes, then organization roles with them; the roles' ids by name.
fn push_organization_roles(
    client: &ManagementClient,
    document: &LogtoDocument,
    report: &mut SyncReport,
    progress: &dyn Progress,
) -> Result<HashMap<String, String>> {
    let mut scope_ids = ids_by(&client.list("/api/organization-scopes")?, "name");
    for scope in &document.organization_scopes {
        progress.advance(1);
        if scope_ids.contains_key(&scope.name) {
            report.skipped += 1;
            continue;
        }
        let body = json!({ "name": scope.name, "description": scope.description });
        let made = client.call("POST", "/api/organization-scopes", Some(&body))?;
        match id_of(&made).filter(|_| made.ok()) {
            Some(id) => {
                report.created += 1;
                scope_ids.insert(scope.name.clone(), id);
            }
            None => report.refuse(&format!("organization scope {}", scope.name), &made),
        }
    }
    let mut role_ids = ids_by(&client.list("/api/organization-roles")?, "name");
    for role in &document.organization_roles {
        progress.advance(1);
        if role_ids.contains_key(&role.name) {
            report.skipped += 1;
            continue;
        }
        let scopes: Vec<&String> = role
            .scopes
            .iter()
            .filter_map(|s| scope_ids.get(s))
            .collect();
        let body = json!({
            "name": role.name,
            "description": role.description,
            "type": role.role_type,
            "organizationScopeIds": scopes,
        });
        let made = client.call("POST", "/api/organization-roles", Some(&body))?;
        match id_of(&made).filter(|_| made.ok()) {
            Some(id) => {
                report.created += 1;
                role_ids.insert(role.name.clone(), id);
            }
            None => report.refuse(&format!("organization role {}", role.name), &made),
        }
    }
    Ok(role_ids)
}

/// Users, matched at the target by email, username or phone; the target's id of each user, by
/// the document's id.
fn push_users(
    client: &ManagementClient,
    document: &LogtoDocument,
    report: &mut SyncReport,
    progress: &dyn Progress,
) -> Result<HashMap<String, String>> {
    let existing = client.list("/api/users")?;
    let mut known: HashMap<String, String> = HashMap::new();
    for user in &existing {
        let Some(id) = user["id"].as_str() else {
            continue;
        };
        for key in ["primaryEmail", "username", "primaryPhone"] {
            if let Some(value) = user[key].as_str() {
                known.insert(format!("{key}:{}", value.to_lowercase()), id.to_string());
            }
        }
    }
    let mut ids = HashMap::new();
    for user in &document.users {
        progress.advance(1);
        let keys = [
            ("primaryEmail", &user.primary_email),
            ("username", &user.username),
            ("primaryPhone", &user.primary_phone),
        ];
        let found = keys.iter().find_map(|(key, value)| {
            let value = value.as_ref()?;
            known.get(&format!("{key}:{}", value.to_lowercase()))
        });
        let target = match found {
            Some(id) => {
                report.skipped += 1;
                id.clone()
            }
            None => {
                let made = client.call("POST", "/api/users", Some(&new_user(user)))?;
                let Some(id) = id_of(&made).filter(|_| made.ok()) else {
                    let who = user
                        .primary_email
                        .as_ref()
                        .or(user.username.as_ref())
                        .or(user.id.as_ref());
                    report.refuse(&format!("user {}", who.map_or("?", |s| s)), &made);
                    continue;
                };
                report.created += 1;
                if user.is_suspended {
                    let path = format!("/api/users/{id}/is-suspended");
                    client.call("PATCH", &path, Some(&json!({ "isSuspended": true })))?;
                }
                id
            }
        };
        if let Some(source) = &user.id {
            ids.insert(source.clone(), target);
        }
    }
    Ok(ids)
}

/// The users who hold each role, added where the target does not have them yet.
fn push_role_holders(
    client: &ManagementClient,
    document: &LogtoDocument,
    role_ids: &HashMap<String, String>,
    user_ids: &HashMap<String, String>,
    report: &mut SyncReport,
) -> Result<()> {
    for role in &document.roles {
        let (Some(role_id), false) = (role_ids.get(&role.name), role.user_ids.is_empty()) else {
            continue;
        };
        let path = format!("/api/roles/{role_id}/users");
        let held: HashSet<String> = client
            .list(&path)?
            .iter()
            .filter_map(|u| u["id"].as_str().map(str::to_string))
            .collect();
        let missing: Vec<&String> = role
            .user_ids
            .iter()
            .filter_map(|id| user_ids.get(id))
            .filter(|id| !held.contains(*id))
            .collect();
        report.skipped += (role.user_ids.len() - missing.len()) as u64;
        if missing.is_empty() {
            continue;
        }
        let added = client.call("POST", &path, Some(&json!({ "userIds": missing })))?;
        if added.ok() {
            report.created += missing.len() as u64;
        } else {
            report.refuse(&format!("holders of role {}", role.name), &added);
        }
    }
    Ok(())
}

/// Organizations by name, their user members, and each member's organization roles.
fn push_organizations(
    client: &ManagementClient,
    document: &LogtoDocument,
    role_ids: &HashMap<String, String>,
    user_ids: &HashMap<String, String>,
    report: &mut SyncReport,
    progress: &dyn Progress,
) -> Result<()> {
    let existing = ids_by(&client.list("/api/organizations")?, "name");
    for org in &document.organizations {
        progress.advance(1);
        let id = match existing.get(&org.name) {
            Some(id) => {
                report.skipped += 1;
                id.clone()
            }
            None => {
                let body = json!({
                    "name": org.name,
                    "description": org.description,
                    "customData": org.custom_data,
                    "isMfaRequired": org.is_mfa_required,
                });
                let made = client.call("POST", "/api/organizations", Some(&body))?;
                match id_of(&made).filter(|_| made.ok()) {
                    Some(id) => {
                        report.created += 1;
                        id
                    }
                    None => {
                        report.refuse(&format!("organization {}", org.name), &made);
                        continue;
                    }
                }
            }
        };
        let path = format!("/api/organizations/{id}/users");
        let members: HashMap<String, HashSet<String>> = client
            .list(&path)?
            .iter()
            .filter_map(|m| {
                let roles = m["organizationRoles"]
                    .as_array()
                    .map(|roles| {
                        roles
                            .iter()
                            .filter_map(|r| r["id"].as_str().map(str::to_string))
                            .collect()
                    })
                    .unwrap_or_default();
                Some((m["id"].as_str()?.to_string(), roles))
            })
            .collect();
        let mut joining: Vec<&String> = Vec::new();
        let mut roles_wanted: HashMap<Vec<&String>, Vec<&String>> = HashMap::new();
        for member in &org.members {
            let Some(user) = user_ids.get(&member.user_id) else {
                continue;
            };
            let held = members.get(user);
            match held {
                None => joining.push(user),
                Some(_) => report.skipped += 1,
            }
            let mut wanted: Vec<&String> = member
                .organization_roles
                .iter()
                .filter_map(|name| role_ids.get(name))
                .filter(|role| held.is_none_or(|h| !h.contains(*role)))
                .collect();
            wanted.sort();
            if !wanted.is_empty() {
                roles_wanted.entry(wanted).or_default().push(user);
            }
        }
        for batch in joining.chunks(BATCH) {
            let added = client.call("POST", &path, Some(&json!({ "userIds": batch })))?;
            if added.ok() {
                report.created += batch.len() as u64;
            } else {
                report.refuse(&format!("members of {}", org.name), &added);
            }
        }
        for (roles, users) in &roles_wanted {
            for batch in users.chunks(BATCH) {
                let body = json!({ "userIds": batch, "organizationRoleIds": roles });
                let given = client.call("POST", &format!("{path}/roles"), Some(&body))?;
                if given.ok() {
                    report.updated += batch.len() as u64;
                } else {
                    report.refuse(&format!("members' roles in {}", org.name), &given);
                }
            }
        }
    }
    Ok(())
}
