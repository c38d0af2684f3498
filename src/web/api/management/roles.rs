//! The Management API's roles (Logto's RBAC, which grant API resources' scopes): list (`search`,
//! `type`, optional pages), create (with `scopeIds`), show, delete, with their scopes and users
//! in [`role_links`]; and the roles of a user or an M2M app (list, assign by id, take one
//! away). Logto names roles by id; doorman's operations take names, so the id is looked up
//! first.

use serde::Deserialize;
use serde_json::{Value, json};

use crate::model::principal::Principal;
use crate::model::resource::Role;
use crate::ops::Doorman;
use crate::web::api::body;
use crate::web::api::error::{ApiAnswer, ApiError};
use crate::web::api::management::admin::{
    TENANT_ID, admin, domain, no_route, not_allowed, parse_role_type, role_type_name, search_term,
    split_id,
};
use crate::web::api::management::role_links;
use crate::web::api::pagination::respond_list;
use crate::web::common::http::{Request, Response};

/// A role as Logto shows one.
pub(super) fn role_body(role: &Role) -> Value {
    json!({
        "tenantId": TENANT_ID,
        "id": role.id,
        "name": role.name,
        "description": role.description.clone().unwrap_or_default(),
        "type": role_type_name(role.role_type),
        "isDefault": false,
    })
}

/// The role with Logto's id `id`, or Logto's 404.
pub(super) fn role_by_id(doorman: &Doorman, id: &str) -> Result<Role, ApiError> {
    doorman
        .list_rbac_roles()?
        .into_iter()
        .find(|r| r.id == id)
        .ok_or_else(|| {
            ApiError::new(
                404,
                "entity.not_exists_with_id",
                format!("role '{id}' not found"),
            )
        })
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct NewRole {
    name: String,
    description: Option<String>,
    #[serde(rename = "type")]
    role_type: Option<String>,
    #[serde(default)]
    scope_ids: Vec<String>,
    #[allow(dead_code)]
    is_default: Option<bool>,
}

/// `/api/roles...`; `rest` is the path after it.
pub fn route(doorman: &mut Doorman, request: &Request, rest: &str) -> ApiAnswer {
    let actor = admin(doorman, request)?.actor();
    let Some(rest) = rest.strip_prefix('/').filter(|r| !r.is_empty()) else {
        return match request.method.as_str() {
            "GET" => {
                let search = search_term(request, "search");
                let wanted_type = request
                    .query
                    .iter()
                    .find(|(k, _)| k == "type")
                    .map(|(_, v)| v.as_str());
                let bodies: Vec<Value> = doorman
                    .list_rbac_roles()?
                    .iter()
                    .filter(|r| {
                        search
                            .as_ref()
                            .is_none_or(|q| r.name.to_lowercase().contains(q.as_str()))
                    })
                    .filter(|r| wanted_type.is_none_or(|t| t == role_type_name(r.role_type)))
                    .map(role_body)
                    .collect();
                respond_list(request, &bodies)
            }
            "POST" => {
                let new: NewRole = body::json(request)?;
                let permissions = doorman
                    .permissions_of_scope_ids(&new.scope_ids)
                    .map_err(domain)?;
                let role_type = parse_role_type(new.role_type.as_deref())?;
                let role = doorman
                    .acting_as(actor, |d| {
                        d.create_rbac_role(
                            &new.name,
                            role_type,
                            new.description.as_deref(),
                            &permissions,
                        )
                    })
                    .map_err(domain)?;
                Ok(Response::json(201, &role_body(&role)))
            }
            _ => Err(not_allowed(request, "GET, POST")),
        };
    };
    let (id, sub) = split_id(rest).ok_or_else(|| no_route(request))?;
    let role = role_by_id(doorman, id)?;
    if !sub.is_empty() {
        return role_links::route(doorman, request, actor, &role, sub);
    }
    match request.method.as_str() {
        "GET" => Ok(Response::json(200, &role_body(&role))),
        "DELETE" => {
            doorman
                .acting_as(actor, |d| d.delete_rbac_role(&role.name))
                .map_err(domain)?;
            Ok(Response::empty(204))
        }
        _ => Err(not_allowed(request, "GET, DELETE")),
    }
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct RoleIds {
    role_ids: Vec<String>,
}

/// `/api/users/{id}/roles...` and `/api/applications/{id}/roles...` for `holder`; `rest` is
/// what follows `roles`.
pub fn of_holder(
    doorman: &mut Doorman,
    request: &Request,
    holder: Principal,
    key: &str,
    rest: &str,
) -> ApiAnswer {
    let actor = admin(doorman, request)?.actor();
    match (request.method.as_str(), rest.trim_start_matches('/')) {
        ("GET", "") => {
            let roles = doorman.roles_of(holder, key).map_err(domain)?;
            let bodies: Vec<Value> = roles.iter().map(role_body).collect();
            respond_list(request, &bodies)
        }
        ("POST", "") => {
            let RoleIds { role_ids } = body::json(request)?;
            let names = role_ids
                .iter()
                .map(|id| role_by_id(doorman, id).map(|r| r.name))
                .collect::<Result<Vec<_>, _>>()?;
            doorman
                .acting_as(actor, |d| d.assign_roles(holder, key, &names))
                .map_err(|e| match e {
                    crate::Error::Invalid(m) => ApiError::new(422, "user.role_type_mismatch", m),
                    other => domain(other),
                })?;
            Ok(Response::empty(201))
        }
        (_, "") => Err(not_allowed(request, "GET, POST")),
        ("DELETE", role) if !role.contains('/') => {
            let name = role_by_id(doorman, role)?.name;
            doorman
                .acting_as(actor, |d| d.unassign_role(holder, key, &name))
                .map_err(domain)?;
            Ok(Response::empty(204))
        }
        _ => Err(no_route(request)),
    }
}
