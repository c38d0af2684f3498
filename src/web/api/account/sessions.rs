//! The Account API's sessions and authorized apps: `GET /api/my-account/sessions` (the current
//! one marked `isCurrent`), `DELETE .../sessions/{id}` (the session ends, its apps' grants are
//! revoked and apps with a back-channel URI are told), `GET .../grants` (`?appType=firstParty`
//! or `thirdParty`) and `DELETE .../grants/{id}`. As in Logto: the `session` field of the account
//! center, the `urn:logto:scope:sessions` scope, and a verification record proving the user.

use serde_json::{Value, json};

use crate::oidc::scope::SESSIONS;
use crate::ops::Doorman;
use crate::web::api::account::AccountCaller;
use crate::web::api::error::{ApiAnswer, ApiError};
use crate::web::common::http::{Request, Response};
use crate::web::engine::state::ServerState;
use crate::web::oidc::backchannel::notify_apps;

fn ms(at: crate::model::timestamp::Timestamp) -> i64 {
    at.unix_millis()
}

/// The checks every route here shares; `change` for the `DELETE`s.
fn allowed(doorman: &Doorman, request: &Request, change: bool) -> Result<AccountCaller, ApiError> {
    let account = AccountCaller::of(doorman, request)?;
    account.verified(doorman, request)?;
    let field = account.center.fields.session;
    if change {
        account.may_change(doorman, field)?;
    } else {
        account.may_read(field)?;
    }
    account.needs_scope(SESSIONS)?;
    Ok(account)
}

/// `GET /api/my-account/sessions`.
pub fn list_sessions(doorman: &Doorman, request: &Request) -> ApiAnswer {
    let account = allowed(doorman, request, false)?;
    let sessions: Vec<Value> = doorman
        .open_sessions(&account.user.id)?
        .into_iter()
        .map(|s| {
            json!({
                "payload": {
                    "uid": s.id,
                    "accountId": s.user_id,
                    "loginTs": s.auth_time.unix(),
                    "iat": s.created_at.unix(),
                    "exp": s.expires_at.unix(),
                    "amr": s.amr,
                },
                "accountId": s.user_id,
                "expiresAt": ms(s.expires_at),
                "isCurrent": account.caller.session_id.as_deref() == Some(s.id.as_str()),
            })
        })
        .collect();
    Ok(Response::json(200, &json!({ "sessions": sessions })))
}

/// `DELETE /api/my-account/sessions/{id}` (204; 404 `oidc.session_not_found` when it is not an
/// open session of the user's).
pub fn end_session(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    id: &str,
) -> ApiAnswer {
    let account = allowed(doorman, request, true)?;
    let notices = doorman
        .acting_as(account.caller.actor(), |d| {
            d.end_own_session(&account.user.id, id)
        })?
        .ok_or_else(|| ApiError::new(404, "oidc.session_not_found", "Session not found."))?;
    notify_apps(&state.backchannel, doorman, notices)?;
    Ok(Response::empty(204))
}

/// `GET /api/my-account/grants[?appType=firstParty|thirdParty]`.
pub fn list_grants(doorman: &Doorman, request: &Request) -> ApiAnswer {
    let account = allowed(doorman, request, false)?;
    let wanted = request
        .query
        .iter()
        .find(|(k, _)| k == "appType")
        .map(|(_, v)| v.as_str());
    let third_party = match wanted {
        None => None,
        Some("firstParty") => Some(false),
        Some("thirdParty") => Some(true),
        Some(other) => {
            return Err(ApiError::invalid_input(
                "appType",
                format!("'{other}' is neither firstParty nor thirdParty"),
            ));
        }
    };
    let grants: Vec<Value> = doorman
        .authorized_apps(&account.user.id)?
        .into_iter()
        .filter(|a| {
            third_party.is_none_or(|t| a.app.as_ref().is_some_and(|app| app.is_third_party == t))
        })
        .map(|a| {
            json!({
                "id": a.grant.id,
                "clientId": a.grant.client_id,
                "applicationName": a.app.as_ref().map(|app| app.name.clone()),
                "isThirdParty": a.app.as_ref().is_some_and(|app| app.is_third_party),
                "scopes": crate::oidc::scope::parse(&a.grant.scope),
                "resources": a.grant.resources,
                "sessionId": a.grant.session_id,
                "createdAt": ms(a.grant.created_at),
            })
        })
        .collect();
    Ok(Response::json(200, &json!({ "grants": grants })))
}

/// `DELETE /api/my-account/grants/{id}` (204; 404 when it is not a live grant of the user's).
pub fn revoke_grant(doorman: &mut Doorman, request: &Request, id: &str) -> ApiAnswer {
    let account = allowed(doorman, request, true)?;
    let revoked = doorman.acting_as(account.caller.actor(), |d| {
        d.revoke_own_grant(&account.user.id, id)
    })?;
    if !revoked {
        return Err(ApiError::new(
            404,
            "entity.not_found",
            "The grant was not found.",
        ));
    }
    Ok(Response::empty(204))
}
