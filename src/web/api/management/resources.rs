//! The Management API's API resources in Logto's shape: list (optional pagination,
//! `includeScopes`), create, show, update, delete, and each resource's scopes by id (list, add,
//! remove). Authorised as Logto authorises its Management API: a JWT for
//! `https://default.logto.app/api` with the scope `all`.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::model::resource::Resource;
use crate::ops::Doorman;
use crate::ops::organizations::resources::ResourceChanges;
use crate::store::resources::ScopeRow;
use crate::web::api::body;
use crate::web::api::error::{ApiAnswer, ApiError};
use crate::web::api::management::admin::{
    TENANT_ID, admin, domain, no_route, not_allowed, split_id,
};
use crate::web::api::pagination::respond_list;
use crate::web::common::http::{Request, Response};

/// An API resource as Logto's Management API shows it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct ResourceBody<'a> {
    tenant_id: &'static str,
    id: &'a str,
    name: &'a str,
    indicator: &'a str,
    is_default: bool,
    access_token_ttl: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    scopes: Option<Vec<Value>>,
}

/// A resource's permission as Logto's Management API shows it.
pub fn scope_body(scope: &ScopeRow) -> Value {
    serde_json::json!({
        "tenantId": TENANT_ID,
        "id": scope.id,
        "resourceId": scope.resource_id,
        "name": scope.name,
        "description": scope.description.clone().unwrap_or_default(),
    })
}

fn body_of(resource: &Resource, scopes: Option<Vec<Value>>) -> ResourceBody<'_> {
    ResourceBody {
        tenant_id: TENANT_ID,
        id: &resource.id,
        name: &resource.name,
        indicator: &resource.indicator,
        is_default: false,
        access_token_ttl: resource.access_token_ttl,
        scopes,
    }
}

/// The resource with Logto's id `id`, or Logto's 404.
fn by_id(doorman: &Doorman, id: &str) -> Result<Resource, ApiError> {
    doorman
        .list_resources()?
        .into_iter()
        .find(|r| r.id == id)
        .ok_or_else(|| {
            ApiError::new(
                404,
                "entity.not_exists_with_id",
                format!("API resource '{id}' not found"),
            )
        })
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct NewResource {
    name: String,
    indicator: String,
    access_token_ttl: Option<i64>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct ResourcePatch {
    name: Option<String>,
    access_token_ttl: Option<i64>,
    #[allow(dead_code)]
    is_default: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct NewScope {
    name: String,
    description: Option<String>,
}

/// A taken indicator or scope name, as Logto answers it.
fn taken(e: crate::Error, code: &'static str) -> ApiError {
    match e {
        crate::Error::Conflict(m) => ApiError::new(422, code, m),
        other => domain(other),
    }
}

/// `/api/resources...`; `rest` is the path after it.
pub fn route(doorman: &mut Doorman, request: &Request, rest: &str) -> ApiAnswer {
    let actor = admin(doorman, request)?.actor();
    let Some(rest) = rest.strip_prefix('/').filter(|r| !r.is_empty()) else {
        return match request.method.as_str() {
            "GET" => list(doorman, request),
            "POST" => {
                let new: NewResource = body::json(request)?;
                let resource = doorman
                    .acting_as(actor, |d| {
                        d.create_resource(&new.name, &new.indicator, &[], new.access_token_ttl)
                    })
                    .map_err(|e| taken(e, "resource.resource_indicator_already_exists"))?;
                Ok(Response::json(201, &body_of(&resource, None)))
            }
            _ => Err(not_allowed(request, "GET, POST")),
        };
    };
    let (id, sub) = split_id(rest).ok_or_else(|| no_route(request))?;
    let resource = by_id(doorman, id)?;
    match (request.method.as_str(), sub) {
        ("GET", "") => Ok(Response::json(200, &body_of(&resource, None))),
        ("PATCH", "") => {
            let patch: ResourcePatch = body::json(request)?;
            let changes = ResourceChanges {
                name: patch.name,
                access_token_ttl: patch.access_token_ttl,
                ..ResourceChanges::default()
            };
            let updated = doorman
                .acting_as(actor, |d| d.update_resource(&resource.indicator, &changes))
                .map_err(domain)?;
            Ok(Response::json(200, &body_of(&updated, None)))
        }
        ("DELETE", "") => {
            doorman
                .acting_as(actor, |d| d.delete_resource(&resource.indicator))
                .map_err(domain)?;
            Ok(Response::empty(204))
        }
        (_, "") => Err(not_allowed(request, "GET, PATCH, DELETE")),
        ("GET", "scopes") => {
            let scopes: Vec<Value> = doorman
                .resource_scope_rows(&resource.id)?
                .iter()
                .map(scope_body)
                .collect();
            respond_list(request, &scopes)
        }
        ("POST", "scopes") => {
            let new: NewScope = body::json(request)?;
            let exists = doorman
                .resource_scope_rows(&resource.id)?
                .iter()
                .any(|s| s.name == new.name);
            if exists {
                return Err(ApiError::new(
                    422,
                    "scope.name_exists",
                    format!("the resource has a scope '{}' already", new.name),
                ));
            }
            let text = match &new.description {
                Some(d) if !d.is_empty() => format!("{}: {d}", new.name),
                _ => new.name.clone(),
            };
            let changes = ResourceChanges {
                add_scopes: vec![text],
                ..ResourceChanges::default()
            };
            doorman
                .acting_as(actor, |d| d.update_resource(&resource.indicator, &changes))
                .map_err(domain)?;
            let made = doorman
                .resource_scope_rows(&resource.id)?
                .into_iter()
                .find(|s| s.name == new.name)
                .ok_or_else(|| ApiError::from(crate::Error::Runtime("the scope is gone".into())))?;
            Ok(Response::json(201, &scope_body(&made)))
        }
        (_, "scopes") => Err(not_allowed(request, "GET, POST")),
        ("DELETE", scope) if scope.starts_with("scopes/") => {
            let scope_id = &scope["scopes/".len()..];
            let found = doorman
                .resource_scope_rows(&resource.id)?
                .into_iter()
                .find(|s| s.id == scope_id)
                .ok_or_else(|| {
                    ApiError::new(
                        404,
                        "entity.not_exists_with_id",
                        format!("scope '{scope_id}' not found"),
                    )
                })?;
            let changes = ResourceChanges {
                remove_scopes: vec![found.name],
                ..ResourceChanges::default()
            };
            doorman
                .acting_as(actor, |d| d.update_resource(&resource.indicator, &changes))
                .map_err(domain)?;
            Ok(Response::empty(204))
        }
        _ => Err(no_route(request)),
    }
}

/// `GET /api/resources[?includeScopes=true][&page=&page_size=]`.
fn list(doorman: &Doorman, request: &Request) -> ApiAnswer {
    let include_scopes = request
        .query
        .iter()
        .any(|(k, v)| k == "includeScopes" && matches!(v.as_str(), "true" | "1"));
    let resources = doorman.list_resources()?;
    let mut bodies = Vec::with_capacity(resources.len());
    for resource in &resources {
        let scopes = if include_scopes {
            Some(
                doorman
                    .resource_scope_rows(&resource.id)?
                    .iter()
                    .map(scope_body)
                    .collect(),
            )
        } else {
            None
        };
        bodies.push(body_of(resource, scopes));
    }
    respond_list(request, &bodies)
}
