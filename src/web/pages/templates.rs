//! The hosted pages as askama templates (auto-escaped; nothing a user typed is marked safe) and
//! the chrome every page shares: the language's strings, product name and logo from the
//! branding settings.

use askama::Template;

use crate::credentials::policy::Violation;
use crate::model::outbox::{Channel, Message};
use crate::model::settings::{AgreeToTerms, Settings};
use crate::web::common::http::Response;
use crate::web::common::i18n::Texts;

/// What every page shows around its content.
#[derive(Debug, Clone)]
pub struct Chrome {
    /// The strings of the page's language (and `<html lang>`).
    pub t: Texts,
    /// The product name from the branding settings.
    pub app_name: String,
    /// The logo from the branding settings.
    pub logo_url: Option<String>,
}

impl Chrome {
    /// The chrome the settings describe, in `lang`.
    pub fn new(settings: &Settings, lang: &str) -> Chrome {
        Chrome {
            t: Texts::for_language(lang),
            app_name: settings.branding.app_name.clone(),
            logo_url: settings.branding.logo_url.clone(),
        }
    }
}

/// The terms links a form shows, and whether agreeing is a required checkbox.
#[derive(Debug, Clone)]
pub struct Terms {
    /// The terms of use.
    pub terms_of_use_url: Option<String>,
    /// The privacy policy.
    pub privacy_policy_url: Option<String>,
    /// A required checkbox rather than a line of small print.
    pub manual: bool,
}

impl Terms {
    /// What a form shows; `registration` tells the register form from the sign-in form.
    /// Nothing without any link.
    pub fn for_form(settings: &Settings, registration: bool) -> Option<Terms> {
        if settings.terms_of_use_url.is_none() && settings.privacy_policy_url.is_none() {
            return None;
        }
        let manual = match settings.agree_to_terms {
            AgreeToTerms::Automatic => false,
            AgreeToTerms::ManualRegistrationOnly => registration,
            AgreeToTerms::Manual => true,
        };
        if !registration && !manual {
            // Sign-in shows the links only when it asks for agreement.
            return None;
        }
        Some(Terms {
            terms_of_use_url: settings.terms_of_use_url.clone(),
            privacy_policy_url: settings.privacy_policy_url.clone(),
            manual,
        })
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
    /// A neutral message (a code was sent, the password was changed).
    pub notice: Option<String>,
    /// The form's CSRF token.
    pub csrf_token: String,
    /// The interaction the form continues.
    pub interaction: String,
    /// "Email or username", as the settings allow.
    pub identifier_label: String,
    /// Pre-filled identifier (`login_hint` or the last attempt).
    pub identifier: String,
    /// The code form (identifier only) rather than the password form.
    pub with_code: bool,
    /// Whether a sign-in method takes a one-time code.
    pub offers_code: bool,
    /// Whether password reset is offered (an email or phone can receive its code).
    pub offers_reset: bool,
    /// Whether the "create account" link shows.
    pub offers_registration: bool,
    /// Terms to agree to when the settings say sign-in asks.
    pub terms: Option<Terms>,
    /// Whether to offer "sign in with a passkey".
    pub offers_passkey: bool,
    /// A button per social connector, in the settings' order.
    pub connectors: Vec<ConnectorButton>,
    /// Single sign-on is on: an email alone may do (its domain's IdP takes over).
    pub single_sign_on: bool,
}

/// A social connector's button on the sign-in page.
#[derive(Debug, Clone)]
pub struct ConnectorButton {
    /// The connector's name (`data-connector`, and the label).
    pub name: String,
    /// Where it starts.
    pub href: String,
    /// The preset whose mark the button shows (inline SVG: no request to the provider).
    pub logo: Option<&'static str>,
}

/// One identifier field of the register form.
#[derive(Debug, Clone)]
pub struct Field {
    /// `email`, `phone` or `username` (the page contract's names).
    pub name: &'static str,
    /// Its label.
    pub label: String,
    /// `email`, `tel` or `text`.
    pub input_type: &'static str,
    /// The autocomplete hint.
    pub autocomplete: &'static str,
    /// What was typed.
    pub value: String,
    /// What is wrong with it.
    pub errors: Vec<String>,
}

/// The password field of the register form.
#[derive(Debug, Clone)]
pub struct PasswordField {
    /// The policy in a line.
    pub hint: String,
    /// Every broken rule.
    pub errors: Vec<String>,
}

/// The register page.
#[derive(Template)]
#[template(path = "register.html")]
pub struct RegisterPage {
    /// Shared chrome.
    pub chrome: Chrome,
    /// The app being signed up to.
    pub app_name: Option<String>,
    /// A message for the whole form.
    pub error: Option<String>,
    /// The form's CSRF token.
    pub csrf_token: String,
    /// The interaction the form continues.
    pub interaction: String,
    /// The identifier fields the settings ask for.
    pub fields: Vec<Field>,
    /// The password field, when sign-up sets a password.
    pub password: Option<PasswordField>,
    /// Terms links and checkbox.
    pub terms: Option<Terms>,
    /// Whether the "sign in" link shows.
    pub offers_sign_in: bool,
}

/// The one-time code page.
#[derive(Template)]
#[template(path = "verify.html")]
pub struct VerifyPage {
    /// Shared chrome.
    pub chrome: Chrome,
    /// Where the code went.
    pub target: String,
    /// The verification the form continues.
    pub verification: String,
    /// The form's CSRF token.
    pub csrf_token: String,
    /// A wrong code and the like.
    pub error: Option<String>,
    /// "A new code is on its way."
    pub notice: Option<String>,
}

/// The second-factor page: verify a factor, enrol an authenticator app, or the backup codes
/// shown once after enrolling.
#[derive(Template)]
#[template(path = "mfa.html")]
pub struct MfaPage {
    /// Shared chrome.
    pub chrome: Chrome,
    /// `verify`, `enrol` or `codes`.
    pub view: &'static str,
    /// The heading's key.
    pub title_key: &'static str,
    /// The lead's key (verify).
    pub lead_key: &'static str,
    /// The form's CSRF token.
    pub csrf_token: String,
    /// The interaction the form continues.
    pub interaction: String,
    /// The factor the code form is for (`totp` or `backup_code`).
    pub factor: &'static str,
    /// The other enrolled factors, offered as links.
    pub others: Vec<&'static str>,
    /// A wrong code and the like.
    pub error: Option<String>,
    /// The authenticator secret being enrolled (base32).
    pub secret: String,
    /// Its QR code, as a `data:` URI of an SVG image.
    pub qr_code: String,
    /// Whether a "not now" button is offered.
    pub skippable: bool,
    /// Backup codes, shown once.
    pub codes: Vec<String>,
    /// The codes as a `data:` URI of a text file.
    pub codes_download: String,
    /// The passkey ceremony the page's passkey button starts (`verify`, `register`), if any.
    pub passkey: &'static str,
    /// Where a code goes (the user's email or phone), for those factors.
    pub target: String,
    /// Whether that code was sent (else the page offers to send it).
    pub code_sent: bool,
}

impl MfaPage {
    /// The label key of the link to another factor (`mfa.verify.use.totp`).
    pub fn other_key(&self, other: &str) -> String {
        format!("mfa.{}.use.{other}", self.view)
    }
}

/// The forgot-password page: the identifier form, or (with a verified code) the new password.
#[derive(Template)]
#[template(path = "forgot_password.html")]
pub struct ForgotPasswordPage {
    /// Shared chrome.
    pub chrome: Chrome,
    /// The form's CSRF token.
    pub csrf_token: String,
    /// The interaction to return to, if any (empty when none).
    pub interaction: String,
    /// "Email or phone number", as the settings allow.
    pub identifier_label: String,
    /// What was typed.
    pub identifier: String,
    /// The verified reset, when choosing the new password.
    pub verification: Option<String>,
    /// A message for the form.
    pub error: Option<String>,
    /// The policy in a line.
    pub password_hint: String,
    /// Every broken rule of the new password.
    pub rule_errors: Vec<String>,
}

/// One message on the outbox page.
#[derive(Debug, Clone)]
pub struct OutboxEntry {
    /// Address or number.
    pub to: String,
    /// `email` or `sms`.
    pub channel: &'static str,
    /// RFC 3339.
    pub created_at: String,
    /// Emails only.
    pub subject: Option<String>,
    /// The text.
    pub body: String,
    /// The one-time code in it, picked out.
    pub code: Option<String>,
    /// Links in it.
    pub links: Vec<String>,
}

impl OutboxEntry {
    /// The entry for a stored message.
    pub fn from_message(m: &Message) -> OutboxEntry {
        let words = || {
            m.body
                .split_whitespace()
                .map(|w| w.trim_end_matches(['.', ',']))
        };
        OutboxEntry {
            to: m.to.clone(),
            channel: match m.channel {
                Channel::Email => "email",
                Channel::Sms => "sms",
            },
            created_at: m.created_at.to_string(),
            subject: m.subject.clone(),
            body: m.body.clone(),
            code: words()
                .find(|w| w.len() == 6 && w.chars().all(|c| c.is_ascii_digit()))
                .map(str::to_string),
            links: words()
                .filter(|w| w.starts_with("http://") || w.starts_with("https://"))
                .map(str::to_string)
                .collect(),
        }
    }
}

/// The development outbox page.
#[derive(Template)]
#[template(path = "outbox.html")]
pub struct OutboxPage {
    /// Shared chrome.
    pub chrome: Chrome,
    /// Newest first.
    pub messages: Vec<OutboxEntry>,
    /// The link to the page of newer messages, unless this is the first.
    pub newer: Option<String>,
    /// The link to the page of older messages, if there are more.
    pub older: Option<String>,
}

/// The policy's rules as page lines, in the page's language.
pub fn describe_violations(t: &Texts, violations: &[Violation]) -> Vec<String> {
    violations
        .iter()
        .map(|v| match v {
            Violation::TooShort(n) => t.count("policy.too_short", *n),
            Violation::TooLong(n) => t.count("policy.too_long", *n),
            Violation::TooFewCharacterTypes(n) => t.count("policy.character_types", *n),
            Violation::ContainsUserInfo => t.get("policy.user_info").to_string(),
            Violation::Common => t.get("policy.common").to_string(),
            Violation::Repetition => t.get("policy.repetition").to_string(),
        })
        .collect()
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
    /// What each requested scope doorman knows means.
    pub scopes: Vec<String>,
    /// Each API asked for, with its permissions.
    pub apis: Vec<ApiItem>,
    /// The organizations the app would see.
    pub organizations: Vec<String>,
    /// The form's CSRF token.
    pub csrf_token: String,
    /// The interaction the form continues.
    pub interaction: String,
}

/// An API on the consent page: which one (name and indicator) and the permissions asked of it.
pub struct ApiItem {
    /// "Photos (https://photos.test)", in the page's language.
    pub label: String,
    /// The permissions, comma-separated.
    pub scopes: String,
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
    /// Whether the page submits its form by itself (an app asked, naming where to go back).
    pub auto_submit: bool,
}

/// A link on an error page.
#[derive(Debug, Clone)]
pub struct Link {
    /// Where.
    pub href: String,
    /// What it says.
    pub label: String,
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
    /// The way back, when there is a better one than the start page.
    pub back: Option<Link>,
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
pub const STYLESHEET: &str = include_str!("../../../static/doorman.css");

/// The script that submits an app's sign-out confirmation by itself.
pub const SIGN_OUT_SCRIPT: &str = include_str!("../../../static/sign-out.js");

/// The script that runs passkey ceremonies for the pages' passkey buttons.
pub const PASSKEY_SCRIPT: &str = include_str!("../../../static/passkey.js");

/// The theme stylesheet: the branding colour as a CSS variable. The settings only accept
/// `#RRGGBB`, so the value cannot break out of the declaration.
pub fn theme_css(settings: &Settings) -> String {
    format!(
        ":root {{ --primary: {}; }}\n",
        settings.branding.primary_color
    )
}

/// A person-readable line for a scope on the consent page.
pub fn describe_scope(t: &Texts, scope: &str) -> String {
    let key = match scope {
        "openid" => "scope.openid",
        "profile" => "scope.profile",
        "email" => "scope.email",
        "phone" => "scope.phone",
        "offline_access" => "scope.offline_access",
        "custom_data" => "scope.custom_data",
        "identities" => "scope.identities",
        crate::oidc::scope::ORGANIZATIONS => "scope.organizations",
        crate::oidc::scope::ORGANIZATION_ROLES => "scope.organization_roles",
        other => return t.fill("scope.api", [("scope", other)]),
    };
    t.get(key).to_string()
}

/// The device page: the code form, the confirmation naming the app, or how it ended.
#[derive(Template)]
#[template(path = "device.html")]
pub struct DevicePage {
    /// Shared chrome.
    pub chrome: Chrome,
    /// The form's CSRF token.
    pub csrf_token: String,
    /// `enter`, `confirm`, `success` or `denied`.
    pub step: &'static str,
    /// The code as typed or shown.
    pub user_code: String,
    /// The app asking, on the confirmation.
    pub app_name: String,
    /// A message for the form.
    pub error: Option<String>,
}

/// The email step of a connector sign-in that no verified email vouched for.
#[derive(Template)]
#[template(path = "continue_email.html")]
pub struct ContinueEmailPage {
    /// Shared chrome.
    pub chrome: Chrome,
    /// The form's CSRF token.
    pub csrf_token: String,
    /// The interaction it continues.
    pub interaction: String,
    /// The connector's name.
    pub provider: String,
    /// What was typed, or what the upstream claimed.
    pub email: String,
    /// A message for the form.
    pub error: Option<String>,
}
