//! Who is visiting the account center: the signed-in user and their session, or the way to sign
//! them in (an authorization request of the account center's own client, which ends back on
//! `/account`), and whether their sign-in is recent enough for a sensitive change.

use crate::model::account_center::AccountCenter;
use crate::model::session::Session;
use crate::model::settings::Settings;
use crate::model::user::User;
use crate::oidc::authorize::AuthRequest;
use crate::ops::Doorman;
use crate::ops::account_center::hosted;
use crate::web::common::http::{Request, Response};
use crate::web::common::responses::{Answer, Failure, error_page, language};
use crate::web::common::session::{check_signed_csrf, current_session, signed_csrf, with_csrf};
use crate::web::engine::state::ServerState;
use crate::web::oidc::authorize::begin;
use crate::web::pages::templates::Chrome;

/// How long a sign-in counts as recent: a sensitive change after it needs a fresh one (as the
/// Account API's verification records live ten minutes).
pub const RECENT_SECONDS: i64 = 600;

/// A signed-in visit: the user, their session, the settings and the page chrome.
pub struct Visit {
    /// The signed-in user.
    pub user: User,
    /// Their session in this browser.
    pub session: Session,
    /// The account center settings.
    pub center: AccountCenter,
    /// All settings (the password policy, sign-up identifiers).
    pub settings: Settings,
    /// The chrome in the page's language.
    pub chrome: Chrome,
    /// Whether the user signed in within [`RECENT_SECONDS`].
    pub recent: bool,
    /// The CSRF token the forms carry, signed for this browser and session.
    pub csrf: String,
    /// The CSRF cookie to set, when the browser had none.
    pub new_csrf_cookie: Option<String>,
}

impl Visit {
    /// The audit log's actor for what the user does here.
    pub fn actor(&self) -> String {
        format!("user:{}", self.user.id)
    }

    /// `response` with the CSRF cookie the forms need, when it is new.
    pub fn finish(&self, state: &ServerState, response: Response) -> Response {
        match &self.new_csrf_cookie {
            Some(nonce) => with_csrf(state, response, nonce, true),
            None => response,
        }
    }
}

/// The signed-in visit, or the answer instead: the account center is off (404), the sign-in
/// was refused (the error page), or nobody is signed in (on to the sign-in page).
pub fn visit(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
) -> Result<Visit, Failure> {
    let settings = doorman.settings()?;
    let center = settings.account_center;
    if !center.enabled {
        return Err(Failure::Page(error_page(
            doorman,
            request,
            None,
            404,
            "error.not_found",
        )));
    }
    let Some(active) = current_session(doorman, request) else {
        if request.param("error").is_some() {
            return Err(Failure::Page(error_page(
                doorman,
                request,
                None,
                403,
                "error.interaction_gone",
            )));
        }
        return Err(Failure::Page(hosted_sign_in(
            state,
            doorman,
            request,
            &HostedSignIn::default(),
        )?));
    };
    let now = doorman.clock.now();
    let recent = now.unix() - active.session.auth_time.unix() <= RECENT_SECONDS;
    let chrome = Chrome::new(&settings, language(&settings, request, None));
    let signed = signed_csrf(state, request);
    Ok(Visit {
        user: active.user,
        session: active.session,
        center,
        settings,
        chrome,
        recent,
        csrf: signed.token,
        new_csrf_cookie: signed.new.then_some(signed.nonce),
    })
}

/// A visit that posted a form: refused unless its CSRF token is this browser's and session's.
pub fn form_visit(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
) -> Result<Visit, Failure> {
    let visit = visit(state, doorman, request)?;
    check_signed_csrf(state, doorman, request, None)?;
    Ok(visit)
}

/// A form visit for a sensitive change: a sign-in older than ten minutes goes through a fresh
/// one first (the form is not applied).
pub fn sensitive_visit(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
) -> Result<Visit, Failure> {
    let visit = form_visit(state, doorman, request)?;
    if !visit.recent {
        return Err(Failure::Page(Response::redirect("/account/confirm")));
    }
    Ok(visit)
}

/// `GET /account/confirm`: a fresh sign-in (`prompt=login`), back to `/account` after.
pub fn confirm(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    let fresh = HostedSignIn {
        fresh: true,
        ..HostedSignIn::default()
    };
    hosted_sign_in(state, doorman, request, &fresh)
}

/// How a hosted page asks the visitor to sign in.
#[derive(Debug, Clone, Default)]
pub struct HostedSignIn {
    /// A fresh sign-in even with a session (`prompt=login`).
    pub fresh: bool,
    /// The page to come back to (see [`hosted::return_path`]); `/account` when `None`.
    pub return_to: Option<String>,
    /// The identifier to fill in.
    pub login_hint: Option<String>,
    /// Open on the sign-up page (`first_screen=register`).
    pub register: bool,
}

/// Starts an authorization request of the hosted pages' own client, back to the page that
/// asked once the visitor is signed in.
pub fn hosted_sign_in(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    how: &HostedSignIn,
) -> Answer {
    // The client is registered by the first visit (an account center nobody uses adds no app).
    let base_url = doorman.base_url()?;
    doorman.register_account_center(&base_url)?;
    let Some(app) = doorman.find_client(hosted::CLIENT_ID)? else {
        return Ok(error_page(doorman, request, None, 404, "error.not_found"));
    };
    let auth = AuthRequest {
        client_id: app.client_id.clone(),
        redirect_uri: format!("{base_url}{}", hosted::PATH),
        scopes: vec!["openid".into()],
        state: how.return_to.clone(),
        nonce: None,
        code_challenge: None,
        prompt: if how.fresh {
            vec!["login".into()]
        } else {
            Vec::new()
        },
        max_age: None,
        login_hint: how.login_hint.clone(),
        ui_locales: request.param("ui_locales").map(str::to_string),
        resources: Vec::new(),
        first_screen: how.register.then(|| "register".to_string()),
        identifier: None,
        direct_sign_in: None,
        device: None,
    };
    begin(state, doorman, request, &auth, &app)
}
