//! The browser side of an authorization: `/oidc/auth` decides whether the user must sign in or
//! consent, parks the request as an interaction while they do, and finally sends the browser
//! back to the app with a code. CSRF: the browser holds a random token in an HttpOnly cookie;
//! every form repeats it, and an interaction only continues from the browser that started it.

use subtle::ConstantTimeEq;

use crate::model::app::App;
use crate::model::id::random_string;
use crate::model::settings::{Identifier, Settings, SignInMode};
use crate::model::user::User;
use crate::oidc::authorize::{self, AuthRequest, Refusal, error_redirect};
use crate::oidc::error::OAuthError;
use crate::ops::Doorman;
use crate::ops::sessions::{ActiveSession, SignIn};
use crate::ops::verification::{self, Purpose};
use crate::web::http::{self, Request, Response};
use crate::web::i18n::Texts;
use crate::web::pages::{self, Chrome, ConsentPage, SignInPage, Terms};
use crate::web::router::{chrome, error_detail, error_page, language, server_error};
use crate::web::server::Shared;

/// The session cookie.
pub const SESSION_COOKIE: &str = "doorman_session";
/// The CSRF cookie.
pub const CSRF_COOKIE: &str = "doorman_csrf";

/// The browser's open session, if any.
pub fn current_session(doorman: &Doorman, request: &Request) -> Option<ActiveSession> {
    let cookie = request.cookie(SESSION_COOKIE)?;
    doorman.session_from_cookie(cookie).ok().flatten()
}

/// How a user is named on pages.
pub fn user_label(user: &User) -> String {
    user.email
        .clone()
        .or_else(|| user.username.clone())
        .or_else(|| user.phone.clone())
        .unwrap_or_else(|| user.id.clone())
}

/// The browser's CSRF token, and whether it is new (and so must be set as a cookie).
pub fn csrf_token(request: &Request) -> (String, bool) {
    match request.cookie(CSRF_COOKIE).filter(|v| v.len() >= 32) {
        Some(existing) => (existing.to_string(), false),
        None => (random_string(32), true),
    }
}

/// Sets the CSRF cookie on a response when it was just made.
pub fn with_csrf(shared: &Shared, response: Response, token: &str, new: bool) -> Response {
    if new {
        response.header(
            "Set-Cookie",
            &http::cookie(CSRF_COOKIE, token, 86_400, shared.secure_cookies),
        )
    } else {
        response
    }
}

/// Whether a form's `csrf_token` matches the browser's cookie and `expected`, in constant time.
pub fn csrf_ok(request: &Request, expected: &str) -> bool {
    let form = request.param("csrf_token").unwrap_or_default();
    let cookie = request.cookie(CSRF_COOKIE).unwrap_or_default();
    !expected.is_empty()
        && bool::from(form.as_bytes().ct_eq(expected.as_bytes()))
        && bool::from(cookie.as_bytes().ct_eq(expected.as_bytes()))
}

/// The page for a form whose CSRF token does not match.
pub fn csrf_refused(doorman: &Doorman, request: &Request, ui_locales: Option<&str>) -> Response {
    error_page(doorman, request, ui_locales, 403, "error.form_expired")
}

/// The page for an unknown or lapsed interaction.
pub fn interaction_gone(doorman: &Doorman, request: &Request) -> Response {
    error_page(doorman, request, None, 400, "error.interaction_gone")
}

/// `GET/POST /oidc/auth`.
pub fn authorize(shared: &Shared, doorman: &mut Doorman, request: &Request) -> Response {
    let params = request.params();
    let app = match authorize::single(params, "client_id") {
        Ok(Some(id)) => match doorman.find_client(id) {
            Ok(app) => app,
            Err(e) => return server_error(doorman, e),
        },
        _ => None,
    };
    let auth = match authorize::validate(params, app.as_ref()) {
        Ok(auth) => auth,
        Err(Refusal::Page(message)) => {
            return error_detail(
                doorman,
                request,
                authorize::single(params, "ui_locales").ok().flatten(),
                400,
                "error.invalid_request",
                &message,
            );
        }
        Err(Refusal::Redirect {
            redirect_uri,
            error,
            state,
        }) => {
            return Response::redirect(&error_redirect(
                &redirect_uri,
                &error,
                state.as_deref(),
                &shared.issuer,
            ));
        }
    };
    let Some(app) = app else {
        // validate() refuses an unknown client; this keeps the types honest.
        return error_page(doorman, request, None, 400, "error.unknown_app");
    };
    let (csrf, new) = csrf_token(request);
    let session = current_session(doorman, request);
    let pending = Pending {
        auth: &auth,
        app: &app,
        csrf: &csrf,
        interaction: None,
    };
    let response = decide(shared, doorman, &pending, session, false, false);
    with_csrf(shared, response, &csrf, new)
}

/// An authorization request on its way: the request, its app, the browser's CSRF token, and
/// the interaction it is parked as, if it is.
struct Pending<'a> {
    auth: &'a AuthRequest,
    app: &'a App,
    csrf: &'a str,
    interaction: Option<&'a str>,
}

impl<'a> Pending<'a> {
    /// A request parked as an interaction: its id, the request, its CSRF token and its app.
    fn parked((id, auth, csrf, app): (&'a str, &'a AuthRequest, &'a str, &'a App)) -> Pending<'a> {
        Pending {
            auth,
            app,
            csrf,
            interaction: Some(id),
        }
    }
}

/// What happens next for a valid request: sign in, consent, or a code.
fn decide(
    shared: &Shared,
    doorman: &mut Doorman,
    pending: &Pending<'_>,
    session: Option<ActiveSession>,
    fresh_sign_in: bool,
    consented: bool,
) -> Response {
    let Pending {
        auth,
        app,
        csrf,
        interaction,
    } = *pending;
    let now = doorman.clock.now();
    let back = |error: OAuthError| {
        Response::redirect(&error_redirect(
            &auth.redirect_uri,
            &error,
            auth.state.as_deref(),
            &shared.issuer,
        ))
    };
    let park = |doorman: &mut Doorman, page: &str| -> Response {
        let id = match interaction {
            Some(id) => id.to_string(),
            None => match doorman.start_interaction(auth, csrf) {
                Ok(id) => id,
                Err(e) => return server_error(doorman, e),
            },
        };
        Response::redirect(&format!("{page}?interaction={id}"))
    };
    let session = match session {
        Some(s)
            if fresh_sign_in
                || !(auth.prompts("login")
                    || auth
                        .max_age
                        .is_some_and(|max| now.unix() - s.session.auth_time.unix() >= max)) =>
        {
            s
        }
        _ if auth.prompts("none") => {
            return back(OAuthError::new(
                "login_required",
                "the user is not signed in",
            ));
        }
        _ => {
            let page = match doorman.settings() {
                Ok(settings) => first_page(auth, &settings),
                Err(e) => return server_error(doorman, e),
            };
            return park(doorman, page);
        }
    };
    if !consented {
        let needs = match doorman.needs_consent(app, &session.user.id, &auth.scopes) {
            Ok(n) => n || (app.is_third_party && auth.prompts("consent")),
            Err(e) => return server_error(doorman, e),
        };
        if needs {
            if auth.prompts("none") {
                return back(OAuthError::new(
                    "consent_required",
                    "the user has not consented",
                ));
            }
            return park(doorman, "/consent");
        }
    }
    match doorman.issue_code(auth, &session.session) {
        Ok(location) => {
            if let Some(id) = interaction
                && let Err(e) = doorman.finish_interaction(id)
            {
                return server_error(doorman, e);
            }
            Response::redirect(&location)
        }
        Err(e) => server_error(doorman, e),
    }
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

/// The identifier kinds a form accepts: the settings' methods (with a password, or with a code),
/// narrowed by Logto's `identifier` parameter when it names any of them.
pub fn accepted_identifiers(
    settings: &Settings,
    auth: Option<&AuthRequest>,
    with_code: bool,
) -> Vec<Identifier> {
    let offered: Vec<Identifier> = settings
        .sign_in
        .methods
        .iter()
        .filter(|m| {
            if with_code {
                m.verification_code
            } else {
                m.password
            }
        })
        .map(|m| m.identifier)
        .collect();
    let wanted: Vec<Identifier> = auth
        .and_then(|a| a.identifier.as_deref())
        .map(|list| {
            list.split([' ', ','])
                .filter_map(|w| match w {
                    "email" => Some(Identifier::Email),
                    "phone" => Some(Identifier::Phone),
                    "username" => Some(Identifier::Username),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    let narrowed: Vec<Identifier> = offered
        .iter()
        .copied()
        .filter(|i| wanted.contains(i))
        .collect();
    if narrowed.is_empty() {
        offered
    } else {
        narrowed
    }
}

/// "Email, phone number or username" in the page's language.
pub fn identifier_label(t: &Texts, kinds: &[Identifier]) -> String {
    let names: Vec<&str> = kinds
        .iter()
        .map(|kind| match kind {
            Identifier::Email => t.get("identifier.email"),
            Identifier::Phone => t.get("identifier.phone"),
            Identifier::Username => t.get("identifier.username"),
        })
        .collect();
    match names.as_slice() {
        [] => t.get("identifier.fallback").into(),
        [one] => (*one).into(),
        [init @ .., last] => format!("{} {} {}", init.join(", "), t.get("identifier.or"), last),
    }
}

/// What the sign-in page shows besides the form.
struct SignInView<'a> {
    identifier: &'a str,
    error: Option<String>,
    notice: Option<String>,
    with_code: bool,
}

fn sign_in_form(
    settings: &Settings,
    request: &Request,
    status: u16,
    pending: &Pending<'_>,
    view: SignInView<'_>,
) -> Response {
    let chrome = Chrome::new(
        settings,
        language(settings, request, pending.auth.ui_locales.as_deref()),
    );
    let kinds = accepted_identifiers(settings, Some(pending.auth), view.with_code);
    let offers_code = !accepted_identifiers(settings, Some(pending.auth), true).is_empty();
    pages::render(
        status,
        &SignInPage {
            identifier_label: identifier_label(&chrome.t, &kinds),
            chrome,
            app_name: Some(pending.app.name.clone()),
            error: view.error,
            notice: view.notice,
            csrf_token: pending.csrf.to_string(),
            interaction: pending.interaction.unwrap_or_default().to_string(),
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
        },
    )
}

/// The sign-in page of a parked request with a neutral notice and the identifier filled in
/// (after a password reset).
pub fn sign_in_notice(
    request: &Request,
    settings: &Settings,
    interaction: (&str, &AuthRequest, &str, &App),
    identifier: &str,
    notice: String,
) -> Response {
    let pending = Pending::parked(interaction);
    let view = SignInView {
        identifier,
        error: None,
        notice: Some(notice),
        with_code: false,
    };
    sign_in_form(settings, request, 200, &pending, view)
}

/// The app of a parked request, or the page that says it is gone.
pub fn app_of(doorman: &Doorman, request: &Request, auth: &AuthRequest) -> Result<App, Response> {
    match doorman.find_client(&auth.client_id) {
        Ok(Some(app)) => Ok(app),
        Ok(None) => Err(error_page(
            doorman,
            request,
            auth.ui_locales.as_deref(),
            400,
            "error.app_gone",
        )),
        Err(e) => Err(server_error(doorman, e)),
    }
}

/// A parked authorization request named by the page's `interaction` parameter, with its app:
/// or the page that says why it cannot continue.
pub fn parked(
    doorman: &Doorman,
    request: &Request,
) -> Result<(String, AuthRequest, String, App), Response> {
    let id = request.param("interaction").unwrap_or_default().to_string();
    let (auth, csrf) = match doorman.interaction(&id) {
        Ok(Some(found)) => found,
        Ok(None) => return Err(interaction_gone(doorman, request)),
        Err(e) => return Err(server_error(doorman, e)),
    };
    let app = app_of(doorman, request, &auth)?;
    Ok((id, auth, csrf, app))
}

/// Signs the user in (a new or refreshed session) and carries the authorization on: consent or
/// the code. The session cookie rides on whatever response comes next.
pub fn signed_in(
    shared: &Shared,
    doorman: &mut Doorman,
    request: &Request,
    interaction: (&str, &AuthRequest, &str, &App),
    user: User,
    amr: &str,
) -> Response {
    let pending = Pending::parked(interaction);
    let current = current_session(doorman, request);
    let (session, cookie) = match doorman.start_session(&user, &[amr.to_string()], current.as_ref())
    {
        Ok(s) => s,
        Err(e) => return server_error(doorman, e),
    };
    let active = ActiveSession { session, user };
    let response = decide(shared, doorman, &pending, Some(active), true, false);
    match cookie {
        Some(value) => response.header(
            "Set-Cookie",
            &http::cookie(
                SESSION_COOKIE,
                &value,
                doorman.lifetimes.session,
                shared.secure_cookies,
            ),
        ),
        None => response,
    }
}

/// `GET/POST /sign-in`: the password form, or (`method=code`) the form that sends a code.
pub fn sign_in(shared: &Shared, doorman: &mut Doorman, request: &Request) -> Response {
    let (id, auth, csrf, app) = match parked(doorman, request) {
        Ok(found) => found,
        Err(page) => return page,
    };
    let settings = match doorman.settings() {
        Ok(s) => s,
        Err(e) => return server_error(doorman, e),
    };
    if settings.sign_in_mode == SignInMode::Register {
        return Response::redirect(&format!("/register?interaction={id}"));
    }
    let pending = Pending::parked((&id, &auth, &csrf, &app));
    let with_code = request.param("method") == Some("code");
    if with_code && accepted_identifiers(&settings, Some(&auth), true).is_empty() {
        let message = Texts::for_language(language(&settings, request, auth.ui_locales.as_deref()))
            .get("sign_in.error.no_method");
        return error_detail(
            doorman,
            request,
            auth.ui_locales.as_deref(),
            400,
            "error.invalid_request",
            message,
        );
    }
    let t = Texts::for_language(language(&settings, request, auth.ui_locales.as_deref()));
    let form = |status: u16, identifier: &str, error: Option<String>| {
        sign_in_form(
            &settings,
            request,
            status,
            &pending,
            SignInView {
                identifier,
                error,
                notice: None,
                with_code,
            },
        )
    };
    if request.method == "GET" {
        let hint = auth.login_hint.clone().unwrap_or_default();
        return form(200, &hint, None);
    }
    if !csrf_ok(request, &csrf) {
        return csrf_refused(doorman, request, auth.ui_locales.as_deref());
    }
    let identifier = request
        .param("identifier")
        .unwrap_or_default()
        .trim()
        .to_string();
    if Terms::for_form(&settings, false).is_some_and(|terms| terms.manual)
        && request.param("agree_terms").is_none()
    {
        return form(400, &identifier, Some(t.get("terms.required").into()));
    }
    if with_code {
        let kinds = accepted_identifiers(&settings, Some(&auth), true);
        let fits =
            verification::channel_of(&identifier).is_some_and(|(kind, _)| kinds.contains(&kind));
        if !fits {
            let message = identifier_label(&t, &kinds);
            return form(400, &identifier, Some(message));
        }
        return match doorman.start_verification(Purpose::SignIn, &identifier, Some(&id), None) {
            Ok(v) => Response::redirect(&format!("/verify?verification={}", v.id)),
            Err(e) => server_error(doorman, e),
        };
    }
    let password = request.param("password").unwrap_or_default().to_string();
    if identifier.is_empty() || password.is_empty() {
        return form(
            400,
            &identifier,
            Some(t.get("sign_in.error.missing").into()),
        );
    }
    let now = doorman.clock.now().unix();
    let identifier_key = identifier.to_lowercase();
    let ip_key = request.ip.map(|ip| ip.to_string()).unwrap_or_default();
    if shared.identifier_limiter.is_blocked(&identifier_key, now)
        || shared.ip_limiter.is_blocked(&ip_key, now)
    {
        return form(
            429,
            &identifier,
            Some(t.get("sign_in.error.rate_limited").into()),
        )
        .header("Retry-After", "900");
    }
    match doorman.sign_in_with_password(&identifier, &password) {
        Err(e) => server_error(doorman, e),
        Ok(SignIn::WrongCredentials) => {
            shared.identifier_limiter.fail(&identifier_key, now);
            shared.ip_limiter.fail(&ip_key, now);
            form(400, &identifier, Some(t.get("sign_in.error.wrong").into()))
        }
        Ok(SignIn::Suspended) => form(
            403,
            &identifier,
            Some(t.get("sign_in.error.suspended").into()),
        ),
        Ok(SignIn::Success(user)) => {
            shared.identifier_limiter.clear(&identifier_key);
            signed_in(
                shared,
                doorman,
                request,
                (&id, &auth, &csrf, &app),
                *user,
                "pwd",
            )
        }
    }
}

/// `GET/POST /consent`.
pub fn consent(shared: &Shared, doorman: &mut Doorman, request: &Request) -> Response {
    let (id, auth, csrf, app) = match parked(doorman, request) {
        Ok(found) => found,
        Err(page) => return page,
    };
    let Some(session) = current_session(doorman, request) else {
        return Response::redirect(&format!("/sign-in?interaction={id}"));
    };
    if request.method == "GET" {
        let chrome = match chrome(doorman, request, auth.ui_locales.as_deref()) {
            Ok(c) => c,
            Err(e) => return server_error(doorman, e),
        };
        let organizations = if auth
            .scopes
            .iter()
            .any(|s| s == crate::oidc::scope::ORGANIZATIONS)
        {
            doorman
                .user_detail(&session.user.id)
                .map(|d| d.organizations.into_iter().map(|o| o.name).collect())
                .unwrap_or_default()
        } else {
            Vec::new()
        };
        let scopes = auth
            .scopes
            .iter()
            .map(|s| pages::describe_scope(&chrome.t, s))
            .collect();
        return pages::render(
            200,
            &ConsentPage {
                chrome,
                app_name: app.name.clone(),
                user_label: user_label(&session.user),
                scopes,
                organizations,
                csrf_token: csrf,
                interaction: id,
            },
        );
    }
    if !csrf_ok(request, &csrf) {
        return csrf_refused(doorman, request, auth.ui_locales.as_deref());
    }
    match request.param("decision") {
        Some("allow") => {
            if let Err(e) = doorman.record_consent(&app, &session.user.id, &auth.scopes) {
                return server_error(doorman, e);
            }
            let pending = Pending::parked((&id, &auth, &csrf, &app));
            decide(shared, doorman, &pending, Some(session), true, true)
        }
        Some("deny") => {
            if let Err(e) = doorman.finish_interaction(&id) {
                return server_error(doorman, e);
            }
            Response::redirect(&error_redirect(
                &auth.redirect_uri,
                &OAuthError::new("access_denied", "the user denied the request"),
                auth.state.as_deref(),
                &shared.issuer,
            ))
        }
        _ => error_page(
            doorman,
            request,
            auth.ui_locales.as_deref(),
            400,
            "error.no_decision",
        ),
    }
}
