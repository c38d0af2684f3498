//! Signing out: RP-initiated logout (`/oidc/session/end`, OpenID Connect RP-Initiated Logout
//! 1.0) and the `/sign-out` page. Ending a session revokes what its apps were given and queues a
//! back-channel logout token for every app of the session that registered a URI.

use serde_json::Value;

use crate::oidc::authorize::redirect_with;
use crate::oidc::jwt;
use crate::ops::Doorman;
use crate::web::flow::{
    CSRF_COOKIE, SESSION_COOKIE, csrf_ok, csrf_token, current_session, with_csrf,
};
use crate::web::http::{self, Request, Response};
use crate::web::pages::{self, SignOutPage};
use crate::web::router::{chrome, error_detail, error_page, server_error};
use crate::web::server::Shared;

/// A checked logout request: where to go afterwards, and which session the hint named.
struct Checked {
    post_logout_redirect_uri: Option<String>,
    state: Option<String>,
    client_id: Option<String>,
    hinted_sid: Option<String>,
    hinted_sub: Option<String>,
}

/// [`validate`], with a refusal already turned into the error page both sign-out routes show.
fn check(doorman: &Doorman, shared: &Shared, request: &Request) -> Result<Checked, Response> {
    validate(doorman, shared, request).map_err(|message| {
        error_detail(
            doorman,
            request,
            None,
            400,
            "error.invalid_sign_out",
            &message,
        )
    })
}

/// Checks `id_token_hint`, `client_id` and `post_logout_redirect_uri`; the message of an error
/// names what was refused.
fn validate(doorman: &Doorman, shared: &Shared, request: &Request) -> Result<Checked, String> {
    let mut client_id = request.param("client_id").map(str::to_string);
    let mut hinted_sid = None;
    let mut hinted_sub = None;
    if let Some(hint) = request.param("id_token_hint") {
        let jwks = doorman.jwks().map_err(|e| e.to_string())?;
        let claims = jwt::verify(hint, &jwks, &shared.issuer, false)
            .map_err(|e| format!("id_token_hint was not accepted ({e})"))?;
        let aud = match claims.get("aud") {
            Some(Value::String(a)) => Some(a.clone()),
            Some(Value::Array(list)) => list.first().and_then(Value::as_str).map(str::to_string),
            _ => None,
        };
        if let (Some(given), Some(aud)) = (&client_id, &aud)
            && given != aud
        {
            return Err(format!(
                "client_id '{given}' does not match the id_token_hint"
            ));
        }
        client_id = client_id.or(aud);
        hinted_sid = claims
            .get("sid")
            .and_then(Value::as_str)
            .map(str::to_string);
        hinted_sub = claims
            .get("sub")
            .and_then(Value::as_str)
            .map(str::to_string);
    }
    let post_logout_redirect_uri = request
        .param("post_logout_redirect_uri")
        .map(str::to_string);
    if let Some(uri) = &post_logout_redirect_uri {
        let Some(id) = &client_id else {
            return Err("post_logout_redirect_uri needs an id_token_hint or client_id".into());
        };
        let app = doorman
            .find_client(id)
            .map_err(|e| e.to_string())?
            .ok_or_else(|| format!("unknown client_id '{id}'"))?;
        if !app.post_logout_redirect_uris.iter().any(|r| r == uri) {
            return Err(format!(
                "post_logout_redirect_uri '{uri}' is not registered for client '{id}'"
            ));
        }
    }
    Ok(Checked {
        post_logout_redirect_uri,
        state: request.param("state").map(str::to_string),
        client_id,
        hinted_sid,
        hinted_sub,
    })
}

/// Where the browser goes once signed out.
fn finish(shared: &Shared, doorman: &Doorman, request: &Request, checked: &Checked) -> Response {
    let response = match &checked.post_logout_redirect_uri {
        Some(uri) => Response::redirect(&match &checked.state {
            Some(state) => redirect_with(uri, &[("state", state)]),
            None => uri.clone(),
        }),
        None => match chrome(doorman, request, None) {
            Ok(chrome) => pages::render(
                200,
                &SignOutPage {
                    chrome,
                    signed_in: false,
                    csrf_token: String::new(),
                    post_logout_redirect_uri: None,
                    state: None,
                    client_id: None,
                },
            ),
            Err(e) => server_error(doorman, e),
        },
    };
    response.header(
        "Set-Cookie",
        &http::cookie(SESSION_COOKIE, "", 0, shared.secure_cookies),
    )
}

fn end(shared: &Shared, doorman: &mut Doorman, session_id: &str) -> crate::Result<()> {
    let notices = doorman.end_session(session_id)?;
    notify_apps(shared, doorman, notices)
}

/// Queues back-channel logout tokens for delivery, off the user's path. The ended session is
/// committed first, so an app that hears of the logout and asks at once finds it ended.
pub fn notify_apps(
    shared: &Shared,
    doorman: &mut Doorman,
    notices: Vec<crate::ops::sessions::LogoutNotice>,
) -> crate::Result<()> {
    doorman.store.flush_deferred()?;
    for notice in notices {
        if shared.backchannel.send(notice).is_err() {
            tracing::warn!("the back-channel logout queue is closed");
        }
    }
    Ok(())
}

/// `GET/POST /oidc/session/end`.
pub fn end_session(shared: &Shared, doorman: &mut Doorman, request: &Request) -> Response {
    let checked = match check(doorman, shared, request) {
        Ok(c) => c,
        Err(page) => return page,
    };
    let Some(session) = current_session(doorman, request) else {
        return finish(shared, doorman, request, &checked);
    };
    let hint_matches = checked.hinted_sid.as_deref() == Some(session.session.id.as_str())
        || (checked.hinted_sid.is_none()
            && checked.hinted_sub.as_deref() == Some(session.user.id.as_str()));
    if hint_matches {
        if let Err(e) = end(shared, doorman, &session.session.id) {
            return server_error(doorman, e);
        }
        return finish(shared, doorman, request, &checked);
    }
    // Without a hint naming this session, the user confirms: a link alone must not sign anyone out.
    confirm_page(shared, doorman, request, &checked)
}

fn confirm_page(
    shared: &Shared,
    doorman: &Doorman,
    request: &Request,
    checked: &Checked,
) -> Response {
    let (csrf, new) = csrf_token(request);
    let chrome = match chrome(doorman, request, None) {
        Ok(c) => c,
        Err(e) => return server_error(doorman, e),
    };
    let page = pages::render(
        200,
        &SignOutPage {
            chrome,
            signed_in: true,
            csrf_token: csrf.clone(),
            post_logout_redirect_uri: checked.post_logout_redirect_uri.clone(),
            state: checked.state.clone(),
            client_id: checked.client_id.clone(),
        },
    );
    with_csrf(shared, page, &csrf, new)
}

/// `GET/POST /sign-out`: the confirmation page and its form.
pub fn sign_out_page(shared: &Shared, doorman: &mut Doorman, request: &Request) -> Response {
    let checked = match check(doorman, shared, request) {
        Ok(c) => c,
        Err(page) => return page,
    };
    let session = current_session(doorman, request);
    if request.method == "GET" {
        return match session {
            Some(_) => confirm_page(shared, doorman, request, &checked),
            None => finish(shared, doorman, request, &checked),
        };
    }
    let cookie = request.cookie(CSRF_COOKIE).unwrap_or_default().to_string();
    if !csrf_ok(request, &cookie) {
        return error_page(doorman, request, None, 403, "error.sign_out_form");
    }
    if let Some(session) = session
        && let Err(e) = end(shared, doorman, &session.session.id)
    {
        return server_error(doorman, e);
    }
    finish(shared, doorman, request, &checked)
}
