//! The answers every page handler shares: the page language and chrome, readable error pages,
//! and the one conversion from a handler's failure to a response. Handlers return
//! [`Answer`]: `?` on an operation turns its domain error into the server's error page here,
//! once, with [`Error::http_status`] choosing the status, and `?` on a helper that already made
//! a page (an expired interaction, a refused form) passes that page through.

use crate::error::Error;
use crate::model::settings::Settings;
use crate::ops::Doorman;
use crate::web::common::http::{Request, Response};
use crate::web::common::i18n;
use crate::web::pages::templates::{self, Chrome, ErrorPage, Link};

/// What a page handler answers.
pub type Answer = Result<Response, Failure>;

/// Why a handler stopped before its own response.
#[derive(Debug)]
pub enum Failure {
    /// A page made on the way (an error page, a redirect), shown as it is.
    Page(Response),
    /// A domain error, turned into an error page by [`Failure::into_response`].
    Error(Error),
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure::Error(e)
    }
}

impl From<rusqlite::Error> for Failure {
    fn from(e: rusqlite::Error) -> Self {
        Failure::Error(e.into())
    }
}

impl Failure {
    /// The response for this failure: the page it carries, or the error page for its error
    /// (the server's own failures are logged in full and shown without detail).
    pub fn into_response(self, doorman: &Doorman, request: &Request) -> Response {
        match self {
            Failure::Page(page) => page,
            Failure::Error(e) if e.http_status() >= 500 => server_error(doorman, e),
            Failure::Error(e) => error_detail(
                doorman,
                request,
                None,
                e.http_status(),
                "error.invalid_request",
                &e.to_string(),
            ),
        }
    }
}

/// A handler's answer as a response: the one place a [`Failure`] becomes a page.
pub fn respond(doorman: &Doorman, request: &Request, answer: Answer) -> Response {
    answer.unwrap_or_else(|failure| failure.into_response(doorman, request))
}

/// The page language for a request: `ui_locales` (of the authorization request, or of the page's
/// own query), then `Accept-Language`, then the settings' default.
pub fn language(settings: &Settings, request: &Request, ui_locales: Option<&str>) -> &'static str {
    i18n::negotiate(
        ui_locales.or_else(|| request.param("ui_locales")),
        request.header("accept-language"),
        &settings.languages,
    )
}

/// The page chrome from the current settings, in the request's language.
pub fn chrome(
    doorman: &Doorman,
    request: &Request,
    ui_locales: Option<&str>,
) -> crate::Result<Chrome> {
    let settings = doorman.settings()?;
    Ok(Chrome::new(
        &settings,
        language(&settings, request, ui_locales),
    ))
}

/// A readable error page: `key` names the title, and `key.message` the explanation.
pub fn error_page(
    doorman: &Doorman,
    request: &Request,
    ui_locales: Option<&str>,
    status: u16,
    key: &str,
) -> Response {
    let chrome = page_chrome(doorman, request, ui_locales);
    let message = chrome.t.get(&format!("{key}.message")).to_string();
    show_error(chrome, status, key, message, None)
}

/// An error page whose explanation is a (developer-facing) detail rather than a page string.
pub fn error_detail(
    doorman: &Doorman,
    request: &Request,
    ui_locales: Option<&str>,
    status: u16,
    key: &str,
    detail: &str,
) -> Response {
    let chrome = page_chrome(doorman, request, ui_locales);
    show_error(chrome, status, key, detail.to_string(), None)
}

/// An error page with a way back to where the flow can start again.
pub fn error_with_link(
    doorman: &Doorman,
    request: &Request,
    ui_locales: Option<&str>,
    status: u16,
    key: &str,
    link: (&str, &str),
) -> Response {
    let message =
        |t: &crate::web::common::i18n::Texts| t.get(&format!("{key}.message")).to_string();
    error_message(
        doorman,
        request,
        ui_locales,
        status,
        key,
        message,
        Some(link),
    )
}

/// An error page whose message is already filled in (a page string with values), with an
/// optional way on (a link and the key of its label).
pub fn error_message(
    doorman: &Doorman,
    request: &Request,
    ui_locales: Option<&str>,
    status: u16,
    key: &str,
    fill: impl FnOnce(&crate::web::common::i18n::Texts) -> String,
    link: Option<(&str, &str)>,
) -> Response {
    let chrome = page_chrome(doorman, request, ui_locales);
    let message = fill(&chrome.t);
    let back = link.map(|(href, label)| Link {
        href: href.to_string(),
        label: chrome.t.get(label).to_string(),
    });
    show_error(chrome, status, key, message, back)
}

fn page_chrome(doorman: &Doorman, request: &Request, ui_locales: Option<&str>) -> Chrome {
    chrome(doorman, request, ui_locales).unwrap_or_else(|_| {
        let settings = Settings::default();
        Chrome::new(&settings, language(&settings, request, ui_locales))
    })
}

fn show_error(
    chrome: Chrome,
    status: u16,
    key: &str,
    message: String,
    back: Option<Link>,
) -> Response {
    let title = chrome.t.get(key).to_string();
    templates::render(
        status,
        &ErrorPage {
            chrome,
            title,
            message,
            back,
        },
    )
}

/// A failure of the server itself: logged in full, shown without detail, in the default
/// language.
pub fn server_error(doorman: &Doorman, e: Error) -> Response {
    tracing::error!("request failed: {e}");
    let settings = doorman.settings().unwrap_or_default();
    let chrome = Chrome::new(&settings, &settings.languages.default);
    let message = chrome.t.get("error.server.message").to_string();
    show_error(chrome, 500, "error.server", message, None)
}
