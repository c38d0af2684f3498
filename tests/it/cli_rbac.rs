//! API resources and roles from the CLI: create, list, show, update and delete, permissions
//! named by indicator or name, assignments to users and M2M apps, and the refusals.

use serde_json::json;

use crate::util::{Env, audit_events, create_user};

fn orders_api(env: &Env) {
    env.json(&[
        "resource",
        "create",
        "Orders API",
        "--indicator",
        "https://api.test/orders",
        "--scope",
        "read:orders: Read orders",
        "--scope",
        "write:orders",
        "--access-token-ttl",
        "15m",
    ]);
}

#[test]
fn resources_are_created_updated_and_deleted() {
    let env = Env::new();
    orders_api(&env);
    let shown = env.json(&["resource", "show", "Orders API"]);
    assert_eq!(shown["indicator"], "https://api.test/orders");
    assert_eq!(shown["access_token_ttl"], 900);
    assert_eq!(
        shown["scopes"],
        json!([{"name": "read:orders", "description": "Read orders"}, {"name": "write:orders"}])
    );
    let updated = env.json(&[
        "resource",
        "update",
        "https://api.test/orders",
        "--name",
        "Orders",
        "--add-scope",
        "delete:orders",
        "--remove-scope",
        "write:orders",
    ]);
    assert_eq!(updated["name"], "Orders");
    let names: Vec<&str> = updated["scopes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["delete:orders", "read:orders"]);
    env.cmd(&[
        "resource",
        "create",
        "Again",
        "--indicator",
        "https://api.test/orders",
    ])
    .run()
    .fails(4, "exists already");
    env.cmd(&["resource", "create", "Bad", "--indicator", "not a uri"])
        .run()
        .fails(2, "invalid resource indicator 'not a uri'");
    env.cmd(&[
        "resource",
        "create",
        "Orgs",
        "--indicator",
        "urn:logto:resource:organizations",
    ])
    .run()
    .fails(2, "built in");
    env.cmd(&["resource", "show", "nothing"])
        .run()
        .fails(3, "API resource 'nothing' not found");
    env.json(&["resource", "delete", "Orders", "--yes"]);
    assert_eq!(env.json(&["resource", "list"]), json!([]));
    assert!(audit_events(&env, &[]).contains(&"resource.deleted".to_string()));
}

#[test]
fn roles_hold_permissions_and_are_assigned_by_type() {
    let env = Env::new();
    orders_api(&env);
    create_user(&env, "ada@example.com");
    env.json(&[
        "app",
        "create",
        "robot",
        "--type",
        "m2m",
        "--client-id",
        "robot",
    ]);
    env.json(&[
        "app",
        "create",
        "web",
        "--type",
        "web",
        "--client-id",
        "web",
    ]);
    let reader = env.json(&[
        "role",
        "create",
        "reader",
        "--type",
        "user",
        "--permission",
        "https://api.test/orders:read:orders",
    ]);
    assert_eq!(reader["type"], "user");
    assert_eq!(
        reader["permissions"],
        json!(["https://api.test/orders:read:orders"])
    );
    // A resource by name works as well as by indicator.
    env.json(&[
        "role",
        "create",
        "bot",
        "--type",
        "m2m",
        "--permission",
        "Orders API:write:orders",
    ]);
    let held = env.json(&["user", "role", "add", "ada@example.com", "reader"]);
    assert_eq!(held[0]["name"], "reader");
    assert_eq!(
        env.json(&["app", "role", "add", "robot", "bot"])[0]["name"],
        "bot"
    );
    env.cmd(&["app", "role", "add", "robot", "reader"])
        .run()
        .fails(2, "role 'reader' is a user role");
    env.cmd(&["user", "role", "add", "ada@example.com", "bot"])
        .run()
        .fails(2, "role 'bot' is a m2m role");
    env.cmd(&["app", "role", "add", "web", "bot"])
        .run()
        .fails(2, "are for machine-to-machine apps");
    env.cmd(&[
        "role",
        "create",
        "x",
        "--type",
        "user",
        "--permission",
        "https://nope.test:read",
    ])
    .run()
    .fails(3, "names no registered API resource");
    env.cmd(&[
        "role",
        "create",
        "y",
        "--type",
        "user",
        "--permission",
        "https://api.test/orders:fly",
    ])
    .run()
    .fails(3, "has no scope 'fly'");
    let updated = env.json(&[
        "role",
        "update",
        "reader",
        "--add-permission",
        "Orders API:write:orders",
        "--remove-permission",
        "Orders API:read:orders",
    ]);
    assert_eq!(
        updated["permissions"],
        json!(["https://api.test/orders:write:orders"])
    );
    env.json(&["user", "role", "remove", "ada@example.com", "reader"]);
    assert_eq!(
        env.json(&["user", "role", "list", "ada@example.com"]),
        json!([])
    );
    env.cmd(&["user", "role", "remove", "ada@example.com", "reader"])
        .run()
        .fails(3, "does not hold role 'reader'");
    env.json(&["role", "delete", "bot", "--yes"]);
    assert_eq!(env.json(&["app", "role", "list", "robot"]), json!([]));
}

#[test]
fn resources_roles_and_assignments_seed_idempotently_and_round_trip() {
    let env = Env::new();
    env.write(
        "rbac.yaml",
        "resources:
  - indicator: https://api.test/orders
    name: Orders API
    access_token_ttl: 900
    scopes:
      - { name: 'read:orders', description: Read orders }
      - { name: 'write:orders' }
roles:
  - name: reader
    type: user
    permissions: ['https://api.test/orders:read:orders']
  - name: bot
    type: m2m
    permissions: ['Orders API:write:orders']
organization_roles:
  - name: editor
    permissions: ['https://api.test/orders:write:orders']
users:
  - email: ada@example.com
    roles: [reader]
apps:
  - client_id: robot
    name: Robot
    type: m2m
    roles: [bot]
",
    );
    assert_eq!(
        env.json(&["seed", "rbac.yaml"]),
        json!({"created": 6, "updated": 0, "unchanged": 0})
    );
    assert_eq!(
        env.json(&["seed", "rbac.yaml"]),
        json!({"created": 0, "updated": 0, "unchanged": 6})
    );
    assert_eq!(
        env.json(&["user", "role", "list", "ada@example.com"])[0]["name"],
        "reader"
    );
    assert_eq!(
        env.json(&["app", "role", "list", "robot"])[0]["name"],
        "bot"
    );
    let editor = &env.json(&["org", "role", "list"])[0];
    assert_eq!(
        editor["permissions"],
        json!(["https://api.test/orders:write:orders"])
    );

    // The export seeds an empty database into the same state.
    let exported = env.cmd(&["export"]).run().success().stdout;
    let copy = Env::new();
    copy.write("copy.yaml", &exported);
    copy.json(&["seed", "copy.yaml"]);
    for args in [
        vec!["resource", "list"],
        vec!["role", "list"],
        vec!["user", "role", "list", "ada@example.com"],
        vec!["app", "role", "list", "robot"],
        vec!["org", "role", "list"],
    ] {
        assert_eq!(env.json(&args), copy.json(&args), "{args:?}");
    }

    // A record naming the wrong kind of role, or an unknown permission, stops the file.
    env.write(
        "bad.yaml",
        "users:\n  - email: bob@example.com\n    roles: [bot]\n",
    );
    env.cmd(&["seed", "bad.yaml"])
        .run()
        .fails(2, "bad.yaml: users[0].roles: role 'bot' is a m2m role");
    env.write(
        "bad.yaml",
        "roles:\n  - name: r2\n    type: user\n    permissions: ['https://api.test/orders:fly']\n",
    );
    env.cmd(&["seed", "bad.yaml"]).run().fails(
        3,
        "roles[0].permissions: API resource 'https://api.test/orders' has no scope 'fly'",
    );
}
