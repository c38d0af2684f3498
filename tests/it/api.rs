//! The JSON API layer over HTTP: Logto's health check, and bearer authentication as Logto's
//! Management API applies it (a JWT for `https://default.logto.app/api` with the scope `all`),
//! its error bodies and its pagination, through `GET /api/resources`.

use doorman::model::timestamp::Timestamp;
use serde_json::Value;

use crate::oidc_flow::web_app;
use crate::server::{Reply, Server, agent, get, post_form, to_reply_get_bearer};
use crate::util::{Env, create_user};

const MANAGEMENT: &str = "https://default.logto.app/api";

/// The Management API as a resource, a machine-to-machine app whose role grants `all`, and a
/// second app whose role grants only `read`.
pub fn management_setup(env: &Env) -> (String, String) {
    env.json(&[
        "resource",
        "create",
        "Management API",
        "--indicator",
        MANAGEMENT,
        "--scope",
        "all",
        "--scope",
        "read",
    ]);
    env.json(&[
        "role",
        "create",
        "management",
        "--type",
        "m2m",
        "--permission",
        &format!("{MANAGEMENT}:all"),
    ]);
    env.json(&[
        "role",
        "create",
        "reader",
        "--type",
        "m2m",
        "--permission",
        &format!("{MANAGEMENT}:read"),
    ]);
    let admin = env.json(&[
        "app",
        "create",
        "admin",
        "--type",
        "m2m",
        "--client-id",
        "admin",
    ]);
    env.json(&["app", "role", "add", "admin", "management"]);
    let reader = env.json(&[
        "app",
        "create",
        "reader",
        "--type",
        "m2m",
        "--client-id",
        "reader",
    ]);
    env.json(&["app", "role", "add", "reader", "reader"]);
    (
        admin["client_secret"].as_str().unwrap().to_string(),
        reader["client_secret"].as_str().unwrap().to_string(),
    )
}

/// An M2M app `admin` with the Management API, by the flag; its secret.
pub fn admin_app(env: &Env) -> String {
    let app = env.json(&[
        "app",
        "create",
        "Admin",
        "--type",
        "m2m",
        "--client-id",
        "admin",
        "--management-api",
    ]);
    app["client_secret"].as_str().unwrap().to_string()
}

pub fn m2m_token(server: &Server, client: (&str, &str), resource: &str, scope: &str) -> String {
    let reply = post_form(
        &format!("{}/token", server.issuer),
        Some(client),
        &[
            ("grant_type", "client_credentials"),
            ("resource", resource),
            ("scope", scope),
        ],
    );
    assert_eq!(reply.status, 200, "{reply:#?}");
    reply.json()["access_token"].as_str().unwrap().to_string()
}

fn refused(reply: &Reply, status: u16, code: &str) -> Value {
    assert_eq!(reply.status, status, "{reply:#?}");
    let body = reply.json();
    assert_eq!(body["code"], code, "{body}");
    assert!(
        body["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{body}"
    );
    body
}

#[test]
fn the_health_check_answers_204() {
    let env = Env::new();
    let server = Server::start(&env);
    let reply = get(&server.url("/api/status"));
    assert_eq!(reply.status, 204, "{reply:#?}");
    assert!(reply.body.is_empty());
    let wrong = post_form(&server.url("/api/status"), None, &[]);
    assert_eq!(wrong.status, 405);
    refused(
        &get(&server.url("/api/nothing-here")),
        404,
        "entity.not_found",
    );
}

#[test]
fn a_management_token_lists_resources_with_logtos_pagination() {
    let env = Env::new();
    let (secret, _) = management_setup(&env);
    env.json(&[
        "resource",
        "create",
        "Photos",
        "--indicator",
        "https://photos.test",
        "--scope",
        "read",
    ]);
    let server = Server::start(&env);
    let token = m2m_token(&server, ("admin", &secret), MANAGEMENT, "all");

    let all = to_reply_get_bearer(&server.url("/api/resources"), &token);
    assert_eq!(all.status, 200, "{all:#?}");
    assert_eq!(all.header("cache-control"), Some("no-store"));
    let listed = all.json();
    let indicators: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["indicator"].as_str().unwrap())
        .collect();
    assert_eq!(indicators.len(), 2, "{listed}");
    assert!(indicators.contains(&"https://photos.test"));
    let photos = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["indicator"] == "https://photos.test")
        .unwrap();
    assert_eq!(photos["name"], "Photos");
    assert_eq!(photos["tenantId"], "default");
    assert!(photos["accessTokenTtl"].is_i64());
    assert!(photos.get("scopes").is_none());

    let paged = to_reply_get_bearer(
        &server.url("/api/resources?page=2&page_size=1&includeScopes=true"),
        &token,
    );
    assert_eq!(paged.status, 200, "{paged:#?}");
    assert_eq!(paged.header("total-number"), Some("2"));
    let page = paged.json();
    assert_eq!(page.as_array().unwrap().len(), 1);
    assert!(page[0]["scopes"].is_array());

    let bad = to_reply_get_bearer(&server.url("/api/resources?page=0"), &token);
    refused(&bad, 400, "guard.invalid_pagination");
}

#[test]
fn missing_malformed_wrong_audience_wrong_scope_and_expired_tokens_are_refused() {
    let env = Env::new();
    let (admin_secret, reader_secret) = management_setup(&env);
    env.json(&[
        "resource",
        "create",
        "Photos",
        "--indicator",
        "https://photos.test",
        "--scope",
        "all",
    ]);
    env.json(&[
        "role",
        "create",
        "photographer",
        "--type",
        "m2m",
        "--permission",
        "https://photos.test:all",
    ]);
    env.json(&["app", "role", "add", "admin", "photographer"]);
    create_user(&env, "ada@example.com");
    web_app(&env, "web");
    env.json(&[
        "role",
        "create",
        "operator",
        "--type",
        "user",
        "--permission",
        &format!("{MANAGEMENT}:all"),
    ]);
    env.json(&["user", "role", "add", "ada@example.com", "operator"]);
    let server = Server::start(&env);
    let url = server.url("/api/resources");

    // No Authorization header, and another scheme.
    let none = get(&url);
    refused(&none, 401, "auth.authorization_header_missing");
    assert!(
        none.header("www-authenticate")
            .is_some_and(|v| v.starts_with("Bearer"))
    );
    let basic = agent()
        .get(&url)
        .header("Authorization", "Basic YWRtaW46c2VjcmV0")
        .call()
        .map(|mut r| (r.status().as_u16(), r.body_mut().read_to_string().unwrap()))
        .unwrap();
    assert_eq!(basic.0, 401);
    let body: Value = serde_json::from_str(&basic.1).unwrap();
    assert_eq!(body["code"], "auth.authorization_token_type_not_supported");
    assert_eq!(body["data"]["supportedTypes"][0], "Bearer");

    // Not a token doorman issued.
    refused(
        &to_reply_get_bearer(&url, "not-a-token"),
        401,
        "auth.unauthorized",
    );

    // A live token for another API.
    let photos = m2m_token(
        &server,
        ("admin", &admin_secret),
        "https://photos.test",
        "all",
    );
    refused(
        &to_reply_get_bearer(&url, &photos),
        401,
        "auth.unauthorized",
    );

    // A user's opaque token (no resource) is good at doorman itself, not at the Management API.
    let opaque = env.json(&["token", "issue", "ada@example.com", "--app", "web"]);
    let opaque = opaque["access_token"].as_str().unwrap();
    assert_eq!(opaque.matches('.').count(), 0, "an opaque token: {opaque}");
    refused(&to_reply_get_bearer(&url, opaque), 401, "auth.unauthorized");

    // The right API without `all`.
    let read_only = m2m_token(&server, ("reader", &reader_secret), MANAGEMENT, "read");
    let forbidden = to_reply_get_bearer(&url, &read_only);
    refused(&forbidden, 403, "auth.forbidden");
    assert!(
        forbidden
            .header("www-authenticate")
            .is_some_and(|v| v.contains("insufficient_scope"))
    );

    // A user's token for the Management API works while it lives, and not once it expired by
    // doorman's clock (minted under a clock pinned an hour before now).
    let issue = |now: Option<&str>| {
        let mut cmd = env.cmd(&[
            "token",
            "issue",
            "ada@example.com",
            "--app",
            "web",
            "--resource",
            MANAGEMENT,
            "--scope",
            "all",
            "--expires-in",
            "15m",
        ]);
        if let Some(now) = now {
            cmd = cmd.env("DOORMAN_NOW", now);
        }
        cmd.run().success().json()["access_token"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let live = issue(None);
    assert_eq!(to_reply_get_bearer(&url, &live).status, 200);
    let an_hour_ago = Timestamp::now().plus(-3600).to_rfc3339();
    let expired = issue(Some(&an_hour_ago));
    refused(
        &to_reply_get_bearer(&url, &expired),
        401,
        "auth.unauthorized",
    );

    // A suspended user's token stops working at once.
    env.json(&["user", "suspend", "ada@example.com"]);
    refused(&to_reply_get_bearer(&url, &live), 401, "auth.unauthorized");
}
