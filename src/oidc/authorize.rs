//! Validating an authorization request (RFC 6749 §4.1.1, OIDC Core §3.1.2.1, RFC 7636). The
//! order matters: until the client and its redirect URI are known to be good, an error must be
//! shown to the user and never redirected, or the endpoint becomes an open redirector.

use serde::{Deserialize, Serialize};

use crate::model::app::{App, AppType};
use crate::oidc::error::OAuthError;
use crate::oidc::{pkce, scope};

/// A validated authorization request, kept with an interaction while the user signs in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuthRequest {
    /// The client.
    pub client_id: String,
    /// The registered redirect URI it named.
    pub redirect_uri: String,
    /// Granted-if-approved scopes (known user scopes, plus API scopes when a resource is named).
    pub scopes: Vec<String>,
    /// Echoed back to the client.
    pub state: Option<String>,
    /// Repeated in the ID token.
    pub nonce: Option<String>,
    /// PKCE S256 challenge.
    pub code_challenge: Option<String>,
    /// `prompt` values.
    pub prompt: Vec<String>,
    /// Maximum authentication age in seconds.
    pub max_age: Option<i64>,
    /// Pre-fills the identifier.
    pub login_hint: Option<String>,
    /// Preferred page languages.
    pub ui_locales: Option<String>,
    /// The APIs access tokens may be asked for (RFC 8707): every `resource` parameter, and
    /// each comma-separated value in one, as Logto reads them.
    pub resources: Vec<String>,
    /// Logto's `first_screen`, `identifier` and `direct_sign_in`, passed to the pages.
    pub first_screen: Option<String>,
    /// Identifier types to offer.
    pub identifier: Option<String>,
    /// A connector to jump to.
    pub direct_sign_in: Option<String>,
    /// The device request (RFC 8628) a person is signing in for: it has no redirect URI, and
    /// ends approved or denied instead of with a code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<String>,
}

impl AuthRequest {
    /// Whether `prompt` holds a value.
    pub fn prompts(&self, value: &str) -> bool {
        self.prompt.iter().any(|p| p == value)
    }
}

#[cfg(test)]
impl AuthRequest {
    /// A validated request of the client `portal` (redirect URI `http://127.0.0.1:9/callback`)
    /// with these scopes and prompts, for the tests of what acts on one.
    pub(crate) fn for_tests(scope: &str, prompt: &[&str]) -> AuthRequest {
        AuthRequest {
            client_id: "portal".into(),
            redirect_uri: "http://127.0.0.1:9/callback".into(),
            scopes: scope.split(' ').map(str::to_string).collect(),
            state: None,
            nonce: None,
            code_challenge: None,
            prompt: prompt.iter().map(|p| p.to_string()).collect(),
            max_age: None,
            login_hint: None,
            ui_locales: None,
            resources: Vec::new(),
            first_screen: None,
            identifier: None,
            direct_sign_in: None,
            device: None,
        }
    }
}

/// Why a request was refused, and how the user agent must be told.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// The client or redirect URI cannot be trusted: show an error page, never redirect.
    Page(String),
    /// The redirect URI is registered: send the error back to the client there.
    Redirect {
        /// Where to send it.
        redirect_uri: String,
        /// The error.
        error: OAuthError,
        /// The request's state.
        state: Option<String>,
    },
}

/// Reads one parameter; a repeated parameter is an error (RFC 6749 §3.1).
pub fn single<'a>(params: &'a [(String, String)], name: &str) -> Result<Option<&'a str>, String> {
    let mut found = params
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.as_str());
    let first = found.next();
    if found.next().is_some() {
        return Err(format!("parameter '{name}' is repeated"));
    }
    Ok(first.filter(|v| !v.is_empty()))
}

/// Validates a request whose client has already been looked up (`None`: unknown client).
pub fn validate(params: &[(String, String)], app: Option<&App>) -> Result<AuthRequest, Refusal> {
    let page = |m: String| Refusal::Page(m);
    let client_id = single(params, "client_id")
        .map_err(page)?
        .ok_or_else(|| page("the request has no client_id".into()))?;
    let app = app.ok_or_else(|| page(format!("unknown client_id '{client_id}'")))?;
    let redirect_uri = single(params, "redirect_uri")
        .map_err(page)?
        .ok_or_else(|| page("the request has no redirect_uri".into()))?;
    if !app.redirect_uris.iter().any(|r| r == redirect_uri) {
        return Err(page(format!(
            "redirect_uri '{redirect_uri}' is not registered for client '{client_id}'"
        )));
    }
    let state = single(params, "state").ok().flatten().map(str::to_string);
    let back = |error: OAuthError| Refusal::Redirect {
        redirect_uri: redirect_uri.to_string(),
        error,
        state: state.clone(),
    };
    let get = |name: &str| single(params, name).map_err(|m| back(OAuthError::invalid_request(m)));

    if !app.app_type.signs_users_in() {
        return Err(back(OAuthError::unauthorized_client(format!(
            "a {} app cannot use the authorization code flow",
            app.app_type.as_str()
        ))));
    }
    match get("response_type")? {
        Some("code") => {}
        Some(other) => {
            return Err(back(OAuthError::new(
                "unsupported_response_type",
                format!("response_type '{other}' is not supported; use 'code'"),
            )));
        }
        None => {
            return Err(back(OAuthError::invalid_request(
                "response_type is missing",
            )));
        }
    }
    if let Some(mode) = get("response_mode")?
        && mode != "query"
    {
        return Err(back(OAuthError::invalid_request(format!(
            "response_mode '{mode}' is not supported; use 'query'"
        ))));
    }
    for unsupported in ["request", "request_uri"] {
        if get(unsupported)?.is_some() {
            return Err(back(OAuthError::new(
                if unsupported == "request" {
                    "request_not_supported"
                } else {
                    "request_uri_not_supported"
                },
                format!("the '{unsupported}' parameter is not supported"),
            )));
        }
    }
    let resources = resource_values(params);
    if let Some(r) = resources.iter().find(|r| !is_resource_uri(r)) {
        return Err(back(OAuthError::new(
            "invalid_target",
            format!("resource '{r}' is not an absolute URI"),
        )));
    }
    let requested = scope::parse(get("scope")?.unwrap_or_default());
    if !scope::has(&requested, scope::OPENID) {
        return Err(back(OAuthError::new(
            "invalid_scope",
            "the scope must include 'openid'",
        )));
    }
    let scopes: Vec<String> = requested
        .into_iter()
        .filter(|s| !resources.is_empty() || scope::SUPPORTED.contains(&s.as_str()))
        .collect();

    let code_challenge = get("code_challenge")?.map(str::to_string);
    match (get("code_challenge_method")?, &code_challenge) {
        (Some("S256"), Some(_)) | (None, None) => {}
        (None, Some(_)) | (Some("plain"), _) => {
            return Err(back(OAuthError::invalid_request(
                "code_challenge_method must be 'S256'",
            )));
        }
        (Some(m), _) => {
            return Err(back(OAuthError::invalid_request(format!(
                "code_challenge_method '{m}' is not supported; use 'S256'"
            ))));
        }
    }
    if let Some(c) = &code_challenge
        && !pkce::is_valid_challenge(c)
    {
        return Err(back(OAuthError::invalid_request(
            "code_challenge must be the base64url SHA-256 of the verifier (43 characters)",
        )));
    }
    if code_challenge.is_none() && matches!(app.app_type, AppType::Spa | AppType::Native) {
        return Err(back(OAuthError::invalid_request(format!(
            "PKCE is required for {} apps: send code_challenge with code_challenge_method=S256",
            app.app_type.as_str()
        ))));
    }

    let prompt = scope::parse(get("prompt")?.unwrap_or_default());
    if prompt.iter().any(|p| p == "none") && prompt.len() > 1 {
        return Err(back(OAuthError::invalid_request(
            "prompt=none cannot be combined with other values",
        )));
    }
    let max_age = match get("max_age")? {
        None => None,
        Some(text) => Some(
            text.parse::<i64>()
                .ok()
                .filter(|n| *n >= 0)
                .ok_or_else(|| {
                    back(OAuthError::invalid_request(format!(
                        "max_age '{text}' is not a non-negative number of seconds"
                    )))
                })?,
        ),
    };
    let owned = |v: Option<&str>| v.map(str::to_string);
    Ok(AuthRequest {
        client_id: client_id.to_string(),
        redirect_uri: redirect_uri.to_string(),
        scopes,
        state: state.clone(),
        nonce: owned(get("nonce")?),
        code_challenge,
        prompt,
        max_age,
        login_hint: owned(get("login_hint")?),
        ui_locales: owned(get("ui_locales")?),
        resources,
        // Logto's older `interaction_mode=signUp` (still sent by SDKs without `first_screen`)
        // means what `first_screen=register` says; `first_screen` wins when both are given.
        first_screen: match (get("first_screen")?, get("interaction_mode")?) {
            (Some(screen), _) => Some(screen.to_string()),
            (None, Some("signUp")) => Some("register".to_string()),
            (None, _) => None,
        },
        identifier: owned(get("identifier")?),
        direct_sign_in: owned(get("direct_sign_in")?),
        device: None,
    })
}

/// Every `resource` value of a request, split at commas (Logto accepts `resource=a,b`), without
/// repeats, in order.
pub fn resource_values(params: &[(String, String)]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for value in params
        .iter()
        .filter(|(k, _)| k == "resource")
        .flat_map(|(_, v)| v.split(','))
        .map(str::trim)
        .filter(|v| !v.is_empty())
    {
        if !out.iter().any(|seen| seen == value) {
            out.push(value.to_string());
        }
    }
    out
}

/// Whether a resource indicator is an absolute URI without a fragment (RFC 8707 §2).
pub fn is_resource_uri(value: &str) -> bool {
    url::Url::parse(value).is_ok() && !value.contains('#')
}

/// The URL that carries a response back to the client: the redirect URI with `params` added to
/// its query.
pub fn redirect_with(redirect_uri: &str, params: &[(&str, &str)]) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (k, v) in params {
        query.append_pair(k, v);
    }
    let query = query.finish();
    let separator = if redirect_uri.contains('?') { '&' } else { '?' };
    format!("{redirect_uri}{separator}{query}")
}

/// The redirect that reports a refusal to the client.
pub fn error_redirect(
    redirect_uri: &str,
    error: &OAuthError,
    state: Option<&str>,
    issuer: &str,
) -> String {
    let mut params = vec![
        ("error", error.error),
        ("error_description", error.error_description.as_str()),
    ];
    if let Some(s) = state {
        params.push(("state", s));
    }
    params.push(("iss", issuer));
    redirect_with(redirect_uri, &params)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::timestamp::Timestamp;

    fn app(app_type: AppType) -> App {
        App {
            client_id: "c1".into(),
            name: "Test".into(),
            app_type,
            redirect_uris: vec!["http://localhost/cb".into()],
            post_logout_redirect_uris: vec![],
            backchannel_logout_uri: None,
            is_third_party: false,
            built_in: false,
            device_flow: false,
            claims: Default::default(),
            created_at: Timestamp::from_unix(0),
            updated_at: Timestamp::from_unix(0),
        }
    }

    fn params(extra: &[(&str, &str)]) -> Vec<(String, String)> {
        let mut p = vec![
            ("client_id", "c1"),
            ("redirect_uri", "http://localhost/cb"),
            ("response_type", "code"),
            ("scope", "openid email"),
            ("state", "s1"),
        ];
        p.extend_from_slice(extra);
        p.into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn an_unregistered_redirect_uri_is_never_redirected_to() {
        let mut p = params(&[]);
        p[1].1 = "http://evil.example/cb".into();
        assert!(matches!(
            validate(&p, Some(&app(AppType::Web))),
            Err(Refusal::Page(_))
        ));
        assert!(matches!(
            validate(&params(&[]), None),
            Err(Refusal::Page(_))
        ));
    }

    #[test]
    fn spa_requires_pkce_and_errors_go_back_with_state() {
        match validate(&params(&[]), Some(&app(AppType::Spa))) {
            Err(Refusal::Redirect { error, state, .. }) => {
                assert_eq!(error.error, "invalid_request");
                assert_eq!(state.as_deref(), Some("s1"));
            }
            other => panic!("{other:?}"),
        }
        let ok = validate(
            &params(&[
                (
                    "code_challenge",
                    "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                ),
                ("code_challenge_method", "S256"),
            ]),
            Some(&app(AppType::Spa)),
        )
        .unwrap();
        assert_eq!(ok.scopes, vec!["openid", "email"]);
    }

    #[test]
    fn redirect_with_keeps_an_existing_query() {
        assert_eq!(
            redirect_with("http://a/cb?x=1", &[("code", "a b")]),
            "http://a/cb?x=1&code=a+b"
        );
    }
}
