//! The Management API's organizations, organization roles and scopes, and invitations: Logto's
//! own client (`@logto/api`) creates users, pages and searches them, suspends one, builds an
//! organization with a role and a member, and invites someone, who accepts in Chromium on the
//! invitation page; then it reads the membership back. Over plain HTTP: who may call these
//! routes, the shapes, ids and codes Logto uses, and `app create --management-api`.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::{Value, json};

use crate::api::{admin_app, m2m_token};
use crate::browser::Chrome;
use crate::server::{PASSWORD, Reply, Server, agent, to_reply};
use crate::util::{Env, create_user};

const MANAGEMENT: &str = "https://default.logto.app/api";

fn call(server: &Server, method: &str, path: &str, token: &str, body: Option<Value>) -> Reply {
    let builder = ureq::http::Request::builder()
        .method(method)
        .uri(server.url(path))
        .header("Authorization", format!("Bearer {token}"));
    let request = match body {
        Some(body) => builder
            .header("Content-Type", "application/json")
            .body(body.to_string().into_bytes()),
        None => builder.body(Vec::new()),
    };
    to_reply(agent().run(request.unwrap()))
}

#[test]
fn logtos_client_builds_an_organization_and_an_invitation_is_accepted_in_chromium() {
    let env = Env::new();
    let secret = admin_app(&env);
    create_user(&env, "ada@example.com");
    env.json(&["user", "update", "ada@example.com", "--email-verified"]);
    let server = Server::start(&env);
    let sdk = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/sdk"));
    let mut node = Command::new("node")
        .arg("management-api.mjs")
        .current_dir(sdk)
        .env("BASE_URL", &server.base)
        .env("CLIENT_ID", "admin")
        .env("CLIENT_SECRET", &secret)
        .env("INVITEE", "ada@example.com")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("node runs");
    let mut lines = BufReader::new(node.stdout.take().unwrap()).lines();
    let first: Value = serde_json::from_str(&lines.next().expect("a first line").unwrap()).unwrap();
    assert_eq!(first["created"].as_array().unwrap().len(), 3, "{first}");
    assert_eq!(first["page"], json!({ "size": 2, "total": 4 }), "{first}");
    assert_eq!(first["suspended"], true, "{first}");
    assert_eq!(
        first["members"],
        json!([{ "email": "grace@example.com", "roles": ["member"] }]),
        "{first}"
    );
    assert_eq!(first["invitation"]["status"], "Pending", "{first}");
    let audit = env.json(&["audit", "--user", "grace@example.com"]);
    assert!(
        audit.to_string().contains("app:admin"),
        "the app is the actor: {audit}"
    );

    // The invitee follows the email's link.
    let email = env.json(&["outbox", "--to", "ada@example.com", "--last"]);
    let body = email["body"].as_str().unwrap();
    let id = first["invitation"]["id"].as_str().unwrap();
    assert!(body.contains(&format!("/invitation/{id}")), "{body}");
    let chrome = Chrome::start();
    chrome.open(&format!("{}/invitation/{id}", server.base));
    chrome.screenshot("invitation");
    chrome.click("#sign-in");
    chrome.type_into("#password", PASSWORD);
    chrome.click("#main-form button[type=submit]");
    assert!(
        chrome.url().ends_with(&format!("/invitation/{id}")),
        "{}",
        chrome.url()
    );
    chrome.click("button[name=accept]");
    assert!(
        chrome.has("[data-invitation-status=accepted]"),
        "{}",
        chrome.source()
    );

    node.stdin.take().unwrap().write_all(b"accepted\n").unwrap();
    let after: Value =
        serde_json::from_str(&lines.next().expect("a second line").unwrap()).unwrap();
    assert!(node.wait().unwrap().success());
    assert_eq!(after["status"], "Accepted", "{after}");
    assert_eq!(after["acceptedUserId"], after["inviteeId"], "{after}");
    assert_eq!(
        after["organizations"],
        json!([{ "name": "Acme", "roles": ["member"] }]),
        "{after}"
    );
}

#[test]
fn only_a_management_token_reaches_the_organization_routes() {
    let env = Env::new();
    let secret = admin_app(&env);
    env.json(&[
        "resource",
        "create",
        "Orders",
        "--indicator",
        "https://orders.test",
        "--scope",
        "read",
    ]);
    env.json(&[
        "role",
        "create",
        "reader",
        "--type",
        "m2m",
        "--permission",
        "https://orders.test:read",
    ]);
    let other = env.json(&[
        "app",
        "create",
        "Bot",
        "--type",
        "m2m",
        "--client-id",
        "bot",
    ]);
    env.json(&["app", "role", "add", "bot", "reader"]);
    let server = Server::start(&env);
    let bot_secret = other["client_secret"].as_str().unwrap();
    let none = to_reply(agent().get(&server.url("/api/organizations")).call());
    assert_eq!(
        (none.status, none.json()["code"].clone()),
        (401, json!("auth.authorization_header_missing"))
    );
    let orders = m2m_token(&server, ("bot", bot_secret), "https://orders.test", "read");
    let wrong = call(&server, "GET", "/api/organizations", &orders, None);
    assert_eq!(
        (wrong.status, wrong.json()["code"].clone()),
        (401, json!("auth.unauthorized"))
    );
    let admin = m2m_token(&server, ("admin", &secret), MANAGEMENT, "all");
    assert_eq!(
        call(&server, "GET", "/api/organizations", &admin, None).status,
        200
    );
    // `app role add APP management` gives the same access without a role made by hand.
    env.json(&["app", "role", "add", "bot", "management"]);
    let granted = m2m_token(&server, ("bot", bot_secret), MANAGEMENT, "all");
    assert_eq!(
        call(&server, "GET", "/api/organization-roles", &granted, None).status,
        200
    );
    env.cmd(&["app", "create", "Web", "--type", "spa", "--management-api"])
        .run()
        .fails(2, "--management-api is for m2m apps");
}

#[test]
fn organizations_roles_scopes_and_invitations_in_logtos_shapes() {
    let env = Env::new();
    let secret = admin_app(&env);
    create_user(&env, "ada@example.com");
    let ada = env.json(&["user", "show", "ada@example.com"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    let server = Server::start(&env);
    let token = m2m_token(&server, ("admin", &secret), MANAGEMENT, "all");
    let post = |path: &str, body: Value| call(&server, "POST", path, &token, Some(body));
    let get = |path: &str| call(&server, "GET", path, &token, None);

    let scope = post("/api/organization-scopes", json!({ "name": "read:docs" })).json();
    let role = post(
        "/api/organization-roles",
        json!({ "name": "viewer", "organizationScopeIds": [scope["id"]] }),
    );
    assert_eq!(role.status, 201, "{role:?}");
    let role = role.json();
    assert_eq!(
        role["scopes"],
        json!([{ "id": scope["id"], "name": "read:docs" }]),
        "{role}"
    );
    assert_eq!(role["type"], "User");
    let org = post(
        "/api/organizations",
        json!({ "name": "Acme", "customData": { "plan": "pro" } }),
    );
    assert_eq!(org.status, 201, "{org:?}");
    let org = org.json();
    assert_eq!(org["customData"], json!({ "plan": "pro" }));
    let taken = post("/api/organizations", json!({ "name": "Acme" }));
    assert_eq!(
        (taken.status, taken.json()["code"].clone()),
        (422, json!("entity.unique_integrity_violation"))
    );
    let unknown = get("/api/organizations/nope");
    assert_eq!(
        (unknown.status, unknown.json()["code"].clone()),
        (404, json!("entity.not_exists_with_id"))
    );
    let searched = get("/api/organizations?q=acm&page=1&page_size=5");
    assert_eq!(searched.header("total-number"), Some("1"));

    let org_id = org["id"].as_str().unwrap();
    let added = post(
        &format!("/api/organizations/{org_id}/users"),
        json!({ "userIds": [ada] }),
    );
    assert_eq!(added.status, 201, "{added:?}");
    let roles_path = format!("/api/organizations/{org_id}/users/{ada}/roles");
    let bad_role = post(&roles_path, json!({ "organizationRoleIds": ["nope"] }));
    assert_eq!(bad_role.status, 422, "{bad_role:?}");
    assert_eq!(
        post(&roles_path, json!({ "organizationRoleNames": ["viewer"] })).status,
        201
    );
    assert_eq!(
        get(&roles_path).json(),
        json!([{ "id": role["id"], "name": "viewer" }])
    );
    let removed = call(
        &server,
        "DELETE",
        &format!("{roles_path}/{}", role["id"].as_str().unwrap()),
        &token,
        None,
    );
    assert_eq!(removed.status, 204);
    assert_eq!(get(&roles_path).json(), json!([]));

    let past = post(
        "/api/organization-invitations",
        json!({ "organizationId": org_id, "invitee": "bob@example.com", "expiresAt": 1000 }),
    );
    assert_eq!(past.status, 400, "{past:?}");
    let invitation = post(
        "/api/organization-invitations",
        json!({
            "organizationId": org_id,
            "invitee": "bob@example.com",
            "expiresAt": 4_102_444_800_000i64,
            "organizationRoleIds": [role["id"]],
        }),
    );
    assert_eq!(invitation.status, 201, "{invitation:?}");
    let invitation = invitation.json();
    assert_eq!(
        invitation["organizationRoles"],
        json!([{ "id": role["id"], "name": "viewer" }])
    );
    let id = invitation["id"].as_str().unwrap();
    let outbox = env.json(&["outbox", "--to", "bob@example.com"]);
    assert_eq!(outbox, json!([]), "no messagePayload, no email: {outbox}");
    let sent = call(
        &server,
        "POST",
        &format!("/api/organization-invitations/{id}/message"),
        &token,
        Some(json!({})),
    );
    assert_eq!(sent.status, 204);
    assert_eq!(
        env.json(&["outbox", "--to", "bob@example.com"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let listed = get(&format!(
        "/api/organization-invitations?organizationId={org_id}&invitee=bob@example.com"
    ));
    assert_eq!(listed.json().as_array().unwrap().len(), 1);
    let no_user = call(
        &server,
        "PUT",
        &format!("/api/organization-invitations/{id}/status"),
        &token,
        Some(json!({ "status": "Accepted" })),
    );
    assert_eq!(no_user.status, 422, "{no_user:?}");
    let revoked = call(
        &server,
        "PUT",
        &format!("/api/organization-invitations/{id}/status"),
        &token,
        Some(json!({ "status": "Revoked" })),
    );
    assert_eq!(revoked.json()["status"], "Revoked", "{revoked:?}");
    let orgs = get(&format!("/api/users/{ada}/organizations")).json();
    assert_eq!(orgs[0]["name"], "Acme", "{orgs}");
    assert_eq!(
        call(
            &server,
            "DELETE",
            &format!("/api/organizations/{org_id}"),
            &token,
            None
        )
        .status,
        204
    );
    assert_eq!(
        get(&format!("/api/users/{ada}/organizations")).json(),
        json!([])
    );
}

#[test]
fn roles_and_their_users_and_apps_by_id() {
    let env = Env::new();
    let secret = admin_app(&env);
    create_user(&env, "ada@example.com");
    let ada = env.json(&["user", "show", "ada@example.com"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    env.json(&[
        "app",
        "create",
        "Bot",
        "--type",
        "m2m",
        "--client-id",
        "bot",
    ]);
    let server = Server::start(&env);
    let token = m2m_token(&server, ("admin", &secret), MANAGEMENT, "all");
    let post = |path: &str, body: Value| call(&server, "POST", path, &token, Some(body));
    let get = |path: &str| call(&server, "GET", path, &token, None);

    let editor = post(
        "/api/roles",
        json!({ "name": "editor", "description": "Edits" }),
    );
    assert_eq!(editor.status, 201, "{editor:?}");
    let editor = editor.json();
    assert_eq!(
        (editor["type"].clone(), editor["isDefault"].clone()),
        (json!("User"), json!(false))
    );
    let robot = post(
        "/api/roles",
        json!({ "name": "robot", "type": "MachineToMachine" }),
    )
    .json();
    let users = get("/api/roles?type=User").json();
    assert_eq!(users.as_array().unwrap().len(), 1, "{users}");
    assert_eq!(get("/api/roles?search=edi").json()[0]["name"], "editor");

    let assigned = post(
        &format!("/api/users/{ada}/roles"),
        json!({ "roleIds": [editor["id"]] }),
    );
    assert_eq!(assigned.status, 201, "{assigned:?}");
    assert_eq!(
        get(&format!("/api/users/{ada}/roles")).json()[0]["name"],
        "editor"
    );
    let mismatch = post(
        &format!("/api/users/{ada}/roles"),
        json!({ "roleIds": [robot["id"]] }),
    );
    assert_eq!(
        mismatch.status, 422,
        "an m2m role is not for users: {mismatch:?}"
    );
    let unknown = post(
        &format!("/api/users/{ada}/roles"),
        json!({ "roleIds": ["nope"] }),
    );
    assert_eq!(unknown.status, 404, "{unknown:?}");
    let taken = call(
        &server,
        "DELETE",
        &format!("/api/users/{ada}/roles/{}", editor["id"].as_str().unwrap()),
        &token,
        None,
    );
    assert_eq!(taken.status, 204);
    assert_eq!(get(&format!("/api/users/{ada}/roles")).json(), json!([]));

    assert_eq!(
        post(
            "/api/applications/bot/roles",
            json!({ "roleIds": [robot["id"]] })
        )
        .status,
        201
    );
    assert_eq!(
        get("/api/applications/bot/roles").json()[0]["name"],
        "robot"
    );
    let deleted = call(
        &server,
        "DELETE",
        &format!("/api/roles/{}", robot["id"].as_str().unwrap()),
        &token,
        None,
    );
    assert_eq!(deleted.status, 204);
    assert_eq!(get("/api/applications/bot/roles").json(), json!([]));
}
