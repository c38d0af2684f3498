//! The Management API's API resources, their scopes and roles by id, over HTTP with a
//! machine-to-machine app's token: a resource made with a scope, a role made with `scopeIds`
//! and listed with each scope's resource, users assigned and listed; and users moved with their
//! password digests (`passwordDigest` in, `includePasswordHash=true` out), as Logto moves them.

use serde_json::json;

use crate::management_users::{admin_token, call, code_of};
use crate::server::{Browser, PASSWORD};
use crate::util::{Env, create_user, id_named};

#[test]
fn resources_scopes_and_roles_are_managed_by_id() {
    let env = Env::new();
    let ada = create_user(&env, "ada@example.com");
    let ada_id = ada["id"].as_str().unwrap();
    let (server, token) = admin_token(&env);
    let made = call(
        &server,
        "POST",
        "/api/resources",
        &token,
        Some(
            json!({ "name": "Photos", "indicator": "https://photos.test", "accessTokenTtl": 600 }),
        ),
    );
    assert_eq!(made.status, 201, "{made:?}");
    let resource = made.json()["id"].as_str().unwrap().to_string();
    let again = call(
        &server,
        "POST",
        "/api/resources",
        &token,
        Some(json!({ "name": "Photos", "indicator": "https://photos.test" })),
    );
    assert_eq!(
        (again.status, code_of(&again)),
        (422, "resource.resource_indicator_already_exists".into())
    );
    let scopes = format!("/api/resources/{resource}/scopes");
    let scope = call(
        &server,
        "POST",
        &scopes,
        &token,
        Some(json!({ "name": "read:photos", "description": "See photos" })),
    );
    assert_eq!(scope.status, 201, "{scope:?}");
    assert_eq!(scope.json()["description"], "See photos");
    let scope_id = scope.json()["id"].as_str().unwrap().to_string();
    let listed = call(&server, "GET", &scopes, &token, None).json();
    assert_eq!(listed[0]["id"], scope_id.as_str());

    let role = call(
        &server,
        "POST",
        "/api/roles",
        &token,
        Some(json!({ "name": "viewer", "description": "Sees", "scopeIds": [scope_id] })),
    );
    assert_eq!(role.status, 201, "{role:?}");
    let role_id = role.json()["id"].as_str().unwrap().to_string();
    let granted = call(
        &server,
        "GET",
        &format!("/api/roles/{role_id}/scopes"),
        &token,
        None,
    );
    assert_eq!(granted.json()[0]["name"], "read:photos");
    assert_eq!(
        granted.json()[0]["resource"]["indicator"],
        "https://photos.test"
    );
    let unknown = call(
        &server,
        "POST",
        "/api/roles",
        &token,
        Some(json!({ "name": "ghost", "scopeIds": ["nope"] })),
    );
    assert_eq!(unknown.status, 404, "{unknown:?}");

    let users = format!("/api/roles/{role_id}/users");
    let assigned = call(
        &server,
        "POST",
        &users,
        &token,
        Some(json!({ "userIds": [ada_id] })),
    );
    assert_eq!(assigned.status, 201, "{assigned:?}");
    let holders = call(&server, "GET", &users, &token, None).json();
    assert_eq!(holders[0]["primaryEmail"], "ada@example.com");
    let roles = env.json(&["user", "role", "list", "ada@example.com"]);
    assert_eq!(roles[0]["name"], "viewer");
    let taken = call(
        &server,
        "DELETE",
        &format!("{users}/{ada_id}"),
        &token,
        None,
    );
    assert_eq!(taken.status, 204);
    let revoked = call(
        &server,
        "DELETE",
        &format!("/api/roles/{role_id}/scopes/{scope_id}"),
        &token,
        None,
    );
    assert_eq!(revoked.status, 204);
    let removed = call(
        &server,
        "DELETE",
        &format!("{scopes}/{scope_id}"),
        &token,
        None,
    );
    assert_eq!(removed.status, 204);
    let gone = call(
        &server,
        "DELETE",
        &format!("/api/resources/{resource}"),
        &token,
        None,
    );
    assert_eq!(gone.status, 204);
    assert_eq!(call(&server, "GET", &scopes, &token, None).status, 404);
}

#[test]
fn users_move_with_their_password_digests() {
    let env = Env::new();
    create_user(&env, "ada@example.com");
    env.json(&["settings", "set", "account_center", "{enabled: true}"]);
    let (server, token) = admin_token(&env);
    let listed = call(&server, "GET", "/api/users", &token, None).json();
    assert!(
        listed[0].get("passwordDigest").is_none(),
        "only when asked: {listed}"
    );
    let with = call(
        &server,
        "GET",
        "/api/users?includePasswordHash=true",
        &token,
        None,
    )
    .json();
    let digest = with[0]["passwordDigest"].as_str().unwrap().to_string();
    assert_eq!(with[0]["passwordAlgorithm"], "Argon2id");

    let moved = call(
        &server,
        "POST",
        "/api/users",
        &token,
        Some(json!({
            "primaryEmail": "ada@elsewhere.test",
            "passwordDigest": digest,
            "passwordAlgorithm": "Argon2id",
        })),
    );
    assert_eq!(moved.status, 200, "{moved:?}");
    let mut browser = Browser::new(&server);
    let signed = browser.sign_in("/account", "ada@elsewhere.test", PASSWORD);
    assert_eq!(
        signed.location(),
        "/account",
        "the old password works: {signed:#?}"
    );

    let mislabelled = call(
        &server,
        "POST",
        "/api/users",
        &token,
        Some(json!({
            "primaryEmail": "ada@third.test",
            "passwordDigest": digest,
            "passwordAlgorithm": "SHA256",
        })),
    );
    assert_eq!(
        (mislabelled.status, code_of(&mislabelled)),
        (400, "guard.invalid_input".into())
    );
}

#[test]
fn a_machine_role_is_given_to_apps_by_id() {
    let env = Env::new();
    env.json(&[
        "resource",
        "create",
        "Jobs",
        "--indicator",
        "https://jobs.test",
        "--scope",
        "run",
    ]);
    env.json(&[
        "role",
        "create",
        "runner",
        "--type",
        "m2m",
        "--permission",
        "https://jobs.test:run",
    ]);
    env.json(&[
        "app",
        "create",
        "Worker",
        "--type",
        "m2m",
        "--client-id",
        "worker",
    ]);
    let (server, token) = admin_token(&env);
    let roles = call(
        &server,
        "GET",
        "/api/roles?type=MachineToMachine",
        &token,
        None,
    )
    .json();
    let role = id_named(&roles, "runner");
    let apps = format!("/api/roles/{role}/applications");
    let given = call(
        &server,
        "POST",
        &apps,
        &token,
        Some(json!({ "applicationIds": ["worker"] })),
    );
    assert_eq!(given.status, 201, "{given:?}");
    assert_eq!(
        call(&server, "GET", &apps, &token, None).json()[0]["id"],
        "worker"
    );
    assert_eq!(
        env.json(&["app", "role", "list", "worker"])[0]["name"],
        "runner"
    );
    let taken = call(&server, "DELETE", &format!("{apps}/worker"), &token, None);
    assert_eq!(taken.status, 204);
    assert_eq!(call(&server, "GET", &apps, &token, None).json(), json!([]));
}
