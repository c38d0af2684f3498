//! Password reset: `/forgot-password` sends a code to an email or phone (the same answer whether
//! or not an account uses it), `/verify` checks it, and `/forgot-password/reset` sets the new
//! password, ends every session of the user and tells their apps.

use crate::model::settings::{Identifier, Settings};
use crate::ops::Doorman;
use crate::ops::accounts::password_reset::PasswordReset;
use crate::ops::accounts::verification::{self, Purpose};
use crate::web::common::code_limits::refused;
use crate::web::common::http::{Request, Response};
use crate::web::common::identifiers::{accepted_identifiers, identifier_label};
use crate::web::common::page_context::PageContext;
use crate::web::common::parked::Parked;
use crate::web::common::responses::{Answer, error_page};
use crate::web::engine::state::ServerState;
use crate::web::oidc::backchannel::notify_apps;
use crate::web::pages::sign_in::sign_in_notice;
use crate::web::pages::templates::{ForgotPasswordPage, describe_violations};

/// The new-password form of a verified reset, with the rules the last try broke.
pub fn reset_form(
    context: &PageContext,
    state: &ServerState,
    verification: &str,
    status: u16,
    rule_errors: Vec<String>,
) -> Response {
    let password_hint = context.chrome.t.count(
        "register.password_hint",
        context.settings.password_policy.min_length,
    );
    context.render(
        state,
        status,
        &ForgotPasswordPage {
            chrome: context.chrome.clone(),
            csrf_token: context.csrf.clone(),
            interaction: String::new(),
            identifier_label: String::new(),
            identifier: String::new(),
            verification: Some(verification.to_string()),
            error: None,
            password_hint,
            rule_errors,
        },
    )
}

/// The identifier kinds a reset code can reach: email and phone among the password methods.
fn reset_kinds(settings: &Settings) -> Vec<Identifier> {
    accepted_identifiers(settings, None, false)
        .into_iter()
        .filter(|k| *k != Identifier::Username)
        .collect()
}

/// `GET/POST /forgot-password`: the address to send a reset code to. The same answer whether
/// or not an account uses it.
pub fn forgot_password(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    let context = PageContext::load(state, doorman, request, request.param("interaction"))?;
    let ui_locales = context.ui_locales();
    let t = context.chrome.t;
    let kinds = reset_kinds(&context.settings);
    let page = |status: u16, identifier: &str, error: Option<String>| {
        context.render(
            state,
            status,
            &ForgotPasswordPage {
                chrome: context.chrome.clone(),
                csrf_token: context.csrf.clone(),
                interaction: context.interaction_id(),
                identifier_label: identifier_label(&t, &kinds),
                identifier: identifier.to_string(),
                verification: None,
                error,
                password_hint: String::new(),
                rule_errors: Vec::new(),
            },
        )
    };
    if kinds.is_empty() {
        return Ok(error_page(
            doorman,
            request,
            ui_locales,
            404,
            "error.not_found",
        ));
    }
    if request.method == "GET" {
        let hint = context
            .interaction
            .as_ref()
            .and_then(|i| i.auth.login_hint.clone())
            .unwrap_or_default();
        return Ok(page(200, &hint, None));
    }
    context.check_csrf(state, doorman, request)?;
    let identifier = request
        .param("identifier")
        .unwrap_or_default()
        .trim()
        .to_string();
    let fits = verification::channel_of(&identifier).is_some_and(|(kind, _)| kinds.contains(&kind));
    if !fits {
        return Ok(page(400, &identifier, Some(identifier_label(&t, &kinds))));
    }
    let now = doorman.clock.now().unix();
    state
        .code_limits
        .send(&identifier, state.limited_ip(request).as_deref(), now)
        .map_err(|l| refused(doorman, request, ui_locales, "error.codes_limited", l))?;
    let interaction = context.interaction.as_ref().map(|i| i.id.as_str());
    let v = doorman.start_verification(Purpose::ResetPassword, &identifier, interaction, None)?;
    Ok(Response::redirect(&format!(
        "/verify?verification={}",
        v.id
    )))
}

/// `POST /forgot-password/reset`: the new password, after a right code.
pub fn reset_password(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    let (verification, context) = PageContext::for_verification(state, doorman, request, |v| {
        v.verified && v.purpose == Purpose::ResetPassword
    })?;
    let ui_locales = context.ui_locales();
    context.check_csrf(state, doorman, request)?;
    let password = request.param("password").unwrap_or_default();
    match doorman.complete_password_reset(&verification.id, password) {
        Ok(PasswordReset::Done(notices)) => {
            notify_apps(&state.backchannel, doorman, notices)?;
            let Some(i) = &context.interaction else {
                return Ok(error_page(
                    doorman,
                    request,
                    ui_locales,
                    200,
                    "reset.done_page",
                ));
            };
            let parked = Parked::with_app(
                doorman,
                request,
                i.id.clone(),
                i.auth.clone(),
                i.csrf.clone(),
            )?;
            Ok(sign_in_notice(
                request,
                &context.settings,
                &parked,
                &verification.target,
                context.chrome.t.get("reset.done").into(),
            ))
        }
        Ok(PasswordReset::Refused(broken)) => Ok(reset_form(
            &context,
            state,
            &verification.id,
            400,
            describe_violations(&context.chrome.t, &broken),
        )),
        Err(crate::Error::NotFound(_) | crate::Error::Invalid(_)) => Ok(error_page(
            doorman,
            request,
            ui_locales,
            400,
            "error.code_expired",
        )),
        Err(e) => Err(e.into()),
    }
}
