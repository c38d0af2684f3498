//! Signing in through a connector, the browser's side: `/sign-in/connector/{id}` sends the
//! browser upstream for a parked request, and `/callback/{id}` takes it back. The callback is
//! answered only once per `state`, and only to the browser that left: the departure sets a
//! binding cookie the server chose, so an attacker who left from its own client cannot sign a
//! victim in to the attacker's account (login CSRF), not even by planting its CSRF cookie.
//! Whatever goes wrong upstream ends on a readable page in the user's language.

use crate::ops::Doorman;
use crate::ops::federation::sign_in::{Arrival, Callback, Departure, Refusal};
use crate::ops::federation::upstream::UpstreamError;
use crate::web::common::binding::{bind_interaction, interaction_proved};
use crate::web::common::http::{Request, Response};
use crate::web::common::parked::Parked;
use crate::web::common::responses::{Answer, error_message, error_page};
use crate::web::engine::state::ServerState;
use crate::web::oidc::authorize::{FirstFactor, signed_in};

/// `GET /sign-in/connector/{id}`: to the upstream's authorization endpoint.
pub fn start(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    connector: &str,
) -> Answer {
    let parked = Parked::from_request(doorman, request)?;
    let Some(found) = doorman.connector_for_sign_in(connector)? else {
        return Ok(error_page(
            doorman,
            request,
            parked.ui_locales(),
            404,
            "error.not_found",
        ));
    };
    let hint = request.param("login_hint").filter(|h| !h.is_empty());
    match doorman.depart(&parked.id, &found, hint)? {
        Departure::Redirect(url) => {
            let upstream = Response::redirect(&url);
            Ok(bind_interaction(state, doorman, &parked.id, upstream)?)
        }
        Departure::Failed(e) => Ok(upstream_failed(
            doorman,
            request,
            parked.ui_locales(),
            &found.name,
            &e,
        )),
    }
}

/// The page for an upstream that could not be reached (502) or answered wrongly (400).
pub(crate) fn upstream_failed(
    doorman: &Doorman,
    request: &Request,
    ui_locales: Option<&str>,
    provider: &str,
    e: &UpstreamError,
) -> Response {
    let (status, key) = match e {
        UpstreamError::Unreachable(_) => (502, "error.upstream_unreachable"),
        UpstreamError::Refused(_) => (400, "error.upstream_failed"),
    };
    tracing::warn!(provider, "connector sign-in failed: {e}");
    let reason = e.to_string();
    error_message(
        doorman,
        request,
        ui_locales,
        status,
        key,
        |t| {
            t.fill(
                &format!("{key}.message"),
                [("provider", provider), ("reason", reason.as_str())],
            )
        },
        None,
    )
}

/// `GET /callback/{id}`: the upstream's answer.
pub fn callback(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    connector: &str,
) -> Answer {
    let bad_state =
        |doorman: &Doorman| error_page(doorman, request, None, 400, "error.upstream_state");
    let state_id = request.param("state").unwrap_or_default();
    let Some(waiting) = doorman.waiting_departure(state_id)? else {
        return Ok(bad_state(doorman));
    };
    if waiting.connector_id != connector {
        return Ok(bad_state(doorman));
    }
    let parked = Parked::load(doorman, request, &waiting.interaction_id)?;
    if !interaction_proved(doorman, request, &parked.id)? {
        return Ok(bad_state(doorman));
    }
    // Proved: taken once (a second tab racing this one finds it gone).
    let Some(pending) = doorman.take_departure(state_id)? else {
        return Ok(bad_state(doorman));
    };
    let answer = Callback {
        code: request.param("code"),
        error: request.param("error"),
        error_description: request.param("error_description"),
        user: request.param("user"),
    };
    match doorman.arrive(&pending, answer)? {
        Arrival::SignedIn { user, created, amr } => signed_in(
            state,
            doorman,
            request,
            &parked,
            *user,
            FirstFactor {
                amr,
                sign_up: created,
                channel: None,
            },
        ),
        Arrival::NeedsEmail { .. } => Ok(Response::redirect(&format!(
            "/continue/email?interaction={}",
            parked.id
        ))),
        Arrival::Refused(refusal) => {
            let provider = doorman
                .connector_for_sign_in(connector)?
                .map(|c| c.name)
                .unwrap_or_default();
            Ok(refused(doorman, request, &parked, &provider, refusal))
        }
    }
}

/// The page for a connector sign-in that cannot go on.
pub fn refused(
    doorman: &Doorman,
    request: &Request,
    parked: &Parked,
    provider: &str,
    refusal: Refusal,
) -> Response {
    let locales = parked.ui_locales();
    let sign_in = format!("/sign-in?interaction={}", parked.id);
    let page = |status: u16, key: &str, message: &str, values: &[(&str, &str)], link: bool| {
        error_message(
            doorman,
            request,
            locales,
            status,
            key,
            |t| t.fill(message, values),
            link.then_some((sign_in.as_str(), "error.sign_in_instead")),
        )
    };
    match refusal {
        Refusal::Denied(reason) => page(
            400,
            "error.upstream_denied",
            "error.upstream_denied.message",
            &[("provider", provider), ("reason", &reason)],
            false,
        ),
        Refusal::Upstream(e) => upstream_failed(doorman, request, locales, provider, &e),
        Refusal::ConnectorGone => {
            error_page(doorman, request, locales, 400, "error.interaction_gone")
        }
        Refusal::EmailTaken { email, linkable } => page(
            409,
            "error.account_exists",
            if linkable {
                "error.account_exists.message"
            } else {
                "error.account_exists_unverified.message"
            },
            &[("provider", provider), ("email", &email)],
            true,
        ),
        Refusal::RegistrationClosed => error_page(
            doorman,
            request,
            locales,
            403,
            "error.registration_disabled",
        ),
        Refusal::NoEmail => page(
            400,
            "error.upstream_no_email",
            "error.upstream_no_email.message",
            &[("provider", provider)],
            false,
        ),
        Refusal::DomainNotOwned(email) => page(
            403,
            "error.sso_domain",
            "error.sso_domain.message",
            &[("provider", provider), ("email", &email)],
            false,
        ),
        Refusal::AlreadyLinked(email) => page(
            409,
            "error.already_linked",
            "error.already_linked.message",
            &[("provider", provider), ("email", &email)],
            false,
        ),
        Refusal::Suspended => error_page(doorman, request, locales, 403, "error.account_suspended"),
    }
}

/// `POST /callback/{id}`: a provider that answers with `response_mode=form_post` (Sign in with
/// Apple) POSTs from its own site, so the browser sends no SameSite=Lax cookie with it. The
/// answer's fields go on to `GET /callback/{id}` by a 303, a top-level navigation that carries the
/// cookies, where the state and the browser's binding are checked as for any callback.
pub fn form_post_callback(request: &Request, connector: &str) -> Answer {
    let mut query = form_urlencoded::Serializer::new(String::new());
    for key in ["code", "state", "error", "error_description"] {
        if let Some(value) = request.param(key) {
            query.append_pair(key, value);
        }
    }
    // Only the name goes on from Apple's `user` field (its email stays out of the URL).
    let name = request
        .param("user")
        .and_then(|user| serde_json::from_str::<serde_json::Value>(user).ok())
        .map(|user| user["name"].clone())
        .filter(serde_json::Value::is_object);
    if let Some(name) = name {
        query.append_pair("user", &serde_json::json!({ "name": name }).to_string());
    }
    Ok(Response::redirect(&format!(
        "/callback/{connector}?{}",
        query.finish()
    )))
}
