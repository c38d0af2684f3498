//! `/mfa`: the second step of a sign-in. A user with a second factor proves it (their
//! authenticator app's code, or a backup code); a user the policy asks to enrol scans a QR code
//! (rendered here as an SVG, no outside service), proves the app with a code, and is shown their
//! backup codes once. Wrong codes count against a per-user limit. The step's state lives with the
//! interaction, which is bound to the browser's CSRF cookie.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use qrcode::QrCode;
use qrcode::render::svg;
use subtle::ConstantTimeEq;

use crate::credentials::totp;
use crate::model::mfa::FactorKind;
use crate::ops::Doorman;
use crate::ops::mfa_sign_in::{MfaStep, PendingMfa};
use crate::web::authorize::complete_sign_in;
use crate::web::http::Request;
use crate::web::i18n::Texts;
use crate::web::pages::{self, Chrome, MfaPage};
use crate::web::parked::{Parked, gone};
use crate::web::ratelimit::RateLimiter;
use crate::web::responses::{Answer, error_page, language};
use crate::web::session::{CSRF_COOKIE, check_csrf};
use crate::web::state::ServerState;

/// The key wrong second-factor codes count under.
fn limit_key(user_id: &str) -> String {
    format!("mfa:{user_id}")
}

fn factor_name(kind: FactorKind) -> &'static str {
    match kind {
        FactorKind::Totp => "totp",
        FactorKind::BackupCode => "backup_code",
        FactorKind::Webauthn => "webauthn",
    }
}

/// A QR code of `text` as a `data:` URI of an SVG image (allowed by the pages' CSP).
fn qr_code(text: &str) -> String {
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
    })
}

/// `GET/POST /mfa`.
pub fn mfa(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    let parked = Parked::from_request(doorman, request)?;
    let Some(mut pending) = doorman.pending_mfa(&parked.id)? else {
        return Err(gone(doorman, request));
    };
    if request.method == "POST" {
        check_csrf(doorman, request, &parked.csrf, parked.ui_locales())?;
    } else {
        // The page can show an authenticator secret: only to the browser that signed in.
        let cookie = request.cookie(CSRF_COOKIE).unwrap_or_default();
        if !bool::from(cookie.as_bytes().ct_eq(parked.csrf.as_bytes())) {
            return Ok(error_page(
                doorman,
                request,
                parked.ui_locales(),
                403,
                "error.form_expired",
            ));
        }
    }
    let t = base_page(doorman, request, &parked)?.chrome.t;
    if pending.done {
        return finish(state, doorman, request, &parked, &pending, true);
    }
    let step = doorman.mfa_step(&pending.user_id, pending.sign_up)?;
    let view = match step {
        MfaStep::Done => return finish(state, doorman, request, &parked, &pending, false),
        MfaStep::Verify(kinds) => {
            match verify(state, doorman, request, &parked, &pending, &kinds, &t)? {
                Some(view) => view,
                None => return finish(state, doorman, request, &parked, &pending, true),
            }
        }
        MfaStep::Enrol { skippable } => {
            if skippable && request.method == "POST" && request.param("skip").is_some() {
                doorman.skip_mfa(&pending.user_id)?;
                return finish(state, doorman, request, &parked, &pending, false);
            }
            match enrol(
                state,
                doorman,
                request,
                &parked,
                &mut pending,
                skippable,
                &t,
            )? {
                Some(view) => view,
                None => return finish(state, doorman, request, &parked, &pending, true),
            }
        }
    };
    Ok(pages::render(view.status, &view.page))
}

/// Checks a typed code against the limit and `check`; the error to show, if any.
fn guarded(
    state: &ServerState,
    doorman: &mut Doorman,
    user_id: &str,
    t: &Texts,
    check: impl FnOnce(&mut Doorman) -> crate::Result<bool>,
) -> crate::Result<Result<(), (u16, String)>> {
    let now = doorman.clock.now().unix();
    let key = limit_key(user_id);
    if RateLimiter::longest_wait(&[(&state.identifier_limiter, key.as_str())], now).is_some() {
        return Ok(Err((429, t.get("mfa.error.limited").to_string())));
    }
    if check(doorman)? {
        state.identifier_limiter.clear(&key);
        Ok(Ok(()))
    } else {
        state.identifier_limiter.fail(&key, now);
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
    t: &Texts,
) -> crate::Result<Option<View>> {
    let asked = request.param("factor");
    let factor = kinds
        .iter()
        .copied()
        .find(|k| Some(factor_name(*k)) == asked)
        .or_else(|| kinds.iter().copied().find(|k| *k == FactorKind::Totp))
        .unwrap_or(kinds[0]);
    let mut page = base_page(doorman, request, parked)?;
    page.factor = factor_name(factor);
    page.lead_key = match factor {
        FactorKind::BackupCode => "mfa.verify.backup_code",
        _ => "mfa.verify.totp",
    };
    page.others = kinds
        .iter()
        .filter(|k| **k != factor)
        .map(|k| factor_name(*k))
        .collect();
    if request.method != "POST" {
        return Ok(Some(View { status: 200, page }));
    }
    let code = request.param("code").unwrap_or_default().to_string();
    let user_id = pending.user_id.clone();
    let outcome = guarded(state, doorman, &user_id, t, |d| match factor {
        FactorKind::BackupCode => d.verify_backup_code(&user_id, &code),
        _ => d.verify_totp(&user_id, &code),
    })?;
    match outcome {
        Ok(()) => Ok(None),
        Err((status, message)) => {
            page.error = Some(message);
            Ok(Some(View { status, page }))
        }
    }
}

fn enrol(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    parked: &Parked,
    pending: &mut PendingMfa,
    skippable: bool,
    t: &Texts,
) -> crate::Result<Option<View>> {
    let secret = match &pending.totp_secret {
        Some(secret) => secret.clone(),
        None => {
            let secret = totp::generate_secret();
            pending.totp_secret = Some(secret.clone());
            doorman.set_pending_mfa(&parked.id, Some(pending))?;
            secret
        }
    };
    let mut page = base_page(doorman, request, parked)?;
    page.view = "enrol";
    page.title_key = "mfa.enrol.title";
    page.skippable = skippable;
    page.secret = secret.clone();
    page.qr_code = qr_code(&doorman.enrolment_uri(&pending.user_id, &secret)?);
    if request.method != "POST" {
        return Ok(Some(View { status: 200, page }));
    }
    let code = request.param("code").unwrap_or_default().to_string();
    let user_id = pending.user_id.clone();
    let mut enrolled = None;
    let outcome = guarded(state, doorman, &user_id, t, |d| {
        enrolled = d.enrol_totp(&user_id, &secret, &code)?;
        Ok(enrolled.is_some())
    })?;
    if let Err((status, message)) = outcome {
        page.error = Some(message);
        return Ok(Some(View { status, page }));
    }
    pending.done = true;
    pending.totp_secret = None;
    doorman.set_pending_mfa(&parked.id, Some(pending))?;
    let Some((_, Some(set))) = enrolled else {
        return Ok(None);
    };
    page.view = "codes";
    page.title_key = "mfa.codes.title";
    page.codes_download = format!(
        "data:text/plain;base64,{}",
        STANDARD.encode(set.codes.join("\n") + "\n")
    );
    page.codes = set.codes;
    Ok(Some(View { status: 200, page }))
}

/// Ends the step: signed in with the second factor's methods added when one was proved.
fn finish(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    parked: &Parked,
    pending: &PendingMfa,
    proved: bool,
) -> Answer {
    let user = doorman.find_user(&pending.user_id)?;
    let amr = if proved {
        pending.amr_with_otp()
    } else {
        pending.amr.clone()
    };
    doorman.set_pending_mfa(&parked.id, None)?;
    complete_sign_in(state, doorman, request, parked, user, &amr)
}
