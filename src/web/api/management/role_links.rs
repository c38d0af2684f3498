//! What hangs off a role in the Management API, by id as Logto names it: its scopes
//! (`/api/roles/{id}/scopes`: list with each scope's resource, add by `scopeIds`, remove one)
//! its users (`/api/roles/{id}/users`: list paged, assign by `userIds`, take from one) and its
//! machine-to-machine apps (`/api/roles/{id}/applications`, the same by `applicationIds`).

use serde::Deserialize;
use serde_json::{Value, json};

use crate::model::principal::Principal;
use crate::model::resource::{Role, permission_text};
use crate::ops::Doorman;
use crate::ops::organizations::roles::RoleChanges;
use crate::store::resources::ScopeRow;
use crate::web::api::body;
use crate::web::api::error::{ApiAnswer, ApiError};
use crate::web::api::management::admin::{TENANT_ID, domain, millis, no_route, not_allowed};
use crate::web::api::management::resources::scope_body;
use crate::web::api::management::user_shape::user_body;
use crate::web::api::pagination::respond_list;
use crate::web::common::http::{Request, Response};

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct ScopeIds {
    scope_ids: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct AppIds {
    application_ids: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct UserIds {
    user_ids: Vec<String>,
}

/// A role's scope as Logto lists it: the scope with its resource.
fn scope_with_resource(doorman: &Doorman, scope: &ScopeRow) -> Result<Value, ApiError> {
    let mut body = scope_body(scope);
    let resource = doorman.show_resource(&scope.indicator)?;
    body["resource"] = serde_json::json!({
        "id": resource.id,
        "name": resource.name,
        "indicator": resource.indicator,
        "accessTokenTtl": resource.access_token_ttl,
    });
    Ok(body)
}

/// `/api/roles/{id}/...` for `role`; `sub` is what follows the id.
pub fn route(
    doorman: &mut Doorman,
    request: &Request,
    actor: String,
    role: &Role,
    sub: &str,
) -> ApiAnswer {
    let (kind, item) = sub.split_once('/').unwrap_or((sub, ""));
    match (request.method.as_str(), kind, item) {
        ("GET", "scopes", "") => {
            let scopes = doorman.role_scope_rows(&role.name).map_err(domain)?;
            let bodies = scopes
                .iter()
                .map(|s| scope_with_resource(doorman, s))
                .collect::<Result<Vec<_>, _>>()?;
            respond_list(request, &bodies)
        }
        ("POST", "scopes", "") => {
            let ScopeIds { scope_ids } = body::json(request)?;
            let changes = RoleChanges {
                add_permissions: doorman
                    .permissions_of_scope_ids(&scope_ids)
                    .map_err(domain)?,
                ..RoleChanges::default()
            };
            doorman
                .acting_as(actor, |d| d.update_rbac_role(&role.name, &changes))
                .map_err(domain)?;
            let bodies: Vec<Value> = doorman
                .role_scope_rows(&role.name)
                .map_err(domain)?
                .iter()
                .filter(|s| scope_ids.contains(&s.id))
                .map(scope_body)
                .collect();
            Ok(Response::json(201, &bodies))
        }
        (_, "scopes", "") => Err(not_allowed(request, "GET, POST")),
        ("DELETE", "scopes", scope_id) if !scope_id.contains('/') => {
            let held = doorman.role_scope_rows(&role.name).map_err(domain)?;
            let Some(scope) = held.iter().find(|s| s.id == scope_id) else {
                return Err(ApiError::new(
                    404,
                    "entity.not_exists_with_id",
                    format!("the role does not grant scope '{scope_id}'"),
                ));
            };
            let changes = RoleChanges {
                remove_permissions: vec![permission_text(&scope.indicator, &scope.name)],
                ..RoleChanges::default()
            };
            doorman
                .acting_as(actor, |d| d.update_rbac_role(&role.name, &changes))
                .map_err(domain)?;
            Ok(Response::empty(204))
        }
        ("GET", "users", "") => {
            let bodies = doorman
                .role_user_ids(&role.name)
                .map_err(domain)?
                .iter()
                .map(|id| {
                    let user = doorman.find_user(id).map_err(domain)?;
                    user_body(doorman, &user)
                })
                .collect::<Result<Vec<_>, _>>()?;
            respond_list(request, &bodies)
        }
        ("POST", "users", "") => {
            let UserIds { user_ids } = body::json(request)?;
            for id in &user_ids {
                doorman.find_user(id).map_err(domain)?;
            }
            let names = [role.name.clone()];
            doorman
                .acting_as(actor, |d| {
                    user_ids
                        .iter()
                        .try_for_each(|id| d.assign_roles(Principal::User, id, &names).map(|_| ()))
                })
                .map_err(|e| match e {
                    crate::Error::Invalid(m) => ApiError::new(422, "user.role_type_mismatch", m),
                    other => domain(other),
                })?;
            Ok(Response::empty(201))
        }
        (_, "users", "") => Err(not_allowed(request, "GET, POST")),
        ("DELETE", "users", user_id) if !user_id.contains('/') => {
            doorman
                .acting_as(actor, |d| {
                    d.unassign_role(Principal::User, user_id, &role.name)
                })
                .map_err(domain)?;
            Ok(Response::empty(204))
        }
        ("GET", "applications", "") => {
            let mut bodies = Vec::new();
            for id in doorman.role_app_ids(&role.name).map_err(domain)? {
                if let Some(app) = doorman.find_client(&id)? {
                    bodies.push(json!({
                        "tenantId": TENANT_ID,
                        "id": app.client_id,
                        "name": app.name,
                        "type": "MachineToMachine",
                        "createdAt": millis(app.created_at),
                    }));
                }
            }
            respond_list(request, &bodies)
        }
        ("POST", "applications", "") => {
            let AppIds { application_ids } = body::json(request)?;
            let names = [role.name.clone()];
            doorman
                .acting_as(actor, |d| {
                    application_ids
                        .iter()
                        .try_for_each(|id| d.assign_roles(Principal::App, id, &names).map(|_| ()))
                })
                .map_err(|e| match e {
                    crate::Error::Invalid(m) => {
                        ApiError::new(422, "application.role_type_mismatch", m)
                    }
                    other => domain(other),
                })?;
            Ok(Response::empty(201))
        }
        (_, "applications", "") => Err(not_allowed(request, "GET, POST")),
        ("DELETE", "applications", app) if !app.contains('/') => {
            doorman
                .acting_as(actor, |d| d.unassign_role(Principal::App, app, &role.name))
                .map_err(domain)?;
            Ok(Response::empty(204))
        }
        _ => Err(no_route(request)),
    }
}
