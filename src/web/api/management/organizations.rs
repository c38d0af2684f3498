//! The Management API's organizations at Logto's paths and in Logto's shapes: the
//! organizations themselves (list with `q` and pages, create, show, update, delete), their user
//! members (list with their organization roles, add, replace, remove) and each member's roles
//! (list, add, replace, remove; by id, as Logto names them), and a user's organizations. The
//! machine-to-machine app members are in [`organization_apps`].

use serde::Deserialize;
use serde_json::{Map, Value, json};

use crate::model::organization::{Member, OrgRole, Organization};
use crate::model::principal::Principal;
use crate::ops::Doorman;
use crate::web::api::body;
use crate::web::api::error::{ApiAnswer, ApiError};
use crate::web::api::management::admin::{
    TENANT_ID, admin, domain, millis, no_route, not_allowed, search_term, split_id,
};
use crate::web::api::management::organization_apps;
use crate::web::api::management::organization_roles::role_names;
use crate::web::api::management::user_shape::user_body;
use crate::web::api::pagination::{Page, respond_list};
use crate::web::common::http::{Request, Response};

/// An organization as Logto shows one.
pub fn organization_body(org: &Organization) -> Value {
    json!({
        "tenantId": TENANT_ID,
        "id": org.id,
        "name": org.name,
        "description": org.description,
        "customData": org.custom_data,
        "isMfaRequired": org.mfa_required,
        "branding": {},
        "createdAt": millis(org.created_at),
    })
}

/// A role as Logto's short form names it.
fn role_ref(role: &OrgRole) -> Value {
    json!({ "id": role.id, "name": role.name })
}

/// `/api/organizations...`; `rest` is the path after `/api/organizations`.
pub fn route(doorman: &mut Doorman, request: &Request, rest: &str) -> ApiAnswer {
    let caller = admin(doorman, request)?;
    let actor = caller.actor();
    let method = request.method.as_str();
    let Some(rest) = rest.strip_prefix('/').filter(|r| !r.is_empty()) else {
        return match method {
            "GET" => list(doorman, request),
            "POST" => create(doorman, request, actor),
            _ => Err(not_allowed(request, "GET, POST")),
        };
    };
    let (id, sub) = split_id(rest).ok_or_else(|| no_route(request))?;
    let org = doorman.show_org(id).map_err(domain)?.organization;
    let segments: Vec<&str> = sub.split('/').filter(|s| !s.is_empty()).collect();
    match (method, segments.as_slice()) {
        ("GET", []) => Ok(Response::json(200, &organization_body(&org))),
        ("PATCH", []) => update(doorman, request, actor, &org),
        ("DELETE", []) => {
            doorman
                .acting_as(actor, |d| d.delete_org(&org.id))
                .map_err(domain)?;
            Ok(Response::empty(204))
        }
        (_, []) => Err(not_allowed(request, "GET, PATCH, DELETE")),
        ("GET", ["users"]) => members(doorman, request, &org),
        ("POST" | "PUT", ["users"]) => add_users(doorman, request, actor, &org),
        (_, ["users"]) => Err(not_allowed(request, "GET, POST, PUT")),
        ("POST", ["users", "roles"]) => {
            let body: BulkRoles = body::json(request)?;
            let names = role_names(doorman, &body.organization_role_ids, &[])?;
            for user in &body.user_ids {
                grant(doorman, &actor, &org, user, &names)?;
            }
            Ok(Response::empty(201))
        }
        ("DELETE", ["users", user]) => {
            doorman
                .acting_as(actor, |d| d.remove_member(&org.id, user))
                .map_err(domain)?;
            Ok(Response::empty(204))
        }
        ("GET", ["users", user, "roles"]) => {
            let member = member(doorman, &org, user)?;
            let roles = doorman.list_roles()?;
            let held: Vec<Value> = roles
                .iter()
                .filter(|r| member.roles.contains(&r.name))
                .map(role_ref)
                .collect();
            respond_list(request, &held)
        }
        ("POST" | "PUT", ["users", user, "roles"]) => {
            let body: MemberRoles = body::json(request)?;
            let names = role_names(
                doorman,
                &body.organization_role_ids,
                &body.organization_role_names,
            )?;
            if method == "PUT" {
                for held in member(doorman, &org, user)?.roles {
                    if !names.contains(&held) {
                        doorman
                            .acting_as(actor.clone(), |d| d.revoke_role(&org.id, user, &held))
                            .map_err(domain)?;
                    }
                }
            }
            grant(doorman, &actor, &org, user, &names)?;
            Ok(Response::empty(if method == "PUT" { 204 } else { 201 }))
        }
        ("DELETE", ["users", user, "roles", role]) => {
            let name = role_names(doorman, &[role.to_string()], &[])?.remove(0);
            doorman
                .acting_as(actor, |d| d.revoke_role(&org.id, user, &name))
                .map_err(domain)?;
            Ok(Response::empty(204))
        }
        (_, ["applications", rest @ ..]) => {
            organization_apps::route(doorman, request, actor, &org, rest)
        }
        _ => Err(no_route(request)),
    }
}

/// `GET /api/organizations[?q=&page=&page_size=]`.
fn list(doorman: &Doorman, request: &Request) -> ApiAnswer {
    let q = search_term(request, "q");
    let bodies: Vec<Value> = doorman
        .list_orgs()?
        .iter()
        .filter(|o| {
            q.as_ref().is_none_or(|q| {
                o.name.to_lowercase().contains(q.as_str())
                    || o.id.to_lowercase().contains(q.as_str())
            })
        })
        .map(organization_body)
        .collect();
    respond_list(request, &bodies)
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct NewOrganization {
    name: String,
    description: Option<String>,
    custom_data: Option<Map<String, Value>>,
    is_mfa_required: Option<bool>,
    #[allow(dead_code)]
    branding: Option<Value>,
}

/// `POST /api/organizations` (201).
fn create(doorman: &mut Doorman, request: &Request, actor: String) -> ApiAnswer {
    let new: NewOrganization = body::json(request)?;
    let org = doorman
        .acting_as(actor, |d| {
            let org = d.create_org(&new.name, new.description.as_deref())?;
            if new.is_mfa_required.is_some() {
                d.update_org(&org.id, None, None, new.is_mfa_required)?;
            }
            match new.custom_data {
                Some(data) => d.set_org_custom_data(&org.id, data),
                None => d.show_org(&org.id).map(|o| o.organization),
            }
        })
        .map_err(domain)?;
    Ok(Response::json(201, &organization_body(&org)))
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct OrganizationChanges {
    name: Option<String>,
    description: Option<String>,
    custom_data: Option<Map<String, Value>>,
    is_mfa_required: Option<bool>,
    #[allow(dead_code)]
    branding: Option<Value>,
}

/// `PATCH /api/organizations/{id}`.
fn update(
    doorman: &mut Doorman,
    request: &Request,
    actor: String,
    org: &Organization,
) -> ApiAnswer {
    let changes: OrganizationChanges = body::json(request)?;
    let org = doorman
        .acting_as(actor, |d| {
            d.update_org(
                &org.id,
                changes.name.as_deref(),
                changes.description.as_deref(),
                changes.is_mfa_required,
            )?;
            match changes.custom_data {
                Some(data) => d.set_org_custom_data(&org.id, data),
                None => d.show_org(&org.id).map(|o| o.organization),
            }
        })
        .map_err(domain)?;
    Ok(Response::json(200, &organization_body(&org)))
}

/// `GET /api/organizations/{id}/users[?q=&page=&page_size=]`: user members with their
/// organization roles.
fn members(doorman: &Doorman, request: &Request, org: &Organization) -> ApiAnswer {
    let roles = doorman.list_roles()?;
    let q = search_term(request, "q");
    let mut bodies = Vec::new();
    for member in doorman.list_members(&org.id, None, 0)? {
        if member.kind != Principal::User {
            continue;
        }
        let user = doorman.find_user(&member.id)?;
        let matches = q.as_ref().is_none_or(|q| {
            [&user.email, &user.username, &user.name, &user.phone]
                .iter()
                .any(|v| {
                    v.as_deref()
                        .is_some_and(|v| v.to_lowercase().contains(q.as_str()))
                })
        });
        if !matches {
            continue;
        }
        let mut body = user_body(doorman, &user)?;
        let held: Vec<Value> = roles
            .iter()
            .filter(|r| member.roles.contains(&r.name))
            .map(role_ref)
            .collect();
        body["organizationRoles"] = Value::Array(held);
        bodies.push(body);
    }
    match Page::optional(request)? {
        Some(page) => Ok(page.respond(request, page.slice(&bodies), bodies.len() as u64)),
        None => Ok(Response::no_store_json(200, &bodies)),
    }
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct UserIds {
    user_ids: Vec<String>,
}

/// `POST /api/organizations/{id}/users` (201) adds users; `PUT` (204) makes them the user
/// members, removing the others.
fn add_users(
    doorman: &mut Doorman,
    request: &Request,
    actor: String,
    org: &Organization,
) -> ApiAnswer {
    let UserIds { user_ids } = body::json(request)?;
    for id in &user_ids {
        doorman.find_user(id).map_err(|e| match e {
            crate::Error::NotFound(m) => ApiError::new(422, "organization.user_not_found", m),
            other => other.into(),
        })?;
    }
    if request.method == "PUT" {
        for member in doorman.list_members(&org.id, None, 0)? {
            if member.kind == Principal::User && !user_ids.contains(&member.id) {
                doorman
                    .acting_as(actor.clone(), |d| d.remove_member(&org.id, &member.id))
                    .map_err(domain)?;
            }
        }
    }
    doorman
        .acting_as(actor, |d| d.add_members(&org.id, &user_ids, &[]))
        .map_err(domain)?;
    Ok(Response::empty(if request.method == "PUT" {
        204
    } else {
        201
    }))
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct MemberRoles {
    #[serde(default)]
    organization_role_ids: Vec<String>,
    #[serde(default)]
    organization_role_names: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct BulkRoles {
    user_ids: Vec<String>,
    organization_role_ids: Vec<String>,
}

/// The member `user` of `org`, or Logto's 422 when they are not one.
fn member(doorman: &Doorman, org: &Organization, user: &str) -> Result<Member, ApiError> {
    doorman
        .list_members(&org.id, None, 0)?
        .into_iter()
        .find(|m| m.kind == Principal::User && m.id == user)
        .ok_or_else(|| {
            ApiError::new(
                422,
                "organization.require_membership",
                format!(
                    "user '{user}' is not a member of organization '{}'",
                    org.name
                ),
            )
        })
}

/// Grants `names` to the member `user`.
fn grant(
    doorman: &mut Doorman,
    actor: &str,
    org: &Organization,
    user: &str,
    names: &[String],
) -> Result<(), ApiError> {
    let current = member(doorman, org, user)?;
    for name in names.iter().filter(|n| !current.roles.contains(n)) {
        doorman
            .acting_as(actor.to_string(), |d| d.grant_role(&org.id, user, name))
            .map_err(domain)?;
    }
    Ok(())
}

/// `GET /api/users/{id}/organizations`: the user's organizations, each with the user's roles.
pub fn of_user(doorman: &Doorman, request: &Request, user_id: &str) -> ApiAnswer {
    let roles = doorman.list_roles()?;
    let detail = doorman.user_detail(user_id).map_err(domain)?;
    let mut bodies = Vec::new();
    for membership in detail.organizations {
        let org = doorman.show_org(&membership.id)?.organization;
        let mut body = organization_body(&org);
        body["organizationRoles"] = Value::Array(
            roles
                .iter()
                .filter(|r| membership.roles.contains(&r.name))
                .map(role_ref)
                .collect(),
        );
        bodies.push(body);
    }
    respond_list(request, &bodies)
}
