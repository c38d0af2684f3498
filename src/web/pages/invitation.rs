//! `/invitation/{id}`: the page an invitation email links to. It names the organization and the
//! inviter, signs the invitee in or up with the invited email filled in (through the hosted
//! pages' own client, back here after), has the address proved by a code when the account has
//! not proved it yet, then accepts or declines. An invitation that is expired, revoked or
//! already accepted gets a page that says so. The id is the secret of the link; the forms carry
//! a CSRF token signed for the browser's session.

use askama::Template;

use crate::error::Error;
use crate::model::organization::{Invitation, InvitationStatus};
use crate::model::user::{Profile, User};
use crate::model::validate::same_email;
use crate::ops::Doorman;
use crate::ops::accounts::verification::{CodeCheck, Purpose};
use crate::web::common::http::{Request, Response};
use crate::web::common::responses::{Answer, error_page, language};
use crate::web::common::session::{
    check_signed_csrf, current_session, signed_csrf, user_label, with_csrf,
};
use crate::web::engine::state::ServerState;
use crate::web::pages::account::entry::{HostedSignIn, hosted_sign_in};
use crate::web::pages::templates::{Chrome, render};

/// The invitation page.
#[derive(Template)]
#[template(path = "invitation.html")]
pub struct InvitationPage {
    /// Shared chrome.
    pub chrome: Chrome,
    /// The invitation's id (the link's secret).
    pub id: String,
    /// The organization's name.
    pub organization: String,
    /// Who invited, when known.
    pub inviter: Option<String>,
    /// The invited email.
    pub email: String,
    /// `closed`, `sign_in`, `verify`, `decide`, `joined` or `declined`.
    pub view: &'static str,
    /// A closed invitation's status.
    pub status: &'static str,
    /// What to say about a closed invitation.
    pub status_key: &'static str,
    /// Someone else is signed in in this browser.
    pub signed_in_as: Option<String>,
    /// Whether an account has the invited email (sign in rather than sign up).
    pub has_account: bool,
    /// The forms' CSRF token.
    pub csrf_token: String,
    /// The code the verify step checks.
    pub verification: String,
    /// What went wrong.
    pub error: Option<String>,
}

/// Routes `/invitation/{id}` and `/invitation/{id}/sign-in`.
pub fn route(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Option<Answer> {
    let rest = request.path.strip_prefix("/invitation/")?;
    let (id, sub) = rest.split_once('/').unwrap_or((rest, ""));
    if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    Some(match (request.method.as_str(), sub) {
        ("GET", "") => show(state, doorman, request, id, None),
        ("POST", "") => answer(state, doorman, request, id),
        ("GET", "sign-in") => sign_in(state, doorman, request, id),
        (_, "") => Ok(Response::empty(405).header("Allow", "GET, POST")),
        (_, "sign-in") => Ok(Response::empty(405).header("Allow", "GET")),
        _ => return None,
    })
}

/// The invitation, or the not-found page.
fn load(doorman: &Doorman, request: &Request, id: &str) -> Result<Invitation, Response> {
    match doorman.show_invitation(id) {
        Ok(invitation) => Ok(invitation),
        Err(Error::NotFound(_)) => Err(error_page(doorman, request, None, 404, "error.not_found")),
        Err(e) => Err(crate::web::common::responses::server_error(doorman, e)),
    }
}

/// The signed-in user when they are the invitee.
fn invitee(doorman: &Doorman, request: &Request, invitation: &Invitation) -> Option<User> {
    current_session(doorman, request)
        .map(|s| s.user)
        .filter(|u| {
            u.email
                .as_deref()
                .is_some_and(|e| same_email(e, &invitation.email))
        })
}

fn show(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    id: &str,
    error: Option<&str>,
) -> Answer {
    match load(doorman, request, id) {
        Ok(invitation) => page(state, doorman, request, &invitation, None, error),
        Err(page) => Ok(page),
    }
}

/// The page for `invitation`: what this answer did (`outcome`: `joined` or `declined`), or
/// else what its status and this browser's session call for.
fn page(
    state: &ServerState,
    doorman: &Doorman,
    request: &Request,
    invitation: &Invitation,
    outcome: Option<&'static str>,
    error: Option<&str>,
) -> Answer {
    let settings = doorman.settings()?;
    let chrome = Chrome::new(&settings, language(&settings, request, None));
    let organization = doorman
        .show_org(&invitation.organization_id)?
        .organization
        .name;
    let inviter = match &invitation.inviter_id {
        Some(inviter) => doorman
            .find_user(inviter)
            .ok()
            .map(|u| u.name.clone().unwrap_or_else(|| user_label(&u))),
        None => None,
    };
    let session = current_session(doorman, request);
    let signed = signed_csrf(state, request);
    let (view, status, status_key) = match (outcome, invitation.status) {
        (Some(done), _) => (done, "", ""),
        (None, InvitationStatus::Pending) => {
            let view = match invitee(doorman, request, invitation) {
                None => "sign_in",
                Some(user) if !user.email_verified => "verify",
                Some(_) => "decide",
            };
            (view, "pending", "")
        }
        (None, InvitationStatus::Accepted) => ("closed", "accepted", "invitation.closed.accepted"),
        (None, InvitationStatus::Revoked) => ("closed", "revoked", "invitation.closed.revoked"),
        (None, InvitationStatus::Expired) => ("closed", "expired", "invitation.closed.expired"),
    };
    let page = InvitationPage {
        id: invitation.id.clone(),
        organization,
        inviter,
        signed_in_as: session
            .filter(|_| view == "sign_in")
            .map(|s| user_label(&s.user)),
        has_account: doorman.find_user(&invitation.email).is_ok(),
        email: invitation.email.clone(),
        view,
        status,
        status_key,
        csrf_token: signed.token,
        verification: request
            .param("verification")
            .unwrap_or_default()
            .to_string(),
        error: error.map(|key| chrome.t.get(key).to_string()),
        chrome,
    };
    let code = match (error, view) {
        (Some(_), _) => 400,
        (None, "closed") => 410,
        _ => 200,
    };
    Ok(with_csrf(
        state,
        render(code, &page),
        &signed.nonce,
        signed.new,
    ))
}

/// `GET /invitation/{id}/sign-in`: signs the invitee in (or up, when no account has the email)
/// with the invited email filled in, a fresh sign-in when someone else is signed in here.
fn sign_in(state: &ServerState, doorman: &mut Doorman, request: &Request, id: &str) -> Answer {
    let invitation = match load(doorman, request, id) {
        Ok(found) => found,
        Err(page) => return Ok(page),
    };
    let someone_else = current_session(doorman, request).is_some()
        && invitee(doorman, request, &invitation).is_none();
    let how = HostedSignIn {
        fresh: someone_else,
        return_to: Some(format!("/invitation/{}", invitation.id)),
        register: doorman.find_user(&invitation.email).is_err(),
        login_hint: Some(invitation.email),
    };
    hosted_sign_in(state, doorman, request, &how)
}

/// `POST /invitation/{id}`: `accept` or `decline`, or `action=send`/`verify` a code that
/// proves the invited address.
fn answer(state: &ServerState, doorman: &mut Doorman, request: &Request, id: &str) -> Answer {
    check_signed_csrf(state, doorman, request, None)?;
    let invitation = match load(doorman, request, id) {
        Ok(found) => found,
        Err(page) => return Ok(page),
    };
    let Some(user) = invitee(doorman, request, &invitation) else {
        return show(state, doorman, request, id, None);
    };
    let actor = format!("user:{}", user.id);
    let back = format!("/invitation/{id}");
    match request.param("action") {
        Some("send") => {
            let now = doorman.clock.now().unix();
            let ip = state.limited_ip(request);
            if state
                .code_limits
                .send(&invitation.email, ip.as_deref(), now)
                .is_err()
            {
                return show(
                    state,
                    doorman,
                    request,
                    id,
                    Some("error.codes_limited.message"),
                );
            }
            let started =
                doorman.start_verification(Purpose::Account, &invitation.email, None, None)?;
            return Ok(Response::redirect(&format!(
                "{back}?verification={}",
                started.id
            )));
        }
        Some("verify") => return verify(state, doorman, request, &invitation, &user),
        _ => {}
    }
    if !user.email_verified {
        return show(state, doorman, request, id, None);
    }
    let accepting = request.param("accept").is_some();
    let result = doorman.acting_as(actor, |d| {
        if accepting {
            d.accept_invitation(id, &user.id).map(|_| ())
        } else {
            d.decline_invitation(id, &user.id)
        }
    });
    match result {
        Ok(()) => {
            let outcome = if accepting { "joined" } else { "declined" };
            page(state, doorman, request, &invitation, Some(outcome), None)
        }
        // Closed meanwhile (expired, revoked): the page says which.
        Err(Error::Conflict(_)) => show(state, doorman, request, id, None),
        Err(e) => Err(e.into()),
    }
}

/// Checks the code sent to the invited address; right, the account's email is verified.
fn verify(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    invitation: &Invitation,
    user: &User,
) -> Answer {
    let id = request.param("verification").unwrap_or_default();
    let code = request.param("code").unwrap_or_default();
    let matches = doorman
        .verification(id)?
        .is_some_and(|v| v.purpose == Purpose::Account && same_email(&v.target, &invitation.email));
    if !matches {
        return show(
            state,
            doorman,
            request,
            &invitation.id,
            Some("error.code_expired.message"),
        );
    }
    let now = doorman.clock.now().unix();
    let guesses = doorman.account_limit_key(&invitation.email)?;
    if state.code_limits.may_check(&guesses, now).is_err() {
        return show(
            state,
            doorman,
            request,
            &invitation.id,
            Some("error.codes_locked.message"),
        );
    }
    match doorman.check_code(id, code)? {
        CodeCheck::Verified(_) => {}
        CodeCheck::Wrong(_) | CodeCheck::TooManyAttempts => {
            state.code_limits.wrong(&guesses, now);
            return show(
                state,
                doorman,
                request,
                &invitation.id,
                Some("mfa.error.wrong"),
            );
        }
        CodeCheck::Expired | CodeCheck::Gone => {
            return show(
                state,
                doorman,
                request,
                &invitation.id,
                Some("verify.error.expired"),
            );
        }
    }
    let proved = Profile {
        email_verified: Some(true),
        ..Profile::default()
    };
    doorman.acting_as(format!("user:{}", user.id), |d| {
        d.update_user(&user.id, proved, &[], None)
    })?;
    Ok(Response::redirect(&format!(
        "/invitation/{}",
        invitation.id
    )))
}
