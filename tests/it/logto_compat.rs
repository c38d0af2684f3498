//! What Logto's SDKs expect of the provider beyond OAuth and OpenID Connect: error bodies with
//! Logto's `code` and `message`, and the parameters they send.

use crate::oidc_flow::{auth_url, exchange, web_app};
use crate::oidc_tokens::verify;
use crate::server::{Browser, PASSWORD, Server, post_form, query_param, to_reply_get_bearer};
use crate::util::{Env, create_user};

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

/// What Logto's SDKs send for an app with two APIs and organizations: several `resource`
/// values at sign-in, a code exchange without `resource` (its token is for userinfo), then a
/// refresh per API. Each API token carries the requested scopes the user's roles grant.
#[test]
fn several_resources_an_opaque_token_for_userinfo_and_a_token_per_api() {
    let env = Env::new();
    create_user(&env, "ada@example.com");
    let client = web_app(&env, "web");
    crate::oidc_tokens::register_api(&env);
    env.json(&[
        "resource",
        "create",
        "Billing",
        "--indicator",
        "https://billing.test",
        "--scope",
        "pay",
    ]);
    env.json(&[
        "role",
        "create",
        "reader",
        "--type",
        "user",
        "--permission",
        "https://api.test:read",
    ]);
    env.json(&["user", "role", "add", "ada@example.com", "reader"]);
    let server = Server::start(&env);
    let resources = "&resource=https%3A%2F%2Fapi.test&resource=https%3A%2F%2Fbilling.test\
                     &resource=urn%3Alogto%3Aresource%3Aorganizations";
    let scopes = "&scope=openid%20offline_access%20read%20write%20pay";
    let url = auth_url(&server, "web", &format!("{resources}{scopes}")).replacen(
        "&scope=openid%20email%20offline_access",
        "",
        1,
    );
    let mut browser = Browser::new(&server);
    let back = browser.sign_in(&url, "ada@example.com", PASSWORD);
    let code = query_param(back.location(), "code").unwrap_or_else(|| panic!("{back:#?}"));
    let tokens = exchange(&server, &client, &code).json();
    let opaque = tokens["access_token"].as_str().unwrap();
    assert_eq!(opaque.matches('.').count(), 0, "opaque: {tokens}");
    let me = to_reply_get_bearer(&format!("{}/me", server.issuer), opaque);
    assert_eq!(me.status, 200, "userinfo takes it: {}", me.body);

    let refresh = |token: &str, extra: &[(&str, &str)]| {
        let mut form = vec![("grant_type", "refresh_token"), ("refresh_token", token)];
        form.extend_from_slice(extra);
        post_form(
            &format!("{}/token", server.issuer),
            Some((&client.0, &client.1)),
            &form,
        )
    };
    let api = refresh(
        tokens["refresh_token"].as_str().unwrap(),
        &[("resource", "https://api.test")],
    );
    assert_eq!(api.status, 200, "{}", api.body);
    let api = api.json();
    let claims = verify(&server, api["access_token"].as_str().unwrap());
    assert_eq!(claims["aud"], "https://api.test");
    assert_eq!(claims["scope"], "read", "write is not granted by any role");
    assert_eq!(api["expires_in"], 600, "the resource's lifetime");
    let billing = refresh(
        api["refresh_token"].as_str().unwrap(),
        &[("resource", "https://billing.test")],
    )
    .json();
    let claims = verify(&server, billing["access_token"].as_str().unwrap());
    assert_eq!(claims["aud"], "https://billing.test");
    assert_eq!(claims["scope"], "", "no role grants pay");
    let other = refresh(
        billing["refresh_token"].as_str().unwrap(),
        &[("resource", "https://other.test")],
    );
    assert_eq!(other.status, 400);
    assert_eq!(other.json()["error"], "invalid_target");

    // An unregistered resource is refused before anyone signs in.
    let refused = browser.get(&auth_url(
        &server,
        "web",
        "&resource=https%3A%2F%2Fnobody.test",
    ));
    assert_eq!(refused.status, 303);
    assert_eq!(
        query_param(refused.location(), "error").as_deref(),
        Some("invalid_target"),
        "{refused:#?}"
    );
}

/// Organization roles may hold API permissions: with `organization_id` and `resource` together,
/// the token is for the API and carries what the member's roles in that organization grant.
#[test]
fn organization_roles_grant_api_permissions_within_their_organization() {
    let env = Env::new();
    create_user(&env, "ada@example.com");
    create_user(&env, "bob@example.com");
    let client = web_app(&env, "web");
    crate::oidc_tokens::register_api(&env);
    env.json(&[
        "org",
        "role",
        "create",
        "editor",
        "--permission",
        "https://api.test:write",
    ]);
    env.json(&["org", "create", "Acme"]);
    let acme = env.json(&["org", "show", "Acme"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    env.json(&[
        "org",
        "member",
        "add",
        "Acme",
        "ada@example.com",
        "--role",
        "editor",
    ]);
    let server = Server::start(&env);
    let extra = "&resource=https%3A%2F%2Fapi.test\
                 &scope=openid%20offline_access%20urn%3Alogto%3Ascope%3Aorganizations%20write%20read";
    let sign_in = |who: &str| {
        let url = auth_url(&server, "web", extra).replacen(
            "&scope=openid%20email%20offline_access",
            "",
            1,
        );
        let back = Browser::new(&server).sign_in(&url, who, PASSWORD);
        let code = query_param(back.location(), "code").unwrap();
        exchange(&server, &client, &code).json()["refresh_token"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let org_api = |refresh_token: &str| {
        post_form(
            &format!("{}/token", server.issuer),
            Some((&client.0, &client.1)),
            &[
                ("grant_type", "refresh_token"),
                ("refresh_token", refresh_token),
                ("organization_id", &acme),
                ("resource", "https://api.test"),
            ],
        )
    };
    let granted = org_api(&sign_in("ada@example.com"));
    assert_eq!(granted.status, 200, "{}", granted.body);
    let claims = verify(&server, granted.json()["access_token"].as_str().unwrap());
    assert_eq!(claims["aud"], "https://api.test");
    assert_eq!(claims["organization_id"], acme.as_str());
    assert_eq!(claims["scope"], "write", "read is held by no role of hers");
    let outsider = org_api(&sign_in("bob@example.com"));
    assert_eq!(outsider.status, 400);
    assert_eq!(outsider.json()["error"], "invalid_grant", "not a member");
}
