//! Machine-to-machine apps as organization members (Logto's model): m2m organization roles,
//! `org member add ORG APP`, the member list in its `{id, kind, name, email, roles}` shape,
//! fixtures that round-trip, and M2M organization tokens from `client_credentials` with
//! `organization_id`.

use serde_json::json;

use crate::oidc_tokens::{register_api, verify};
use crate::server::{Server, post_form};
use crate::util::{Env, create_user};

/// An organization `Acme` with the scope `read:docs` and `write:docs`, an m2m organization role
/// `bot` (read:docs, and `https://api.test:read`), a user role `viewer`, the M2M app `robot`
/// and the web app `site`. Returns robot's secret.
fn acme_with_robot(env: &Env) -> String {
    register_api(env);
    env.json(&["org", "scope", "create", "read:docs"]);
    env.json(&["org", "scope", "create", "write:docs"]);
    env.json(&[
        "org",
        "role",
        "create",
        "bot",
        "--type",
        "m2m",
        "--scope",
        "read:docs",
        "--permission",
        "https://api.test:read",
    ]);
    env.json(&["org", "role", "create", "viewer", "--scope", "read:docs"]);
    env.json(&["org", "create", "Acme"]);
    env.json(&[
        "app",
        "create",
        "Site",
        "--type",
        "web",
        "--client-id",
        "site",
    ]);
    let robot = env.json(&[
        "app",
        "create",
        "Robot",
        "--type",
        "m2m",
        "--client-id",
        "robot",
    ]);
    robot["client_secret"].as_str().unwrap().to_string()
}

#[test]
fn apps_join_organizations_with_m2m_roles() {
    let env = Env::new();
    acme_with_robot(&env);
    create_user(&env, "ada@example.com");
    let roles = env.json(&["org", "role", "list"]);
    assert_eq!(roles[0]["name"], "bot");
    assert_eq!(roles[0]["type"], "m2m");
    assert_eq!(roles[1]["type"], "user");

    let added = env.json(&["org", "member", "add", "Acme", "robot", "--role", "bot"]);
    assert_eq!(
        added,
        json!([{
            "id": "robot", "kind": "app", "name": "Robot", "email": null, "username": null,
            "roles": ["bot"], "joined_at": added[0]["joined_at"],
        }])
    );
    env.json(&[
        "org",
        "member",
        "add",
        "Acme",
        "ada@example.com",
        "--role",
        "viewer",
    ]);
    let listed = env.json(&["org", "member", "list", "Acme"]);
    let kinds: Vec<(&str, &str)> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["kind"].as_str().unwrap(), m["roles"][0].as_str().unwrap()))
        .collect();
    assert_eq!(kinds.len(), 2);
    assert!(kinds.contains(&("app", "bot")) && kinds.contains(&("user", "viewer")));
    let ada = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["kind"] == "user");
    assert_eq!(ada.unwrap()["email"], "ada@example.com");
    assert_eq!(env.json(&["org", "show", "Acme"])["member_count"], 2);

    // Roles must fit: m2m roles for apps, user roles for users; only M2M apps join.
    env.cmd(&["org", "member", "add", "Acme", "robot", "--role", "viewer"])
        .run()
        .fails(2, "role 'viewer' is a user role");
    env.cmd(&["org", "member", "grant", "Acme", "ada@example.com", "bot"])
        .run()
        .fails(2, "role 'bot' is a m2m role");
    env.cmd(&["org", "member", "add", "Acme", "site"])
        .run()
        .fails(2, "app 'site' is a web app");
    env.cmd(&["org", "member", "add", "Acme", "nobody"])
        .run()
        .fails(3, "no user or app 'nobody' found");
    env.cmd(&[
        "invite",
        "create",
        "--org",
        "Acme",
        "--email",
        "x@example.com",
        "--role",
        "bot",
    ])
    .run()
    .fails(2, "role 'bot' is a m2m role");

    // Grant, revoke and remove work on apps as on users.
    let revoked = env.json(&["org", "member", "revoke", "Acme", "Robot", "bot"]);
    assert_eq!(revoked["roles"], json!([]));
    let granted = env.json(&["org", "member", "grant", "Acme", "robot", "bot"]);
    assert_eq!(granted["roles"], json!(["bot"]));
    env.cmd(&["org", "member", "remove", "Acme", "robot"])
        .run()
        .success();
    env.cmd(&["org", "member", "remove", "Acme", "robot"])
        .run()
        .fails(3, "app 'robot' is not a member of organization 'Acme'");

    // A key naming both a user and an app is not guessed at.
    env.json(&["user", "create", "--username", "robot"]);
    env.cmd(&["org", "member", "add", "Acme", "robot"])
        .run()
        .fails(2, "'robot' names both a user and an app");

    env.cmd(&["user", "delete", "robot", "--yes"])
        .run()
        .success();

    // Deleting the app ends its memberships.
    env.json(&["org", "member", "add", "Acme", "Robot"]);
    env.cmd(&["app", "delete", "robot", "--yes"])
        .run()
        .success();
    assert_eq!(env.json(&["org", "show", "Acme"])["member_count"], 1);
}

#[test]
fn app_members_round_trip_through_fixtures() {
    let env = Env::new();
    env.write(
        "org.yaml",
        r#"
resources:
  - indicator: https://api.test
    name: Test API
    scopes: [{ name: read }]
organization_scopes: [{ name: "read:docs" }]
organization_roles:
  - { name: bot, type: m2m, scopes: ["read:docs"], permissions: ["https://api.test:read"] }
  - { name: viewer, scopes: ["read:docs"] }
apps:
  - { client_id: robot, name: Robot, type: m2m, client_secret: robot-secret-0123456789 }
organizations:
  - name: Acme
    members:
      - { app: robot, roles: [bot] }
"#,
    );
    let seeded = env.json(&["seed", env.path("org.yaml").to_str().unwrap()]);
    assert_eq!(seeded["created"], 6);
    let again = env.json(&["seed", env.path("org.yaml").to_str().unwrap()]);
    assert_eq!(again["created"], 0);
    assert_eq!(again["updated"], 0);

    let exported = env.cmd(&["export"]).run().success().stdout;
    let doc = env.json(&["export", "-o", "json"]);
    assert_eq!(doc["organization_roles"][0]["type"], "m2m");
    assert!(doc["organization_roles"][1].get("type").is_none());
    assert_eq!(doc["organizations"][0]["members"][0]["app"], "robot");
    assert_eq!(
        doc["organizations"][0]["members"][0]["roles"],
        json!(["bot"])
    );

    let copy = Env::new();
    copy.write("export.yaml", &exported);
    copy.json(&["seed", copy.path("export.yaml").to_str().unwrap()]);
    assert_eq!(
        copy.json(&["org", "member", "list", "Acme"]),
        env.json(&["org", "member", "list", "Acme"])
    );

    // Bad records name their place and write nothing.
    env.write(
        "both.yaml",
        "organizations:\n  - name: Acme\n    members:\n      - { app: robot, user: ada }\n",
    );
    env.cmd(&["seed", env.path("both.yaml").to_str().unwrap()])
        .run()
        .fails(
            2,
            "both.yaml: organizations[0].members[0]: name either a user or an app",
        );
    env.write(
        "misfit.yaml",
        "organizations:\n  - name: Acme\n    members:\n      - { app: robot, roles: [viewer] }\n",
    );
    env.cmd(&["seed", env.path("misfit.yaml").to_str().unwrap()])
        .run()
        .fails(
            2,
            "organizations[0].members[0].roles: role 'viewer' is a user role",
        );
    env.write(
        "retype.yaml",
        "organization_roles:\n  - { name: viewer, type: m2m }\n",
    );
    env.cmd(&["seed", env.path("retype.yaml").to_str().unwrap()])
        .run()
        .fails(
            2,
            "organization_roles[0].type: role 'viewer' is a user role",
        );
}

#[test]
fn m2m_organization_tokens_carry_the_app_members_roles() {
    let env = Env::new();
    let secret = acme_with_robot(&env);
    let org_id = env.json(&["org", "show", "Acme"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    env.json(&["org", "create", "Other"]);
    let other_id = env.json(&["org", "show", "Other"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    env.json(&["org", "member", "add", "Acme", "robot", "--role", "bot"]);
    let server = Server::start(&env);
    let token_url = format!("{}/token", server.issuer);
    let ask = |pairs: &[(&str, &str)]| {
        let mut form = vec![("grant_type", "client_credentials")];
        form.extend_from_slice(pairs);
        post_form(&token_url, Some(("robot", &secret)), &form)
    };

    // The organization's audience, with the requested scopes the app's organization roles carry.
    let org_token = ask(&[
        ("organization_id", &org_id),
        ("scope", "read:docs write:docs"),
    ]);
    assert_eq!(org_token.status, 200, "{org_token:#?}");
    assert_eq!(org_token.json()["scope"], "read:docs");
    let claims = verify(&server, org_token.json()["access_token"].as_str().unwrap());
    assert_eq!(claims["aud"], format!("urn:logto:organization:{org_id}"));
    assert_eq!(claims["sub"], "robot");
    assert_eq!(claims["client_id"], "robot");
    assert_eq!(claims["organization_id"], org_id.as_str());
    assert_eq!(claims["scope"], "read:docs");

    // With a resource: the API permissions the organization roles hold.
    let api = ask(&[
        ("organization_id", &org_id),
        ("resource", "https://api.test"),
        ("scope", "read write"),
    ]);
    let claims = verify(&server, api.json()["access_token"].as_str().unwrap());
    assert_eq!(claims["aud"], "https://api.test");
    assert_eq!(claims["organization_id"], org_id.as_str());
    assert_eq!(claims["scope"], "read");

    // Scopes not asked for are not added (as in Logto), here or for a plain API token.
    let unasked = ask(&[("organization_id", &org_id)]);
    assert_eq!(unasked.json()["scope"], "");
    let plain = ask(&[("resource", "https://api.test")]);
    assert_eq!(plain.status, 200);
    assert_eq!(plain.json()["scope"], "");

    // Not a member: 403 access_denied, with Logto's code.
    let refused = ask(&[("organization_id", &other_id), ("scope", "read:docs")]);
    assert_eq!(refused.status, 403);
    assert_eq!(refused.json()["error"], "access_denied");
    assert_eq!(refused.json()["code"], "oidc.access_denied");
    let unknown = ask(&[
        ("organization_id", &org_id),
        ("resource", "https://nobody.test"),
    ]);
    assert_eq!(unknown.json()["error"], "invalid_target");

    // Membership changes take effect without a restart.
    env.json(&["org", "member", "revoke", "Acme", "robot", "bot"]);
    let after = ask(&[("organization_id", &org_id), ("scope", "read:docs")]);
    assert_eq!(after.status, 200);
    assert_eq!(after.json()["scope"], "");
}
