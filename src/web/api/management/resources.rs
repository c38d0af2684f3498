//! `GET /api/resources`: the Management API's list of API resources in Logto's shape, with
//! Logto's optional pagination and `includeScopes`. Authorised as Logto authorises its
//! Management API: a JWT for `https://default.logto.app/api` with the scope `all`.

use serde::Serialize;

use crate::model::resource::Resource;
use crate::ops::Doorman;
use crate::web::api::error::ApiAnswer;
use crate::web::api::management::admin::{TENANT_ID, admin};
use crate::web::api::pagination::respond_list;
use crate::web::common::http::Request;

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
    scopes: Option<Vec<ScopeBody<'a>>>,
}

/// A resource's permission as Logto's Management API shows it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct ScopeBody<'a> {
    tenant_id: &'static str,
    resource_id: &'a str,
    name: &'a str,
    description: &'a str,
}

/// `GET /api/resources[?includeScopes=true][&page=&page_size=]`.
pub fn list(doorman: &Doorman, request: &Request) -> ApiAnswer {
    admin(doorman, request)?;
    let include_scopes = request
        .query
        .iter()
        .any(|(k, v)| k == "includeScopes" && matches!(v.as_str(), "true" | "1"));
    let resources = doorman.list_resources()?;
    let bodies: Vec<ResourceBody<'_>> = resources.iter().map(|r| body(r, include_scopes)).collect();
    respond_list(request, &bodies)
}

fn body(resource: &Resource, include_scopes: bool) -> ResourceBody<'_> {
    ResourceBody {
        tenant_id: TENANT_ID,
        id: &resource.id,
        name: &resource.name,
        indicator: &resource.indicator,
        is_default: false,
        access_token_ttl: resource.access_token_ttl,
        scopes: include_scopes.then(|| {
            resource
                .scopes
                .iter()
                .map(|s| ScopeBody {
                    tenant_id: TENANT_ID,
                    resource_id: &resource.id,
                    name: &s.name,
                    description: s.description.as_deref().unwrap_or_default(),
                })
                .collect()
        }),
    }
}
