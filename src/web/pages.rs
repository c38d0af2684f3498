//! The hosted pages as askama templates (auto-escaped; nothing a user typed is marked safe) and
//! the chrome every page shares: language, product name and logo from the branding settings.

use askama::Template;

use crate::model::settings::Settings;
use crate::web::http::Response;

/// What every page shows around its content.
#[derive(Debug, Clone)]
pub struct Chrome {
    /// `<html lang>`.
    pub lang: String,
    /// The product name from the branding settings.
    pub app_name: String,
    /// The logo from the branding settings.
    pub logo_url: Option<String>,
}

impl Chrome {
    /// The chrome the settings describe.
    pub fn from_settings(settings: &Settings) -> Chrome {
        Chrome {
            lang: settings.languages.default.clone(),
            app_name: settings.branding.app_name.clone(),
            logo_url: settings.branding.logo_url.clone(),
        }
    }
}

/// The sign-in page.
#[derive(Template)]
#[template(path = "sign_in.html")]
pub struct SignInPage {
    /// Shared chrome.
    pub chrome: Chrome,
    /// The app being signed in to.
    pub app_name: Option<String>,
    /// A failed attempt's message.
    pub error: Option<String>,
    /// The form's CSRF token.
    pub csrf_token: String,
    /// The interaction the form continues.
    pub interaction: String,
    /// "Email or username", as the settings allow.
    pub identifier_label: String,
    /// Pre-filled identifier (`login_hint` or the last attempt).
    pub identifier: String,
}

/// The consent page for third-party apps.
#[derive(Template)]
#[template(path = "consent.html")]
pub struct ConsentPage {
    /// Shared chrome.
    pub chrome: Chrome,
    /// The app asking.
    pub app_name: String,
    /// Who is signed in.
    pub user_label: String,
    /// What each requested scope means.
    pub scopes: Vec<String>,
    /// The organizations the app would see.
    pub organizations: Vec<String>,
    /// The form's CSRF token.
    pub csrf_token: String,
    /// The interaction the form continues.
    pub interaction: String,
}

/// The sign-out confirmation, or the signed-out notice.
#[derive(Template)]
#[template(path = "sign_out.html")]
pub struct SignOutPage {
    /// Shared chrome.
    pub chrome: Chrome,
    /// Whether there is a session to end (otherwise: "you are signed out").
    pub signed_in: bool,
    /// The form's CSRF token.
    pub csrf_token: String,
    /// Where to go afterwards (already checked against the app).
    pub post_logout_redirect_uri: Option<String>,
    /// Echoed to the app.
    pub state: Option<String>,
    /// The app that asked.
    pub client_id: Option<String>,
}

/// A readable error for requests that cannot safely go back to an app.
#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    /// Shared chrome.
    pub chrome: Chrome,
    /// The heading.
    pub title: String,
    /// What went wrong.
    pub message: String,
}

/// The start page.
#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    /// Shared chrome.
    pub chrome: Chrome,
    /// The issuer.
    pub issuer: String,
    /// Who is signed in, if anyone.
    pub signed_in_as: Option<String>,
}

/// Renders a page with the security headers, or a plain 500 if the template fails.
pub fn render(status: u16, page: &impl Template) -> Response {
    match page.render() {
        Ok(html) => Response::page(status, html),
        Err(e) => {
            tracing::error!("rendering a page failed: {e}");
            Response::empty(500)
        }
    }
}

/// The stylesheet, embedded.
pub const STYLESHEET: &str = include_str!("../../static/doorman.css");

/// The theme stylesheet: the branding colour as a CSS variable. The settings only accept
/// `#RRGGBB`, so the value cannot break out of the declaration.
pub fn theme_css(settings: &Settings) -> String {
    format!(
        ":root {{ --primary: {}; }}\n",
        settings.branding.primary_color
    )
}

/// A person-readable line for a scope on the consent page.
pub fn describe_scope(scope: &str) -> String {
    match scope {
        "openid" => "Know who you are".into(),
        "profile" => "Your name, username and picture".into(),
        "email" => "Your email address".into(),
        "phone" => "Your phone number".into(),
        "offline_access" => "Stay signed in when you are away".into(),
        "custom_data" => "Your custom profile data".into(),
        "identities" => "Your linked accounts".into(),
        crate::oidc::scope::ORGANIZATIONS => "Which organizations you belong to".into(),
        crate::oidc::scope::ORGANIZATION_ROLES => "Your roles in your organizations".into(),
        other => format!("Access: {other}"),
    }
}
