//! Personal access tokens: the CLI shows a token once and never again, fixtures seed a known
//! one and export only its digest, and a first-party app exchanges one at `/oidc/token` (Logto's
//! token exchange) for an opaque token or a JWT for an API; third-party apps, revoked and lapsed
//! tokens are refused.

use doorman::model::timestamp::Timestamp;
use doorman::ops::Clock;
use serde_json::Value;

use crate::oidc_flow::{decode_payload, web_app};
use crate::server::{Reply, Server, post_form, to_reply_get_bearer};
use crate::util::{Env, create_user};

const EXCHANGE: &str = "urn:ietf:params:oauth:grant-type:token-exchange";
const PAT: &str = "urn:logto:token-type:personal_access_token";

fn exchange(
    server: &Server,
    client: &(String, String),
    token: &str,
    extra: &[(&str, &str)],
) -> Reply {
    let mut form = vec![
        ("grant_type", EXCHANGE),
        ("subject_token", token),
        ("subject_token_type", PAT),
    ];
    form.extend_from_slice(extra);
    post_form(
        &format!("{}/token", server.issuer),
        Some((&client.0, &client.1)),
        &form,
    )
}

#[test]
fn the_cli_shows_a_token_once_and_revokes_it_by_name() {
    let env = Env::new();
    create_user(&env, "ci@example.com");
    let made = env.json(&[
        "user",
        "token",
        "create",
        "ci@example.com",
        "--name",
        "ci",
        "--expires-in",
        "30d",
    ]);
    let token = made["token"].as_str().unwrap();
    assert!(token.starts_with("pat_") && token.len() > 40, "{made}");
    assert!(made["expires_at"].is_string(), "{made}");
    let listed = env.json(&["user", "token", "list", "ci@example.com"]);
    assert_eq!(listed[0]["name"], "ci");
    assert!(listed[0].get("token").is_none(), "never again: {listed}");
    env.cmd(&["user", "token", "create", "ci@example.com", "--name", "ci"])
        .run()
        .fails(4, "already has a token named 'ci'");
    env.cmd(&[
        "user",
        "token",
        "create",
        "ci@example.com",
        "--name",
        "x",
        "--expires-in",
        "soon",
    ])
    .run()
    .fails(2, "invalid duration 'soon'");
    env.json(&["user", "token", "revoke", "ci@example.com", "ci"]);
    env.cmd(&["user", "token", "revoke", "ci@example.com", "ci"])
        .run()
        .fails(3, "no token named 'ci'");
    assert_eq!(
        env.json(&["user", "token", "list", "ci@example.com"]),
        Value::Array(vec![])
    );
}

#[test]
fn a_first_party_app_exchanges_a_token_for_the_users_access_tokens() {
    let env = Env::new();
    let user = create_user(&env, "ci@example.com");
    env.json(&[
        "resource",
        "create",
        "Orders",
        "--indicator",
        "https://orders.test",
        "--scope",
        "read",
        "--scope",
        "write",
    ]);
    env.json(&[
        "role",
        "create",
        "reader",
        "--type",
        "user",
        "--permission",
        "https://orders.test:read",
    ]);
    env.json(&["user", "role", "add", "ci@example.com", "reader"]);
    let client = web_app(&env, "scripts");
    let outside = web_app(&env, "outside");
    env.json(&["app", "update", "outside", "--third-party"]);
    let token = env.json(&["user", "token", "create", "ci@example.com", "--name", "ci"])["token"]
        .as_str()
        .unwrap()
        .to_string();
    let server = Server::start(&env);

    let opaque = exchange(
        &server,
        &client,
        &token,
        &[("scope", "openid profile email")],
    );
    assert_eq!(opaque.status, 200, "{opaque:#?}");
    let body = opaque.json();
    assert!(
        body.get("id_token").is_none() && body.get("refresh_token").is_none(),
        "{body}"
    );
    let me = to_reply_get_bearer(
        &format!("{}/me", server.issuer),
        body["access_token"].as_str().unwrap(),
    );
    assert_eq!(me.json()["sub"], user["id"], "{me:#?}");

    let jwt = exchange(
        &server,
        &client,
        &token,
        &[("resource", "https://orders.test"), ("scope", "read write")],
    );
    assert_eq!(jwt.status, 200, "{jwt:#?}");
    let claims = decode_payload(jwt.json()["access_token"].as_str().unwrap());
    assert_eq!(claims["aud"], "https://orders.test");
    assert_eq!(claims["sub"], user["id"]);
    assert_eq!(
        claims["scope"], "read",
        "write is granted by no role: {claims}"
    );
    let listed = env.json(&["user", "token", "list", "ci@example.com"]);
    assert!(listed[0]["last_used_at"].is_string(), "{listed}");

    let third = exchange(&server, &outside, &token, &[]);
    assert_eq!(third.json()["error"], "unauthorized_client", "{third:#?}");
    let unknown = exchange(&server, &client, "pat_not-a-token-of-anyone", &[]);
    assert_eq!(unknown.json()["error"], "invalid_grant");
    let wrong_type = post_form(
        &format!("{}/token", server.issuer),
        Some((&client.0, &client.1)),
        &[
            ("grant_type", EXCHANGE),
            ("subject_token", &token),
            (
                "subject_token_type",
                "urn:ietf:params:oauth:token-type:access_token",
            ),
        ],
    );
    assert_eq!(wrong_type.json()["error"], "invalid_request");
    env.json(&["user", "token", "revoke", "ci@example.com", "ci"]);
    let revoked = exchange(&server, &client, &token, &[]);
    assert_eq!(revoked.json()["error"], "invalid_grant");
}

#[test]
fn a_token_lapses_at_its_expiry_by_doormans_clock() {
    let env = Env::new();
    create_user(&env, "ci@example.com");
    env.json(&["init"]);
    web_app(&env, "scripts");
    let mut doorman = env.doorman();
    let app = doorman.find_client("scripts").unwrap().unwrap();
    let began = Timestamp::from_unix(1_900_000_000);
    doorman.clock = Clock::Fixed(began);
    let made = doorman
        .create_personal_token("ci@example.com", "ci", Some(began.plus(3600)), None)
        .unwrap();
    let token = made.token.unwrap();
    doorman.clock = Clock::Fixed(began.plus(3599));
    assert!(
        doorman
            .exchange_personal_token(&app, &token, PAT, Some("openid"), None)
            .is_ok()
    );
    doorman.clock = Clock::Fixed(began.plus(3600));
    let lapsed = doorman
        .exchange_personal_token(&app, &token, PAT, Some("openid"), None)
        .unwrap_err();
    assert_eq!(lapsed.error, "invalid_grant");
}

#[test]
fn fixtures_seed_a_known_token_and_export_only_its_digest() {
    let env = Env::new();
    env.write(
        "ci.yaml",
        "users:\n  - email: ci@example.com\n    personal_access_tokens:\n      - name: ci\n        token: pat_ci-token-known-to-the-tests\n",
    );
    env.json(&["seed", "ci.yaml"]);
    let listed = env.json(&["user", "token", "list", "ci@example.com"]);
    assert_eq!(listed[0]["name"], "ci");
    let again = env.json(&["seed", "ci.yaml"]);
    assert!(again.to_string().contains("unchanged"), "{again}");
    let plain = env.cmd(&["export"]).run().success().stdout;
    assert!(
        plain.contains("name: ci") && !plain.contains("token_digest"),
        "{plain}"
    );
    let secret = env
        .cmd(&["export", "--with-secrets"])
        .run()
        .success()
        .stdout;
    assert!(
        secret.contains("token_digest:") && !secret.contains("pat_ci-token"),
        "{secret}"
    );
    let copy = Env::new();
    copy.write("export.yaml", &secret);
    copy.seed_later("export.yaml");
    copy.json(&["init"]);
    web_app(&copy, "scripts");
    let mut doorman = copy.doorman();
    let app = doorman.find_client("scripts").unwrap().unwrap();
    assert!(
        doorman
            .exchange_personal_token(&app, "pat_ci-token-known-to-the-tests", PAT, None, None)
            .is_ok(),
        "the digest seeds back as the same token"
    );
}
