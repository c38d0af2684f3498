//! The account center's second factors: an authenticator app (a QR code to scan, proved by its
//! first code), a new set of backup codes (shown once), a passkey, removing a factor, and
//! whether sign-in asks for one.

use crate::credentials::totp;
use crate::ops::Doorman;
use crate::ops::account_center::brought_factors::{Refused, TotpChange};
use crate::web::common::http::{Request, Response};
use crate::web::common::responses::Answer;
use crate::web::engine::state::ServerState;
use crate::web::pages::account::entry::{Visit, sensitive_visit};
use crate::web::pages::account::view::{StepPage, done, refused, step};
use crate::web::pages::mfa::qr_code;
use serde_json::json;

/// `POST /account/mfa`: `action=totp` shows a new secret, `action=totp_confirm` enrols it with
/// its first code, `action=backup_codes` makes new codes, `action=remove` removes `factor`,
/// `action=skip_at_sign_in` and `ask_at_sign_in` set whether sign-in asks for a second factor.
pub fn change(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    let visit = sensitive_visit(state, doorman, request)?;
    if !visit.center.fields.mfa.editable() {
        return refused(state, doorman, &visit, "account.error.not_allowed");
    }
    let user_id = visit.user.id.clone();
    match request.param("action") {
        Some("totp") => totp_step(state, &visit, &totp::generate_secret(), None),
        Some("totp_confirm") => {
            let secret = request.param("secret").unwrap_or_default();
            let code = request.param("code").unwrap_or_default();
            let brought = doorman.acting_as(visit.actor(), |d| {
                d.bring_totp(&user_id, secret, Some(code), TotpChange::Add)
            })?;
            match brought {
                Ok(_) => done("factor_added"),
                Err(Refused::WrongCode) => {
                    let error = visit.chrome.t.get("mfa.error.wrong").to_string();
                    totp_step(state, &visit, secret, Some(error))
                }
                Err(_) => refused(state, doorman, &visit, "account.error.totp_taken"),
            }
        }
        Some("backup_codes") => {
            let factors = doorman.mfa_factors(&user_id)?;
            if !factors
                .iter()
                .any(|f| f.kind != crate::model::mfa::FactorKind::BackupCode)
            {
                return refused(state, doorman, &visit, "account.error.codes_alone");
            }
            let set = doorman.acting_as(visit.actor(), |d| d.new_backup_codes(&user_id))?;
            let mut page = StepPage::new(&visit, "account.codes.title", "codes");
            page.codes = set.codes;
            step(state, &visit, 200, &page)
        }
        Some("passkey") => {
            let now = doorman.clock.now().unix();
            let credential = request.param("credential").unwrap_or_default();
            let Some(ceremony) = state.ceremonies.take(&visit.session.id, now) else {
                return refused(state, doorman, &visit, "account.error.passkey");
            };
            let added = doorman.acting_as(visit.actor(), |d| {
                d.add_own_passkey(&user_id, &ceremony, credential)
            });
            match added {
                Ok(Some(_)) => done("factor_added"),
                Ok(None) | Err(crate::Error::Conflict(_)) => {
                    refused(state, doorman, &visit, "account.error.passkey")
                }
                Err(e) => Err(e.into()),
            }
        }
        Some(choice @ ("skip_at_sign_in" | "ask_at_sign_in")) => {
            let skip = choice == "skip_at_sign_in";
            doorman.acting_as(visit.actor(), |d| d.set_skip_mfa_on_sign_in(&user_id, skip))?;
            done("mfa_sign_in_changed")
        }
        Some("remove") => {
            let factor = request.param("factor").unwrap_or_default();
            let owned = doorman
                .mfa_factors(&user_id)?
                .iter()
                .any(|f| f.id == factor);
            if !owned {
                return refused(state, doorman, &visit, "account.error.not_allowed");
            }
            doorman.acting_as(visit.actor(), |d| d.remove_factor(&user_id, factor))?;
            done("factor_removed")
        }
        _ => refused(state, doorman, &visit, "account.error.not_allowed"),
    }
}

/// `POST /account/passkey/options`: the options of a passkey registration for this browser's
/// script, the ceremony's state kept under the session (JSON; 404 when passkeys are not offered).
pub fn passkey_options(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    let visit = sensitive_visit(state, doorman, request)?;
    if !visit.center.fields.mfa.editable() {
        return Ok(Response::no_store_json(
            403,
            &json!({ "error": "not allowed" }),
        ));
    }
    Ok(match doorman.own_passkey_options(&visit.user.id)? {
        Some((options, ceremony)) => {
            let now = doorman.clock.now().unix();
            state.ceremonies.put(&visit.session.id, ceremony, now);
            Response::no_store_json(200, &options)
        }
        None => Response::no_store_json(404, &json!({ "error": "passkeys are not offered here" })),
    })
}

/// The authenticator step: the secret as a QR code and as text, and the form for its first
/// code.
fn totp_step(state: &ServerState, visit: &Visit, secret: &str, error: Option<String>) -> Answer {
    let issuer = &visit.settings.branding.app_name;
    let label = crate::web::common::session::user_label(&visit.user);
    let uri = totp::otpauth_uri(secret, &label, issuer)?;
    let mut page = StepPage::new(visit, "account.totp.title", "totp");
    page.target = secret.to_string();
    page.qr_code = qr_code(&uri);
    page.error = error;
    step(
        state,
        visit,
        if page.error.is_some() { 400 } else { 200 },
        &page,
    )
}
