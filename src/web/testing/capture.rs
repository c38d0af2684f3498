//! Captured requests (`/dev/requests`): what reached the OIDC endpoints, so an app's test can
//! assert what its app sent (the scopes, the PKCE method, how the client authenticated)
//! without a proxy. Secrets, codes and tokens are kept as `[redacted]`: the list is for
//! reading what was asked, not for replaying it.

use serde_json::json;

use crate::ops::Doorman;
use crate::web::api::error::{ApiAnswer, ApiError};
use crate::web::common::http::{Request, Response};
use crate::web::testing::controls::{CAPTURED_REQUESTS, Captured, TestControls};

/// The parameters whose values never show.
const REDACTED: &[&str] = &[
    "client_secret",
    "client_assertion",
    "code",
    "code_verifier",
    "refresh_token",
    "device_code",
    "token",
    "subject_token",
    "actor_token",
    "id_token_hint",
    "password",
];

/// Remembers a request to the OIDC endpoint at `path`.
pub fn capture(controls: &TestControls, doorman: &Doorman, request: &Request) {
    let params: Vec<(String, String)> = request
        .query
        .iter()
        .chain(&request.form)
        .map(|(name, value)| {
            let value = if REDACTED.contains(&name.as_str()) {
                "[redacted]".to_string()
            } else {
                value.clone()
            };
            (name.clone(), value)
        })
        .collect();
    let basic = request.basic_credentials();
    let named = |name: &str| {
        params
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    let client_id = basic
        .as_ref()
        .map(|(id, _)| id.clone())
        .or_else(|| named("client_id"));
    let client_auth = (request.method == "POST" && !request.path.ends_with("/auth"))
        .then(|| auth_method(request, basic.is_some()));
    controls.capture(Captured {
        at: doorman.clock.now().to_rfc3339(),
        method: request.method.clone(),
        path: request.path.clone(),
        client_id,
        client_auth,
        params,
    });
}

/// How a client authenticated at a back-channel endpoint (the names of RFC 7591 §2).
fn auth_method(request: &Request, basic: bool) -> &'static str {
    let has = |name: &str| request.form.iter().any(|(n, _)| n == name);
    if basic {
        "client_secret_basic"
    } else if has("client_assertion") {
        let jwt_bearer = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
        match request.param("client_assertion_type") {
            Some(kind) if kind == jwt_bearer => "private_key_jwt",
            _ => "client_assertion",
        }
    } else if has("client_secret") {
        "client_secret_post"
    } else {
        "none"
    }
}

/// `GET /dev/requests[?client_id=…&limit=N]`: the captured requests, newest first.
pub fn list(controls: &TestControls, request: &Request) -> ApiAnswer {
    let wanted = request.param("client_id").filter(|id| !id.is_empty());
    let limit = match request.param("limit") {
        None | Some("") => CAPTURED_REQUESTS,
        Some(text) => text.parse::<usize>().map_err(|_| {
            ApiError::invalid_input("query", format!("limit '{text}' is not a number"))
        })?,
    };
    let requests = controls.requests.lock().unwrap_or_else(|p| p.into_inner());
    let shown: Vec<serde_json::Value> = requests
        .iter()
        .rev()
        .filter(|r| wanted.is_none() || r.client_id.as_deref() == wanted)
        .take(limit)
        .map(|r| {
            let mut shown = serde_json::to_value(r).unwrap_or_default();
            // Parameters as an ordered list of pairs read badly; an object keeps the order
            // (and the last of a repeated name, which doorman refuses anyway).
            let params: serde_json::Map<String, serde_json::Value> = r
                .params
                .iter()
                .map(|(k, v)| (k.clone(), json!(v)))
                .collect();
            shown["params"] = json!(params);
            shown
        })
        .collect();
    Ok(Response::no_store_json(200, &shown))
}
