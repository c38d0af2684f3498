//! Which handler answers which method and path.

use crate::error::Error;
use crate::model::settings::Settings;
use crate::ops::Doorman;
use crate::web::http::{Request, Response};
use crate::web::pages::{self, Chrome, ErrorPage, HomePage, Link};
use crate::web::server::Shared;
use crate::web::{account, endpoints, flow, i18n, logout};

/// Answers one request. Whatever its operations write is committed once, at the end: a sign-in
/// that checks the password, starts a session, issues a code and closes the interaction writes
/// the log once instead of four times. Each operation is still all-or-nothing on its own.
pub fn handle(shared: &Shared, doorman: &mut Doorman, request: &Request) -> Response {
    doorman.store.defer_commits();
    let response = route(shared, doorman, request);
    match doorman.store.commit_deferred() {
        Ok(()) => response,
        Err(e) => server_error(doorman, e),
    }
}

fn route(shared: &Shared, doorman: &mut Doorman, request: &Request) -> Response {
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
        ("GET" | "POST", "/register") => account::register(shared, doorman, request),
        ("GET" | "POST", "/verify") => account::verify(shared, doorman, request),
        ("GET" | "POST", "/forgot-password") => account::forgot_password(shared, doorman, request),
        ("POST", "/forgot-password/reset") => account::reset_password(shared, doorman, request),
        ("GET", "/dev/outbox") => account::outbox(shared, doorman, request),
        ("GET", "/static/doorman.css") => stylesheet(pages::STYLESHEET.to_string()),
        ("GET", "/static/theme.css") => match doorman.settings() {
            Ok(settings) => stylesheet(pages::theme_css(&settings)),
            Err(e) => server_error(doorman, e),
        },
        (
            _,
            "/"
            | "/sign-in"
            | "/consent"
            | "/sign-out"
            | "/register"
            | "/verify"
            | "/forgot-password"
            | "/forgot-password/reset"
            | "/dev/outbox",
        ) => Response::empty(405),
        _ => error_page(doorman, request, None, 404, "error.not_found"),
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
    let chrome = match chrome(doorman, request, None) {
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

/// The page language for a request: `ui_locales` (of the authorization request, or of the page's
/// own query), then `Accept-Language`, then the settings' default.
pub fn language(settings: &Settings, request: &Request, ui_locales: Option<&str>) -> &'static str {
    i18n::negotiate(
        ui_locales.or_else(|| request.param("ui_locales")),
        request.header("accept-language"),
        &settings.languages,
    )
}

/// The page chrome from the current settings, in the request's language.
pub fn chrome(
    doorman: &Doorman,
    request: &Request,
    ui_locales: Option<&str>,
) -> crate::Result<Chrome> {
    let settings = doorman.settings()?;
    Ok(Chrome::new(
        &settings,
        language(&settings, request, ui_locales),
    ))
}

/// A readable error page: `key` names the title, and `key.message` the explanation.
pub fn error_page(
    doorman: &Doorman,
    request: &Request,
    ui_locales: Option<&str>,
    status: u16,
    key: &str,
) -> Response {
    let chrome = page_chrome(doorman, request, ui_locales);
    let message = chrome.t.get(&format!("{key}.message")).to_string();
    show_error(chrome, status, key, message, None)
}

/// An error page whose explanation is a (developer-facing) detail rather than a page string.
pub fn error_detail(
    doorman: &Doorman,
    request: &Request,
    ui_locales: Option<&str>,
    status: u16,
    key: &str,
    detail: &str,
) -> Response {
    let chrome = page_chrome(doorman, request, ui_locales);
    show_error(chrome, status, key, detail.to_string(), None)
}

/// An error page with a way back to where the flow can start again.
pub fn error_with_link(
    doorman: &Doorman,
    request: &Request,
    ui_locales: Option<&str>,
    status: u16,
    key: &str,
    link: (&str, &str),
) -> Response {
    let chrome = page_chrome(doorman, request, ui_locales);
    let message = chrome.t.get(&format!("{key}.message")).to_string();
    let back = Link {
        href: link.0.to_string(),
        label: chrome.t.get(link.1).to_string(),
    };
    show_error(chrome, status, key, message, Some(back))
}

fn page_chrome(doorman: &Doorman, request: &Request, ui_locales: Option<&str>) -> Chrome {
    chrome(doorman, request, ui_locales).unwrap_or_else(|_| {
        let settings = Settings::default();
        Chrome::new(&settings, language(&settings, request, ui_locales))
    })
}

fn show_error(
    chrome: Chrome,
    status: u16,
    key: &str,
    message: String,
    back: Option<Link>,
) -> Response {
    let title = chrome.t.get(key).to_string();
    pages::render(
        status,
        &ErrorPage {
            chrome,
            title,
            message,
            back,
        },
    )
}

/// A failure of the server itself: logged in full, shown without detail, in the default
/// language.
pub fn server_error(doorman: &Doorman, e: Error) -> Response {
    tracing::error!("request failed: {e}");
    let settings = doorman.settings().unwrap_or_default();
    let chrome = Chrome::new(&settings, &settings.languages.default);
    let message = chrome.t.get("error.server.message").to_string();
    show_error(chrome, 500, "error.server", message, None)
}
