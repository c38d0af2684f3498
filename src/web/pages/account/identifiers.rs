//! The account center's email and phone forms: a new address is proved by a code sent to it
//! (the outbox, under the same limits as every code), then becomes the account's, verified; an
//! address can also be removed while another way to sign in remains.

use crate::error::Error;
use crate::model::user::{Profile, UserField};
use crate::model::validate;
use crate::ops::Doorman;
use crate::ops::accounts::verification::{CodeCheck, Purpose};
use crate::web::common::http::{Request, Response};
use crate::web::common::responses::Answer;
use crate::web::engine::state::ServerState;
use crate::web::pages::account::entry::{Visit, sensitive_visit, visit};
use crate::web::pages::account::view::{StepPage, done, refused, step};

/// `POST /account/email` and `/account/phone` (`kind`): `action=send` a code to a new address,
/// `action=verify` it, or `action=remove` the current one.
pub fn change(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    kind: &'static str,
) -> Answer {
    let visit = sensitive_visit(state, doorman, request)?;
    let fields = visit.center.fields;
    let control = if kind == "email" {
        fields.email
    } else {
        fields.phone
    };
    if !control.editable() {
        return refused(state, doorman, &visit, "account.error.not_allowed");
    }
    let value = request
        .param("value")
        .unwrap_or_default()
        .trim()
        .to_string();
    match request.param("action") {
        Some("send") => send(state, doorman, request, &visit, kind, &value),
        Some("verify") => verify(state, doorman, request, &visit, kind, &value),
        Some("remove") => remove(state, doorman, &visit, kind),
        _ => refused(state, doorman, &visit, "account.error.not_allowed"),
    }
}

fn send(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    visit: &Visit,
    kind: &'static str,
    value: &str,
) -> Answer {
    let (valid, invalid_key) = if kind == "email" {
        (
            validate::email(value).is_ok(),
            "register.error.invalid_email",
        )
    } else {
        (
            validate::phone(value).is_ok(),
            "register.error.invalid_phone",
        )
    };
    if !valid {
        return refused(state, doorman, visit, invalid_key);
    }
    let now = doorman.clock.now().unix();
    if state
        .code_limits
        .send(value, state.limited_ip(request).as_deref(), now)
        .is_err()
    {
        return refused(state, doorman, visit, "error.codes_limited.message");
    }
    let started = doorman.start_verification(Purpose::Account, value, None, None)?;
    // Post/redirect/get: the code step survives a reload while the person reads their mail.
    Ok(Response::redirect(&format!(
        "/account/{kind}?verification={}",
        started.id
    )))
}

/// `GET /account/email` and `/account/phone` with `verification`: the form for the code sent
/// to the new address.
pub fn code_step(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    kind: &'static str,
) -> Answer {
    let visit = visit(state, doorman, request)?;
    let id = request.param("verification").unwrap_or_default();
    let Some(verification) = doorman
        .verification(id)?
        .filter(|v| v.purpose == Purpose::Account && !v.verified)
    else {
        return refused(state, doorman, &visit, "error.code_expired.message");
    };
    let mut page = StepPage::new(&visit, "account.code.title", "code");
    page.kind = kind;
    page.target = verification.target;
    page.verification = verification.id;
    step(state, &visit, 200, &page)
}

fn verify(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    visit: &Visit,
    kind: &'static str,
    value: &str,
) -> Answer {
    let id = request.param("verification").unwrap_or_default();
    let code = request.param("code").unwrap_or_default();
    let matches = doorman
        .verification(id)?
        .is_some_and(|v| v.purpose == Purpose::Account && v.target == value);
    if !matches {
        return refused(state, doorman, visit, "error.code_expired.message");
    }
    let now = doorman.clock.now().unix();
    let guesses = doorman.account_limit_key(value)?;
    if state.code_limits.may_check(&guesses, now).is_err() {
        return refused(state, doorman, visit, "error.codes_locked.message");
    }
    let again = |error_key: &str| {
        let mut page = StepPage::new(visit, "account.code.title", "code");
        page.kind = kind;
        page.target = value.to_string();
        page.verification = id.to_string();
        page.error = Some(visit.chrome.t.get(error_key).to_string());
        step(state, visit, 400, &page)
    };
    match doorman.check_code(id, code)? {
        CodeCheck::Verified(_) => {}
        CodeCheck::Wrong(_) => {
            state.code_limits.wrong(&guesses, now);
            return again("mfa.error.wrong");
        }
        CodeCheck::TooManyAttempts => {
            state.code_limits.wrong(&guesses, now);
            return refused(state, doorman, visit, "verify.error.too_many");
        }
        CodeCheck::Expired => return refused(state, doorman, visit, "verify.error.expired"),
        CodeCheck::Gone => return refused(state, doorman, visit, "verify.error.used"),
    }
    let profile = if kind == "email" {
        Profile {
            email: Some(value.to_string()),
            email_verified: Some(true),
            ..Profile::default()
        }
    } else {
        Profile {
            phone: Some(value.to_string()),
            phone_verified: Some(true),
            ..Profile::default()
        }
    };
    let user_id = visit.user.id.clone();
    match doorman.acting_as(visit.actor(), |d| {
        d.update_user(&user_id, profile, &[], None)
    }) {
        Ok(_) => done(if kind == "email" {
            "email_changed"
        } else {
            "phone_changed"
        }),
        Err(Error::Conflict(_)) => refused(state, doorman, visit, "account.error.taken"),
        Err(e) => Err(e.into()),
    }
}

fn remove(state: &ServerState, doorman: &mut Doorman, visit: &Visit, kind: &'static str) -> Answer {
    let user = &visit.user;
    let other = if kind == "email" {
        &user.phone
    } else {
        &user.email
    };
    let keeps_one = user.username.is_some()
        || other.is_some()
        || !doorman.user_identities(&user.id)?.is_empty();
    if !keeps_one {
        return refused(state, doorman, visit, "account.error.keep_one");
    }
    let field = if kind == "email" {
        UserField::Email
    } else {
        UserField::Phone
    };
    let user_id = user.id.clone();
    doorman.acting_as(visit.actor(), |d| {
        d.update_user(&user_id, Profile::default(), &[field], None)
    })?;
    done(if kind == "email" {
        "email_removed"
    } else {
        "phone_removed"
    })
}
