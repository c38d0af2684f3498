//! `/verify`: the one-time code page of registration, code sign-in, password reset and a
//! connector sign-in's email step. A right
//! code finishes the flow it belongs to; `action=resend` sends a new code after the cooldown.

use crate::model::mfa::FactorKind;
use crate::ops::Doorman;
use crate::ops::accounts::verification::{CodeCheck, Purpose, Resend, Verification};
use crate::ops::federation::sign_in::Arrival;
use crate::web::common::binding::interaction_proved;
use crate::web::common::code_limits::refused;
use crate::web::common::http::Request;
use crate::web::common::page_context::PageContext;
use crate::web::common::parked::{Parked, gone};
use crate::web::common::responses::{Answer, error_page, error_with_link};
use crate::web::engine::state::ServerState;
use crate::web::oidc::authorize::{FirstFactor, signed_in};
use crate::web::pages::connectors;
use crate::web::pages::reset::reset_form;
use crate::web::pages::templates::VerifyPage;

/// `GET/POST /verify`: enter the code, or ask for a new one (`action=resend`).
pub fn verify(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    let (verification, context) = PageContext::for_verification(state, doorman, request, |v| {
        !matches!(v.purpose, Purpose::Mfa | Purpose::Account)
    })?;
    let ui_locales = context.ui_locales();
    let t = context.chrome.t;
    let page = |status: u16, error: Option<String>, notice: Option<String>| {
        context.render(
            state,
            status,
            &VerifyPage {
                chrome: context.chrome.clone(),
                target: verification.target.clone(),
                verification: verification.id.clone(),
                csrf_token: context.csrf.clone(),
                error,
                notice,
            },
        )
    };
    if request.method == "GET" {
        return Ok(page(200, None, None));
    }
    context.check_csrf(state, doorman, request)?;
    let now = doorman.clock.now().unix();
    let target = verification.target.as_str();
    if request.param("action") == Some("resend") {
        state
            .code_limits
            .send(target, state.limited_ip(request).as_deref(), now)
            .map_err(|l| refused(doorman, request, ui_locales, "error.codes_limited", l))?;
        return Ok(match doorman.resend_code(&verification.id)? {
            Resend::Sent => page(200, None, Some(t.get("verify.resent").into())),
            Resend::Wait(seconds) => {
                page(429, Some(t.count("verify.error.cooldown", seconds)), None)
                    .header("Retry-After", &seconds.to_string())
            }
            Resend::Gone => error_page(doorman, request, ui_locales, 400, "error.code_expired"),
        });
    }
    // A locked account (or address, before there is an account) gets no answer about its
    // code, right or wrong. Its addresses share one budget of wrong codes.
    let guesses = doorman.account_limit_key(target)?;
    state
        .code_limits
        .may_check(&guesses, now)
        .map_err(|l| refused(doorman, request, ui_locales, "error.codes_locked", l))?;
    let code = request.param("code").unwrap_or_default();
    let checked = doorman.check_code(&verification.id, code)?;
    if matches!(checked, CodeCheck::Wrong(_) | CodeCheck::TooManyAttempts)
        && let Some(locked) = state.code_limits.wrong(&guesses, now)
    {
        if locked.began {
            doorman.record_code_lockout(target, locked.retry_after)?;
        }
        return Err(refused(
            doorman,
            request,
            ui_locales,
            "error.codes_locked",
            locked,
        ));
    }
    let verified = match checked {
        CodeCheck::Verified(v) => v,
        CodeCheck::Wrong(left) => {
            return Ok(page(400, Some(t.count("verify.error.wrong", left)), None));
        }
        CodeCheck::Expired => {
            return Ok(page(400, Some(t.get("verify.error.expired").into()), None));
        }
        CodeCheck::TooManyAttempts => {
            return Ok(restart(
                doorman,
                request,
                &verification,
                ui_locales,
                "error.too_many_attempts",
            ));
        }
        CodeCheck::Gone => {
            return Ok(restart(
                doorman,
                request,
                &verification,
                ui_locales,
                "error.code_expired",
            ));
        }
    };
    if verified.purpose == Purpose::ResetPassword {
        return Ok(reset_form(&context, state, &verified.id, 200, Vec::new()));
    }
    let parked = context.parked(doorman, request)?;
    // The code just proved this address: it cannot be the second factor too.
    let channel = Some(if verified.target.contains('@') {
        FactorKind::Email
    } else {
        FactorKind::Phone
    });
    if verified.purpose == Purpose::ConnectorEmail {
        return connector_email_proved(state, doorman, request, &parked, &verified.id, channel);
    }
    let (user, first) = if verified.purpose == Purpose::Register {
        let first = FirstFactor {
            amr: vec!["pwd".into()],
            sign_up: true,
            channel,
        };
        (doorman.complete_registration(&verified.id), first)
    } else {
        let first = FirstFactor {
            amr: vec!["otp".into()],
            sign_up: false,
            channel,
        };
        (doorman.complete_code_sign_in(&verified.id), first)
    };
    match user {
        Ok(user) => signed_in(state, doorman, request, &parked, user, first),
        Err(crate::Error::Conflict(_)) => Ok(error_with_link(
            doorman,
            request,
            ui_locales,
            409,
            "error.code_expired",
            (
                &format!("/register?interaction={}", parked.id),
                "register.title",
            ),
        )),
        Err(crate::Error::NotFound(_)) => Ok(error_page(
            doorman,
            request,
            ui_locales,
            400,
            "error.code_expired",
        )),
        Err(e) => Err(e.into()),
    }
}

/// An error page for a dead verification, with the way to start its flow again.
fn restart(
    doorman: &Doorman,
    request: &Request,
    verification: &Verification,
    ui_locales: Option<&str>,
    key: &str,
) -> crate::web::common::http::Response {
    let interaction = verification.interaction.clone().unwrap_or_default();
    let (href, label) = match verification.purpose {
        Purpose::Register => (
            format!("/register?interaction={interaction}"),
            "register.title",
        ),
        Purpose::SignIn => (
            format!("/sign-in?interaction={interaction}&method=code"),
            "sign_in.with_code",
        ),
        Purpose::ResetPassword => (
            format!("/forgot-password?interaction={interaction}"),
            "forgot.title",
        ),
        Purpose::Mfa => (
            format!("/mfa?interaction={interaction}"),
            "mfa.verify.title",
        ),
        Purpose::ConnectorEmail => (
            format!("/continue/email?interaction={interaction}"),
            "identifier.email",
        ),
        // The page never shows these (they belong to the Account API).
        Purpose::Account => ("/".to_string(), "sign_in.title"),
    };
    error_with_link(doorman, request, ui_locales, 400, key, (&href, label))
}

/// A code proved the email a connector sign-in waited for: on with the account it finds or
/// makes, in the browser that came back from the upstream only.
fn connector_email_proved(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    parked: &Parked,
    verification: &str,
    channel: Option<FactorKind>,
) -> Answer {
    let provider = doorman.awaited_email(&parked.id)?.map(|a| a.provider);
    let (Some(provider), true) = (provider, interaction_proved(doorman, request, &parked.id)?)
    else {
        return Err(gone(doorman, request));
    };
    match doorman.finish_connector_sign_up(verification, &parked.id)? {
        Arrival::SignedIn { user, created, amr } => {
            let first = FirstFactor {
                amr,
                sign_up: created,
                channel,
            };
            signed_in(state, doorman, request, parked, *user, first)
        }
        Arrival::Refused(refusal) => Ok(connectors::refused(
            doorman, request, parked, &provider, refusal,
        )),
        Arrival::NeedsEmail { .. } => Err(gone(doorman, request)),
    }
}
