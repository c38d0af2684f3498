//! The browser side of an authorization: `/oidc/auth` validates the request, and
//! [`oidc::decision`](crate::oidc::decision) says what it needs next. A request that needs the
//! user is parked as an interaction while they sign in or consent; the pages continue it here
//! with [`continue_parked`], [`signed_in`] and [`complete_sign_in`], until the browser goes back to the app with a
//! code.

use crate::model::app::App;
use crate::model::mfa::FactorKind;
use crate::model::settings::{Settings, SignInMode};
use crate::model::user::User;
use crate::oidc::authorize::{self, AuthRequest, Refusal, error_redirect};
use crate::oidc::decision::{self, Facts, Next};
use crate::oidc::error::OAuthError;
use crate::ops::Doorman;
use crate::ops::account_center::hosted;
use crate::ops::accounts::mfa_sign_in::{MfaStep, PendingMfa};
use crate::ops::accounts::sessions::ActiveSession;
use crate::web::common::binding::{self, bind_interaction};
use crate::web::common::http::{Request, Response};
use crate::web::common::parked::{Parked, connector_path};
use crate::web::common::responses::{Answer, error_detail, error_page};
use crate::web::common::session::{csrf_token, current_session, session_cookie, with_csrf};
use crate::web::engine::state::ServerState;
use crate::web::oidc::magic_link;
use crate::web::testing::{headless, outcomes};

/// `GET/POST /oidc/auth`.
pub fn authorize(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    let params = request.params();
    let app = match authorize::single(params, "client_id") {
        Ok(Some(id)) => doorman.find_client(id)?,
        _ => None,
    };
    let auth = match authorize::validate(params, app.as_ref()) {
        Ok(auth) => auth,
        Err(Refusal::Page(message)) => {
            return Ok(error_detail(
                doorman,
                request,
                authorize::single(params, "ui_locales").ok().flatten(),
                400,
                "error.invalid_request",
                &message,
            ));
        }
        Err(Refusal::Redirect {
            redirect_uri,
            error,
            state: app_state,
        }) => {
            return Ok(Response::redirect(&error_redirect(
                &redirect_uri,
                &error,
                app_state.as_deref(),
                &state.issuer,
            )));
        }
    };
    let Some(app) = app else {
        // validate() refuses an unknown client; this keeps the types honest.
        return Ok(error_page(doorman, request, None, 400, "error.unknown_app"));
    };
    // A resource nobody registered is refused before anyone signs in, as Logto does.
    if let Some(unknown) = doorman.unregistered_resource(&auth.resources)? {
        let error = OAuthError::new(
            "invalid_target",
            format!("resource '{unknown}' is not a registered API resource"),
        );
        return Ok(Response::redirect(&error_redirect(
            &auth.redirect_uri,
            &error,
            auth.state.as_deref(),
            &state.issuer,
        )));
    }
    if let Some(controls) = &state.test_controls
        && let Some(error) = outcomes::authorization_error(controls, &app.client_id)
    {
        return refuse(state, doorman, &auth, None, &error);
    }
    if let Ok(Some(token)) = authorize::single(params, "one_time_token") {
        let user = magic_link::spend(doorman, request, &auth, token)?;
        let first = FirstFactor {
            amr: vec![magic_link::MAGIC_LINK_AMR.to_string()],
            sign_up: false,
            // The token proved the email: a second factor is never a code to the same address.
            channel: Some(FactorKind::Email),
        };
        return begin_signed_in(state, doorman, request, (&auth, &app), user, first);
    }
    begin(state, doorman, request, &auth, &app)
}

/// Where a device's request goes once a person approved it, and once it was denied.
pub const DEVICE_SUCCESS: &str = "/device/success";
/// See [`DEVICE_SUCCESS`].
pub const DEVICE_DENIED: &str = "/device/denied";

/// Starts a valid request from this browser (`/oidc/auth`'s, or a device's that a person
/// confirmed at `/device`): on to the sign-in page or consent, parked as an interaction bound to
/// the browser's CSRF cookie, or, with a session that needs neither, answered at once.
pub fn begin(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    auth: &AuthRequest,
    app: &App,
) -> Answer {
    let (csrf, new) = csrf_token(request);
    let session = current_session(doorman, request);
    let pending = Pending {
        auth,
        app,
        csrf: &csrf,
        interaction: None,
    };
    let response = advance(
        state,
        doorman,
        request,
        &pending,
        session,
        Progress::default(),
    )?;
    Ok(with_csrf(state, response, &csrf, new))
}

/// Ends a request with a refusal: back to the app's redirect URI with the error, or for a
/// device's request (which has none), the request denied and the page that says so.
pub fn refuse(
    state: &ServerState,
    doorman: &mut Doorman,
    auth: &AuthRequest,
    interaction: Option<&str>,
    error: &OAuthError,
) -> Answer {
    let mut response = match &auth.device {
        Some(device) => {
            doorman.deny_device(device)?;
            Response::redirect(DEVICE_DENIED)
        }
        None => Response::redirect(&error_redirect(
            &auth.redirect_uri,
            error,
            auth.state.as_deref(),
            &state.issuer,
        )),
    };
    if let Some(id) = interaction {
        doorman.finish_interaction(id)?;
        response = binding::clear(state, response, id);
    }
    Ok(response)
}

/// An authorization request on its way: the request, its app, the browser's CSRF token, and
/// the interaction it is parked as, if it is.
struct Pending<'a> {
    auth: &'a AuthRequest,
    app: &'a App,
    csrf: &'a str,
    interaction: Option<&'a str>,
}

impl<'a> From<&'a Parked> for Pending<'a> {
    fn from(parked: &'a Parked) -> Self {
        Pending {
            auth: &parked.auth,
            app: &parked.app,
            csrf: &parked.csrf,
            interaction: Some(&parked.id),
        }
    }
}

/// What the interaction has already done.
#[derive(Debug, Clone, Copy, Default)]
struct Progress {
    fresh_sign_in: bool,
    just_consented: bool,
}

/// Acts on the decision for a valid request: parks it for the sign-in or consent page, refuses
/// it back to the app, or answers with a code.
fn advance(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    pending: &Pending<'_>,
    session: Option<ActiveSession>,
    progress: Progress,
) -> Answer {
    let Pending {
        auth,
        app,
        csrf,
        interaction,
    } = *pending;
    let facts = Facts {
        signed_in_at: session.as_ref().map(|s| s.session.auth_time),
        fresh_sign_in: progress.fresh_sign_in,
        third_party: app.is_third_party,
        just_consented: progress.just_consented,
    };
    let next = decision::decide(auth, facts, doorman.clock.now(), || match &session {
        Some(s) => {
            let asked = doorman.consent_request(&auth.scopes, &auth.resources)?;
            doorman.consent_covers(app, &s.user.id, &asked)
        }
        None => Ok(false),
    })?;
    let page = match next {
        Next::Refuse(error) => return refuse(state, doorman, auth, interaction, &error),
        Next::SignIn => {
            let page = first_page(auth, &doorman.settings()?);
            if page == "/sign-in"
                && state.test_controls.is_some()
                && let Some(user) = headless::test_user(doorman, auth, app)?
            {
                let first = FirstFactor {
                    amr: vec![headless::HEADLESS_AMR.to_string()],
                    sign_up: false,
                    channel: None,
                };
                return sign_in_without_page(state, doorman, request, pending, user, first);
            }
            page
        }
        Next::Consent => "/consent",
        Next::Issue => {
            let session = session.ok_or_else(|| {
                crate::Error::Runtime("a code was decided without a session".into())
            })?;
            let mut response = if auth.device.is_some() {
                if !doorman.approve_device(auth, &session.session)? {
                    let ui_locales = auth.ui_locales.as_deref();
                    return Ok(error_page(
                        doorman,
                        request,
                        ui_locales,
                        400,
                        "error.device_gone",
                    ));
                }
                Response::redirect(DEVICE_SUCCESS)
            } else if auth.client_id == hosted::CLIENT_ID {
                // A hosted page needs the session, which the browser now has; never a code.
                Response::redirect(hosted::return_path(auth.state.as_deref()))
            } else {
                Response::redirect(&doorman.issue_code(auth, &session.session)?)
            };
            if let Some(id) = interaction {
                doorman.finish_interaction(id)?;
                response = binding::clear(state, response, id);
            }
            return Ok(response);
        }
    };
    let id = match interaction {
        Some(id) => id.to_string(),
        None => doorman.start_interaction(auth, csrf)?,
    };
    // Logto's `direct_sign_in`: straight to the connector, past the sign-in page.
    if page != "/consent"
        && interaction.is_none()
        && let Some(target) = &auth.direct_sign_in
        && let Some(connector) = doorman.connector_for_sign_in(target)?
    {
        return Ok(Response::redirect(&connector_path(&connector.id, &id)));
    }
    let redirect = Response::redirect(&format!("{page}?interaction={id}"));
    if page == "/consent" {
        // Consent answers only the browser that arrives at it now, with its session.
        return Ok(bind_interaction(state, doorman, &id, redirect)?);
    }
    Ok(redirect)
}

/// Starts a valid request for a user who proved who they are without a page (a one-time
/// token): parked as any other, then carried on from their first factor, so MFA and consent
/// still ask.
pub fn begin_signed_in(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    (auth, app): (&AuthRequest, &App),
    user: User,
    first: FirstFactor,
) -> Answer {
    let (csrf, new) = csrf_token(request);
    let pending = Pending {
        auth,
        app,
        csrf: &csrf,
        interaction: None,
    };
    let response = sign_in_without_page(state, doorman, request, &pending, user, first)?;
    Ok(with_csrf(state, response, &csrf, new))
}

/// Signs a user in without a page (a test user by `login_hint`, a one-time token): the request
/// is parked as any other, then carried on as if the user had proved who they are on the
/// sign-in page, so MFA and consent still ask.
fn sign_in_without_page(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    pending: &Pending<'_>,
    user: User,
    first: FirstFactor,
) -> Answer {
    let id = match pending.interaction {
        Some(id) => id.to_string(),
        None => doorman.start_interaction(pending.auth, pending.csrf)?,
    };
    let parked = Parked {
        id,
        auth: pending.auth.clone(),
        csrf: pending.csrf.to_string(),
        app: pending.app.clone(),
    };
    signed_in(state, doorman, request, &parked, user, first)
}

/// The first page of a sign-in, from Logto's `first_screen`, `prompt=create` and the sign-in
/// mode.
fn first_page(auth: &AuthRequest, settings: &Settings) -> &'static str {
    let can_register = settings.sign_in_mode != SignInMode::SignIn;
    if settings.sign_in_mode == SignInMode::Register {
        return "/register";
    }
    match auth.first_screen.as_deref() {
        Some("register" | "identifier:register") if can_register => "/register",
        Some("reset_password") => "/forgot-password",
        _ if auth.prompts("create") && can_register => "/register",
        _ => "/sign-in",
    }
}

/// How the user proved who they are on a sign-in, sign-up or code page, or at a connector.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirstFactor {
    /// The RFC 8176 methods: `pwd` or `otp`, or what an upstream provider reported.
    pub amr: Vec<String>,
    /// Whether the account was made just now (some MFA policies do not prompt then).
    pub sign_up: bool,
    /// The email or phone a code proved, when the first factor was one: a second factor is
    /// never a code to the same place.
    pub channel: Option<FactorKind>,
}

/// The first factor is proved: on to `/mfa` when the user has a second factor or is asked to
/// enrol one, else signed in. An upstream identity waiting for this account is linked now.
pub fn signed_in(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    parked: &Parked,
    user: User,
    first: FirstFactor,
) -> Answer {
    doorman.link_held_identity(&parked.id, &user)?;
    if doorman.mfa_step(&user.id, first.sign_up, first.channel)? != MfaStep::Done {
        let pending = PendingMfa {
            user_id: user.id,
            amr: first.amr.clone(),
            sign_up: first.sign_up,
            first_channel: first.channel,
            totp_secret: None,
            passkey_state: None,
            code_verification: None,
            proved_with: None,
        };
        doorman.set_pending_mfa(&parked.id, Some(&pending))?;
        // The second factor answers only the browser that proved the first: a fresh secret,
        // not the CSRF cookie another server on this host could have planted.
        let redirect = Response::redirect(&format!("/mfa?interaction={}", parked.id));
        return Ok(bind_interaction(state, doorman, &parked.id, redirect)?);
    }
    complete_sign_in(state, doorman, request, parked, user, &first.amr)
}

/// Signs the user in (a new or refreshed session) with the methods they used, and carries the
/// parked request on: consent or the code. The session cookie rides on whatever response comes
/// next.
pub fn complete_sign_in(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    parked: &Parked,
    user: User,
    amr: &[String],
) -> Answer {
    let current = current_session(doorman, request);
    let (session, cookie) = doorman.start_session(&user, amr, current.as_ref())?;
    let active = ActiveSession { session, user };
    let progress = Progress {
        fresh_sign_in: true,
        just_consented: false,
    };
    let response = advance(
        state,
        doorman,
        request,
        &parked.into(),
        Some(active),
        progress,
    )?;
    Ok(match cookie {
        Some(value) => session_cookie(state, response, &value, doorman.lifetimes.session),
        None => response,
    })
}

/// Carries a parked request on after the user allowed it on the consent page.
pub fn consented(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    parked: &Parked,
    session: ActiveSession,
) -> Answer {
    let progress = Progress {
        fresh_sign_in: true,
        just_consented: true,
    };
    advance(
        state,
        doorman,
        request,
        &parked.into(),
        Some(session),
        progress,
    )
}
