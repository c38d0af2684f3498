//! The browser's side of a session: the session and CSRF cookies, the signed-in user a request
//! carries, and the CSRF check every form makes (a random token in an HttpOnly cookie that each
//! form repeats, compared in constant time).

use subtle::ConstantTimeEq;

use crate::model::id::random_string;
use crate::model::user::User;
use crate::ops::Doorman;
use crate::ops::sessions::ActiveSession;
use crate::web::http::{self, Request, Response};
use crate::web::responses::{Failure, error_page};
use crate::web::state::ServerState;

/// The session cookie.
pub const SESSION_COOKIE: &str = "doorman_session";
/// The CSRF cookie.
pub const CSRF_COOKIE: &str = "doorman_csrf";

/// The browser's open session, if any.
pub fn current_session(doorman: &Doorman, request: &Request) -> Option<ActiveSession> {
    let cookie = request.cookie(SESSION_COOKIE)?;
    doorman.session_from_cookie(cookie).ok().flatten()
}

/// How a user is named on pages.
pub fn user_label(user: &User) -> String {
    user.email
        .clone()
        .or_else(|| user.username.clone())
        .or_else(|| user.phone.clone())
        .unwrap_or_else(|| user.id.clone())
}

/// Sets the session cookie (or, with an empty value and no lifetime, clears it).
pub fn session_cookie(
    state: &ServerState,
    response: Response,
    value: &str,
    max_age: i64,
) -> Response {
    response.header(
        "Set-Cookie",
        &http::cookie(SESSION_COOKIE, value, max_age, state.secure_cookies),
    )
}

/// The browser's CSRF token, and whether it is new (and so must be set as a cookie).
pub fn csrf_token(request: &Request) -> (String, bool) {
    match request.cookie(CSRF_COOKIE).filter(|v| v.len() >= 32) {
        Some(existing) => (existing.to_string(), false),
        None => (random_string(32), true),
    }
}

/// Sets the CSRF cookie on a response when it was just made.
pub fn with_csrf(state: &ServerState, response: Response, token: &str, new: bool) -> Response {
    if new {
        response.header(
            "Set-Cookie",
            &http::cookie(CSRF_COOKIE, token, 86_400, state.secure_cookies),
        )
    } else {
        response
    }
}

/// Whether a form's `csrf_token` matches the browser's cookie and `expected`, in constant time.
pub fn csrf_ok(request: &Request, expected: &str) -> bool {
    let form = request.param("csrf_token").unwrap_or_default();
    let cookie = request.cookie(CSRF_COOKIE).unwrap_or_default();
    !expected.is_empty()
        && bool::from(form.as_bytes().ct_eq(expected.as_bytes()))
        && bool::from(cookie.as_bytes().ct_eq(expected.as_bytes()))
}

/// Refuses a form whose CSRF token does not match `expected`, with the page that says so.
pub fn check_csrf(
    doorman: &Doorman,
    request: &Request,
    expected: &str,
    ui_locales: Option<&str>,
) -> Result<(), Failure> {
    if csrf_ok(request, expected) {
        Ok(())
    } else {
        Err(Failure::Page(error_page(
            doorman,
            request,
            ui_locales,
            403,
            "error.form_expired",
        )))
    }
}
