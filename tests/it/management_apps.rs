//! The Management API's applications and an organization's machine-to-machine apps over HTTP
//! with a machine-to-machine app's token: create in Logto's types (the secret in that answer
//! only, and it works at the token endpoint), update, a new secret that replaces the old, an
//! app joining an organization with an organization role, and deletion.

use serde_json::json;

use crate::management_users::{admin_token, call, code_of};
use crate::server::{Server, post_form};
use crate::util::{Env, id_named};

fn client_credentials(server: &Server, id: &str, secret: &str) -> u16 {
    post_form(
        &format!("{}/token", server.issuer),
        Some((id, secret)),
        &[("grant_type", "client_credentials")],
    )
    .status
}

#[test]
fn apps_are_made_in_logtos_types_and_their_secret_is_shown_once() {
    let env = Env::new();
    let (server, token) = admin_token(&env);
    let web = call(
        &server,
        "POST",
        "/api/applications",
        &token,
        Some(json!({
            "name": "Shop",
            "type": "Traditional",
            "oidcClientMetadata": {
                "redirectUris": ["https://shop.test/callback"],
                "postLogoutRedirectUris": ["https://shop.test/"],
            },
        })),
    );
    assert_eq!(web.status, 200, "{web:?}");
    let web = web.json();
    assert_eq!(web["type"], "Traditional");
    assert_eq!(
        web["oidcClientMetadata"]["redirectUris"][0],
        "https://shop.test/callback"
    );
    assert!(web["secret"].as_str().is_some_and(|s| !s.is_empty()));
    let id = web["id"].as_str().unwrap();
    let shown = call(
        &server,
        "GET",
        &format!("/api/applications/{id}"),
        &token,
        None,
    )
    .json();
    assert!(shown.get("secret").is_none(), "never again: {shown}");
    let renamed = call(
        &server,
        "PATCH",
        &format!("/api/applications/{id}"),
        &token,
        Some(
            json!({ "name": "Shop 2", "oidcClientMetadata": { "redirectUris": ["https://shop.test/cb"] } }),
        ),
    );
    assert_eq!(renamed.json()["name"], "Shop 2", "{renamed:?}");
    assert_eq!(
        env.json(&["app", "show", id])["redirect_uris"][0],
        "https://shop.test/cb"
    );
    let protected = call(
        &server,
        "POST",
        "/api/applications",
        &token,
        Some(json!({ "name": "Gate", "type": "Protected" })),
    );
    assert_eq!(
        (protected.status, code_of(&protected)),
        (400, "guard.invalid_input".into())
    );
    let listed = call(
        &server,
        "GET",
        "/api/applications?types=Traditional",
        &token,
        None,
    )
    .json();
    assert_eq!(listed.as_array().unwrap().len(), 1, "{listed}");

    let m2m = call(
        &server,
        "POST",
        "/api/applications",
        &token,
        Some(json!({ "name": "Worker", "type": "MachineToMachine" })),
    )
    .json();
    let worker = m2m["id"].as_str().unwrap();
    let first = m2m["secret"].as_str().unwrap();
    assert_eq!(client_credentials(&server, worker, first), 200);
    let rotated = call(
        &server,
        "POST",
        &format!("/api/applications/{worker}/secrets"),
        &token,
        Some(json!({ "name": "next" })),
    );
    assert_eq!(rotated.status, 201, "{rotated:?}");
    let second = rotated.json()["value"].as_str().unwrap().to_string();
    assert_eq!(
        client_credentials(&server, worker, first),
        401,
        "the old secret is gone"
    );
    assert_eq!(client_credentials(&server, worker, &second), 200);

    let deleted = call(
        &server,
        "DELETE",
        &format!("/api/applications/{worker}"),
        &token,
        None,
    );
    assert_eq!(deleted.status, 204);
    let gone = call(
        &server,
        "GET",
        &format!("/api/applications/{worker}"),
        &token,
        None,
    );
    assert_eq!(gone.status, 404);
}

#[test]
fn a_machine_app_joins_an_organization_with_a_role() {
    let env = Env::new();
    env.json(&["org", "create", "Acme"]);
    env.json(&["org", "role", "create", "robot", "--type", "m2m"]);
    let worker = env.json(&[
        "app",
        "create",
        "Worker",
        "--type",
        "m2m",
        "--client-id",
        "worker",
    ]);
    assert_eq!(worker["client_id"], "worker");
    let (server, token) = admin_token(&env);
    let org = env.json(&["org", "show", "Acme"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    let role = id_named(&env.json(&["org", "role", "list"]), "robot");
    let apps = format!("/api/organizations/{org}/applications");
    let added = call(
        &server,
        "POST",
        &apps,
        &token,
        Some(json!({ "applicationIds": ["worker"] })),
    );
    assert_eq!(added.status, 201, "{added:?}");
    let given = call(
        &server,
        "POST",
        &format!("{apps}/worker/roles"),
        &token,
        Some(json!({ "organizationRoleIds": [role] })),
    );
    assert_eq!(given.status, 201, "{given:?}");
    let listed = call(&server, "GET", &apps, &token, None).json();
    assert_eq!(listed[0]["id"], "worker");
    assert_eq!(listed[0]["organizationRoles"][0]["name"], "robot");
    let taken = call(
        &server,
        "DELETE",
        &format!("{apps}/worker/roles/{role}"),
        &token,
        None,
    );
    assert_eq!(taken.status, 204);
    let removed = call(&server, "DELETE", &format!("{apps}/worker"), &token, None);
    assert_eq!(removed.status, 204);
    let again = call(&server, "DELETE", &format!("{apps}/worker"), &token, None);
    assert_eq!(
        (again.status, code_of(&again)),
        (422, "organization.require_membership".into())
    );
}
