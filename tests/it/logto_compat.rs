//! What Logto's SDKs expect of the provider beyond OAuth and OpenID Connect: error bodies with
//! Logto's `code` and `message`, and the parameters they send.

use crate::oidc_flow::web_app;
use crate::server::{Server, post_form};
use crate::util::Env;

#[test]
fn oauth_errors_carry_logtos_code_and_message() {
    let env = Env::new();
    let client = web_app(&env, "web");
    let server = Server::start(&env);
    let refused = post_form(
        &format!("{}/token", server.issuer),
        Some((&client.0, &client.1)),
        &[("grant_type", "refresh_token"), ("refresh_token", "nope")],
    );
    assert_eq!(refused.status, 400);
    let body = refused.json();
    assert_eq!(body["code"], "oidc.invalid_grant", "{body}");
    assert_eq!(body["error"], "invalid_grant");
    assert!(
        body["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{body}"
    );
    assert!(body["error_description"].is_string());
    let unauthenticated = post_form(
        &format!("{}/token", server.issuer),
        Some((&client.0, "wrong")),
        &[("grant_type", "client_credentials")],
    );
    assert_eq!(unauthenticated.status, 401);
    assert_eq!(unauthenticated.json()["code"], "oidc.invalid_client");
}
