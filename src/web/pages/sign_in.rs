//! `/sign-in`: the password form of a parked authorization request, or (`method=code`) the form
//! that sends a one-time code. Failed passwords count toward the per-identifier and per-IP
//! limits.

use crate::model::settings::{Identifier, Settings, SignInMode};
use crate::ops::Doorman;
use crate::ops::accounts::sessions::SignIn;
use crate::ops::accounts::verification::{self, Purpose};
use crate::web::common::code_limits::refused;
use crate::web::common::http::{Request, Response};
use crate::web::common::i18n::Texts;
use crate::web::common::identifiers::{accepted_identifiers, identifier_label};
use crate::web::common::parked::{Parked, connector_path};
use crate::web::common::responses::{Answer, error_detail, language};
use crate::web::common::session::check_csrf;
use crate::web::engine::state::ServerState;
use crate::web::oidc::authorize::{FirstFactor, complete_sign_in, signed_in};
use crate::web::pages::templates::{self, Chrome, ConnectorButton, SignInPage, Terms};

/// What the sign-in page shows besides the form.
struct SignInView<'a> {
    identifier: &'a str,
    error: Option<String>,
    notice: Option<String>,
    with_code: bool,
    offers_passkey: bool,
    connectors: Vec<ConnectorButton>,
}

fn sign_in_form(
    settings: &Settings,
    request: &Request,
    status: u16,
    parked: &Parked,
    view: SignInView<'_>,
) -> Response {
    let chrome = Chrome::new(settings, language(settings, request, parked.ui_locales()));
    let kinds = accepted_identifiers(settings, Some(&parked.auth), view.with_code);
    let offers_code = !accepted_identifiers(settings, Some(&parked.auth), true).is_empty();
    templates::render(
        status,
        &SignInPage {
            identifier_label: identifier_label(&chrome.t, &kinds),
            chrome,
            app_name: Some(parked.app.name.clone()),
            error: view.error,
            notice: view.notice,
            csrf_token: parked.csrf.clone(),
            interaction: parked.id.clone(),
            identifier: view.identifier.to_string(),
            with_code: view.with_code,
            offers_code,
            offers_reset: settings
                .sign_in
                .methods
                .iter()
                .any(|m| m.password && m.identifier != Identifier::Username),
            offers_registration: settings.sign_in_mode == SignInMode::SignInAndRegister,
            terms: Terms::for_form(settings, false),
            offers_passkey: view.offers_passkey,
            connectors: view.connectors,
            single_sign_on: settings.single_sign_on,
        },
    )
}

/// The buttons of the social connectors the settings list.
fn connector_buttons(doorman: &Doorman, interaction: &str) -> crate::Result<Vec<ConnectorButton>> {
    Ok(doorman
        .social_buttons()?
        .into_iter()
        .map(|c| ConnectorButton {
            href: connector_path(&c.id, interaction),
            logo: c.preset.map(|p| p.as_str()),
            name: c.name,
        })
        .collect())
}

/// The sign-in page of a parked request with a neutral notice and the identifier filled in
/// (after a password reset).
pub fn sign_in_notice(
    request: &Request,
    settings: &Settings,
    parked: &Parked,
    identifier: &str,
    notice: String,
) -> Response {
    let view = SignInView {
        identifier,
        error: None,
        notice: Some(notice),
        with_code: false,
        offers_passkey: false,
        connectors: Vec::new(),
    };
    sign_in_form(settings, request, 200, parked, view)
}

/// `GET/POST /sign-in`: the password form, or (`method=code`) the form that sends a code.
pub fn sign_in(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    let parked = Parked::from_request(doorman, request)?;
    let settings = doorman.settings()?;
    if settings.sign_in_mode == SignInMode::Register {
        return Ok(Response::redirect(&format!(
            "/register?interaction={}",
            parked.id
        )));
    }
    let auth = &parked.auth;
    let with_code = request.param("method") == Some("code");
    let t = Texts::for_language(language(&settings, request, parked.ui_locales()));
    if with_code && accepted_identifiers(&settings, Some(auth), true).is_empty() {
        return Ok(error_detail(
            doorman,
            request,
            parked.ui_locales(),
            400,
            "error.invalid_request",
            t.get("sign_in.error.no_method"),
        ));
    }
    let offers_passkey = doorman.passkeys_offered()?;
    let buttons = connector_buttons(doorman, &parked.id)?;
    let form = |status: u16, identifier: &str, error: Option<String>| {
        sign_in_form(
            &settings,
            request,
            status,
            &parked,
            SignInView {
                identifier,
                error,
                notice: None,
                with_code,
                offers_passkey,
                connectors: buttons.clone(),
            },
        )
    };
    if request.method == "GET" {
        let hint = auth.login_hint.clone().unwrap_or_default();
        return Ok(form(200, &hint, None));
    }
    check_csrf(doorman, request, &parked.csrf, parked.ui_locales())?;
    let identifier = request
        .param("identifier")
        .unwrap_or_default()
        .trim()
        .to_string();
    if Terms::for_form(&settings, false).is_some_and(|terms| terms.manual)
        && request.param("agree_terms").is_none()
    {
        return Ok(form(400, &identifier, Some(t.get("terms.required").into())));
    }
    if with_code {
        let kinds = accepted_identifiers(&settings, Some(auth), true);
        let fits =
            verification::channel_of(&identifier).is_some_and(|(kind, _)| kinds.contains(&kind));
        if !fits {
            let message = identifier_label(&t, &kinds);
            return Ok(form(400, &identifier, Some(message)));
        }
        let now = doorman.clock.now().unix();
        state
            .code_limits
            .send(&identifier, state.limited_ip(request).as_deref(), now)
            .map_err(|l| {
                refused(
                    doorman,
                    request,
                    parked.ui_locales(),
                    "error.codes_limited",
                    l,
                )
            })?;
        let v = doorman.start_verification(Purpose::SignIn, &identifier, Some(&parked.id), None)?;
        return Ok(Response::redirect(&format!(
            "/verify?verification={}",
            v.id
        )));
    }
    if let Some(sso) = doorman.sso_connector_for(&identifier)? {
        let hint: String = form_urlencoded::byte_serialize(identifier.as_bytes()).collect();
        let start = connector_path(&sso.id, &parked.id);
        return Ok(Response::redirect(&format!("{start}&login_hint={hint}")));
    }
    let password = request.param("password").unwrap_or_default().to_string();
    if identifier.is_empty() || password.is_empty() {
        return Ok(form(
            400,
            &identifier,
            Some(t.get("sign_in.error.missing").into()),
        ));
    }
    let now = doorman.clock.now().unix();
    let account_key = doorman.account_limit_key(&identifier)?;
    let ip_key = state.limited_ip(request);
    let ip_key = ip_key.as_deref();
    if let Some(seconds) = state.sign_in_limits.wait(&account_key, ip_key, now) {
        return Ok(form(
            429,
            &identifier,
            Some(t.get("sign_in.error.rate_limited").into()),
        )
        .header("Retry-After", &seconds.to_string()));
    }
    match doorman.sign_in_with_password(&identifier, &password)? {
        SignIn::WrongCredentials => {
            state.sign_in_limits.count(&account_key, ip_key, now);
            Ok(form(
                400,
                &identifier,
                Some(t.get("sign_in.error.wrong").into()),
            ))
        }
        SignIn::Suspended => Ok(form(
            403,
            &identifier,
            Some(t.get("sign_in.error.suspended").into()),
        )),
        SignIn::Success(user) => {
            state.sign_in_limits.clear(&account_key);
            signed_in(
                state,
                doorman,
                request,
                &parked,
                *user,
                FirstFactor {
                    amr: vec!["pwd".into()],
                    sign_up: false,
                    channel: None,
                },
            )
        }
    }
}

/// `POST /sign-in/passkey`: the first factor with a discoverable passkey, whose answer the
/// page's script posts. Signed in with `amr: ["hwk"]`; a passkey needs no second factor.
pub fn passkey_sign_in(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    let parked = Parked::from_request(doorman, request)?;
    check_csrf(doorman, request, &parked.csrf, parked.ui_locales())?;
    let settings = doorman.settings()?;
    let t = Texts::for_language(language(&settings, request, parked.ui_locales()));
    let credential = request.param("credential").unwrap_or_default();
    let failed = |status: u16, key: &str| {
        let view = SignInView {
            identifier: "",
            error: Some(t.get(key).to_string()),
            notice: None,
            with_code: false,
            offers_passkey: true,
            connectors: Vec::new(),
        };
        sign_in_form(&settings, request, status, &parked, view)
    };
    match doorman.sign_in_with_passkey(&parked.id, credential)? {
        SignIn::Success(user) => complete_sign_in(
            state,
            doorman,
            request,
            &parked,
            *user,
            &["hwk".to_string()],
        ),
        SignIn::Suspended => Ok(failed(403, "sign_in.error.suspended")),
        SignIn::WrongCredentials => Ok(failed(400, "passkey.error")),
    }
}
