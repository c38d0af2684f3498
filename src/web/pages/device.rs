//! `/device`: where a person types the code a device shows (RFC 8628 §3.3), confirms the app
//! that asks, and goes on to the usual sign-in, MFA and consent for the device's request; and
//! the two pages it ends on. A wrong code counts against everyone's code entry and the
//! client's IP, so nobody guesses a live code.

use crate::oidc::device;
use crate::ops::Doorman;
use crate::web::common::http::{Request, Response};
use crate::web::common::page_context::PageContext;
use crate::web::common::responses::Answer;
use crate::web::engine::state::{DEVICE_CODES, ServerState};
use crate::web::oidc::authorize::{DEVICE_DENIED, begin};
use crate::web::pages::templates::DevicePage;

/// `GET/POST /device`: the code form (`?user_code=` fills it in), then the confirmation, then
/// the sign-in.
pub fn device(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    let context = PageContext::load(state, doorman, request, None)?;
    let t = context.chrome.t;
    let typed = request
        .param("user_code")
        .unwrap_or_default()
        .trim()
        .to_string();
    let page = |status: u16, step: &'static str, code: &str, app: &str, error: Option<&str>| {
        context.render(
            state,
            status,
            &DevicePage {
                chrome: context.chrome.clone(),
                csrf_token: context.csrf.clone(),
                step,
                user_code: code.to_string(),
                app_name: app.to_string(),
                error: error.map(str::to_string),
            },
        )
    };
    if request.method == "GET" {
        return Ok(page(200, "enter", &typed, "", None));
    }
    context.check_csrf(state, doorman, request)?;
    let now = doorman.clock.now().unix();
    let ip = state.limited_ip(request);
    if let Some(seconds) = state
        .device_code_limits
        .wait(DEVICE_CODES, ip.as_deref(), now)
    {
        let refused = page(
            429,
            "enter",
            &typed,
            "",
            Some(t.get("device.error.rate_limited")),
        );
        return Ok(refused.header("Retry-After", &seconds.to_string()));
    }
    let found = doorman.pending_device(&typed)?;
    let app = match &found {
        Some(stored) => doorman.find_client(&stored.client_id)?,
        None => None,
    };
    let (Some(stored), Some(app)) = (found, app) else {
        state
            .device_code_limits
            .count(DEVICE_CODES, ip.as_deref(), now);
        return Ok(page(
            400,
            "enter",
            &typed,
            "",
            Some(t.get("device.error.invalid")),
        ));
    };
    let shown = device::display_user_code(&stored.user_code);
    match request.param("confirm") {
        None => Ok(page(200, "confirm", &shown, &app.name, None)),
        Some("yes") => {
            let auth = doorman.device_auth_request(&stored, request.param("ui_locales"));
            begin(state, doorman, request, &auth, &app)
        }
        Some(_) => {
            doorman.deny_device(&stored.id)?;
            Ok(Response::redirect(DEVICE_DENIED))
        }
    }
}

/// `GET /device/success` and `GET /device/denied`: how a device's request ended, for the
/// person on this screen (the device learns it from its next poll).
pub fn outcome(
    state: &ServerState,
    doorman: &Doorman,
    request: &Request,
    approved: bool,
) -> Answer {
    let context = PageContext::load(state, doorman, request, None)?;
    let step = if approved { "success" } else { "denied" };
    Ok(context.render(
        state,
        200,
        &DevicePage {
            chrome: context.chrome.clone(),
            csrf_token: String::new(),
            step,
            user_code: String::new(),
            app_name: String::new(),
            error: None,
        },
    ))
}
