//! Which Account API handler answers which method and path: everything under
//! `/api/my-account` and `/api/verifications`, including the paths that end in an id. The
//! engine's router hands these paths here and turns the answer into a response.

use crate::ops::Doorman;
use crate::web::api::account::identifiers::{self as identifiers, Kind::Email, Kind::Phone};
use crate::web::api::account::{
    self as account, factor_verifications, mfa as account_mfa, sessions as account_sessions,
    tokens, verifications,
};
use crate::web::api::error::{ApiAnswer, ApiError};
use crate::web::common::http::Request;
use crate::web::engine::state::ServerState;

/// A 405 naming the methods the path allows.
pub fn not_allowed(request: &Request, allow: &str) -> ApiAnswer {
    Err(ApiError::new(
        405,
        "request.method_not_allowed",
        format!("{} is not allowed on {}", request.method, request.path),
    )
    .with_header("Allow", allow))
}

/// Answers an Account API request; `None` when the path is not one of its paths.
pub fn route(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Option<ApiAnswer> {
    let path = request.path.as_str();
    if !(path.starts_with("/api/my-account") || path.starts_with("/api/verifications/")) {
        return None;
    }
    if let Some(answer) = item_route(state, doorman, request) {
        return Some(answer);
    }
    let method = request.method.as_str();
    Some(match (method, path) {
        ("GET", "/api/my-account") => account::show(doorman, request),
        ("PATCH", "/api/my-account") => account::update(doorman, request),
        ("DELETE", "/api/my-account") => account::delete(state, doorman, request),
        ("PATCH", "/api/my-account/profile") => account::update_profile(doorman, request),
        ("POST", "/api/my-account/password") => account::set_password(doorman, request),
        ("POST", "/api/my-account/primary-email") => identifiers::set(doorman, request, Email),
        ("DELETE", "/api/my-account/primary-email") => identifiers::remove(doorman, request, Email),
        ("POST", "/api/my-account/primary-phone") => identifiers::set(doorman, request, Phone),
        ("DELETE", "/api/my-account/primary-phone") => identifiers::remove(doorman, request, Phone),
        ("GET", "/api/my-account/sessions") => account_sessions::list_sessions(doorman, request),
        ("GET", "/api/my-account/grants") => account_sessions::list_grants(doorman, request),
        ("GET", "/api/my-account/mfa-verifications") => account_mfa::list(doorman, request),
        ("POST", "/api/my-account/mfa-verifications") => account_mfa::enrol(doorman, request),
        ("PUT", "/api/my-account/mfa-verifications/totp") => {
            account_mfa::replace_totp(doorman, request)
        }
        ("POST", "/api/my-account/mfa-verifications/totp-secret/generate") => {
            account_mfa::totp_secret(doorman, request)
        }
        ("POST", "/api/my-account/mfa-verifications/backup-codes/generate") => {
            account_mfa::backup_codes(doorman, request)
        }
        ("GET", "/api/my-account/personal-access-tokens") => tokens::list(doorman, request),
        ("POST", "/api/my-account/personal-access-tokens") => tokens::create(doorman, request),
        ("GET", "/api/my-account/mfa-settings") => account_mfa::settings(doorman, request),
        ("PATCH", "/api/my-account/mfa-settings") => account_mfa::update_settings(doorman, request),
        ("POST", "/api/verifications/password") => verifications::password(state, doorman, request),
        ("POST", "/api/verifications/verification-code") => {
            verifications::send_code(state, doorman, request)
        }
        ("POST", "/api/verifications/verification-code/verify") => {
            verifications::verify_code(state, doorman, request)
        }
        ("POST", "/api/verifications/totp/verify") => {
            factor_verifications::totp(state, doorman, request)
        }
        ("POST", "/api/verifications/web-authn/registration") => {
            factor_verifications::start_registration(doorman, request)
        }
        ("POST", "/api/verifications/web-authn/authentication") => {
            factor_verifications::start_authentication(doorman, request)
        }
        (
            "POST",
            "/api/verifications/web-authn/registration/verify"
            | "/api/verifications/web-authn/authentication/verify",
        ) => factor_verifications::verify(state, doorman, request),
        (_, "/api/my-account") => not_allowed(request, "GET, PATCH, DELETE"),
        (_, "/api/my-account/sessions" | "/api/my-account/grants") => not_allowed(request, "GET"),
        (_, "/api/my-account/mfa-verifications") => not_allowed(request, "GET, POST"),
        (_, "/api/my-account/mfa-verifications/totp") => not_allowed(request, "PUT, DELETE"),
        (_, "/api/my-account/mfa-settings") => not_allowed(request, "GET, PATCH"),
        (_, "/api/my-account/personal-access-tokens") => not_allowed(request, "GET, POST"),
        (_, "/api/my-account/profile") => not_allowed(request, "PATCH"),
        (_, "/api/my-account/primary-email" | "/api/my-account/primary-phone") => {
            not_allowed(request, "POST, DELETE")
        }
        (
            _,
            "/api/my-account/password"
            | "/api/my-account/mfa-verifications/totp-secret/generate"
            | "/api/my-account/mfa-verifications/backup-codes/generate"
            | "/api/verifications/password"
            | "/api/verifications/verification-code"
            | "/api/verifications/verification-code/verify"
            | "/api/verifications/totp/verify"
            | "/api/verifications/web-authn/registration"
            | "/api/verifications/web-authn/registration/verify"
            | "/api/verifications/web-authn/authentication"
            | "/api/verifications/web-authn/authentication/verify",
        ) => not_allowed(request, "POST"),
        _ => Err(ApiError::new(
            404,
            "entity.not_found",
            format!("no API route {} {}", request.method, request.path),
        )),
    })
}

/// The paths that end in an id: `DELETE /api/my-account/sessions/{id}`, `.../grants/{id}`,
/// `.../identities/{connector id}`, `.../personal-access-tokens/{name}` and
/// `.../mfa-verifications/{id}` (the authenticator app's
/// `totp` too, as Logto removes it by id or kind alike), and
/// `PATCH .../mfa-verifications/{id}/name`.
fn item_route(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Option<ApiAnswer> {
    let path = request.path.as_str();
    if let Some(id) = path
        .strip_prefix("/api/my-account/mfa-verifications/")
        .and_then(|rest| rest.strip_suffix("/name"))
        .filter(|id| !id.is_empty() && !id.contains('/'))
    {
        return Some(match request.method.as_str() {
            "PATCH" => account_mfa::rename(doorman, request, id),
            _ => not_allowed(request, "PATCH"),
        });
    }
    let kinds = [
        "sessions",
        "grants",
        "identities",
        "mfa-verifications",
        "personal-access-tokens",
    ];
    let (kind, id) = kinds.iter().find_map(|kind| {
        let id = path.strip_prefix(&format!("/api/my-account/{kind}/"))?;
        Some((*kind, id))
    })?;
    if id.is_empty() || id.contains('/') || (kind == "mfa-verifications" && id == "totp") {
        return None;
    }
    if request.method != "DELETE" {
        return Some(not_allowed(request, "DELETE"));
    }
    Some(match kind {
        "sessions" => account_sessions::end_session(state, doorman, request, id),
        "grants" => account_sessions::revoke_grant(doorman, request, id),
        "mfa-verifications" => account_mfa::remove(doorman, request, id),
        "personal-access-tokens" => tokens::revoke(doorman, request, id),
        _ => identifiers::unlink(doorman, request, id),
    })
}
