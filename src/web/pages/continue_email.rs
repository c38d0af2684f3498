//! `/continue/email`: a connector sign-in whose upstream vouched for no email (it claimed one
//! unverified, or shared none) and matched no account asks for one, sends a code to it, and
//! goes on at `/verify`; only a proven address joins the upstream identity to an account. The
//! step answers only the browser that came back from the upstream.

use crate::model::validate;
use crate::ops::Doorman;
use crate::ops::accounts::verification::Purpose;
use crate::web::common::binding::interaction_proved;
use crate::web::common::code_limits::refused;
use crate::web::common::http::{Request, Response};
use crate::web::common::parked::{Parked, gone};
use crate::web::common::responses::{Answer, language};
use crate::web::common::session::check_csrf;
use crate::web::engine::state::ServerState;
use crate::web::pages::templates::{self, Chrome, ContinueEmailPage};

/// `GET/POST /continue/email`.
pub fn continue_email(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    let parked = Parked::from_request(doorman, request)?;
    let awaited = doorman.awaited_email(&parked.id)?;
    let (Some(awaited), true) = (awaited, interaction_proved(doorman, request, &parked.id)?) else {
        return Err(gone(doorman, request));
    };
    let settings = doorman.settings()?;
    let ui_locales = parked.ui_locales();
    let chrome = Chrome::new(&settings, language(&settings, request, ui_locales));
    let t = chrome.t;
    let page = |status: u16, email: &str, error: Option<&str>| {
        templates::render(
            status,
            &ContinueEmailPage {
                chrome: chrome.clone(),
                csrf_token: parked.csrf.clone(),
                interaction: parked.id.clone(),
                provider: awaited.provider.clone(),
                email: email.to_string(),
                error: error.map(str::to_string),
            },
        )
    };
    if request.method == "GET" {
        return Ok(page(
            200,
            awaited.suggested.as_deref().unwrap_or_default(),
            None,
        ));
    }
    check_csrf(doorman, request, &parked.csrf, ui_locales)?;
    let email = request
        .param("email")
        .unwrap_or_default()
        .trim()
        .to_string();
    if validate::email(&email).is_err() {
        return Ok(page(
            400,
            &email,
            Some(t.get("register.error.invalid_email")),
        ));
    }
    let now = doorman.clock.now().unix();
    state
        .code_limits
        .send(&email, state.limited_ip(request).as_deref(), now)
        .map_err(|l| refused(doorman, request, ui_locales, "error.codes_limited", l))?;
    let v = doorman.start_verification(Purpose::ConnectorEmail, &email, Some(&parked.id), None)?;
    Ok(Response::redirect(&format!(
        "/verify?verification={}",
        v.id
    )))
}
