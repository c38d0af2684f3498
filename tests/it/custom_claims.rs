//! Custom claims: a user's and an app's own claims in ID tokens, userinfo and JWT access tokens
//! whenever `openid` is granted (the user's winning), registered names refused, and fixtures
//! carrying both.

use serde_json::json;

use crate::oidc_flow::{REDIRECT, auth_url, decode_payload, exchange_for, web_app};
use crate::server::{Browser, PASSWORD, Server, to_reply_get_bearer};
use crate::util::{Env, create_user};

#[test]
fn claims_reach_the_tokens_and_userinfo_and_the_users_win() {
    let env = Env::new();
    create_user(&env, "ada@example.com");
    env.json(&[
        "resource",
        "create",
        "Orders",
        "--indicator",
        "https://orders.test",
        "--scope",
        "read",
    ]);
    let client = web_app(&env, "shop");
    env.json(&[
        "app",
        "update",
        "shop",
        "--claim",
        "tier=\"free\"",
        "--claim",
        "region=eu",
    ]);
    let user = env.json(&[
        "user",
        "update",
        "ada@example.com",
        "--claim",
        "tier=\"gold\"",
        "--claim",
        "flags=[\"beta\"]",
    ]);
    assert_eq!(
        user["claims"],
        json!({ "tier": "gold", "flags": ["beta"] }),
        "{user}"
    );
    env.cmd(&["user", "update", "ada@example.com", "--claim", "sub=other"])
        .run()
        .fails(2, "claim 'sub' is registered");
    env.cmd(&["app", "update", "shop", "--claim", "email=x"])
        .run()
        .fails(2, "claim 'email' is registered");
    let server = Server::start(&env);

    let mut browser = Browser::new(&server);
    let url = auth_url(&server, "shop", "&resource=https%3A%2F%2Forders.test");
    let done = browser.sign_in(&url, "ada@example.com", PASSWORD);
    assert!(done.location().starts_with(REDIRECT), "{done:#?}");
    let tokens = exchange_for(
        &server,
        &client,
        &done.location_param("code").unwrap(),
        "https://orders.test",
    )
    .json();
    let id = decode_payload(tokens["id_token"].as_str().unwrap());
    assert_eq!(id["tier"], "gold", "the user's claim wins: {id}");
    assert_eq!(id["region"], "eu");
    assert_eq!(id["flags"], json!(["beta"]));
    let access = decode_payload(tokens["access_token"].as_str().unwrap());
    assert_eq!(access["aud"], "https://orders.test");
    assert_eq!(access["tier"], "gold", "{access}");

    // userinfo, with the opaque token a refresh without resource gives.
    let refreshed = crate::server::post_form(
        &format!("{}/token", server.issuer),
        Some((&client.0, &client.1)),
        &[
            ("grant_type", "refresh_token"),
            ("refresh_token", tokens["refresh_token"].as_str().unwrap()),
        ],
    )
    .json();
    let info = to_reply_get_bearer(
        &format!("{}/me", server.issuer),
        refreshed["access_token"].as_str().unwrap(),
    )
    .json();
    assert_eq!(info["tier"], "gold", "{info}");
    assert_eq!(info["region"], "eu", "{info}");

    env.json(&["user", "update", "ada@example.com", "--unset-claim", "tier"]);
    let shown = env.json(&["user", "show", "ada@example.com"]);
    assert_eq!(shown["claims"], json!({ "flags": ["beta"] }), "{shown}");
}

#[test]
fn fixtures_carry_users_and_apps_claims() {
    let env = Env::new();
    env.write(
        "claims.yaml",
        "users:\n  - email: ci@example.com\n    claims: {tenant: acme, roles_ext: [admin]}\napps:\n  - client_id: ci-spa\n    name: CI\n    type: spa\n    redirect_uris: [http://localhost:5173/callback]\n    claims: {plan: pro}\n",
    );
    env.json(&["seed", "claims.yaml"]);
    assert_eq!(
        env.json(&["user", "show", "ci@example.com"])["claims"]["tenant"],
        "acme"
    );
    assert_eq!(
        env.json(&["app", "show", "ci-spa"])["claims"],
        json!({ "plan": "pro" })
    );
    let exported = env.cmd(&["export"]).run().success().stdout;
    assert!(
        exported.contains("tenant: acme") && exported.contains("plan: pro"),
        "{exported}"
    );
    env.write(
        "bad.yaml",
        "users:\n  - email: x@example.com\n    claims: {iss: me}\n",
    );
    env.cmd(&["seed", "bad.yaml"])
        .run()
        .fails(2, "users[0].claims");
}
