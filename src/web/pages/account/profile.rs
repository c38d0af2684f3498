//! The account center's profile, password and deletion forms.

use crate::error::Error;
use crate::model::user::{PasswordInput, Profile, Secret, UserField};
use crate::ops::Doorman;
use crate::web::common::http::Request;
use crate::web::common::responses::Answer;
use crate::web::common::session::session_cookie;
use crate::web::engine::state::ServerState;
use crate::web::oidc::backchannel::notify_apps;
use crate::web::pages::account::entry::{form_visit, sensitive_visit};
use crate::web::pages::account::view::{StepPage, done, refused, step};

/// `POST /account/profile`: the name, username and picture the settings let the user change.
/// A new username needs a recent sign-in, as the Account API asks a verification for one.
pub fn profile(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    let visit = form_visit(state, doorman, request)?;
    let fields = visit.center.fields;
    let mut changes = Profile::default();
    let mut unset = Vec::new();
    let given = |name: &str| request.param(name).map(str::trim);
    let mut apply =
        |value: Option<&str>, current: &Option<String>, field, slot: &mut Option<String>| {
            match value {
                Some("") if current.is_some() => unset.push(field),
                Some(v) if !v.is_empty() && current.as_deref() != Some(v) => {
                    *slot = Some(v.to_string())
                }
                _ => {}
            }
        };
    let user = &visit.user;
    if fields.name.editable() {
        apply(
            given("name"),
            &user.name,
            UserField::Name,
            &mut changes.name,
        );
    }
    if fields.avatar.editable() {
        apply(
            given("avatar_url"),
            &user.avatar_url,
            UserField::AvatarUrl,
            &mut changes.avatar_url,
        );
    }
    if fields.username.editable() {
        apply(
            given("username"),
            &user.username,
            UserField::Username,
            &mut changes.username,
        );
    }
    let username_changes = changes.username.is_some() || unset.contains(&UserField::Username);
    if username_changes && !visit.recent {
        return Ok(crate::web::common::http::Response::redirect(
            "/account/confirm",
        ));
    }
    if unset.contains(&UserField::Username)
        && user.email.is_none()
        && user.phone.is_none()
        && doorman.user_identities(&user.id)?.is_empty()
    {
        return refused(state, doorman, &visit, "account.error.keep_one");
    }
    let updated = doorman.acting_as(visit.actor(), |d| {
        d.update_user(&user.id, changes, &unset, None)
    });
    match updated {
        Ok(_) => done("profile_saved"),
        Err(Error::Conflict(_)) => refused(state, doorman, &visit, "account.error.taken"),
        Err(Error::Invalid(message)) => {
            super::view::overview(state, doorman, &visit, 400, None, Some(message), None)
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /account/password`: a new password under the policy; the user's other sessions end
/// (their apps are told), this browser's stays.
pub fn password(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    let visit = sensitive_visit(state, doorman, request)?;
    if !visit.center.fields.password.editable() {
        return refused(state, doorman, &visit, "account.error.not_allowed");
    }
    let password = request.param("password").unwrap_or_default();
    if password.is_empty() {
        return refused(state, doorman, &visit, "account.error.password_empty");
    }
    let user_id = visit.user.id.clone();
    let set = doorman.acting_as(visit.actor(), |d| {
        d.set_password(
            &user_id,
            PasswordInput::Plain(Secret::new(password.to_string())),
        )
    });
    match set {
        Ok(_) => {}
        Err(Error::Invalid(message)) => {
            let rules = visit.chrome.t.get("register.error.password_rules");
            let error = format!("{rules} {message}");
            return super::view::overview(state, doorman, &visit, 400, None, Some(error), None);
        }
        Err(e) => return Err(e.into()),
    }
    let mut notices = Vec::new();
    for session in doorman.open_sessions(&user_id)? {
        if session.id != visit.session.id
            && let Some(ended) =
                doorman.acting_as(visit.actor(), |d| d.end_own_session(&user_id, &session.id))?
        {
            notices.extend(ended);
        }
    }
    notify_apps(&state.backchannel, doorman, notices)?;
    done("password_changed")
}

/// `POST /account/delete`: with the box ticked, the account goes (its sessions end and their
/// apps are told, its tokens stop working) and the browser's session cookie with it.
pub fn delete(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    let visit = sensitive_visit(state, doorman, request)?;
    if request.param("confirm") != Some("yes") {
        return refused(state, doorman, &visit, "account.error.confirm_delete");
    }
    let user_id = visit.user.id.clone();
    let deleted = doorman.acting_as(visit.actor(), |d| d.delete_user(&user_id))?;
    notify_apps(&state.backchannel, doorman, deleted.notices)?;
    let page = StepPage::new(&visit, "account.deleted.title", "deleted");
    let response = step(state, &visit, 200, &page)?;
    Ok(session_cookie(state, response, "", 0))
}
