//! OIDC client applications and the rules of each type: `spa` and `native` are public clients
//! (no secret, PKCE required), `web` is confidential, `m2m` only uses client credentials.
//! Redirect URIs are validated here once and later matched exactly, character for character.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::timestamp::Timestamp;
use crate::model::validate;

/// The kind of client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum AppType {
    /// A server-rendered web app: confidential, signs users in.
    Web,
    /// A single-page app: public, PKCE.
    Spa,
    /// A mobile or desktop app: public, PKCE, custom-scheme or loopback redirects.
    Native,
    /// A machine-to-machine client: confidential, client credentials only.
    M2m,
}

impl AppType {
    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            AppType::Web => "web",
            AppType::Spa => "spa",
            AppType::Native => "native",
            AppType::M2m => "m2m",
        }
    }

    /// Parses the stored form.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "web" => Some(AppType::Web),
            "spa" => Some(AppType::Spa),
            "native" => Some(AppType::Native),
            "m2m" => Some(AppType::M2m),
            _ => None,
        }
    }

    /// Whether the app has a client secret.
    pub fn is_confidential(self) -> bool {
        matches!(self, AppType::Web | AppType::M2m)
    }

    /// Whether users sign in through it (it has redirect URIs).
    pub fn signs_users_in(self) -> bool {
        self != AppType::M2m
    }
}

/// An application as printed: never its secret.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct App {
    /// The OAuth client id.
    pub client_id: String,
    /// Display name (shown on the consent page).
    pub name: String,
    /// The kind of client.
    #[serde(rename = "type")]
    pub app_type: AppType,
    /// Registered redirect URIs, matched exactly.
    pub redirect_uris: Vec<String>,
    /// Registered post-logout redirect URIs, matched exactly.
    pub post_logout_redirect_uris: Vec<String>,
    /// Where back-channel logout tokens are POSTed.
    pub backchannel_logout_uri: Option<String>,
    /// Third-party apps ask for consent.
    pub is_third_party: bool,
    /// Registered by doorman itself (the playground's client); printed only when true.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub built_in: bool,
    /// A native app that may use the device authorization grant (RFC 8628: a TV, a CLI, a
    /// device without a browser); printed only when true.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub device_flow: bool,
    /// Claims added to the tokens of every user of this app (a user's own claim of the same
    /// name wins); printed only when there are some.
    #[serde(skip_serializing_if = "serde_json::Map::is_empty")]
    pub claims: serde_json::Map<String, serde_json::Value>,
    /// When it was created.
    pub created_at: Timestamp,
    /// When it last changed.
    pub updated_at: Timestamp,
}

/// An application with its new secret, printed once at creation or rotation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AppWithSecret {
    /// The application.
    #[serde(flatten)]
    pub app: App,
    /// The plaintext secret (web and m2m only); it is not stored and cannot be shown again.
    pub client_secret: Option<String>,
}

/// Checks a client id: 1–128 of letters, digits, `-`, `_` and `.`.
pub fn check_client_id(id: &str) -> Result<()> {
    let ok = (1..=128).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b));
    if ok {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "invalid client id '{id}': use 1-128 letters, digits, '-', '_' and '.'"
        )))
    }
}

/// Checks a redirect (or post-logout redirect) URI for an app type: absolute, no fragment, and
/// http(s) for web and spa apps; native apps may also use a private-use scheme
/// (`com.example.app:/callback`, RFC 8252 §7.1).
pub fn check_redirect_uri(app_type: AppType, uri: &str) -> Result<()> {
    let bad = |why: &str| {
        Err(Error::invalid(format!(
            "invalid redirect URI '{}': {why}",
            validate::shown(uri)
        )))
    };
    if !app_type.signs_users_in() {
        return bad("machine-to-machine apps have no redirect URIs");
    }
    if uri.contains('#') {
        return bad("it must not have a fragment");
    }
    if uri.chars().any(|c| c.is_whitespace() || c.is_control())
        || uri.len() > validate::MAX_URL_BYTES
    {
        return bad("it must not contain spaces and be at most 2048 characters");
    }
    let parsed = url::Url::parse(uri);
    let scheme = uri
        .split_once(':')
        .map(|(scheme, _)| scheme.to_ascii_lowercase());
    let (Ok(_), Some(scheme)) = (&parsed, scheme) else {
        return bad("it must be an absolute URI");
    };
    if scheme == "http" || scheme == "https" {
        // The scheme may be written in any case; the rest must be a URL with a host.
        let lowered = format!("{scheme}{}", &uri[scheme.len()..]);
        if validate::web_url(&lowered).is_none() {
            return bad("it needs a host");
        }
        return Ok(());
    }
    if app_type == AppType::Native && scheme.contains('.') {
        return Ok(());
    }
    if app_type == AppType::Native {
        bad("use http(s) or a private-use scheme with a dot, such as com.example.app:/callback")
    } else {
        bad("use http or https")
    }
}

/// Checks a back-channel logout URI: absolute http(s), no fragment (Back-Channel Logout §2.2).
pub fn check_backchannel_uri(app_type: AppType, uri: &str) -> Result<()> {
    if !app_type.signs_users_in() {
        return Err(Error::invalid(format!(
            "invalid back-channel logout URI '{uri}': machine-to-machine apps have no sessions"
        )));
    }
    if validate::web_url(uri).is_none() || uri.contains('#') || uri.len() > validate::MAX_URL_BYTES
    {
        return Err(Error::invalid(format!(
            "invalid back-channel logout URI '{}': use an absolute http(s) URL without a fragment",
            validate::shown(uri)
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redirect_uris_follow_the_app_type() {
        for ok in [
            "https://app.example.com/callback",
            "http://localhost:3000/cb",
            "http://127.0.0.1/cb?x=1",
        ] {
            assert!(check_redirect_uri(AppType::Web, ok).is_ok(), "{ok}");
            assert!(check_redirect_uri(AppType::Spa, ok).is_ok(), "{ok}");
            assert!(check_redirect_uri(AppType::Native, ok).is_ok(), "{ok}");
        }
        assert!(check_redirect_uri(AppType::Native, "com.example.app:/callback").is_ok());
        for bad in [
            "/callback",
            "https://app.example.com/cb#frag",
            "https:///cb",
            "myapp://cb",
            "https://a b.com",
            "http:/callback",
            "https://app.example.com:99999/cb",
            "javascript:alert(1)",
        ] {
            assert!(check_redirect_uri(AppType::Web, bad).is_err(), "{bad}");
        }
        assert!(
            check_redirect_uri(AppType::Native, "myapp://cb").is_err(),
            "private schemes need a dot"
        );
        assert!(check_redirect_uri(AppType::M2m, "https://a.example.com/cb").is_err());
        let err = check_redirect_uri(AppType::Web, "/cb")
            .unwrap_err()
            .to_string();
        assert!(err.contains("'/cb'"), "{err}");
    }

    #[test]
    fn client_ids_and_backchannel_uris() {
        assert!(check_client_id("my-app_1.0").is_ok());
        assert!(check_client_id("has space").is_err());
        assert!(check_client_id("").is_err());
        assert!(check_backchannel_uri(AppType::Web, "https://app.example.com/logout").is_ok());
        assert!(check_backchannel_uri(AppType::Web, "https://app.example.com/logout#x").is_err());
        assert!(check_backchannel_uri(AppType::M2m, "https://app.example.com/logout").is_err());
        assert!(check_backchannel_uri(AppType::Web, "https://").is_err());
        assert!(check_backchannel_uri(AppType::Web, "ftp://app.example.com/logout").is_err());
    }
}
