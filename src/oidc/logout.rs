//! The checks of an RP-initiated logout request (OpenID Connect RP-Initiated Logout 1.0 §2 and
//! §3): which client asks, which session its `id_token_hint` names, and whether the
//! `post_logout_redirect_uri` is registered for that client. Plain values in; the sign-out
//! pages verify the hint's signature first and act on the result.

use serde_json::{Map, Value};

use crate::model::app::App;

/// A logout request's parameters, as sent.
#[derive(Debug, Clone, Default)]
pub struct LogoutParams<'a> {
    /// `client_id`.
    pub client_id: Option<&'a str>,
    /// `post_logout_redirect_uri`.
    pub post_logout_redirect_uri: Option<&'a str>,
    /// `state`, echoed to the redirect.
    pub state: Option<&'a str>,
}

/// A checked logout request: where to go afterwards, and which session the hint named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogoutRequest {
    /// A registered URI to send the browser to once signed out.
    pub post_logout_redirect_uri: Option<String>,
    /// Echoed there.
    pub state: Option<String>,
    /// The client, named or taken from the hint's audience.
    pub client_id: Option<String>,
    /// The session id (`sid`) of the hint.
    pub hinted_sid: Option<String>,
    /// The subject (`sub`) of the hint.
    pub hinted_sub: Option<String>,
}

impl LogoutRequest {
    /// Whether the hint names this session (by `sid`, or by `sub` when it has no `sid`), so the
    /// session may end without asking the user.
    pub fn names_session(&self, session_id: &str, user_id: &str) -> bool {
        self.hinted_sid.as_deref() == Some(session_id)
            || (self.hinted_sid.is_none() && self.hinted_sub.as_deref() == Some(user_id))
    }
}

/// Checks a logout request. `hint` holds the claims of an `id_token_hint` whose signature was
/// verified: it must be an ID token (not an access or logout token, which the same key signs)
/// issued to a registered client. `find_app` looks a client up. The message of a refusal names
/// what was refused.
pub fn validate<E: std::fmt::Display>(
    params: &LogoutParams<'_>,
    hint: Option<&Map<String, Value>>,
    find_app: impl Fn(&str) -> Result<Option<App>, E>,
) -> Result<LogoutRequest, String> {
    let mut client_id = params.client_id.map(str::to_string);
    let claim = |name: &str| {
        hint.and_then(|h| h.get(name))
            .and_then(Value::as_str)
            .map(str::to_string)
    };
    if let Some(claims) = hint {
        let aud = match claims.get("aud") {
            Some(Value::String(a)) => Some(a.clone()),
            Some(Value::Array(list)) => list.first().and_then(Value::as_str).map(str::to_string),
            _ => None,
        };
        // Access tokens carry `scope` and `client_id`, logout tokens `events`; ID tokens neither.
        if ["scope", "client_id", "events"]
            .iter()
            .any(|claim| claims.contains_key(*claim))
        {
            return Err("id_token_hint is not an ID token".into());
        }
        let Some(audience) = &aud else {
            return Err("id_token_hint names no client (aud)".into());
        };
        if find_app(audience).map_err(|e| e.to_string())?.is_none() {
            return Err(format!(
                "id_token_hint was issued to '{audience}', which is not a registered client"
            ));
        }
        if let (Some(given), Some(aud)) = (&client_id, &aud)
            && given != aud
        {
            return Err(format!(
                "client_id '{given}' does not match the id_token_hint"
            ));
        }
        client_id = client_id.or(aud);
    }
    if let Some(uri) = params.post_logout_redirect_uri {
        let Some(id) = &client_id else {
            return Err("post_logout_redirect_uri needs an id_token_hint or client_id".into());
        };
        let app = find_app(id)
            .map_err(|e| e.to_string())?
            .ok_or_else(|| format!("unknown client_id '{id}'"))?;
        if !app.post_logout_redirect_uris.iter().any(|r| r == uri) {
            return Err(format!(
                "post_logout_redirect_uri '{uri}' is not registered for client '{id}'"
            ));
        }
    }
    Ok(LogoutRequest {
        post_logout_redirect_uri: params.post_logout_redirect_uri.map(str::to_string),
        state: params.state.map(str::to_string),
        client_id,
        hinted_sid: claim("sid"),
        hinted_sub: claim("sub"),
    })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::model::app::AppType;
    use crate::model::timestamp::Timestamp;

    fn app() -> App {
        App {
            client_id: "portal".into(),
            name: "Portal".into(),
            app_type: AppType::Web,
            redirect_uris: vec![],
            post_logout_redirect_uris: vec!["http://127.0.0.1/bye".into()],
            backchannel_logout_uri: None,
            is_third_party: false,
            built_in: false,
            device_flow: false,
            claims: Default::default(),
            created_at: Timestamp::from_unix(0),
            updated_at: Timestamp::from_unix(0),
        }
    }

    fn found(id: &str) -> Result<Option<App>, String> {
        Ok((id == "portal").then(app))
    }

    fn hint(value: Value) -> Map<String, Value> {
        value.as_object().cloned().unwrap_or_default()
    }

    #[test]
    fn the_hint_names_the_client_and_the_session() {
        let claims = hint(json!({ "aud": "portal", "sid": "s1", "sub": "u1" }));
        let params = LogoutParams {
            post_logout_redirect_uri: Some("http://127.0.0.1/bye"),
            state: Some("xyz"),
            ..LogoutParams::default()
        };
        let checked = validate(&params, Some(&claims), found).unwrap();
        assert_eq!(checked.client_id.as_deref(), Some("portal"));
        assert_eq!(checked.state.as_deref(), Some("xyz"));
        assert!(checked.names_session("s1", "someone else"));
        assert!(
            !checked.names_session("s2", "u1"),
            "a sid must match when present"
        );
    }

    #[test]
    fn a_hint_without_sid_names_the_user() {
        let claims = hint(json!({ "aud": ["portal"], "sub": "u1" }));
        let checked = validate(&LogoutParams::default(), Some(&claims), found).unwrap();
        assert!(checked.names_session("any", "u1"));
        assert!(!checked.names_session("any", "u2"));
    }

    #[test]
    fn a_client_id_must_match_the_hint() {
        let claims = hint(json!({ "aud": "portal" }));
        let params = LogoutParams {
            client_id: Some("other"),
            ..LogoutParams::default()
        };
        let refused = validate(&params, Some(&claims), found).unwrap_err();
        assert!(refused.contains("'other'"), "{refused}");
    }

    #[test]
    fn a_redirect_must_be_registered_for_a_known_client() {
        let to = |uri, client| LogoutParams {
            client_id: client,
            post_logout_redirect_uri: Some(uri),
            state: None,
        };
        assert!(validate(&to("http://127.0.0.1/bye", Some("portal")), None, found).is_ok());
        let no_client = validate(&to("http://127.0.0.1/bye", None), None, found).unwrap_err();
        assert!(no_client.contains("needs an id_token_hint or client_id"));
        let unknown =
            validate(&to("http://127.0.0.1/bye", Some("ghost")), None, found).unwrap_err();
        assert!(unknown.contains("unknown client_id 'ghost'"));
        let elsewhere =
            validate(&to("http://evil.example/", Some("portal")), None, found).unwrap_err();
        assert!(elsewhere.contains("'http://evil.example/' is not registered"));
    }

    #[test]
    fn the_hint_must_be_an_id_token_of_a_registered_client() {
        for (claims, why) in [
            (
                json!({ "aud": "portal", "scope": "", "client_id": "portal" }),
                "not an ID token",
            ),
            (json!({ "aud": "portal", "events": {} }), "not an ID token"),
            (
                json!({ "aud": "ghost", "sub": "u1" }),
                "not a registered client",
            ),
            (json!({ "sub": "u1" }), "names no client"),
        ] {
            let refused = validate(&LogoutParams::default(), Some(&hint(claims)), found)
                .expect_err("refused");
            assert!(refused.contains(why), "{refused}");
        }
    }

    #[test]
    fn no_redirect_looks_nothing_up() {
        let checked = validate(&LogoutParams::default(), None, |_| {
            Err::<Option<App>, _>("looked up")
        });
        assert_eq!(checked.unwrap().post_logout_redirect_uri, None);
    }
}
