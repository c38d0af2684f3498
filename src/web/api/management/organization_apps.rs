//! An organization's machine-to-machine apps in the Management API, at Logto's paths
//! (`/api/organizations/{id}/applications...`): list them with their organization roles, add
//! (`{applicationIds}`), remove, and each app's roles (list, add by `organizationRoleIds`,
//! remove one). An app member's roles decide its organization tokens.

use serde::Deserialize;
use serde_json::{Value, json};

use crate::model::organization::{Member, Organization};
use crate::model::principal::Principal;
use crate::ops::Doorman;
use crate::web::api::body;
use crate::web::api::error::{ApiAnswer, ApiError};
use crate::web::api::management::admin::{TENANT_ID, domain, millis, no_route, not_allowed};
use crate::web::api::management::organization_roles::role_names;
use crate::web::api::pagination::respond_list;
use crate::web::common::http::{Request, Response};

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct AppIds {
    application_ids: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct RoleIds {
    organization_role_ids: Vec<String>,
}

/// The organization's app member `app`, or Logto's 422.
fn app_member(doorman: &Doorman, org: &Organization, app: &str) -> Result<Member, ApiError> {
    doorman
        .list_members(&org.id, None, 0)?
        .into_iter()
        .find(|m| m.kind == Principal::App && m.id == app)
        .ok_or_else(|| {
            ApiError::new(
                422,
                "organization.require_membership",
                format!(
                    "application '{app}' is not a member of organization '{}'",
                    org.name
                ),
            )
        })
}

/// The roles `names` as Logto's short form.
fn role_refs(doorman: &Doorman, names: &[String]) -> Result<Vec<Value>, ApiError> {
    Ok(doorman
        .list_roles()?
        .iter()
        .filter(|r| names.contains(&r.name))
        .map(|r| json!({ "id": r.id, "name": r.name }))
        .collect())
}

/// `/api/organizations/{id}/applications...`; `segments` follow `applications`.
pub fn route(
    doorman: &mut Doorman,
    request: &Request,
    actor: String,
    org: &Organization,
    segments: &[&str],
) -> ApiAnswer {
    match (request.method.as_str(), segments) {
        ("GET", []) => {
            let mut bodies = Vec::new();
            for member in doorman.list_members(&org.id, None, 0)? {
                if member.kind != Principal::App {
                    continue;
                }
                let Some(app) = doorman.find_client(&member.id)? else {
                    continue;
                };
                bodies.push(json!({
                    "tenantId": TENANT_ID,
                    "id": app.client_id,
                    "name": app.name,
                    "type": "MachineToMachine",
                    "isThirdParty": false,
                    "createdAt": millis(app.created_at),
                    "organizationRoles": role_refs(doorman, &member.roles)?,
                }));
            }
            respond_list(request, &bodies)
        }
        ("POST", []) => {
            let AppIds { application_ids } = body::json(request)?;
            for id in &application_ids {
                let is_m2m = doorman
                    .find_client(id)?
                    .is_some_and(|a| a.app_type == crate::model::app::AppType::M2m);
                if !is_m2m {
                    return Err(ApiError::new(
                        422,
                        "application.invalid_type",
                        format!("'{id}' is not a machine-to-machine application"),
                    ));
                }
            }
            doorman
                .acting_as(actor, |d| d.add_members(&org.id, &application_ids, &[]))
                .map_err(domain)?;
            Ok(Response::empty(201))
        }
        (_, []) => Err(not_allowed(request, "GET, POST")),
        ("DELETE", [app]) => {
            app_member(doorman, org, app)?;
            doorman
                .acting_as(actor, |d| d.remove_member(&org.id, app))
                .map_err(domain)?;
            Ok(Response::empty(204))
        }
        ("GET", [app, "roles"]) => {
            let member = app_member(doorman, org, app)?;
            let refs = role_refs(doorman, &member.roles)?;
            respond_list(request, &refs)
        }
        ("POST", [app, "roles"]) => {
            let member = app_member(doorman, org, app)?;
            let RoleIds {
                organization_role_ids,
            } = body::json(request)?;
            let names = role_names(doorman, &organization_role_ids, &[])?;
            for name in names.iter().filter(|n| !member.roles.contains(n)) {
                doorman
                    .acting_as(actor.clone(), |d| d.grant_role(&org.id, app, name))
                    .map_err(domain)?;
            }
            Ok(Response::empty(201))
        }
        (_, [_, "roles"]) => Err(not_allowed(request, "GET, POST")),
        ("DELETE", [app, "roles", role]) => {
            app_member(doorman, org, app)?;
            let name = role_names(doorman, &[role.to_string()], &[])?.remove(0);
            doorman
                .acting_as(actor, |d| d.revoke_role(&org.id, app, &name))
                .map_err(domain)?;
            Ok(Response::empty(204))
        }
        _ => Err(no_route(request)),
    }
}
