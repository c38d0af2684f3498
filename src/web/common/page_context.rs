//! What the pages of a flow that may or may not continue an authorization request share (the
//! code page and password reset): the parked request if there is one, the settings, the chrome
//! in the page's language, and the CSRF token the forms carry.

use crate::model::settings::Settings;
use crate::oidc::authorize::AuthRequest;
use crate::ops::Doorman;
use crate::ops::accounts::verification::Verification;
use crate::web::common::http::{Request, Response};
use crate::web::common::parked::{self, Parked};
use crate::web::common::responses::{Failure, error_page, language};
use crate::web::common::session::{check_csrf, check_signed_csrf, signed_csrf, with_csrf};
use crate::web::engine::state::ServerState;
use crate::web::pages::templates::{self, Chrome};

/// An interaction as a page that may continue it reads it: its id, request and CSRF token.
pub struct Interaction {
    /// The interaction id.
    pub id: String,
    /// The parked authorization request.
    pub auth: AuthRequest,
    /// The CSRF token of the browser that started it.
    pub csrf: String,
}

/// The page's context: see the module documentation.
pub struct PageContext {
    /// The interaction the page continues, if it is still there.
    pub interaction: Option<Interaction>,
    /// The current settings.
    pub settings: Settings,
    /// The chrome, in the page's language.
    pub chrome: Chrome,
    /// The CSRF token the forms carry: the interaction's, else one the server signs.
    pub csrf: String,
    /// The CSRF cookie to set, when the browser has none yet and no interaction carries one.
    new_csrf_cookie: Option<String>,
}

impl PageContext {
    /// The context of a page that names the interaction `interaction` (if any).
    pub fn load(
        state: &ServerState,
        doorman: &Doorman,
        request: &Request,
        interaction: Option<&str>,
    ) -> Result<PageContext, Failure> {
        let interaction = interaction.and_then(|id| {
            doorman
                .interaction(id)
                .ok()
                .flatten()
                .map(|(auth, csrf)| Interaction {
                    id: id.to_string(),
                    auth,
                    csrf,
                })
        });
        let settings = doorman.settings()?;
        let ui_locales = interaction
            .as_ref()
            .and_then(|i| i.auth.ui_locales.as_deref());
        let chrome = Chrome::new(&settings, language(&settings, request, ui_locales));
        let (csrf, new_csrf_cookie) = match &interaction {
            Some(i) => (i.csrf.clone(), None),
            None => {
                let signed = signed_csrf(state, request);
                (signed.token, signed.new.then_some(signed.nonce))
            }
        };
        Ok(PageContext {
            interaction,
            settings,
            chrome,
            csrf,
            new_csrf_cookie,
        })
    }

    /// The live verification named by the request's `verification` parameter, if `wanted`
    /// accepts it, with the context of its interaction; else the expired-code page.
    pub fn for_verification(
        state: &ServerState,
        doorman: &Doorman,
        request: &Request,
        wanted: impl Fn(&Verification) -> bool,
    ) -> Result<(Verification, PageContext), Failure> {
        let id = request.param("verification").unwrap_or_default();
        let verification = match doorman.verification(id)? {
            Some(v) if wanted(&v) => v,
            _ => {
                return Err(Failure::Page(error_page(
                    doorman,
                    request,
                    None,
                    400,
                    "error.code_expired",
                )));
            }
        };
        let context =
            PageContext::load(state, doorman, request, verification.interaction.as_deref())?;
        Ok((verification, context))
    }

    /// Refuses a form whose CSRF token is not this page's: the interaction's, or one the
    /// server signed for this browser.
    pub fn check_csrf(
        &self,
        state: &ServerState,
        doorman: &Doorman,
        request: &Request,
    ) -> Result<(), Failure> {
        match &self.interaction {
            Some(i) => check_csrf(doorman, request, &i.csrf, self.ui_locales()),
            None => check_signed_csrf(state, doorman, request, self.ui_locales()),
        }
    }

    /// The parked request's `ui_locales`.
    pub fn ui_locales(&self) -> Option<&str> {
        self.interaction
            .as_ref()
            .and_then(|i| i.auth.ui_locales.as_deref())
    }

    /// The interaction id the forms carry (empty without one).
    pub fn interaction_id(&self) -> String {
        self.interaction
            .as_ref()
            .map(|i| i.id.clone())
            .unwrap_or_default()
    }

    /// The interaction as a parked request with its app, to continue it; or the page that says
    /// it (or its app) is gone.
    pub fn parked(&self, doorman: &Doorman, request: &Request) -> Result<Parked, Failure> {
        let Some(i) = &self.interaction else {
            return Err(parked::gone(doorman, request));
        };
        Parked::with_app(
            doorman,
            request,
            i.id.clone(),
            i.auth.clone(),
            i.csrf.clone(),
        )
    }

    /// Renders a page of this context, setting the CSRF cookie when it is new.
    pub fn render(
        &self,
        state: &ServerState,
        status: u16,
        page: &impl askama::Template,
    ) -> Response {
        let page = templates::render(status, page);
        match &self.new_csrf_cookie {
            Some(nonce) => with_csrf(state, page, nonce, true),
            None => page,
        }
    }
}
