//! Signing out: RP-initiated logout (`/oidc/session/end`) and the `/sign-out` page. The request
//! is checked by [`oidc::logout`](crate::oidc::logout); ending a session revokes what its apps
//! were given and queues a back-channel logout token for every app of the session that
//! registered a URI.

use crate::oidc::authorize::redirect_with;
use crate::oidc::jwt;
use crate::oidc::logout::{self, LogoutParams, LogoutRequest};
use crate::ops::Doorman;
use crate::web::common::http::{Request, Response};
use crate::web::common::responses::{Answer, Failure, chrome, error_detail, error_page};
use crate::web::common::session::{
    current_session, session_cookie, signed_csrf, signed_csrf_ok, with_csrf,
};
use crate::web::engine::state::ServerState;
use crate::web::oidc::backchannel::notify_apps;
use crate::web::pages::templates::{self, SignOutPage};

/// The request's logout parameters, checked; a refusal is the error page both sign-out routes
/// show.
fn check(
    doorman: &Doorman,
    state: &ServerState,
    request: &Request,
) -> Result<LogoutRequest, Failure> {
    read(doorman, state, request).map_err(|message| {
        Failure::Page(error_detail(
            doorman,
            request,
            None,
            400,
            "error.invalid_sign_out",
            &message,
        ))
    })
}

fn read(
    doorman: &Doorman,
    state: &ServerState,
    request: &Request,
) -> Result<LogoutRequest, String> {
    let hint = match request.param("id_token_hint") {
        Some(token) => {
            let jwks = doorman.jwks().map_err(|e| e.to_string())?;
            let claims = jwt::verify(token, &jwks, &state.issuer, false)
                .map_err(|e| format!("id_token_hint was not accepted ({e})"))?;
            Some(claims)
        }
        None => None,
    };
    let params = LogoutParams {
        client_id: request.param("client_id"),
        post_logout_redirect_uri: request.param("post_logout_redirect_uri"),
        state: request.param("state"),
    };
    logout::validate(&params, hint.as_ref(), |id| doorman.find_client(id))
}

/// Where the browser goes once signed out.
fn finish(
    state: &ServerState,
    doorman: &Doorman,
    request: &Request,
    checked: &LogoutRequest,
) -> Answer {
    let response = match &checked.post_logout_redirect_uri {
        Some(uri) => Response::redirect(&match &checked.state {
            Some(s) => redirect_with(uri, &[("state", s)]),
            None => uri.clone(),
        }),
        None => templates::render(
            200,
            &SignOutPage {
                chrome: chrome(doorman, request, None)?,
                signed_in: false,
                csrf_token: String::new(),
                post_logout_redirect_uri: None,
                state: None,
                client_id: None,
                auto_submit: false,
            },
        ),
    };
    Ok(session_cookie(state, response, "", 0))
}

fn end(state: &ServerState, doorman: &mut Doorman, session_id: &str) -> crate::Result<()> {
    let notices = doorman.end_session(session_id)?;
    notify_apps(&state.backchannel, doorman, notices)
}

/// `GET/POST /oidc/session/end`.
pub fn end_session(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    let checked = check(doorman, state, request)?;
    let Some(session) = current_session(doorman, request) else {
        return finish(state, doorman, request, &checked);
    };
    if checked.names_session(&session.session.id, &session.user.id) {
        end(state, doorman, &session.session.id)?;
        return finish(state, doorman, request, &checked);
    }
    // Without a hint naming this session, the user confirms: a link alone must not sign anyone out.
    confirm_page(state, doorman, request, &checked)
}

fn confirm_page(
    state: &ServerState,
    doorman: &Doorman,
    request: &Request,
    checked: &LogoutRequest,
) -> Answer {
    let csrf = signed_csrf(state, request);
    let page = templates::render(
        200,
        &SignOutPage {
            chrome: chrome(doorman, request, None)?,
            signed_in: true,
            csrf_token: csrf.token,
            post_logout_redirect_uri: checked.post_logout_redirect_uri.clone(),
            state: checked.state.clone(),
            client_id: checked.client_id.clone(),
            // An app that names itself and a registered place to come back to is a Logto SDK's
            // sign-out; a bare link still asks.
            auto_submit: request.param("client_id").is_some()
                && checked.post_logout_redirect_uri.is_some(),
        },
    );
    Ok(with_csrf(state, page, &csrf.nonce, csrf.new))
}

/// `GET/POST /sign-out`: the confirmation page and its form.
pub fn sign_out_page(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    let checked = check(doorman, state, request)?;
    let session = current_session(doorman, request);
    if request.method == "GET" {
        return match session {
            Some(_) => confirm_page(state, doorman, request, &checked),
            None => finish(state, doorman, request, &checked),
        };
    }
    if !signed_csrf_ok(state, request) {
        return Ok(error_page(
            doorman,
            request,
            None,
            403,
            "error.sign_out_form",
        ));
    }
    if let Some(session) = session {
        end(state, doorman, &session.session.id)?;
    }
    finish(state, doorman, request, &checked)
}
