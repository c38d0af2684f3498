//! `GET /api/swagger.json`: the OpenAPI 3 document of the JSON APIs doorman implements, made
//! from one table of its routes. A test proves the table complete against the code (every
//! `/api/...` path the routing code names is in it) and true (the server answers every route
//! in it), so the document cannot drift from what the server does.

use serde_json::{Map, Value, json};

use crate::web::api::account::openapi::ACCOUNT_ROUTES;
use crate::web::api::error::ApiAnswer;
use crate::web::api::route_table::{Route, route};
use crate::web::common::http::Response;

const M: &str = "Management";

/// The routes of the Management API and the health check (the Account API's are in
/// [`ACCOUNT_ROUTES`]).
pub const ROUTES: &[Route] = &[
    route("GET", "/api/status", "Status", "Health check (204)"),
    route("GET", "/api/swagger.json", "Status", "This document"),
    route("GET", "/api/users", M, "List users (paged; search)"),
    route("POST", "/api/users", M, "Create a user"),
    route("GET", "/api/users/{userId}", M, "Get a user"),
    route("PATCH", "/api/users/{userId}", M, "Update a user"),
    route("DELETE", "/api/users/{userId}", M, "Delete a user"),
    route(
        "PATCH",
        "/api/users/{userId}/password",
        M,
        "Set a user's password",
    ),
    route(
        "POST",
        "/api/users/{userId}/password/verify",
        M,
        "Check a user's password",
    ),
    route(
        "GET",
        "/api/users/{userId}/has-password",
        M,
        "Whether a user has a password",
    ),
    route(
        "PATCH",
        "/api/users/{userId}/is-suspended",
        M,
        "Suspend or reinstate a user",
    ),
    route(
        "GET",
        "/api/users/{userId}/custom-data",
        M,
        "Get a user's custom data",
    ),
    route(
        "PATCH",
        "/api/users/{userId}/custom-data",
        M,
        "Replace a user's custom data",
    ),
    route(
        "PATCH",
        "/api/users/{userId}/profile",
        M,
        "Update a user's profile claims",
    ),
    route(
        "GET",
        "/api/users/{userId}/organizations",
        M,
        "A user's organizations",
    ),
    route("GET", "/api/applications", M, "List applications"),
    route("POST", "/api/applications", M, "Create an application"),
    route("GET", "/api/applications/{id}", M, "Get an application"),
    route(
        "PATCH",
        "/api/applications/{id}",
        M,
        "Update an application",
    ),
    route(
        "DELETE",
        "/api/applications/{id}",
        M,
        "Delete an application",
    ),
    route(
        "GET",
        "/api/applications/{id}/secrets",
        M,
        "An application's secret",
    ),
    route("POST", "/api/applications/{id}/secrets", M, "A new secret"),
    route(
        "GET",
        "/api/organizations/{id}/applications",
        M,
        "An organization's apps",
    ),
    route(
        "POST",
        "/api/organizations/{id}/applications",
        M,
        "Add apps to an organization",
    ),
    route(
        "DELETE",
        "/api/organizations/{id}/applications/{applicationId}",
        M,
        "Remove an app",
    ),
    route(
        "GET",
        "/api/organizations/{id}/applications/{applicationId}/roles",
        M,
        "An app's organization roles",
    ),
    route(
        "POST",
        "/api/organizations/{id}/applications/{applicationId}/roles",
        M,
        "Give an app organization roles",
    ),
    route(
        "DELETE",
        "/api/organizations/{id}/applications/{applicationId}/roles/{organizationRoleId}",
        M,
        "Take an organization role from an app",
    ),
    route("GET", "/api/sign-in-exp", M, "The sign-in experience"),
    route(
        "PATCH",
        "/api/sign-in-exp",
        M,
        "Change the sign-in experience",
    ),
    route("GET", "/api/resources", M, "List API resources"),
    route("POST", "/api/resources", M, "Create an API resource"),
    route("GET", "/api/resources/{id}", M, "Get an API resource"),
    route("PATCH", "/api/resources/{id}", M, "Update an API resource"),
    route("DELETE", "/api/resources/{id}", M, "Delete an API resource"),
    route(
        "GET",
        "/api/resources/{id}/scopes",
        M,
        "An API resource's scopes",
    ),
    route("POST", "/api/resources/{id}/scopes", M, "Add a scope"),
    route(
        "DELETE",
        "/api/resources/{id}/scopes/{scopeId}",
        M,
        "Remove a scope",
    ),
    route("GET", "/api/roles", M, "List roles (search, type)"),
    route("POST", "/api/roles", M, "Create a role (scopeIds)"),
    route("GET", "/api/roles/{id}", M, "Get a role"),
    route("DELETE", "/api/roles/{id}", M, "Delete a role"),
    route("GET", "/api/roles/{id}/scopes", M, "A role's scopes"),
    route("POST", "/api/roles/{id}/scopes", M, "Grant scopes"),
    route(
        "DELETE",
        "/api/roles/{id}/scopes/{scopeId}",
        M,
        "Take a scope back",
    ),
    route("GET", "/api/roles/{id}/applications", M, "A role's apps"),
    route(
        "POST",
        "/api/roles/{id}/applications",
        M,
        "Assign the role to apps",
    ),
    route(
        "DELETE",
        "/api/roles/{id}/applications/{applicationId}",
        M,
        "Take the role from an app",
    ),
    route("GET", "/api/roles/{id}/users", M, "A role's users"),
    route(
        "POST",
        "/api/roles/{id}/users",
        M,
        "Assign the role to users",
    ),
    route(
        "DELETE",
        "/api/roles/{id}/users/{userId}",
        M,
        "Take the role from a user",
    ),
    route(
        "GET",
        "/api/users/{userId}/mfa-verifications",
        M,
        "A user's second factors",
    ),
    route(
        "POST",
        "/api/users/{userId}/mfa-verifications",
        M,
        "Make an authenticator secret or backup codes",
    ),
    route(
        "DELETE",
        "/api/users/{userId}/mfa-verifications/{verificationId}",
        M,
        "Remove a second factor",
    ),
    route(
        "GET",
        "/api/users/{userId}/personal-access-tokens",
        M,
        "A user's personal access tokens",
    ),
    route(
        "POST",
        "/api/users/{userId}/personal-access-tokens",
        M,
        "Make a personal access token",
    ),
    route(
        "DELETE",
        "/api/users/{userId}/personal-access-tokens/{name}",
        M,
        "Revoke a personal access token",
    ),
    route(
        "DELETE",
        "/api/users/{userId}/identities/{target}",
        M,
        "Unlink an identity",
    ),
    route("GET", "/api/users/{userId}/roles", M, "A user's roles"),
    route(
        "POST",
        "/api/users/{userId}/roles",
        M,
        "Assign roles to a user",
    ),
    route(
        "DELETE",
        "/api/users/{userId}/roles/{roleId}",
        M,
        "Take a role from a user",
    ),
    route(
        "GET",
        "/api/applications/{applicationId}/roles",
        M,
        "An M2M app's roles",
    ),
    route(
        "POST",
        "/api/applications/{applicationId}/roles",
        M,
        "Assign roles to an app",
    ),
    route(
        "DELETE",
        "/api/applications/{applicationId}/roles/{roleId}",
        M,
        "Take a role from an app",
    ),
    route("GET", "/api/organizations", M, "List organizations"),
    route("POST", "/api/organizations", M, "Create an organization"),
    route("GET", "/api/organizations/{id}", M, "Get an organization"),
    route(
        "PATCH",
        "/api/organizations/{id}",
        M,
        "Update an organization",
    ),
    route(
        "DELETE",
        "/api/organizations/{id}",
        M,
        "Delete an organization",
    ),
    route(
        "GET",
        "/api/organizations/{id}/users",
        M,
        "List user members",
    ),
    route(
        "POST",
        "/api/organizations/{id}/users",
        M,
        "Add user members",
    ),
    route(
        "PUT",
        "/api/organizations/{id}/users",
        M,
        "Replace user members",
    ),
    route(
        "POST",
        "/api/organizations/{id}/users/roles",
        M,
        "Assign roles to members",
    ),
    route(
        "DELETE",
        "/api/organizations/{id}/users/{userId}",
        M,
        "Remove a member",
    ),
    route(
        "GET",
        "/api/organizations/{id}/users/{userId}/roles",
        M,
        "A member's roles",
    ),
    route(
        "POST",
        "/api/organizations/{id}/users/{userId}/roles",
        M,
        "Add roles to a member",
    ),
    route(
        "PUT",
        "/api/organizations/{id}/users/{userId}/roles",
        M,
        "Replace a member's roles",
    ),
    route(
        "DELETE",
        "/api/organizations/{id}/users/{userId}/roles/{organizationRoleId}",
        M,
        "Take a role from a member",
    ),
    route(
        "GET",
        "/api/organization-roles",
        M,
        "List organization roles",
    ),
    route(
        "POST",
        "/api/organization-roles",
        M,
        "Create an organization role",
    ),
    route(
        "GET",
        "/api/organization-roles/{id}",
        M,
        "Get an organization role",
    ),
    route(
        "DELETE",
        "/api/organization-roles/{id}",
        M,
        "Delete an organization role",
    ),
    route(
        "GET",
        "/api/organization-roles/{id}/scopes",
        M,
        "An organization role's scopes",
    ),
    route(
        "GET",
        "/api/organization-scopes",
        M,
        "List organization scopes",
    ),
    route(
        "POST",
        "/api/organization-scopes",
        M,
        "Create an organization scope",
    ),
    route(
        "GET",
        "/api/organization-scopes/{id}",
        M,
        "Get an organization scope",
    ),
    route(
        "DELETE",
        "/api/organization-scopes/{id}",
        M,
        "Delete an organization scope",
    ),
    route(
        "GET",
        "/api/organization-invitations",
        M,
        "List invitations",
    ),
    route(
        "POST",
        "/api/organization-invitations",
        M,
        "Create an invitation",
    ),
    route(
        "GET",
        "/api/organization-invitations/{id}",
        M,
        "Get an invitation",
    ),
    route(
        "DELETE",
        "/api/organization-invitations/{id}",
        M,
        "Withdraw an invitation",
    ),
    route(
        "PUT",
        "/api/organization-invitations/{id}/status",
        M,
        "Accept or revoke",
    ),
    route(
        "POST",
        "/api/organization-invitations/{id}/message",
        M,
        "Send the email again",
    ),
    route(
        "POST",
        "/api/one-time-tokens",
        M,
        "Create a one-time token (magic link)",
    ),
    route("GET", "/api/one-time-tokens", M, "List one-time tokens"),
    route(
        "GET",
        "/api/one-time-tokens/{id}",
        M,
        "Get a one-time token",
    ),
    route(
        "PUT",
        "/api/one-time-tokens/{id}/status",
        M,
        "Revoke a one-time token",
    ),
    route(
        "DELETE",
        "/api/one-time-tokens/{id}",
        M,
        "Delete a one-time token",
    ),
];

/// The OpenAPI 3 document of [`ROUTES`] and [`ACCOUNT_ROUTES`].
pub fn document() -> Value {
    let mut paths = Map::new();
    for r in ROUTES.iter().chain(ACCOUNT_ROUTES) {
        let parameters: Vec<Value> = r
            .path
            .split('/')
            .filter_map(|segment| segment.strip_prefix('{')?.strip_suffix('}'))
            .map(|name| json!({ "name": name, "in": "path", "required": true, "schema": { "type": "string" } }))
            .collect();
        let security = match r.tag {
            "Status" => json!([]),
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
