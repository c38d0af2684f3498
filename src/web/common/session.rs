//! The browser's side of a session: the session and CSRF cookies, the signed-in user a request
//! carries, and the CSRF check every form makes. A form that continues an interaction carries the
//! token stored with the interaction (the browser's CSRF cookie when it began), and the browser
//! must still hold that cookie. A form without an interaction (sign-out, a code or password reset
//! begun without an app) carries its browser's CSRF cookie signed by the server together with
//! the browser's session cookie, so a cookie and field planted by another site on the same host
//! (another port of localhost, say) are refused: only the server can make a token, and only for
//! that session. Comparisons are constant-time.

use aws_lc_rs::hmac;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use subtle::ConstantTimeEq;

use crate::model::id::random_string;
use crate::model::user::User;
use crate::ops::Doorman;
use crate::ops::accounts::sessions::ActiveSession;
use crate::web::common::http::{self, Request, Response};
use crate::web::common::responses::{Failure, error_page};
use crate::web::engine::state::ServerState;

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
    bool::from(form.as_bytes().ct_eq(expected.as_bytes())) && started_here(request, expected)
}

/// Whether the browser's CSRF cookie is `expected` (the token an interaction was started
/// with), in constant time. It guards forms against cross-site posts only: which browser a step
/// belongs to is proved by a binding (`common::binding`), since any server on the same host can
/// plant a CSRF cookie.
fn started_here(request: &Request, expected: &str) -> bool {
    let cookie = request.cookie(CSRF_COOKIE).unwrap_or_default();
    !expected.is_empty() && bool::from(cookie.as_bytes().ct_eq(expected.as_bytes()))
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
        Err(form_expired(doorman, request, ui_locales))
    }
}

fn form_expired(doorman: &Doorman, request: &Request, ui_locales: Option<&str>) -> Failure {
    Failure::Page(error_page(
        doorman,
        request,
        ui_locales,
        403,
        "error.form_expired",
    ))
}

/// Whether a form post comes from one of this server's own pages, as the browser tells it:
/// `Sec-Fetch-Site` must be `same-origin` (or `none`, typed or bookmarked), else an `Origin`
/// must name this host. A request with neither (an old browser, a script), or with the opaque
/// origin `null` (what a browser without `Sec-Fetch-Site` sends from our own pages, whose
/// referrer policy is `no-referrer`), is left to the CSRF token. Another port of localhost is same-site but not same-origin, so its forms are refused
/// here even though the browser sends it the cookies.
pub fn same_origin_form(request: &Request) -> bool {
    if let Some(site) = request.header("sec-fetch-site") {
        return matches!(site, "same-origin" | "none");
    }
    match request.header("origin") {
        None | Some("null") => true,
        Some(origin) => {
            let host = request.header("host").unwrap_or_default();
            url::Url::parse(origin).is_ok_and(|url| {
                let authority = match (url.host_str(), url.port()) {
                    (Some(h), Some(p)) => format!("{h}:{p}"),
                    (Some(h), None) => h.to_string(),
                    (None, _) => return false,
                };
                authority.eq_ignore_ascii_case(host)
            })
        }
    }
}

/// The CSRF token of a form that continues no interaction, and the cookie it goes with.
pub struct SignedCsrf {
    /// What the form carries: the cookie's nonce and the server's signature.
    pub token: String,
    /// The browser's CSRF cookie value.
    pub nonce: String,
    /// Whether the cookie is new (and so must be set).
    pub new: bool,
}

/// A signed CSRF token for this browser and its current session.
pub fn signed_csrf(state: &ServerState, request: &Request) -> SignedCsrf {
    let (nonce, new) = csrf_token(request);
    let signature = hmac::sign(&state.csrf_key, &signed_message(request, &nonce));
    SignedCsrf {
        token: format!("{nonce}.{}", URL_SAFE_NO_PAD.encode(signature.as_ref())),
        nonce,
        new,
    }
}

/// The bytes a signed token covers: the CSRF cookie's nonce and the session cookie (empty
/// without one), so a token made for one session does not serve another.
fn signed_message(request: &Request, nonce: &str) -> Vec<u8> {
    let session = request.cookie(SESSION_COOKIE).unwrap_or_default();
    [nonce.as_bytes(), b"\0", session.as_bytes()].concat()
}

/// Whether a form's `csrf_token` is one the server signed for this browser's CSRF cookie and
/// session.
pub fn signed_csrf_ok(state: &ServerState, request: &Request) -> bool {
    let form = request.param("csrf_token").unwrap_or_default();
    let cookie = request.cookie(CSRF_COOKIE).unwrap_or_default();
    let Some((nonce, signature)) = form.split_once('.') else {
        return false;
    };
    let Ok(signature) = URL_SAFE_NO_PAD.decode(signature) else {
        return false;
    };
    !nonce.is_empty()
        && bool::from(nonce.as_bytes().ct_eq(cookie.as_bytes()))
        && hmac::verify(&state.csrf_key, &signed_message(request, nonce), &signature).is_ok()
}

/// Refuses a form without an interaction whose CSRF token the server did not sign for this
/// browser and session.
pub fn check_signed_csrf(
    state: &ServerState,
    doorman: &Doorman,
    request: &Request,
    ui_locales: Option<&str>,
) -> Result<(), Failure> {
    if signed_csrf_ok(state, request) {
        Ok(())
    } else {
        Err(form_expired(doorman, request, ui_locales))
    }
}
