//! Which handler answers which method and path. The router depends on the handlers and
//! nothing depends on it; it is also where a handler's failure becomes a response (an OAuth
//! error for the JSON endpoints, a page for the rest) and where a request's writes are
//! committed.

use crate::ops::Doorman;
use crate::web::api;
use crate::web::api::error::ApiError;
use crate::web::common::http::{Request, Response};
use crate::web::common::responses::{error_page, respond, server_error};
use crate::web::common::session::same_origin_form;
use crate::web::engine::state::ServerState;
use crate::web::oidc::authorize::{DEVICE_DENIED, DEVICE_SUCCESS};
use crate::web::oidc::endpoints::{self, oauth_error};
use crate::web::oidc::{authorize, sign_out};
use crate::web::pages::{
    account, assets, connectors, consent, continue_email, device, invitation, mfa, outbox, passkey,
    playground, register, reset, sign_in, verify,
};
use crate::web::saml;
use crate::web::testing;

/// Answers one request. Whatever its operations write is committed once, at the end: a sign-in
/// that checks the password, starts a session, issues a code and closes the interaction writes
/// the log once instead of four times. Each operation is still all-or-nothing on its own.
pub fn handle(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Response {
    let host = request.header("host");
    if !state.allowed_hosts.allows(host) {
        return misdirected(host);
    }
    if request.method == "HEAD" {
        return head(state, doorman, request);
    }
    // The test controls run outside the request's deferred transaction: a reset attaches the
    // start-up copy of the database, which SQLite allows only between transactions.
    if request.path.starts_with("/dev/")
        && let Some(response) = testing::routes::route(state, doorman, request)
    {
        return response;
    }
    doorman.begin_request();
    if let Err(e) = doorman.store.begin_request() {
        return server_error(doorman, e);
    }
    let response = route(state, doorman, request);
    match doorman.store.commit_deferred() {
        Ok(()) => response,
        Err(e) => server_error(doorman, e),
    }
}

/// `HEAD` (RFC 9110 §9.3.2): what `GET` would answer, for the paths whose `GET` changes
/// nothing. The others (`/oidc/auth` parks a request, `/oidc/session/end` and `/sign-out` can end
/// a session) answer 405, so a `HEAD` never has a side effect.
fn head(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Response {
    let endpoint = state.endpoint(&request.path);
    let safe = match endpoint {
        Some(endpoint) => matches!(
            endpoint,
            "/.well-known/openid-configuration" | METADATA_PATH | "/jwks"
        ),
        None => {
            matches!(
                request.path.as_str(),
                "/" | "/static/doorman.css"
                    | "/static/theme.css"
                    | "/static/sign-out.js"
                    | "/static/passkey.js"
                    | "/dev/outbox"
                    | "/api/status"
                    | "/api/swagger.json"
            ) || request.path.starts_with(METADATA_PATH)
        }
    };
    if !safe {
        return Response::empty(405).header("Allow", "GET, POST");
    }
    let get = Request {
        method: "GET".into(),
        ..request.clone()
    };
    handle(state, doorman, &get)
}

/// RFC 8414's well-known name for authorization server metadata.
const METADATA_PATH: &str = "/.well-known/oauth-authorization-server";

/// The answer to a request for a host this server does not serve (RFC 9110 §15.5.20).
fn misdirected(host: Option<&str>) -> Response {
    let text = match host {
        Some(host) => format!(
            "doorman does not answer for host '{host}'; add it to server.allowed_hosts if it should\n"
        ),
        None => "doorman answers only requests that name their host (a Host header)\n".into(),
    };
    Response::empty(421)
        .header("Content-Type", "text/plain; charset=utf-8")
        .header("Cache-Control", "no-store")
        .body(text.into_bytes())
}

fn route(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Response {
    let path = request.path.as_str();
    if let Some(endpoint) = state.endpoint(path) {
        return oidc_endpoint(state, doorman, request, endpoint);
    }
    // The SAML ACS is POSTed to from the IdP's page by design: the response's signature and the
    // waiting sign-in vouch for it, and the callback it leads to checks the browser.
    if let Some(id) = path.strip_prefix(saml::ACS_PREFIX)
        && !id.is_empty()
        && !id.contains('/')
    {
        let answer = saml::acs(state, doorman, request, id);
        return respond(doorman, request, answer);
    }
    if path == "/api" || path.starts_with("/api/") {
        return api_route(state, doorman, request);
    }
    if let Some(id) = path.strip_prefix(saml::METADATA_PREFIX)
        && !id.is_empty()
        && !id.contains('/')
    {
        let answer = saml::metadata(doorman, request, id);
        return respond(doorman, request, answer);
    }
    // RFC 8414 §3.1: the metadata of an issuer with a path is at the well-known name with the
    // issuer's path after it; the bare name answers too. The same document as discovery.
    if let Some(rest) = path.strip_prefix(METADATA_PATH)
        && (rest.is_empty() || rest == state.endpoint_prefix)
    {
        let reply = match request.method.as_str() {
            "GET" => endpoints::discovery(state),
            _ => return Response::empty(405).header("Allow", "GET"),
        };
        return reply
            .unwrap_or_else(|e| oauth_error(&e))
            .header("Access-Control-Allow-Origin", "*");
    }
    // A provider's form_post answer comes from its own site by design; it only turns into the
    // GET callback, which checks everything.
    if request.method == "POST"
        && let Some(id) = path.strip_prefix("/callback/")
        && !id.is_empty()
        && !id.contains('/')
    {
        let answer = connectors::form_post_callback(request, id);
        return respond(doorman, request, answer);
    }
    if request.method == "POST" && !same_origin_form(request) {
        let page = error_page(doorman, request, None, 403, "error.form_expired");
        return respond(doorman, request, Ok(page));
    }
    if let Some(answer) = connector_route(state, doorman, request) {
        return respond(doorman, request, answer);
    }
    if path.starts_with("/invitation/")
        && let Some(answer) = invitation::route(state, doorman, request)
    {
        return respond(doorman, request, answer);
    }
    if (path == "/account" || path.starts_with("/account/"))
        && let Some(answer) = account::route(state, doorman, request)
    {
        return respond(doorman, request, answer);
    }
    let answer = match (request.method.as_str(), path) {
        ("GET", "/") => playground::home(state, doorman, request),
        ("POST", "/playground/start") => playground::start(state, doorman, request),
        ("POST", "/playground/user") => playground::create_test_user(state, doorman, request),
        ("GET", "/playground/callback") => playground::callback(state, doorman, request),
        ("POST", "/playground/refresh" | "/playground/organization") => {
            playground::refresh(state, doorman, request)
        }
        ("POST", "/playground/sign-out") => playground::sign_out(state, doorman, request),
        ("GET" | "POST", "/sign-in") => sign_in::sign_in(state, doorman, request),
        ("GET" | "POST", "/consent") => consent::consent(state, doorman, request),
        ("GET" | "POST", "/continue/email") => {
            continue_email::continue_email(state, doorman, request)
        }
        ("GET" | "POST", "/device") => device::device(state, doorman, request),
        ("GET", DEVICE_SUCCESS) => device::outcome(state, doorman, request, true),
        ("GET", DEVICE_DENIED) => device::outcome(state, doorman, request, false),
        ("GET" | "POST", "/sign-out") => sign_out::sign_out_page(state, doorman, request),
        ("GET" | "POST", "/register") => register::register(state, doorman, request),
        ("GET" | "POST", "/verify") => verify::verify(state, doorman, request),
        ("GET" | "POST", "/mfa") => mfa::mfa(state, doorman, request),
        ("GET" | "POST", "/forgot-password") => reset::forgot_password(state, doorman, request),
        ("POST", "/forgot-password/reset") => reset::reset_password(state, doorman, request),
        ("GET", "/dev/outbox") => outbox::outbox(state, doorman, request),
        ("GET", "/static/doorman.css") => assets::stylesheet(),
        ("GET", "/static/theme.css") => assets::theme(doorman),
        ("GET", "/static/sign-out.js") => assets::sign_out_script(),
        ("GET", "/static/passkey.js") => assets::passkey_script(),
        ("POST", "/passkey/options") => passkey::options(doorman, request),
        ("POST", "/sign-in/passkey") => sign_in::passkey_sign_in(state, doorman, request),
        (
            _,
            "/"
            | "/sign-in"
            | "/consent"
            | "/device"
            | "/continue/email"
            | DEVICE_SUCCESS
            | DEVICE_DENIED
            | "/sign-out"
            | "/register"
            | "/verify"
            | "/mfa"
            | "/passkey/options"
            | "/sign-in/passkey"
            | "/playground/start"
            | "/playground/user"
            | "/playground/callback"
            | "/playground/refresh"
            | "/playground/organization"
            | "/playground/sign-out"
            | "/forgot-password"
            | "/forgot-password/reset"
            | "/dev/outbox",
        ) => Ok(Response::empty(405)),
        _ => Ok(error_page(doorman, request, None, 404, "error.not_found")),
    };
    respond(doorman, request, answer)
}

/// The JSON APIs under `/api`, which answer in Logto's error shape. They take bearer tokens,
/// never cookies, so the form-origin check of the pages does not apply.
fn api_route(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Response {
    let not_allowed = |allow: &str| {
        Err(ApiError::new(
            405,
            "request.method_not_allowed",
            format!("{} is not allowed on {}", request.method, request.path),
        )
        .with_header("Allow", allow))
    };
    if let Some(answer) = api::account::routes::route(state, doorman, request) {
        return answer.unwrap_or_else(ApiError::into_response);
    }
    if let Some(answer) = api::management::route(doorman, request) {
        return answer.unwrap_or_else(ApiError::into_response);
    }
    if let Some(answer) = management_user_route(state, doorman, request) {
        return answer.unwrap_or_else(ApiError::into_response);
    }
    let answer = match (request.method.as_str(), request.path.as_str()) {
        ("GET", "/api/status") => api::status::status(),
        ("GET", "/api/swagger.json") => api::openapi::swagger(),
        ("GET", "/api/users") => api::management::users::list(doorman, request),
        ("POST", "/api/users") => api::management::users::create(doorman, request),
        (_, "/api/status" | "/api/swagger.json") => not_allowed("GET"),
        (_, "/api/users") => not_allowed("GET, POST"),
        _ => Err(ApiError::new(
            404,
            "entity.not_found",
            format!("no API route {} {}", request.method, request.path),
        )),
    };
    answer.unwrap_or_else(ApiError::into_response)
}

/// The Management API's `/api/users/{id}` and the routes under it.
fn management_user_route(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
) -> Option<api::error::ApiAnswer> {
    let rest = request.path.strip_prefix("/api/users/")?;
    let (id, sub) = rest.split_once('/').unwrap_or((rest, ""));
    if id.is_empty() {
        return None;
    }
    Some(match (request.method.as_str(), sub) {
        ("GET", "") => api::management::users::show(doorman, request, id),
        ("PATCH", "") => api::management::users::update(doorman, request, id),
        ("DELETE", "") => api::management::users::delete(state, doorman, request, id),
        (_, "") => Err(ApiError::new(
            405,
            "request.method_not_allowed",
            format!("{} is not allowed on {}", request.method, request.path),
        )
        .with_header("Allow", "GET, PATCH, DELETE")),
        _ => api::management::users::item(state, doorman, request, id, sub),
    })
}

/// The connector paths, which end in the connector's id: `GET /sign-in/connector/{id}` and
/// `GET /callback/{id}`.
fn connector_route(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
) -> Option<crate::web::common::responses::Answer> {
    let path = request.path.as_str();
    let (start, id) = match (
        path.strip_prefix("/sign-in/connector/"),
        path.strip_prefix("/callback/"),
    ) {
        (Some(id), _) => (true, id),
        (_, Some(id)) => (false, id),
        _ => return None,
    };
    if id.is_empty() || id.contains('/') {
        return None;
    }
    if request.method != "GET" {
        return Some(Ok(Response::empty(405).header("Allow", "GET")));
    }
    Some(if start {
        connectors::start(state, doorman, request, id)
    } else {
        connectors::callback(state, doorman, request, id)
    })
}

/// The endpoints under the issuer's path (`/oidc/...`), all open to other origins.
fn oidc_endpoint(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    endpoint: &str,
) -> Response {
    let controls = state.test_controls.as_ref();
    if let Some(controls) = controls
        && !matches!(
            endpoint,
            "/.well-known/openid-configuration" | METADATA_PATH | "/jwks"
        )
    {
        testing::capture::capture(controls, doorman, request);
    }
    let reply = match (request.method.as_str(), endpoint) {
        ("GET", "/.well-known/openid-configuration" | METADATA_PATH) => endpoints::discovery(state),
        ("GET", "/jwks") => endpoints::jwks(doorman),
        ("GET" | "POST", "/auth") => {
            let answer = authorize::authorize(state, doorman, request);
            Ok(respond(doorman, request, answer))
        }
        ("POST", "/token") => match controls {
            Some(controls) => Ok(testing::token::token(controls, doorman, request)),
            None => endpoints::token(doorman, request),
        },
        ("GET" | "POST", "/me") => endpoints::userinfo(doorman, request),
        ("POST", "/token/introspection") => endpoints::introspection(doorman, request),
        ("POST", "/token/revocation") => endpoints::revocation(doorman, request),
        ("POST", "/device/auth") => endpoints::device_authorization(doorman, request),
        ("GET" | "POST", "/session/end") => {
            let answer = sign_out::end_session(state, doorman, request);
            Ok(respond(doorman, request, answer))
        }
        ("OPTIONS", _) => endpoints::preflight(),
        (
            _,
            "/.well-known/openid-configuration"
            | METADATA_PATH
            | "/jwks"
            | "/auth"
            | "/token"
            | "/me"
            | "/token/introspection"
            | "/token/revocation"
            | "/device/auth"
            | "/session/end",
        ) => return Response::empty(405),
        _ => return Response::json(404, &serde_json::json!({ "error": "not_found" })),
    };
    reply
        .unwrap_or_else(|e| oauth_error(&e))
        .header("Access-Control-Allow-Origin", "*")
}
