//! `GET /api/swagger.json`: the OpenAPI 3 document of the JSON APIs doorman implements, made
//! from one table of its routes. A test proves the table complete against the code (every
//! `/api/...` path the routing code names is in it) and true (the server answers every route
//! in it), so the document cannot drift from what the server does.

use serde_json::{Map, Value, json};

use crate::web::api::account::openapi::ACCOUNT_ROUTES;
use crate::web::api::error::ApiAnswer;
use crate::web::api::management_openapi::MANAGEMENT_ROUTES;
use crate::web::api::route_table::{Route, route};
use crate::web::common::http::Response;

/// The health check and this document (the Management API's routes are in
/// [`MANAGEMENT_ROUTES`], the Account API's in [`ACCOUNT_ROUTES`]).
pub const ROUTES: &[Route] = &[
    route("GET", "/api/status", "Status", "Health check (204)"),
    route("GET", "/api/swagger.json", "Status", "This document"),
    route(
        "POST",
        "/api/authn/single-sign-on/saml/{connectorId}",
        "Authn",
        "SAML assertion consumer service: the IdP's response (HTTP-POST binding, a form)",
    ),
];

/// The OpenAPI 3 document of [`ROUTES`], [`MANAGEMENT_ROUTES`] and [`ACCOUNT_ROUTES`].
pub fn document() -> Value {
    let mut paths = Map::new();
    for r in ROUTES.iter().chain(MANAGEMENT_ROUTES).chain(ACCOUNT_ROUTES) {
        let parameters: Vec<Value> = r
            .path
            .split('/')
            .filter_map(|segment| segment.strip_prefix('{')?.strip_suffix('}'))
            .map(|name| json!({ "name": name, "in": "path", "required": true, "schema": { "type": "string" } }))
            .collect();
        let security = match r.tag {
            "Status" | "Authn" => json!([]),
            _ => json!([{ "bearer": [] }]),
        };
        let operation = json!({
            "tags": [r.tag],
            "summary": r.summary,
            "operationId": operation_id(r),
            "parameters": parameters,
            "security": security,
            "responses": { "default": { "description": "Logto's shapes; errors as {code, message}" } },
        });
        let item = paths.entry(r.path.to_string()).or_insert_with(|| json!({}));
        item[r.method.to_lowercase()] = operation;
    }
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": "doorman",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "The Logto-compatible Account API and Management API doorman implements.",
        },
        "paths": paths,
        "components": {
            "securitySchemes": {
                "bearer": { "type": "http", "scheme": "bearer", "bearerFormat": "JWT or opaque" },
            },
        },
    })
}

/// `GetApiUsersUserId`-style ids, unique per method and path.
fn operation_id(r: &Route) -> String {
    let mut id = r.method[..1].to_string() + &r.method[1..].to_lowercase();
    for part in r
        .path
        .split(['/', '-', '.', '{', '}'])
        .filter(|p| !p.is_empty())
    {
        id.push_str(&part[..1].to_uppercase());
        id.push_str(&part[1..]);
    }
    id
}

/// `GET /api/swagger.json`.
pub fn swagger() -> ApiAnswer {
    Ok(Response::json(200, &document()).header("Access-Control-Allow-Origin", "*"))
}
