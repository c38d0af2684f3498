//! What Logto's SDKs expect of the provider beyond OAuth and OpenID Connect: error bodies with
//! Logto's `code` and `message`, and the parameters they send.

use crate::oidc_flow::{auth_url, web_app};
use crate::server::{Browser, Server, post_form};
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

/// The Python SDK still sends `interaction_mode=signUp` (it has no `first_screen`).
#[test]
fn interaction_mode_sign_up_opens_the_register_page() {
    let env = Env::new();
    web_app(&env, "web");
    let server = Server::start(&env);
    let mut browser = Browser::new(&server);
    let start = browser.get(&auth_url(&server, "web", "&interaction_mode=signUp"));
    assert!(start.location().starts_with("/register"), "{start:#?}");
    let plain = browser.get(&auth_url(&server, "web", "&interaction_mode=signIn"));
    assert!(plain.location().starts_with("/sign-in"), "{plain:#?}");
    let both = browser.get(&auth_url(
        &server,
        "web",
        "&interaction_mode=signUp&first_screen=sign_in",
    ));
    assert!(both.location().starts_with("/sign-in"), "{both:#?}");
}
