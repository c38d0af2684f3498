//! The Management API's users over HTTP with a machine-to-machine app's token: list with
//! pagination and search, create (outside the password policy), update, custom data, profile,
//! password checks, suspension (which signs the user out) and deletion, in Logto's shapes and
//! with Logto's codes, audited with the app as the actor.

use serde_json::{Value, json};

use crate::api::{m2m_token, management_setup};
use crate::oidc_flow::auth_url;
use crate::server::{Browser, PASSWORD, Reply, Server, agent, to_reply};
use crate::util::{Env, create_user};

const MANAGEMENT: &str = "https://default.logto.app/api";

pub(crate) fn call(
    server: &Server,
    method: &str,
    path: &str,
    token: &str,
    body: Option<Value>,
) -> Reply {
    let url = server.url(path);
    let agent = agent();
    let bearer = format!("Bearer {token}");
    let text = body.map(|b| b.to_string()).unwrap_or_default();
    to_reply(match method {
        "GET" => agent.get(&url).header("Authorization", &bearer).call(),
        "DELETE" => agent.delete(&url).header("Authorization", &bearer).call(),
        "PATCH" => agent
            .patch(&url)
            .header("Authorization", &bearer)
            .header("Content-Type", "application/json")
            .send(&text),
        "PUT" => agent
            .put(&url)
            .header("Authorization", &bearer)
            .header("Content-Type", "application/json")
            .send(&text),
        _ => agent
            .post(&url)
            .header("Authorization", &bearer)
            .header("Content-Type", "application/json")
            .send(&text),
    })
}

pub(crate) fn code_of(reply: &Reply) -> String {
    reply.json()["code"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

pub(crate) fn admin_token(env: &Env) -> (Server, String) {
    let (secret, _) = management_setup(env);
    let server = Server::start(env);
    let token = m2m_token(&server, ("admin", &secret), MANAGEMENT, "all");
    (server, token)
}

#[test]
fn users_are_listed_by_page_and_search_and_shown_in_logtos_shape() {
    let env = Env::new();
    for i in 0..5 {
        create_user(&env, &format!("user{i}@example.com"));
    }
    create_user(&env, "grace@hopper.test");
    let (server, token) = admin_token(&env);
    let page = call(
        &server,
        "GET",
        "/api/users?page=2&page_size=2",
        &token,
        None,
    );
    assert_eq!(page.status, 200, "{page:#?}");
    assert_eq!(page.header("total-number"), Some("6"));
    assert_eq!(page.json().as_array().map(Vec::len), Some(2));
    let found = call(
        &server,
        "GET",
        "/api/users?search=%25hopper%25",
        &token,
        None,
    );
    assert_eq!(found.header("total-number"), Some("1"), "{found:#?}");
    let grace = &found.json()[0];
    assert_eq!(grace["primaryEmail"], "grace@hopper.test");
    assert_eq!(grace["hasPassword"], true);
    assert!(grace["createdAt"].as_i64().unwrap() > 1_000_000_000_000);
    let id = grace["id"].as_str().unwrap();
    assert_eq!(
        call(&server, "GET", &format!("/api/users/{id}"), &token, None).json()["id"],
        id
    );
    let missing = call(&server, "GET", "/api/users/nobody", &token, None);
    assert_eq!(
        (missing.status, code_of(&missing)),
        (404, "entity.not_exists_with_id".into())
    );
    let anonymous = to_reply(agent().get(&server.url("/api/users")).call());
    assert_eq!(code_of(&anonymous), "auth.authorization_header_missing");
}

#[test]
fn a_user_is_created_updated_and_deleted_through_the_same_operations_as_the_cli() {
    let env = Env::new();
    let (server, token) = admin_token(&env);
    // An admin's password need not meet the policy (as in Logto).
    let made = call(
        &server,
        "POST",
        "/api/users",
        &token,
        Some(json!({
            "primaryEmail": "new@example.com", "username": "newbie", "password": "short",
            "name": "New", "customData": { "plan": "free" }, "profile": { "givenName": "Nu" }
        })),
    );
    assert_eq!(made.status, 200, "{made:#?}");
    let user = made.json();
    assert_eq!(user["profile"]["givenName"], "Nu");
    let id = user["id"].as_str().unwrap().to_string();
    let taken = call(
        &server,
        "POST",
        "/api/users",
        &token,
        Some(json!({ "primaryEmail": "new@example.com" })),
    );
    assert_eq!(
        (taken.status, code_of(&taken)),
        (422, "user.email_already_in_use".into())
    );
    let unknown = call(
        &server,
        "POST",
        "/api/users",
        &token,
        Some(json!({ "shoeSize": 9 })),
    );
    assert_eq!(
        (unknown.status, code_of(&unknown)),
        (400, "guard.invalid_input".into())
    );

    let verify = |password: &str| {
        call(
            &server,
            "POST",
            &format!("/api/users/{id}/password/verify"),
            &token,
            Some(json!({ "password": password })),
        )
    };
    assert_eq!(verify("short").status, 204);
    assert_eq!(code_of(&verify("wrong")), "session.invalid_credentials");
    let changed = call(
        &server,
        "PATCH",
        &format!("/api/users/{id}"),
        &token,
        Some(json!({ "name": null, "username": "renamed" })),
    );
    assert_eq!(changed.status, 200, "{changed:#?}");
    assert!(changed.json()["name"].is_null());
    assert_eq!(changed.json()["username"], "renamed");
    let data = call(
        &server,
        "PATCH",
        &format!("/api/users/{id}/custom-data"),
        &token,
        Some(json!({ "customData": { "plan": "pro" } })),
    );
    assert_eq!(data.json(), json!({ "plan": "pro" }));
    let shown = env.json(&["user", "show", "renamed"]);
    assert_eq!(shown["custom_data"], json!({ "plan": "pro" }));
    let audit = env.json(&["audit", "--user", "renamed"]).to_string();
    assert!(audit.contains("app:admin"), "the app is the actor: {audit}");

    let deleted = call(&server, "DELETE", &format!("/api/users/{id}"), &token, None);
    assert_eq!(deleted.status, 204, "{deleted:#?}");
    assert_eq!(env.json(&["user", "list"]), json!([]));
}

#[test]
fn a_suspension_signs_the_user_out_everywhere() {
    let env = Env::new();
    let ada = create_user(&env, "ada@example.com");
    crate::oidc_flow::web_app(&env, "shop");
    let (server, token) = admin_token(&env);
    let mut browser = Browser::new(&server);
    browser.sign_in(&auth_url(&server, "shop", ""), "ada@example.com", PASSWORD);
    let id = ada["id"].as_str().unwrap();
    let suspended = call(
        &server,
        "PATCH",
        &format!("/api/users/{id}/is-suspended"),
        &token,
        Some(json!({ "isSuspended": true })),
    );
    assert_eq!(suspended.status, 200, "{suspended:#?}");
    assert_eq!(suspended.json()["isSuspended"], true);
    call(
        &server,
        "PATCH",
        &format!("/api/users/{id}/is-suspended"),
        &token,
        Some(json!({ "isSuspended": false })),
    );
    // Reinstated, she must sign in again: the suspension ended her session.
    let again = browser.get(&auth_url(&server, "shop", ""));
    assert!(again.location().starts_with("/sign-in"), "{again:#?}");
}

#[test]
fn second_factors_tokens_and_identities_are_managed_per_user() {
    let env = Env::new();
    let ada = create_user(&env, "ada@example.com");
    let id = ada["id"].as_str().unwrap().to_string();
    let (server, token) = admin_token(&env);
    let factors = format!("/api/users/{id}/mfa-verifications");
    let totp = call(
        &server,
        "POST",
        &factors,
        &token,
        Some(json!({ "type": "Totp" })),
    );
    assert_eq!(totp.status, 200, "{totp:?}");
    assert!(
        totp.json()["secret"]
            .as_str()
            .is_some_and(|s| s.len() >= 16)
    );
    let again = call(
        &server,
        "POST",
        &factors,
        &token,
        Some(json!({ "type": "Totp" })),
    );
    assert_eq!(
        (again.status, code_of(&again)),
        (422, "user.totp_already_in_use".into())
    );
    let codes = call(
        &server,
        "POST",
        &factors,
        &token,
        Some(json!({ "type": "BackupCode" })),
    );
    assert_eq!(
        codes.json()["codes"].as_array().unwrap().len(),
        10,
        "{codes:?}"
    );
    let listed = call(&server, "GET", &factors, &token, None).json();
    assert_eq!(listed[0]["type"], "Totp");
    assert_eq!(listed[1]["remainCodes"], 10);
    let totp_id = listed[0]["id"].as_str().unwrap();
    let removed = call(
        &server,
        "DELETE",
        &format!("{factors}/{totp_id}"),
        &token,
        None,
    );
    assert_eq!(removed.status, 204);

    let tokens = format!("/api/users/{id}/personal-access-tokens");
    let made = call(
        &server,
        "POST",
        &tokens,
        &token,
        Some(json!({ "name": "ci" })),
    );
    assert_eq!(made.status, 201, "{made:?}");
    assert!(made.json()["value"].as_str().unwrap().starts_with("pat_"));
    let taken = call(
        &server,
        "POST",
        &tokens,
        &token,
        Some(json!({ "name": "ci" })),
    );
    assert_eq!(taken.status, 422, "{taken:?}");
    let listed = call(&server, "GET", &tokens, &token, None).json();
    assert_eq!(listed[0]["name"], "ci");
    assert!(listed[0].get("value").is_none(), "shown once: {listed}");
    assert_eq!(
        call(&server, "DELETE", &format!("{tokens}/ci"), &token, None).status,
        204
    );
    assert_eq!(
        env.json(&["user", "token", "list", "ada@example.com"]),
        json!([])
    );

    let unknown = call(
        &server,
        "DELETE",
        &format!("/api/users/{id}/identities/nowhere"),
        &token,
        None,
    );
    assert_eq!(unknown.status, 404, "{unknown:?}");
}

#[test]
fn a_linked_identity_is_unlinked() {
    let env = Env::new();
    env.write(
        "f.yaml",
        "connectors:\n  - {id: corp, name: Corp SSO, kind: oidc, issuer: https://sso.corp.test, \
         client_id: doorman, client_secret: s3cret}\nusers:\n  - email: ada@corp.test\n    \
         password: violet-Harbor-42\n    identities: [{connector: corp, subject: '00u1ada'}]\n",
    );
    env.json(&["seed", "f.yaml"]);
    let id = env.json(&["user", "show", "ada@corp.test"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    let (server, token) = admin_token(&env);
    let shown = call(&server, "GET", &format!("/api/users/{id}"), &token, None).json();
    assert_eq!(shown["identities"]["corp"]["userId"], "00u1ada", "{shown}");
    let path = format!("/api/users/{id}/identities/corp");
    let unlinked = call(&server, "DELETE", &path, &token, None);
    assert_eq!(unlinked.status, 200, "{unlinked:?}");
    assert_eq!(unlinked.json()["identities"], json!({}));
    let again = call(&server, "DELETE", &path, &token, None);
    assert_eq!(
        (again.status, code_of(&again)),
        (404, "user.identity_not_exist".into())
    );
}
