//! The browser side of an authorization: `/oidc/auth` decides whether the user must sign in or
//! consent, parks the request as an interaction while they do, and finally sends the browser
//! back to the app with a code. CSRF: the browser holds a random token in an HttpOnly cookie;
//! every form repeats it, and an interaction only continues from the browser that started it.

use subtle::ConstantTimeEq;

use crate::model::app::App;
use crate::model::id::random_string;
use crate::model::settings::{Identifier, Settings};
use crate::model::user::User;
use crate::oidc::authorize::{self, AuthRequest, Refusal, error_redirect};
use crate::oidc::error::OAuthError;
use crate::ops::Doorman;
use crate::ops::sessions::{ActiveSession, SignIn};
use crate::web::http::{self, Request, Response};
use crate::web::pages::{self, Chrome, ConsentPage, SignInPage};
use crate::web::router::{chrome, error_page, server_error};
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

fn csrf_refused(doorman: &Doorman) -> Response {
    error_page(
        doorman,
        403,
        "This form has expired",
        "The form was not sent from this browser's page (its security token did not match). Go back to the app and start again.",
    )
}

fn interaction_gone(doorman: &Doorman) -> Response {
    error_page(
        doorman,
        400,
        "This sign-in has expired",
        "The sign-in request is unknown or too old. Go back to the app and start again.",
    )
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
            return error_page(doorman, 400, "This sign-in request is not valid", &message);
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
        return error_page(doorman, 400, "Unknown app", "The app does not exist.");
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
        _ => return park(doorman, "/sign-in"),
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

fn identifier_label(settings: &Settings) -> String {
    let names: Vec<&str> = settings
        .sign_in
        .methods
        .iter()
        .filter(|m| m.password)
        .map(|m| match m.identifier {
            Identifier::Email => "Email",
            Identifier::Phone => "Phone number",
            Identifier::Username => "Username",
        })
        .collect();
    match names.as_slice() {
        [] => "Identifier".into(),
        [one] => (*one).into(),
        [init @ .., last] => format!("{} or {}", init.join(", "), last.to_lowercase()),
    }
}

fn sign_in_form(
    doorman: &Doorman,
    status: u16,
    pending: &Pending<'_>,
    identifier: &str,
    error: Option<&str>,
) -> Response {
    let settings = match doorman.settings() {
        Ok(s) => s,
        Err(e) => return server_error(doorman, e),
    };
    pages::render(
        status,
        &SignInPage {
            chrome: Chrome::from_settings(&settings),
            app_name: Some(pending.app.name.clone()),
            error: error.map(str::to_string),
            csrf_token: pending.csrf.to_string(),
            interaction: pending.interaction.unwrap_or_default().to_string(),
            identifier_label: identifier_label(&settings),
            identifier: identifier.to_string(),
        },
    )
}

/// The app of a parked request, or the page that says it is gone.
fn app_of(doorman: &Doorman, auth: &AuthRequest) -> Result<App, Response> {
    match doorman.find_client(&auth.client_id) {
        Ok(Some(app)) => Ok(app),
        Ok(None) => Err(error_page(
            doorman,
            400,
            "Unknown app",
            "The app no longer exists.",
        )),
        Err(e) => Err(server_error(doorman, e)),
    }
}

/// `GET/POST /sign-in`.
pub fn sign_in(shared: &Shared, doorman: &mut Doorman, request: &Request) -> Response {
    let id = request.param("interaction").unwrap_or_default().to_string();
    let (auth, csrf) = match doorman.interaction(&id) {
        Ok(Some(found)) => found,
        Ok(None) => return interaction_gone(doorman),
        Err(e) => return server_error(doorman, e),
    };
    let app = match app_of(doorman, &auth) {
        Ok(app) => app,
        Err(page) => return page,
    };
    let pending = Pending {
        auth: &auth,
        app: &app,
        csrf: &csrf,
        interaction: Some(&id),
    };
    if request.method == "GET" {
        let hint = auth.login_hint.clone().unwrap_or_default();
        return sign_in_form(doorman, 200, &pending, &hint, None);
    }
    if !csrf_ok(request, &csrf) {
        return csrf_refused(doorman);
    }
    let identifier = request
        .param("identifier")
        .unwrap_or_default()
        .trim()
        .to_string();
    let password = request.param("password").unwrap_or_default().to_string();
    if identifier.is_empty() || password.is_empty() {
        return sign_in_form(
            doorman,
            400,
            &pending,
            &identifier,
            Some("Enter your identifier and password."),
        );
    }
    let now = doorman.clock.now().unix();
    let identifier_key = identifier.to_lowercase();
    let ip_key = request.ip.map(|ip| ip.to_string()).unwrap_or_default();
    if shared.identifier_limiter.is_blocked(&identifier_key, now)
        || shared.ip_limiter.is_blocked(&ip_key, now)
    {
        return sign_in_form(
            doorman,
            429,
            &pending,
            &identifier,
            Some("Too many failed attempts. Wait a while, then try again."),
        )
        .header("Retry-After", "900");
    }
    match doorman.sign_in_with_password(&identifier, &password) {
        Err(e) => server_error(doorman, e),
        Ok(SignIn::WrongCredentials) => {
            shared.identifier_limiter.fail(&identifier_key, now);
            shared.ip_limiter.fail(&ip_key, now);
            sign_in_form(
                doorman,
                400,
                &pending,
                &identifier,
                Some("The identifier or password is wrong."),
            )
        }
        Ok(SignIn::Suspended) => sign_in_form(
            doorman,
            403,
            &pending,
            &identifier,
            Some("This account is suspended. Contact your administrator."),
        ),
        Ok(SignIn::Success(user)) => {
            shared.identifier_limiter.clear(&identifier_key);
            let current = current_session(doorman, request);
            let (session, cookie) =
                match doorman.start_session(&user, &["pwd".to_string()], current.as_ref()) {
                    Ok(s) => s,
                    Err(e) => return server_error(doorman, e),
                };
            let active = ActiveSession {
                session,
                user: *user,
            };
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
    }
}

/// `GET/POST /consent`.
pub fn consent(shared: &Shared, doorman: &mut Doorman, request: &Request) -> Response {
    let id = request.param("interaction").unwrap_or_default().to_string();
    let (auth, csrf) = match doorman.interaction(&id) {
        Ok(Some(found)) => found,
        Ok(None) => return interaction_gone(doorman),
        Err(e) => return server_error(doorman, e),
    };
    let Some(session) = current_session(doorman, request) else {
        return Response::redirect(&format!("/sign-in?interaction={id}"));
    };
    let app = match app_of(doorman, &auth) {
        Ok(app) => app,
        Err(page) => return page,
    };
    if request.method == "GET" {
        let chrome = match chrome(doorman) {
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
        return pages::render(
            200,
            &ConsentPage {
                chrome,
                app_name: app.name.clone(),
                user_label: user_label(&session.user),
                scopes: auth
                    .scopes
                    .iter()
                    .map(|s| pages::describe_scope(s))
                    .collect(),
                organizations,
                csrf_token: csrf,
                interaction: id,
            },
        );
    }
    if !csrf_ok(request, &csrf) {
        return csrf_refused(doorman);
    }
    match request.param("decision") {
        Some("allow") => {
            if let Err(e) = doorman.record_consent(&app, &session.user.id, &auth.scopes) {
                return server_error(doorman, e);
            }
            let pending = Pending {
                auth: &auth,
                app: &app,
                csrf: &csrf,
                interaction: Some(&id),
            };
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
        _ => error_page(doorman, 400, "No decision", "Choose Allow or Deny."),
    }
}
