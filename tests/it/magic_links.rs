//! One-time tokens (Logto's magic links): the Management API makes one for an email; the token
//! with `login_hint` on `/oidc/auth` signs a new email up without a page, proves it, joins the
//! organizations its context names and accepts the email's pending invitation; used twice,
//! lapsed, or with another email, it is refused on a readable page.

use serde_json::{Value, json};

use crate::api::{admin_app, m2m_token};
use crate::oidc_flow::{REDIRECT, auth_url, exchange, web_app};
use crate::server::{Reply, Server, agent, get, to_reply};
use crate::util::Env;

const MANAGEMENT: &str = "https://default.logto.app/api";

fn make_token(server: &Server, admin: &str, body: Value) -> Reply {
    to_reply(
        agent()
            .post(&server.url("/api/one-time-tokens"))
            .header("Authorization", &format!("Bearer {admin}"))
            .header("Content-Type", "application/json")
            .send(body.to_string()),
    )
}

fn with_token(server: &Server, token: &str, email: &str) -> Reply {
    get(&auth_url(
        server,
        "shop",
        &format!("&one_time_token={token}&login_hint={email}"),
    ))
}

#[test]
fn a_magic_link_signs_a_new_email_up_joins_its_organizations_once() {
    let env = Env::new();
    let secret = admin_app(&env);
    let client = web_app(&env, "shop");
    env.json(&["org", "role", "create", "member"]);
    env.json(&["org", "create", "Acme"]);
    let beta = env.json(&["org", "create", "Beta"]);
    env.json(&[
        "invite",
        "create",
        "--org",
        "Acme",
        "--email",
        "new@example.com",
        "--role",
        "member",
    ]);
    let server = Server::start_args(&env, &["--test-controls"], &[]);
    let bearer = m2m_token(&server, ("admin", &secret), MANAGEMENT, "all");

    let made = make_token(
        &server,
        &bearer,
        json!({ "email": "new@example.com", "jitOrganizationIds": [beta["id"]] }),
    );
    assert_eq!(made.status, 201, "{made:?}");
    let made = made.json();
    assert_eq!(made["status"], "active");
    assert_eq!(
        made["context"],
        json!({ "jitOrganizationIds": [beta["id"]] })
    );
    let token = made["token"].as_str().unwrap();

    let back = with_token(&server, token, "new@example.com");
    assert!(
        back.location().starts_with(REDIRECT),
        "no page, straight back: {back:?}"
    );
    let code = back.location_param("code").unwrap();
    let tokens = exchange(&server, &client, &code).json();
    assert!(tokens["id_token"].is_string(), "{tokens}");
    let user = env.json(&["user", "show", "new@example.com"]);
    assert_eq!(user["email_verified"], true, "{user}");
    let detail = env.json(&["org", "member", "list", "Acme"]);
    assert_eq!(
        detail[0]["email"], "new@example.com",
        "the invitation was accepted: {detail}"
    );
    assert_eq!(detail[0]["roles"], json!(["member"]));
    let beta_members = env.json(&["org", "member", "list", "Beta"]);
    assert_eq!(
        beta_members[0]["email"], "new@example.com",
        "{beta_members}"
    );

    let again = with_token(&server, token, "new@example.com");
    assert_eq!(again.status, 400, "used twice: {again:?}");
    assert!(again.body.contains("sign-in link"), "{}", again.body);

    let other = make_token(
        &server,
        &bearer,
        json!({ "email": "ada@example.com", "expiresIn": 60 }),
    )
    .json();
    let other_token = other["token"].as_str().unwrap();
    let wrong_email = with_token(&server, other_token, "eve@example.com");
    assert_eq!(wrong_email.status, 400, "{wrong_email:?}");
    crate::server::advance_clock(&server, "2m");
    let lapsed = with_token(&server, other_token, "ada@example.com");
    assert_eq!(lapsed.status, 400, "lapsed: {lapsed:?}");
    env.cmd(&["user", "show", "ada@example.com"])
        .run()
        .fails(3, "ada@example.com");

    let bad = make_token(&server, &bearer, json!({ "email": "not-an-email" }));
    assert_eq!(bad.status, 400, "{bad:?}");
}

#[test]
fn tokens_are_listed_revoked_and_deleted() {
    use crate::management_users::call;
    let env = Env::new();
    let secret = admin_app(&env);
    web_app(&env, "shop");
    let server = Server::start(&env);
    let admin = m2m_token(&server, ("admin", &secret), MANAGEMENT, "all");
    let made = make_token(&server, &admin, json!({ "email": "ada@example.com" })).json();
    let token = made["token"].as_str().unwrap().to_string();
    let id = made["id"].as_str().unwrap().to_string();
    make_token(&server, &admin, json!({ "email": "bob@example.com" }));

    let listed = call(
        &server,
        "GET",
        "/api/one-time-tokens?email=ADA@example.com",
        &admin,
        None,
    );
    let listed = listed.json();
    assert_eq!(listed.as_array().unwrap().len(), 1, "{listed}");
    assert_eq!(listed[0]["status"], "active");
    assert!(
        listed[0].get("token").is_none(),
        "the secret is shown once: {listed}"
    );
    let shown = call(
        &server,
        "GET",
        &format!("/api/one-time-tokens/{id}"),
        &admin,
        None,
    );
    assert_eq!(shown.json()["email"], "ada@example.com");

    let revoked = call(
        &server,
        "PUT",
        &format!("/api/one-time-tokens/{id}/status"),
        &admin,
        Some(json!({ "status": "revoked" })),
    );
    assert_eq!(revoked.json()["status"], "revoked", "{revoked:?}");
    let refused = with_token(&server, &token, "ada@example.com");
    assert_eq!(
        refused.status, 400,
        "a revoked token signs nobody in: {refused:?}"
    );
    let active = call(
        &server,
        "GET",
        "/api/one-time-tokens?status=active",
        &admin,
        None,
    )
    .json();
    assert_eq!(active[0]["email"], "bob@example.com");

    let deleted = call(
        &server,
        "DELETE",
        &format!("/api/one-time-tokens/{id}"),
        &admin,
        None,
    );
    assert_eq!(deleted.status, 204);
    let gone = call(
        &server,
        "GET",
        &format!("/api/one-time-tokens/{id}"),
        &admin,
        None,
    );
    assert_eq!(gone.status, 404);
}
