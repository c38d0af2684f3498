//! The way up to Logto and back, between real servers: `push` from one doorman into a second
//! one's Management API, then `pull` from there into a third. On each, the users sign in with
//! their old passwords and keep their organization memberships, organization roles and roles;
//! a second push and a second pull change nothing. `export --format logto` writes Logto's
//! shapes, and `seed` reads its users back.

use serde_json::Value;

use crate::api::admin_app;
use crate::server::{Browser, PASSWORD, Server};
use crate::util::Env;

const FIXTURE: &str = "
resources:
  - indicator: https://api.photos.test
    name: Photos
    scopes: [{name: read, description: See photos}, {name: write}]
roles:
  - name: viewer
    type: user
    permissions: ['https://api.photos.test:read']
users:
  - email: ada@example.com
    username: ada
    name: Ada
    password: violet-Harbor-42
    roles: [viewer]
    profile: {given_name: Ada}
    custom_data: {plan: pro}
  - email: bob@example.com
    password: violet-Harbor-42
  - email: eve@example.com
    password: violet-Harbor-42
    suspended: true
organization_scopes:
  - name: read:docs
organization_roles:
  - name: editor
    scopes: [read:docs]
organizations:
  - name: Acme
    description: Rockets
    members:
      - {user: ada@example.com, roles: [editor]}
      - {user: bob@example.com}
";

/// Runs `push` or `pull` with the admin app's secret on stdin; the JSON report.
fn sync(env: &Env, verb: &str, flag: &str, server: &Server, secret: &str) -> Value {
    let run = env
        .cmd(&[
            "-o",
            "json",
            verb,
            flag,
            &server.base,
            "--client-id",
            "admin",
            "--client-secret-stdin",
        ])
        .stdin(&format!("{secret}\n"))
        .run()
        .success();
    let mut report = run.json();
    report["stderr"] = run.stderr.clone().into();
    report
}

/// Turns the account center on, so a sign-in can land on `/account`.
fn with_account_center(env: &Env) {
    env.json(&["settings", "set", "account_center", "{enabled: true}"]);
}

fn signs_in(server: &Server, email: &str) {
    let mut browser = Browser::new(server);
    let done = browser.sign_in("/account", email, PASSWORD);
    assert_eq!(done.status, 303, "{email}: {done:#?}");
    assert!(
        !done.location().starts_with("/sign-in"),
        "{email} signs in: {done:#?}"
    );
}

/// What a database holds that the trip must keep, by names.
fn summary(env: &Env) -> Value {
    let ada = env.json(&["user", "show", "ada@example.com"]);
    let members = env.json(&["org", "member", "list", "Acme"]);
    let roles = env.json(&["user", "role", "list", "ada@example.com"]);
    let eve = env.json(&["user", "show", "eve@example.com"]);
    serde_json::json!({
        "ada": [ada["username"], ada["name"], ada["custom_data"]],
        "eve_suspended": eve["suspended"],
        "members": members.as_array().unwrap().iter().map(|m| {
            (m["email"].clone(), m["roles"].clone())
        }).collect::<Vec<_>>(),
        "roles": roles.as_array().unwrap().iter().map(|r| r["name"].clone()).collect::<Vec<_>>(),
    })
}

#[test]
fn push_then_pull_keeps_passwords_memberships_and_roles() {
    let source = Env::new();
    source.write("fixture.yaml", FIXTURE);
    source.json(&["seed", "fixture.yaml"]);

    let middle = Env::new();
    with_account_center(&middle);
    let secret = admin_app(&middle);
    let server = Server::start(&middle);
    let pushed = sync(&source, "push", "--to", &server, &secret);
    assert_eq!(pushed["refused"], 0, "{pushed}");
    assert!(pushed["created"].as_u64().unwrap() >= 10, "{pushed}");
    let again = sync(&source, "push", "--to", &server, &secret);
    assert_eq!(
        (again["created"].as_u64(), again["refused"].as_u64()),
        (Some(0), Some(0)),
        "a second push changes nothing: {again}"
    );
    signs_in(&server, "ada@example.com");
    signs_in(&server, "bob@example.com");
    assert_eq!(summary(&middle), summary(&source));

    let copy = Env::new();
    with_account_center(&copy);
    let pulled = sync(&copy, "pull", "--from", &server, &secret);
    assert_eq!(
        pulled["created"], 8,
        "a resource, a role, three users, an organization scope, role and the organization: {pulled}"
    );
    let again = sync(&copy, "pull", "--from", &server, &secret);
    assert_eq!(
        (again["created"].as_u64(), again["updated"].as_u64()),
        (Some(0), Some(0)),
        "a second pull changes nothing: {again}"
    );
    assert_eq!(summary(&copy), summary(&source));
    let copy_server = Server::start(&copy);
    signs_in(&copy_server, "ada@example.com");
    let claims = copy.json(&["user", "show", "ada@example.com"]);
    assert_eq!(claims["email"], "ada@example.com");
}

#[test]
fn wrong_credentials_and_a_bad_url_are_refused_plainly() {
    let source = Env::new();
    let target = Env::new();
    admin_app(&target);
    let server = Server::start(&target);
    source
        .cmd(&[
            "push",
            "--to",
            &server.base,
            "--client-id",
            "admin",
            "--client-secret-stdin",
        ])
        .stdin("not-the-secret\n")
        .run()
        .fails(2, "gave client 'admin' no Management API token");
    source
        .cmd(&[
            "pull",
            "--from",
            "ftp://example.test",
            "--client-id",
            "admin",
            "--client-secret-stdin",
        ])
        .stdin("x\n")
        .run()
        .fails(2, "'ftp://example.test' is not an http:// or https:// URL");
}

#[test]
fn export_in_logtos_shapes_seeds_back() {
    let env = Env::new();
    env.write("fixture.yaml", FIXTURE);
    env.json(&["seed", "fixture.yaml"]);
    let plain: Value = serde_json::from_str(
        &env.cmd(&["export", "--format", "logto"])
            .run()
            .success()
            .stdout,
    )
    .unwrap();
    let ada = &plain["users"][0];
    assert_eq!(ada["primaryEmail"], "ada@example.com");
    assert_eq!(ada["profile"]["givenName"], "Ada");
    assert!(
        ada.get("passwordDigest").is_none(),
        "secrets only when asked: {ada}"
    );
    assert_eq!(
        plain["organizations"][0]["members"][0]["organizationRoles"][0],
        "editor"
    );
    assert_eq!(
        plain["roles"][0]["scopes"][0]["resource"],
        "https://api.photos.test"
    );

    let full: Value = serde_json::from_str(
        &env.cmd(&["export", "--format", "logto", "--with-secrets"])
            .run()
            .success()
            .stdout,
    )
    .unwrap();
    let ada = &full["users"][0];
    assert_eq!(ada["passwordAlgorithm"], "Argon2id");
    assert!(
        ada["passwordDigest"]
            .as_str()
            .unwrap()
            .starts_with("$argon2id$")
    );

    // Logto's users seed as they are: camelCase, the digest and its algorithm.
    let copy = Env::new();
    with_account_center(&copy);
    let users = serde_json::json!({ "users": full["users"] });
    copy.write("logto-users.yaml", &users.to_string());
    assert_eq!(copy.json(&["seed", "logto-users.yaml"])["created"], 3);
    let server = Server::start(&copy);
    signs_in(&server, "ada@example.com");
    let mut wrong = users.clone();
    wrong["users"][0]["passwordAlgorithm"] = "Bcrypt".into();
    copy.write("wrong.yaml", &wrong.to_string());
    copy.cmd(&["seed", "wrong.yaml"])
        .run()
        .fails(2, "'Bcrypt' does not name the password hash given");
}
