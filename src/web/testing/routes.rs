//! Which test control answers which method and path under `/dev/`. The controls take JSON:
//! a `POST` must say `Content-Type: application/json`, which a page on another origin cannot
//! send without a CORS preflight doorman never grants, so no web page can drive them.

use crate::ops::Doorman;
use crate::web::api::error::{ApiAnswer, ApiError};
use crate::web::common::http::{Request, Response};
use crate::web::engine::state::ServerState;
use crate::web::testing::{capture, clock, outcomes, reset};

/// The test controls' paths.
pub const PATHS: &[&str] = &["/dev/clock", "/dev/next", "/dev/requests", "/dev/reset"];

/// The answer of a test control, or `None` when the path is not one (or the controls are off,
/// so `/dev/...` is as unknown as any other path).
pub fn route(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Option<Response> {
    let controls = state.test_controls.as_ref()?;
    let path = request.path.as_str();
    if !PATHS.contains(&path) {
        return None;
    }
    let answer = if request.method == "POST" && !is_json(request) {
        Err(ApiError::new(
            415,
            "guard.invalid_input",
            "the test controls take JSON: send Content-Type: application/json",
        ))
    } else {
        match (request.method.as_str(), path) {
            ("GET", "/dev/clock") => clock::show(controls),
            ("POST", "/dev/clock") => clock::set(controls, request),
            ("GET", "/dev/next") => outcomes::list(controls),
            ("POST", "/dev/next") => outcomes::queue(controls, request),
            ("DELETE", "/dev/next") => outcomes::clear(controls),
            ("GET", "/dev/requests") => capture::list(controls, request),
            ("POST", "/dev/reset") => reset::reset(state, controls, doorman),
            (_, "/dev/clock") => not_allowed(request, "GET, POST"),
            (_, "/dev/next") => not_allowed(request, "GET, POST, DELETE"),
            (_, "/dev/requests") => not_allowed(request, "GET"),
            _ => not_allowed(request, "POST"),
        }
    };
    Some(answer.unwrap_or_else(ApiError::into_response))
}

fn is_json(request: &Request) -> bool {
    let media_type = request.header("content-type").unwrap_or_default();
    let essence = media_type.split(';').next().unwrap_or_default().trim();
    essence.eq_ignore_ascii_case("application/json")
}

fn not_allowed(request: &Request, allow: &str) -> ApiAnswer {
    Err(ApiError::new(
        405,
        "request.method_not_allowed",
        format!("{} is not allowed on {}", request.method, request.path),
    )
    .with_header("Allow", allow))
}
