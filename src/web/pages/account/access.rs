//! The account center's access section: personal access tokens (made here, the secret shown
//! once), the browser sessions (ending one signs that browser out and tells its apps) and the
//! apps the user allowed (revoking one ends its tokens).

use crate::error::Error;
use crate::model::duration::parse_seconds;
use crate::ops::Doorman;
use crate::web::common::http::Request;
use crate::web::common::responses::Answer;
use crate::web::engine::state::ServerState;
use crate::web::oidc::backchannel::notify_apps;
use crate::web::pages::account::entry::{form_visit, sensitive_visit};
use crate::web::pages::account::view::{done, overview, refused};

/// `POST /account/tokens`: `action=create` a token named `name` that lives `expires_in` (`30d`;
/// empty: until revoked), or `action=revoke` the one named `name`.
pub fn tokens(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    let name = request.param("name").unwrap_or_default().trim().to_string();
    if request.param("action") == Some("revoke") {
        let visit = form_visit(state, doorman, request)?;
        let user_id = visit.user.id.clone();
        return match doorman.acting_as(visit.actor(), |d| d.revoke_personal_token(&user_id, &name))
        {
            Ok(_) => done("token_revoked"),
            Err(Error::NotFound(_)) => refused(state, doorman, &visit, "account.error.not_allowed"),
            Err(e) => Err(e.into()),
        };
    }
    let visit = sensitive_visit(state, doorman, request)?;
    let lifetime = match request.param("expires_in").unwrap_or_default() {
        "" => None,
        text => match parse_seconds(text) {
            Ok(seconds) => Some(seconds),
            Err(_) => return refused(state, doorman, &visit, "account.error.not_allowed"),
        },
    };
    let expires_at = lifetime.map(|s| doorman.clock.now().plus(s));
    let user_id = visit.user.id.clone();
    let made = doorman.acting_as(visit.actor(), |d| {
        d.create_personal_token(&user_id, &name, expires_at, None)
    });
    match made {
        Ok(token) => overview(state, doorman, &visit, 201, None, None, token.token),
        Err(Error::Invalid(_) | Error::Conflict(_)) => {
            refused(state, doorman, &visit, "account.error.token_name")
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /account/sessions`: ends the session `session` names (not this browser's: signing out
/// is the sign-out link's job).
pub fn sessions(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    let visit = form_visit(state, doorman, request)?;
    let id = request.param("session").unwrap_or_default();
    if !visit.center.fields.session.editable() || id == visit.session.id {
        return refused(state, doorman, &visit, "account.error.not_allowed");
    }
    let user_id = visit.user.id.clone();
    match doorman.acting_as(visit.actor(), |d| d.end_own_session(&user_id, id))? {
        Some(notices) => {
            notify_apps(&state.backchannel, doorman, notices)?;
            done("session_ended")
        }
        None => refused(state, doorman, &visit, "account.error.not_allowed"),
    }
}

/// `POST /account/apps`: revokes the grant `grant` names.
pub fn apps(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    let visit = form_visit(state, doorman, request)?;
    let id = request.param("grant").unwrap_or_default();
    if !visit.center.fields.session.editable() {
        return refused(state, doorman, &visit, "account.error.not_allowed");
    }
    let user_id = visit.user.id.clone();
    if doorman.acting_as(visit.actor(), |d| d.revoke_own_grant(&user_id, id))? {
        done("app_revoked")
    } else {
        refused(state, doorman, &visit, "account.error.not_allowed")
    }
}
