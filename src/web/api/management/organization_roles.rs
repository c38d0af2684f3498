//! The Management API's organization roles and organization scopes, shared by every
//! organization, at Logto's paths and in Logto's shapes: list (`q` and pages), create, show,
//! delete, and a role's scopes. Logto names them by id; doorman's operations take names, so the
//! id is looked up first.

use serde::Deserialize;
use serde_json::{Value, json};

use crate::model::organization::{OrgRole, OrgScope};
use crate::ops::Doorman;
use crate::web::api::body;
use crate::web::api::error::{ApiAnswer, ApiError};
use crate::web::api::management::admin::{
    TENANT_ID, admin, domain, no_route, not_allowed, parse_role_type, role_type_name, search_term,
    split_id,
};
use crate::web::api::pagination::respond_list;
use crate::web::common::http::{Request, Response};

fn scope_body(scope: &OrgScope) -> Value {
    json!({
        "tenantId": TENANT_ID,
        "id": scope.id,
        "name": scope.name,
        "description": scope.description,
    })
}

fn role_body(role: &OrgRole, scopes: &[OrgScope]) -> Value {
    let held: Vec<Value> = scopes
        .iter()
        .filter(|s| role.scopes.contains(&s.name))
        .map(|s| json!({ "id": s.id, "name": s.name }))
        .collect();
    json!({
        "tenantId": TENANT_ID,
        "id": role.id,
        "name": role.name,
        "description": role.description,
        "type": role_type_name(role.role_type),
        "scopes": held,
        "resourceScopes": [],
    })
}

/// `?q=` matched against names, as Logto's search does.
fn matches(request: &Request, name: &str) -> bool {
    search_term(request, "q").is_none_or(|q| name.to_lowercase().contains(&q))
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct NewRole {
    name: String,
    description: Option<String>,
    #[serde(rename = "type")]
    role_type: Option<String>,
    #[serde(default)]
    organization_scope_ids: Vec<String>,
    #[serde(default)]
    resource_scope_ids: Vec<String>,
}

/// `/api/organization-roles...`; `rest` is the path after it.
pub fn roles(doorman: &mut Doorman, request: &Request, rest: &str) -> ApiAnswer {
    let actor = admin(doorman, request)?.actor();
    let scopes = doorman.list_scopes()?;
    let Some(rest) = rest.strip_prefix('/').filter(|r| !r.is_empty()) else {
        return match request.method.as_str() {
            "GET" => {
                let bodies: Vec<Value> = doorman
                    .list_roles()?
                    .iter()
                    .filter(|r| matches(request, &r.name))
                    .map(|r| role_body(r, &scopes))
                    .collect();
                respond_list(request, &bodies)
            }
            "POST" => {
                let new: NewRole = body::json(request)?;
                if !new.resource_scope_ids.is_empty() {
                    return Err(ApiError::invalid_input(
                        "body",
                        "resourceScopeIds: give API permissions with `doorman org role create --permission`",
                    ));
                }
                let role_type = parse_role_type(new.role_type.as_deref())?;
                let names = scope_names(&scopes, &new.organization_scope_ids)?;
                let role = doorman
                    .acting_as(actor, |d| {
                        d.create_role(
                            &new.name,
                            role_type,
                            new.description.as_deref(),
                            &names,
                            &[],
                        )
                    })
                    .map_err(domain)?;
                Ok(Response::json(201, &role_body(&role, &scopes)))
            }
            _ => Err(not_allowed(request, "GET, POST")),
        };
    };
    let (id, sub) = split_id(rest).ok_or_else(|| no_route(request))?;
    let role = doorman
        .list_roles()?
        .into_iter()
        .find(|r| r.id == id)
        .ok_or_else(|| {
            ApiError::new(
                404,
                "entity.not_exists_with_id",
                format!("organization role '{id}' not found"),
            )
        })?;
    match (request.method.as_str(), sub) {
        ("GET", "") => Ok(Response::json(200, &role_body(&role, &scopes))),
        ("DELETE", "") => {
            doorman
                .acting_as(actor, |d| d.delete_role(&role.name))
                .map_err(domain)?;
            Ok(Response::empty(204))
        }
        (_, "") => Err(not_allowed(request, "GET, DELETE")),
        ("GET", "scopes") => {
            let held: Vec<Value> = scopes
                .iter()
                .filter(|s| role.scopes.contains(&s.name))
                .map(scope_body)
                .collect();
            respond_list(request, &held)
        }
        _ => Err(no_route(request)),
    }
}

/// Scope names for Logto's scope ids, every one known.
fn scope_names(scopes: &[OrgScope], ids: &[String]) -> Result<Vec<String>, ApiError> {
    ids.iter()
        .map(|id| {
            scopes
                .iter()
                .find(|s| &s.id == id)
                .map(|s| s.name.clone())
                .ok_or_else(|| {
                    ApiError::new(
                        422,
                        "entity.not_exists_with_id",
                        format!("organization scope '{id}' not found"),
                    )
                })
        })
        .collect()
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct NewScope {
    name: String,
    description: Option<String>,
}

/// `/api/organization-scopes...`; `rest` is the path after it.
pub fn scopes(doorman: &mut Doorman, request: &Request, rest: &str) -> ApiAnswer {
    let actor = admin(doorman, request)?.actor();
    let Some(rest) = rest.strip_prefix('/').filter(|r| !r.is_empty()) else {
        return match request.method.as_str() {
            "GET" => {
                let bodies: Vec<Value> = doorman
                    .list_scopes()?
                    .iter()
                    .filter(|s| matches(request, &s.name))
                    .map(scope_body)
                    .collect();
                respond_list(request, &bodies)
            }
            "POST" => {
                let new: NewScope = body::json(request)?;
                let scope = doorman
                    .acting_as(actor, |d| {
                        d.create_scope(&new.name, new.description.as_deref())
                    })
                    .map_err(domain)?;
                Ok(Response::json(201, &scope_body(&scope)))
            }
            _ => Err(not_allowed(request, "GET, POST")),
        };
    };
    let (id, sub) = split_id(rest).ok_or_else(|| no_route(request))?;
    if !sub.is_empty() {
        return Err(no_route(request));
    }
    let scope = doorman
        .list_scopes()?
        .into_iter()
        .find(|s| s.id == id)
        .ok_or_else(|| {
            ApiError::new(
                404,
                "entity.not_exists_with_id",
                format!("organization scope '{id}' not found"),
            )
        })?;
    match request.method.as_str() {
        "GET" => Ok(Response::json(200, &scope_body(&scope))),
        "DELETE" => {
            doorman
                .acting_as(actor, |d| d.delete_scope(&scope.name))
                .map_err(domain)?;
            Ok(Response::empty(204))
        }
        _ => Err(not_allowed(request, "GET, DELETE")),
    }
}

/// Role names for Logto's role ids and names, every one known.
pub fn role_names(
    doorman: &Doorman,
    ids: &[String],
    names: &[String],
) -> Result<Vec<String>, ApiError> {
    let roles = doorman.list_roles()?;
    let mut found = Vec::with_capacity(ids.len() + names.len());
    for id in ids {
        let role = roles.iter().find(|r| &r.id == id).ok_or_else(|| {
            ApiError::new(
                422,
                "entity.not_exists_with_id",
                format!("organization role '{id}' not found"),
            )
        })?;
        found.push(role.name.clone());
    }
    for name in names {
        let role = roles.iter().find(|r| &r.name == name).ok_or_else(|| {
            ApiError::new(
                422,
                "entity.not_exists",
                format!("organization role '{name}' not found"),
            )
        })?;
        found.push(role.name.clone());
    }
    Ok(found)
}
