//! The Management API's applications in Logto's shape: list (optional pages, `types`,
//! `isThirdParty`, `search`), create (the secret in this answer only), show, update (name,
//! description-free OIDC metadata, third party), delete; and the secret (`/secrets`: listed
//! without its value, which doorman keeps only as a digest; a new one replaces it, shown once).
//! Their roles are in [`roles`](super::roles). Logto's `Traditional` is doorman's web app,
//! `SPA` its single-page app, `Native` and `MachineToMachine` the same; other Logto types
//! (`Protected`, `SAML`) are refused by name.

use serde::Deserialize;
use serde_json::{Value, json};

use crate::model::app::{App, AppType};
use crate::ops::Doorman;
use crate::ops::clients::apps::{AppChanges, NewApp};
use crate::web::api::body;
use crate::web::api::error::{ApiAnswer, ApiError};
use crate::web::api::management::admin::{
    TENANT_ID, admin, domain, millis, no_route, not_allowed, search_term, split_id,
};
use crate::web::api::pagination::respond_list;
use crate::web::common::http::{Request, Response};

/// Logto's name of an app type.
fn logto_type(app_type: AppType) -> &'static str {
    match app_type {
        AppType::Web => "Traditional",
        AppType::Spa => "SPA",
        AppType::Native => "Native",
        AppType::M2m => "MachineToMachine",
    }
}

/// The app type Logto's name stands for, or Logto's 400 naming it.
fn parse_type(name: &str) -> Result<AppType, ApiError> {
    match name {
        "Traditional" => Ok(AppType::Web),
        "SPA" => Ok(AppType::Spa),
        "Native" => Ok(AppType::Native),
        "MachineToMachine" => Ok(AppType::M2m),
        other => Err(ApiError::invalid_input(
            "type",
            format!(
                "'{other}' apps are not offered here (Traditional, SPA, Native, MachineToMachine are)"
            ),
        )),
    }
}

/// An application as Logto shows one; its secret only when just made.
fn app_body(app: &App, secret: Option<&str>) -> Value {
    let mut body = json!({
        "tenantId": TENANT_ID,
        "id": app.client_id,
        "name": app.name,
        "description": Value::Null,
        "type": logto_type(app.app_type),
        "oidcClientMetadata": {
            "redirectUris": app.redirect_uris,
            "postLogoutRedirectUris": app.post_logout_redirect_uris,
            "backchannelLogoutUri": app.backchannel_logout_uri,
            "backchannelLogoutSessionRequired": app.backchannel_logout_uri.is_some(),
        },
        "customClientMetadata": {},
        "protectedAppMetadata": Value::Null,
        "customData": {},
        "isThirdParty": app.is_third_party,
        "createdAt": millis(app.created_at),
    });
    if let Some(secret) = secret {
        body["secret"] = json!(secret);
    }
    body
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct OidcMetadata {
    redirect_uris: Option<Vec<String>>,
    post_logout_redirect_uris: Option<Vec<String>>,
    backchannel_logout_uri: Option<Option<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct NewAppBody {
    name: String,
    #[serde(rename = "type")]
    app_type: String,
    #[allow(dead_code)]
    description: Option<String>,
    #[serde(default)]
    oidc_client_metadata: Option<OidcMetadata>,
    #[serde(default)]
    is_third_party: bool,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct AppPatch {
    name: Option<String>,
    #[allow(dead_code)]
    description: Option<String>,
    #[serde(default)]
    oidc_client_metadata: Option<OidcMetadata>,
    is_third_party: Option<bool>,
}

/// The app with Logto's id (doorman's client id), or Logto's 404.
fn by_id(doorman: &Doorman, id: &str) -> Result<App, ApiError> {
    doorman
        .find_client(id)?
        .filter(|app| !app.built_in)
        .ok_or_else(|| {
            ApiError::new(
                404,
                "entity.not_exists_with_id",
                format!("application '{id}' not found"),
            )
        })
}

fn list(doorman: &Doorman, request: &Request) -> ApiAnswer {
    let types: Vec<&str> = request
        .query
        .iter()
        .filter(|(k, _)| k == "types")
        .map(|(_, v)| v.as_str())
        .collect();
    let third = request
        .query
        .iter()
        .find(|(k, _)| k == "isThirdParty")
        .map(|(_, v)| v == "true");
    let search = search_term(request, "search");
    let bodies: Vec<Value> = doorman
        .list_apps()?
        .iter()
        .filter(|a| !a.built_in)
        .filter(|a| types.is_empty() || types.contains(&logto_type(a.app_type)))
        .filter(|a| third.is_none_or(|t| t == a.is_third_party))
        .filter(|a| {
            search.as_ref().is_none_or(|q| {
                a.name.to_lowercase().contains(q.as_str()) || a.client_id.contains(q.as_str())
            })
        })
        .map(|a| app_body(a, None))
        .collect();
    respond_list(request, &bodies)
}

/// `/api/applications...` (not the roles); `rest` is the path after it.
pub fn route(doorman: &mut Doorman, request: &Request, rest: &str) -> ApiAnswer {
    let actor = admin(doorman, request)?.actor();
    let Some(rest) = rest.strip_prefix('/').filter(|r| !r.is_empty()) else {
        return match request.method.as_str() {
            "GET" => list(doorman, request),
            "POST" => {
                let new: NewAppBody = body::json(request)?;
                let app_type = parse_type(&new.app_type)?;
                let metadata = new.oidc_client_metadata.unwrap_or_default();
                let made = doorman
                    .acting_as(actor, |d| {
                        d.create_app(NewApp {
                            name: new.name,
                            app_type,
                            redirect_uris: metadata.redirect_uris.unwrap_or_default(),
                            post_logout_redirect_uris: metadata
                                .post_logout_redirect_uris
                                .unwrap_or_default(),
                            backchannel_logout_uri: metadata.backchannel_logout_uri.flatten(),
                            is_third_party: new.is_third_party,
                            client_id: None,
                            device_flow: false,
                        })
                    })
                    .map_err(domain)?;
                Ok(Response::json(
                    200,
                    &app_body(&made.app, made.client_secret.as_deref()),
                ))
            }
            _ => Err(not_allowed(request, "GET, POST")),
        };
    };
    let (id, sub) = split_id(rest).ok_or_else(|| no_route(request))?;
    let app = by_id(doorman, id)?;
    match (request.method.as_str(), sub) {
        ("GET", "") => Ok(Response::json(200, &app_body(&app, None))),
        ("PATCH", "") => {
            let patch: AppPatch = body::json(request)?;
            let metadata = patch.oidc_client_metadata.unwrap_or_default();
            let changes = AppChanges {
                name: patch.name,
                redirect_uris: metadata.redirect_uris,
                post_logout_redirect_uris: metadata.post_logout_redirect_uris,
                backchannel_logout_uri: metadata.backchannel_logout_uri,
                is_third_party: patch.is_third_party,
                ..AppChanges::default()
            };
            let updated = doorman
                .acting_as(actor, |d| d.update_app(&app.client_id, changes))
                .map_err(domain)?;
            Ok(Response::json(200, &app_body(&updated, None)))
        }
        ("DELETE", "") => {
            doorman
                .acting_as(actor, |d| d.delete_app(&app.client_id))
                .map_err(domain)?;
            Ok(Response::empty(204))
        }
        (_, "") => Err(not_allowed(request, "GET, PATCH, DELETE")),
        ("GET", "secrets") => {
            let secrets: Vec<Value> = if app.app_type.is_confidential() {
                vec![json!({
                    "applicationId": app.client_id,
                    "name": "Default secret",
                    "createdAt": millis(app.updated_at),
                    "expiresAt": Value::Null,
                })]
            } else {
                Vec::new()
            };
            Ok(Response::json(200, &secrets))
        }
        ("POST", "secrets") => {
            if !app.app_type.is_confidential() {
                return Err(ApiError::new(
                    400,
                    "application.invalid_type",
                    "only Traditional and MachineToMachine apps have secrets",
                ));
            }
            let rotated = doorman
                .acting_as(actor, |d| d.rotate_app_secret(&app.client_id))
                .map_err(domain)?;
            Ok(Response::json(
                201,
                &json!({
                    "applicationId": app.client_id,
                    "name": "Default secret",
                    "value": rotated.client_secret,
                    "createdAt": millis(rotated.app.updated_at),
                    "expiresAt": Value::Null,
                }),
            ))
        }
        (_, "secrets") => Err(not_allowed(request, "GET, POST")),
        _ => Err(no_route(request)),
    }
}
