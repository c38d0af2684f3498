//! Which handler answers which method and path.

use crate::error::Error;
use crate::ops::Doorman;
use crate::web::http::{Request, Response};
use crate::web::pages::{self, Chrome, ErrorPage, HomePage};
use crate::web::server::Shared;
use crate::web::{endpoints, flow, logout};

/// Answers one request.
pub fn handle(shared: &Shared, doorman: &mut Doorman, request: &Request) -> Response {
    let prefix = &shared.issuer[shared.base_url.len()..];
    let method = request.method.as_str();
    let path = request.path.as_str();
    if let Some(endpoint) = path.strip_prefix(prefix).filter(|_| !prefix.is_empty()) {
        let response = match (method, endpoint) {
            ("GET", "/.well-known/openid-configuration") => endpoints::discovery(shared),
            ("GET", "/jwks") => endpoints::jwks(doorman),
            ("GET" | "POST", "/auth") => flow::authorize(shared, doorman, request),
            ("POST", "/token") => endpoints::token(doorman, request),
            ("GET" | "POST", "/me") => endpoints::userinfo(doorman, request),
            ("POST", "/token/introspection") => endpoints::introspection(doorman, request),
            ("POST", "/token/revocation") => endpoints::revocation(doorman, request),
            ("GET" | "POST", "/session/end") => logout::end_session(shared, doorman, request),
            ("OPTIONS", _) => endpoints::preflight(),
            (
                _,
                "/.well-known/openid-configuration"
                | "/jwks"
                | "/auth"
                | "/token"
                | "/me"
                | "/token/introspection"
                | "/token/revocation"
                | "/session/end",
            ) => return Response::empty(405),
            _ => return Response::json(404, &serde_json::json!({ "error": "not_found" })),
        };
        return response.header("Access-Control-Allow-Origin", "*");
    }
    match (method, path) {
        ("GET", "/") => home(doorman, request),
        ("GET" | "POST", "/sign-in") => flow::sign_in(shared, doorman, request),
        ("GET" | "POST", "/consent") => flow::consent(shared, doorman, request),
        ("GET" | "POST", "/sign-out") => logout::sign_out_page(shared, doorman, request),
        ("GET", "/static/doorman.css") => stylesheet(pages::STYLESHEET.to_string()),
        ("GET", "/static/theme.css") => match doorman.settings() {
            Ok(settings) => stylesheet(pages::theme_css(&settings)),
            Err(e) => server_error(doorman, e),
        },
        (_, "/" | "/sign-in" | "/consent" | "/sign-out") => Response::empty(405),
        _ => error_page(
            doorman,
            404,
            "Page not found",
            "There is nothing at this address.",
        ),
    }
}

fn stylesheet(css: String) -> Response {
    Response::empty(200)
        .header("Content-Type", "text/css; charset=utf-8")
        .header("Cache-Control", "no-cache")
        .header("X-Content-Type-Options", "nosniff")
        .body(css.into_bytes())
}

fn home(doorman: &mut Doorman, request: &Request) -> Response {
    let chrome = match chrome(doorman) {
        Ok(c) => c,
        Err(e) => return server_error(doorman, e),
    };
    let signed_in_as = flow::current_session(doorman, request).map(|s| flow::user_label(&s.user));
    match doorman.issuer() {
        Ok(issuer) => pages::render(
            200,
            &HomePage {
                chrome,
                issuer,
                signed_in_as,
            },
        ),
        Err(e) => server_error(doorman, e),
    }
}

/// The page chrome from the current settings.
pub fn chrome(doorman: &Doorman) -> crate::Result<Chrome> {
    Ok(Chrome::from_settings(&doorman.settings()?))
}

/// A readable error page.
pub fn error_page(doorman: &Doorman, status: u16, title: &str, message: &str) -> Response {
    let chrome = chrome(doorman)
        .unwrap_or_else(|_| Chrome::from_settings(&crate::model::settings::Settings::default()));
    pages::render(
        status,
        &ErrorPage {
            chrome,
            title: title.to_string(),
            message: message.to_string(),
        },
    )
}

/// A failure of the server itself: logged in full, shown without detail.
pub fn server_error(doorman: &Doorman, e: Error) -> Response {
    tracing::error!("request failed: {e}");
    error_page(
        doorman,
        500,
        "Something went wrong",
        "The server failed to handle this request. Its log says why.",
    )
}
