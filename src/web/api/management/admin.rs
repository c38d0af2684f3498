//! Who may call the Management API: Logto's rule, a JWT for its resource with the scope `all`.

use crate::model::resource::{MANAGEMENT_API_INDICATOR, MANAGEMENT_API_SCOPE};
use crate::ops::Doorman;
use crate::web::api::auth::{Audience, Caller, authenticate};
use crate::web::api::error::ApiError;
use crate::web::common::http::Request;

/// The caller of a Management API route.
pub fn admin(doorman: &Doorman, request: &Request) -> Result<Caller, ApiError> {
    authenticate(
        doorman,
        request,
        Audience::Resource(MANAGEMENT_API_INDICATOR),
        &[MANAGEMENT_API_SCOPE],
    )
}

/// Logto's tenant id of a single-tenant installation, which its bodies carry.
pub const TENANT_ID: &str = "default";

/// Milliseconds since the epoch, as Logto's bodies give times.
pub fn millis(at: crate::model::timestamp::Timestamp) -> i64 {
    at.unix_millis()
}

/// A domain error as the Management API answers it: a missing entity is Logto's 404
/// `entity.not_exists_with_id`, a taken name its 422 `entity.unique_integrity_violation`.
pub fn domain(e: crate::Error) -> ApiError {
    match e {
        crate::Error::NotFound(m) => ApiError::new(404, "entity.not_exists_with_id", m),
        crate::Error::Conflict(m) => ApiError::new(422, "entity.unique_integrity_violation", m),
        other => other.into(),
    }
}

/// The `{id}` and what follows it in a path under a collection (`abc/users` → `("abc",
/// "users")`); an empty id is none.
pub fn split_id(rest: &str) -> Option<(&str, &str)> {
    let (id, sub) = rest.split_once('/').unwrap_or((rest, ""));
    (!id.is_empty()).then_some((id, sub))
}

/// Logto's 405 for a method a path does not take.
pub fn not_allowed(request: &Request, allow: &str) -> ApiError {
    ApiError::new(
        405,
        "request.method_not_allowed",
        format!("{} is not allowed on {}", request.method, request.path),
    )
    .with_header("Allow", allow.to_string())
}

/// Logto's 404 for a path nothing answers.
pub fn no_route(request: &Request) -> ApiError {
    ApiError::new(
        404,
        "entity.not_found",
        format!("no API route {} {}", request.method, request.path),
    )
}

/// A search parameter (`q`) as Logto's list routes take it: `%` wildcards dropped, lowercased
/// for a case-insensitive match; `None` when absent or empty.
pub fn search_term(request: &Request, name: &str) -> Option<String> {
    request
        .query
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim_matches('%').to_lowercase())
        .filter(|v| !v.is_empty())
}

/// Logto's name of a role type.
pub fn role_type_name(role_type: crate::model::resource::RoleType) -> &'static str {
    role_type.logto_name()
}

/// A role type by Logto's name (`User` when absent), or Logto's 400 naming the value.
pub fn parse_role_type(name: Option<&str>) -> Result<crate::model::resource::RoleType, ApiError> {
    let name = name.unwrap_or("User");
    crate::model::resource::RoleType::from_logto(name).ok_or_else(|| {
        ApiError::invalid_input(
            "body",
            format!("type '{name}' is not User or MachineToMachine"),
        )
    })
}
