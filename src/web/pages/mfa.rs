//! `/mfa`: the second step of a sign-in. A user with a second factor proves it (their
//! authenticator app's code, a passkey, or a backup code); a user the policy asks to enrol
//! scans a QR code (rendered here as an SVG, no outside service) and proves the app with a
//! code, or creates a passkey, and is then shown their backup codes once. Wrong codes count
//! against a per-user limit. The step's state lives with the interaction, which is bound to the
//! browser's CSRF cookie.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use qrcode::QrCode;
use qrcode::render::svg;

use crate::credentials::totp;
use crate::model::mfa::FactorKind;
use crate::model::settings::MfaFactor;
use crate::ops::Doorman;
use crate::ops::accounts::mfa::BackupCodeSet;
use crate::ops::accounts::mfa_sign_in::{MfaStep, PendingMfa};
use crate::ops::accounts::verification::Purpose;
use crate::web::common::binding::interaction_proved;
use crate::web::common::http::Request;
use crate::web::common::i18n::Texts;
use crate::web::common::parked::{Parked, gone};
use crate::web::common::responses::{Answer, error_page, language};
use crate::web::common::session::check_csrf;
use crate::web::engine::state::ServerState;
use crate::web::oidc::authorize::complete_sign_in;
use crate::web::pages::templates::{self, Chrome, MfaPage};

/// The key wrong second-factor codes count under.
fn limit_key(user_id: &str) -> String {
    format!("mfa:{user_id}")
}

/// The RFC 8176 method a factor proves.
fn method(kind: FactorKind) -> &'static str {
    match kind {
        FactorKind::Webauthn => "hwk",
        FactorKind::Totp | FactorKind::BackupCode | FactorKind::Email | FactorKind::Phone => "otp",
    }
}

/// A QR code of `text` as a `data:` URI of an SVG image (allowed by the pages' CSP).
pub fn qr_code(text: &str) -> String {
    match QrCode::new(text.as_bytes()) {
        Ok(code) => {
            let image = code
                .render::<svg::Color<'_>>()
                .min_dimensions(200, 200)
                .build();
            format!("data:image/svg+xml;base64,{}", STANDARD.encode(image))
        }
        Err(e) => {
            tracing::error!("making a QR code failed: {e}");
            String::new()
        }
    }
}

/// What one rendering of the page shows.
struct View {
    status: u16,
    page: MfaPage,
}

/// Where a step stands after a request: a page to show, or the second factor proved with a
/// method (`otp`, `hwk`).
enum Outcome {
    Show(Box<View>),
    Proved(&'static str),
}

fn base_page(doorman: &Doorman, request: &Request, parked: &Parked) -> crate::Result<MfaPage> {
    let settings = doorman.settings()?;
    let chrome = Chrome::new(&settings, language(&settings, request, parked.ui_locales()));
    Ok(MfaPage {
        chrome,
        view: "verify",
        title_key: "mfa.verify.title",
        lead_key: "mfa.verify.totp",
        csrf_token: parked.csrf.clone(),
        interaction: parked.id.clone(),
        factor: "totp",
        others: Vec::new(),
        error: None,
        secret: String::new(),
        qr_code: String::new(),
        skippable: false,
        codes: Vec::new(),
        codes_download: String::new(),
        passkey: "",
        target: String::new(),
        code_sent: false,
    })
}

/// The factor a request asks for among `offered`, else the first of `preferred` offered.
fn chosen(request: &Request, offered: &[FactorKind]) -> FactorKind {
    let asked = request.param("factor");
    offered
        .iter()
        .copied()
        .find(|k| Some(k.as_str()) == asked)
        .or_else(|| offered.iter().copied().find(|k| *k == FactorKind::Totp))
        .unwrap_or(offered[0])
}

/// `GET/POST /mfa`.
pub fn mfa(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    let parked = Parked::from_request(doorman, request)?;
    let Some(mut pending) = doorman.pending_mfa(&parked.id)? else {
        return Err(gone(doorman, request));
    };
    // The page can show an authenticator secret and ends in a session: only for the browser
    // that proved the first factor (the binding it was given then), whatever CSRF cookie a
    // request brings.
    if !interaction_proved(doorman, request, &parked.id)? {
        return Ok(error_page(
            doorman,
            request,
            parked.ui_locales(),
            403,
            "error.form_expired",
        ));
    }
    if request.method == "POST" {
        check_csrf(doorman, request, &parked.csrf, parked.ui_locales())?;
    }
    if let Some(proved) = pending.proved_with.clone() {
        return finish(state, doorman, request, &parked, &pending, Some(&proved));
    }
    // The page's language and CSRF token, read once for whichever view follows.
    let page = base_page(doorman, request, &parked)?;
    let outcome =
        match doorman.mfa_step(&pending.user_id, pending.sign_up, pending.first_channel)? {
            MfaStep::Done => return finish(state, doorman, request, &parked, &pending, None),
            MfaStep::Verify(kinds) => {
                verify(state, doorman, request, &parked, &pending, &kinds, page)?
            }
            MfaStep::Enrol { skippable } => {
                if skippable && request.method == "POST" && request.param("skip").is_some() {
                    doorman.skip_mfa(&pending.user_id)?;
                    return finish(state, doorman, request, &parked, &pending, None);
                }
                let step = Enrolment {
                    parked: &parked,
                    skippable,
                };
                enrol(state, doorman, request, &step, &mut pending, page)?
            }
        };
    match outcome {
        Outcome::Show(view) => Ok(templates::render(view.status, &view.page)),
        Outcome::Proved(method) => finish(state, doorman, request, &parked, &pending, Some(method)),
    }
}

/// Checks a proof against the per-user limit and `check`; the error to show, if any.
fn guarded(
    state: &ServerState,
    doorman: &mut Doorman,
    user_id: &str,
    t: &Texts,
    check: impl FnOnce(&mut Doorman) -> crate::Result<bool>,
) -> crate::Result<Result<(), (u16, String)>> {
    let now = doorman.clock.now().unix();
    let key = limit_key(user_id);
    if state.sign_in_limits.wait(&key, None, now).is_some() {
        return Ok(Err((429, t.get("mfa.error.limited").to_string())));
    }
    if check(doorman)? {
        state.sign_in_limits.clear(&key);
        Ok(Ok(()))
    } else {
        state.sign_in_limits.count(&key, None, now);
        Ok(Err((400, t.get("mfa.error.wrong").to_string())))
    }
}

fn verify(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    parked: &Parked,
    pending: &PendingMfa,
    kinds: &[FactorKind],
    mut page: MfaPage,
) -> crate::Result<Outcome> {
    let t = page.chrome.t;
    let factor = chosen(request, kinds);
    page.factor = factor.as_str();
    page.lead_key = match factor {
        FactorKind::BackupCode => "mfa.verify.backup_code",
        FactorKind::Webauthn => "mfa.verify.webauthn",
        FactorKind::Totp => "mfa.verify.totp",
        FactorKind::Email | FactorKind::Phone => "mfa.verify.send",
    };
    page.others = kinds
        .iter()
        .filter(|k| **k != factor)
        .map(|k| k.as_str())
        .collect();
    if factor == FactorKind::Webauthn {
        page.passkey = "verify";
        if !doorman.passkeys_offered()? {
            page.error = Some(t.get("passkey.unavailable").to_string());
        }
    }
    if matches!(factor, FactorKind::Email | FactorKind::Phone) {
        if let Some(status) =
            code_step(state, doorman, request, parked, pending, factor, &mut page)?
        {
            return Ok(Outcome::Show(Box::new(View { status, page })));
        }
    } else if request.method != "POST" {
        return Ok(Outcome::Show(Box::new(View { status: 200, page })));
    }
    let proof = request
        .param(if factor == FactorKind::Webauthn {
            "credential"
        } else {
            "code"
        })
        .unwrap_or_default()
        .to_string();
    let user_id = pending.user_id.clone();
    let outcome = guarded(state, doorman, &user_id, &t, |d| match factor {
        FactorKind::BackupCode => d.verify_backup_code(&user_id, &proof),
        FactorKind::Webauthn => d.verify_passkey(pending, &proof),
        FactorKind::Totp => d.verify_totp(&user_id, &proof),
        FactorKind::Email | FactorKind::Phone => d.verify_mfa_code(pending, &proof),
    })?;
    match outcome {
        Ok(()) => Ok(Outcome::Proved(method(factor))),
        Err((status, message)) => {
            page.error = Some(message);
            Ok(Outcome::Show(Box::new(View { status, page })))
        }
    }
}

/// A code to the user's email or phone: the page that offers to send it, sends it
/// (`action=send`, within the per-address limits), then asks for it: the status to show `page`
/// with, or none when the request is the code itself, for the caller to check.
fn code_step(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    parked: &Parked,
    pending: &PendingMfa,
    factor: FactorKind,
    page: &mut MfaPage,
) -> crate::Result<Option<u16>> {
    let target = doorman
        .mfa_code_targets(&pending.user_id)?
        .into_iter()
        .find(|(kind, _)| *kind == factor)
        .map(|(_, target)| target)
        .unwrap_or_default();
    page.target = target.clone();
    let sending = request.method == "POST" && request.param("action") == Some("send");
    if sending {
        let now = doorman.clock.now().unix();
        let limited = state
            .code_limits
            .send(&target, state.limited_ip(request).as_deref(), now)
            .is_err();
        if limited {
            page.error = Some(page.chrome.t.get("mfa.error.limited").to_string());
            return Ok(Some(429));
        }
        let verification =
            doorman.start_verification(Purpose::Mfa, &target, Some(&parked.id), None)?;
        let mut updated = pending.clone();
        updated.code_verification = Some(verification.id);
        doorman.set_pending_mfa(&parked.id, Some(&updated))?;
    }
    let sent = sending || pending.code_verification.is_some();
    page.code_sent = sent;
    if sent {
        page.lead_key = "mfa.verify.code_sent";
    }
    if sending || request.method != "POST" || !sent {
        return Ok(Some(200));
    }
    Ok(None)
}

/// What an enrolment page knows besides the request.
struct Enrolment<'a> {
    parked: &'a Parked,
    skippable: bool,
}

fn enrol(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    step: &Enrolment<'_>,
    pending: &mut PendingMfa,
    mut page: MfaPage,
) -> crate::Result<Outcome> {
    let t = page.chrome.t;
    let factors = doorman.settings()?.mfa.factors;
    let mut offered = Vec::new();
    if factors.contains(&MfaFactor::Totp) {
        offered.push(FactorKind::Totp);
    }
    if doorman.passkeys_offered()? {
        offered.push(FactorKind::Webauthn);
    }
    let factor = chosen(request, &offered);
    page.view = "enrol";
    page.factor = factor.as_str();
    page.skippable = step.skippable;
    page.others = offered
        .iter()
        .filter(|k| **k != factor)
        .map(|k| k.as_str())
        .collect();
    let secret = if factor == FactorKind::Totp {
        page.title_key = "mfa.enrol.title";
        let secret = match &pending.totp_secret {
            Some(secret) => secret.clone(),
            None => {
                let secret = totp::generate_secret();
                pending.totp_secret = Some(secret.clone());
                doorman.set_pending_mfa(&step.parked.id, Some(pending))?;
                secret
            }
        };
        page.secret = secret.clone();
        page.qr_code = qr_code(&doorman.enrolment_uri(&pending.user_id, &secret)?);
        secret
    } else {
        page.title_key = "mfa.passkey.title";
        page.lead_key = "mfa.passkey.lead";
        page.passkey = "register";
        String::new()
    };
    if request.method != "POST" {
        return Ok(Outcome::Show(Box::new(View { status: 200, page })));
    }
    let user_id = pending.user_id.clone();
    let mut enrolled = None;
    let outcome = guarded(state, doorman, &user_id, &t, |d| {
        enrolled = if factor == FactorKind::Webauthn {
            d.enrol_passkey(pending, request.param("credential").unwrap_or_default())?
        } else {
            d.enrol_totp(&user_id, &secret, request.param("code").unwrap_or_default())?
        };
        Ok(enrolled.is_some())
    })?;
    if let Err((status, message)) = outcome {
        page.error = Some(message);
        return Ok(Outcome::Show(Box::new(View { status, page })));
    }
    pending.proved_with = Some(method(factor).to_string());
    pending.totp_secret = None;
    pending.passkey_state = None;
    doorman.set_pending_mfa(&step.parked.id, Some(pending))?;
    match enrolled {
        Some((_, Some(set))) => Ok(Outcome::Show(Box::new(View {
            status: 200,
            page: codes_page(page, set),
        }))),
        _ => Ok(Outcome::Proved(method(factor))),
    }
}

/// The page that shows new backup codes once, with a link that downloads them.
fn codes_page(mut page: MfaPage, set: BackupCodeSet) -> MfaPage {
    page.view = "codes";
    page.title_key = "mfa.codes.title";
    page.error = None;
    page.codes_download = format!(
        "data:text/plain;base64,{}",
        STANDARD.encode(set.codes.join("\n") + "\n")
    );
    page.codes = set.codes;
    page
}

/// Ends the step: signed in, with the second factor's method and `mfa` added when one was
/// proved.
fn finish(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    parked: &Parked,
    pending: &PendingMfa,
    proved: Option<&str>,
) -> Answer {
    let user = doorman.find_user(&pending.user_id)?;
    let amr = match proved {
        Some(method) => pending.amr_with(method),
        None => pending.amr.clone(),
    };
    doorman.set_pending_mfa(&parked.id, None)?;
    complete_sign_in(state, doorman, request, parked, user, &amr)
}
