//! `/consent`: a third-party app asks for the user's permission to the scopes it requested,
//! each API named with the permissions asked of it (and, with the organizations scope, to the
//! organizations they belong to).

use crate::oidc::error::OAuthError;
use crate::oidc::scope::ORGANIZATIONS;
use crate::ops::Doorman;
use crate::web::common::binding::interaction_proved;
use crate::web::common::http::{Request, Response};
use crate::web::common::parked::Parked;
use crate::web::common::responses::{Answer, chrome, error_page};
use crate::web::common::session::{check_csrf, current_session, user_label};
use crate::web::engine::state::ServerState;
use crate::web::oidc::authorize::{consented, refuse};
use crate::web::pages::templates::{self, ApiItem, ConsentPage};

/// `GET/POST /consent`.
pub fn consent(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    let parked = Parked::from_request(doorman, request)?;
    let Some(session) = current_session(doorman, request) else {
        return Ok(Response::redirect(&format!(
            "/sign-in?interaction={}",
            parked.id
        )));
    };
    // Only the browser that arrived here with its session (bound then) may see or answer it.
    if !interaction_proved(doorman, request, &parked.id)? {
        return Ok(error_page(
            doorman,
            request,
            parked.ui_locales(),
            403,
            "error.form_expired",
        ));
    }
    let auth = &parked.auth;
    let asked = doorman.consent_request(&auth.scopes, &auth.resources)?;
    if request.method == "GET" {
        let chrome = chrome(doorman, request, parked.ui_locales())?;
        let organizations = if auth.scopes.iter().any(|s| s == ORGANIZATIONS) {
            doorman
                .user_detail(&session.user.id)
                .map(|d| d.organizations.into_iter().map(|o| o.name).collect())
                .unwrap_or_default()
        } else {
            Vec::new()
        };
        let scopes = asked
            .user_scopes
            .iter()
            .map(|s| templates::describe_scope(&chrome.t, s))
            .collect();
        // Each API by name and indicator, with the permissions asked of it.
        let apis = asked
            .apis
            .iter()
            .map(|api| ApiItem {
                label: chrome.t.fill(
                    "consent.api",
                    [
                        ("api", api.name.as_str()),
                        ("indicator", api.indicator.as_str()),
                    ],
                ),
                scopes: api.scopes.join(", "),
            })
            .collect();
        return Ok(templates::render(
            200,
            &ConsentPage {
                chrome,
                app_name: parked.app.name.clone(),
                user_label: user_label(&session.user),
                scopes,
                apis,
                organizations,
                csrf_token: parked.csrf.clone(),
                interaction: parked.id.clone(),
            },
        ));
    }
    check_csrf(doorman, request, &parked.csrf, parked.ui_locales())?;
    match request.param("decision") {
        Some("allow") => {
            doorman.record_consent(&parked.app, &session.user.id, &asked)?;
            consented(state, doorman, request, &parked, session)
        }
        Some("deny") => refuse(
            state,
            doorman,
            auth,
            Some(&parked.id),
            &OAuthError::new("access_denied", "the user denied the request"),
        ),
        _ => Ok(error_page(
            doorman,
            request,
            parked.ui_locales(),
            400,
            "error.no_decision",
        )),
    }
}
