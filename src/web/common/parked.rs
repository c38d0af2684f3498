//! A parked authorization request: while the user signs in, registers, proves a code or
//! consents, the request waits as an interaction, named by the pages' `interaction` parameter
//! and bound to the CSRF token of the browser that started it.

use crate::model::app::App;
use crate::oidc::authorize::AuthRequest;
use crate::ops::Doorman;
use crate::web::common::http::Request;
use crate::web::common::responses::{Failure, error_page};

/// An authorization request waiting for the user, with the app it is for.
#[derive(Debug, Clone)]
pub struct Parked {
    /// The interaction id the pages carry.
    pub id: String,
    /// The authorization request.
    pub auth: AuthRequest,
    /// The CSRF token of the browser that started it; its forms must repeat it.
    pub csrf: String,
    /// The app the request is for.
    pub app: App,
}

impl Parked {
    /// The request named by the page's `interaction` parameter, or the page that says why it
    /// cannot continue.
    pub fn from_request(doorman: &Doorman, request: &Request) -> Result<Parked, Failure> {
        let id = request.param("interaction").unwrap_or_default();
        Parked::load(doorman, request, id)
    }

    /// The request parked as `id`, or the page that says why it cannot continue.
    pub fn load(doorman: &Doorman, request: &Request, id: &str) -> Result<Parked, Failure> {
        let Some((auth, csrf)) = doorman.interaction(id)? else {
            return Err(gone(doorman, request));
        };
        Parked::with_app(doorman, request, id.to_string(), auth, csrf)
    }

    /// A request already read from its interaction, completed with its app: or the page that
    /// says the app is gone.
    pub fn with_app(
        doorman: &Doorman,
        request: &Request,
        id: String,
        auth: AuthRequest,
        csrf: String,
    ) -> Result<Parked, Failure> {
        let app = app_of(doorman, request, &auth)?;
        Ok(Parked {
            id,
            auth,
            csrf,
            app,
        })
    }

    /// The request's `ui_locales`, for the pages it leads to.
    pub fn ui_locales(&self) -> Option<&str> {
        self.auth.ui_locales.as_deref()
    }
}

/// The path that starts a sign-in at a connector for a parked request.
pub fn connector_path(connector_id: &str, interaction: &str) -> String {
    format!("/sign-in/connector/{connector_id}?interaction={interaction}")
}

/// The page for an interaction that is unknown, finished or lapsed.
pub fn gone(doorman: &Doorman, request: &Request) -> Failure {
    Failure::Page(error_page(
        doorman,
        request,
        None,
        400,
        "error.interaction_gone",
    ))
}

/// The app of a parked request, or the page that says it is gone.
fn app_of(doorman: &Doorman, request: &Request, auth: &AuthRequest) -> Result<App, Failure> {
    match doorman.find_client(&auth.client_id)? {
        Some(app) => Ok(app),
        None => Err(Failure::Page(error_page(
            doorman,
            request,
            auth.ui_locales.as_deref(),
            400,
            "error.app_gone",
        ))),
    }
}
