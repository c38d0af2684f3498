//! `doorman org ...`: the role and scope template, organizations and memberships.

use serde_json::{Value, json};

use crate::util::{Env, audit_events, create_user};

fn names(list: &Value, key: &str) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|v| v[key].as_str().unwrap().to_string())
        .collect()
}

/// Scopes read/write, roles admin (both) and viewer (read), and the organization Acme.
fn template(env: &Env) {
    env.json(&[
        "org",
        "scope",
        "create",
        "read:docs",
        "--description",
        "Read documents",
    ]);
    env.json(&["org", "scope", "create", "write:docs"]);
    env.json(&[
        "org",
        "role",
        "create",
        "admin",
        "--scope",
        "read:docs",
        "--scope",
        "write:docs",
    ]);
    env.json(&["org", "role", "create", "viewer", "--scope", "read:docs"]);
    env.json(&["org", "create", "Acme", "--description", "Acme Inc"]);
}

#[test]
fn scopes_and_roles_form_the_template() {
    let env = Env::new();
    template(&env);
    assert_eq!(
        names(&env.json(&["org", "scope", "list"]), "name"),
        ["read:docs", "write:docs"]
    );
    let roles = env.json(&["org", "role", "list"]);
    assert_eq!(roles[0]["name"], "admin");
    assert_eq!(roles[0]["scopes"], json!(["read:docs", "write:docs"]));
    env.cmd(&["org", "scope", "create", "read:docs"])
        .run()
        .fails(4, "'read:docs' already exists");
    env.cmd(&["org", "role", "create", "admin"])
        .run()
        .fails(4, "'admin' already exists");
    env.cmd(&["org", "role", "create", "editor", "--scope", "nope"])
        .run()
        .fails(3, "scope 'nope' not found");
    env.cmd(&["org", "scope", "create", "has space"])
        .run()
        .fails(2, "without spaces");
    assert_eq!(
        env.json(&["org", "role", "list"]).as_array().unwrap().len(),
        2
    );
}

#[test]
fn deleting_a_scope_or_role_in_use_confirms_and_removes_it_everywhere() {
    let env = Env::new();
    template(&env);
    create_user(&env, "a@example.com");
    env.json(&[
        "org",
        "member",
        "add",
        "Acme",
        "a@example.com",
        "--role",
        "viewer",
    ]);
    env.json(&[
        "invite",
        "create",
        "--org",
        "Acme",
        "--email",
        "b@example.com",
        "--role",
        "viewer",
    ]);
    env.cmd(&["org", "scope", "delete", "read:docs"])
        .run()
        .fails(2, "held by 2 roles");
    env.json(&["org", "scope", "delete", "read:docs", "--yes"]);
    assert_eq!(
        env.json(&["org", "role", "list"])[0]["scopes"],
        json!(["write:docs"])
    );
    env.cmd(&["org", "role", "delete", "viewer"])
        .run()
        .fails(2, "granted 2 times");
    env.json(&["org", "role", "delete", "viewer", "-y"]);
    assert_eq!(
        env.json(&["org", "member", "list", "Acme"])[0]["roles"],
        json!([])
    );
    assert_eq!(env.json(&["invite", "list"])[0]["roles"], json!([]));
    // Unused ones go without a question.
    env.json(&["org", "scope", "create", "spare"]);
    env.json(&["org", "scope", "delete", "spare"]);
    env.cmd(&["org", "scope", "delete", "spare"])
        .run()
        .fails(3, "'spare' not found");
}

#[test]
fn organizations_have_unique_names_and_show_their_state() {
    let env = Env::new();
    template(&env);
    env.cmd(&["org", "create", "ACME"])
        .run()
        .fails(4, "'ACME' is already used");
    env.json(&["org", "create", "Beta"]);
    assert_eq!(names(&env.json(&["org", "list"]), "name"), ["Acme", "Beta"]);
    env.cmd(&["org", "update", "Beta", "--name", "acme"])
        .run()
        .fails(4, "already used");
    let renamed = env.json(&[
        "org",
        "update",
        "Beta",
        "--name",
        "Gamma",
        "--description",
        "third",
    ]);
    assert_eq!(
        (renamed["name"].as_str(), renamed["description"].as_str()),
        (Some("Gamma"), Some("third"))
    );
    create_user(&env, "a@example.com");
    create_user(&env, "b@example.com");
    env.json(&[
        "org",
        "member",
        "add",
        "Acme",
        "a@example.com",
        "b@example.com",
        "--role",
        "viewer",
    ]);
    env.json(&["org", "member", "grant", "acme", "a@example.com", "admin"]);
    env.json(&[
        "invite",
        "create",
        "--org",
        "Acme",
        "--email",
        "c@example.com",
    ]);
    let shown = env.json(&["org", "show", "acme"]);
    assert_eq!(shown["name"], "Acme");
    assert_eq!(shown["member_count"], 2);
    assert_eq!(shown["roles_in_use"], json!(["admin", "viewer"]));
    assert_eq!(shown["pending_invitations"], 1);
    env.cmd(&["org", "show", "Nope"])
        .run()
        .fails(3, "organization 'Nope' not found");
}

#[test]
fn deleting_an_organization_confirms_and_cascades() {
    let env = Env::new();
    template(&env);
    let user = create_user(&env, "a@example.com");
    env.json(&[
        "org",
        "member",
        "add",
        "Acme",
        "a@example.com",
        "--role",
        "admin",
    ]);
    env.json(&[
        "invite",
        "create",
        "--org",
        "Acme",
        "--email",
        "b@example.com",
    ]);
    env.cmd(&["org", "delete", "Acme"])
        .run()
        .fails(2, "with 1 members");
    env.json(&["org", "delete", "Acme", "--yes"]);
    assert_eq!(env.json(&["org", "list"]), json!([]));
    assert_eq!(env.json(&["invite", "list"]), json!([]));
    assert_eq!(
        env.json(&["user", "show", user["id"].as_str().unwrap()])["organizations"],
        json!([])
    );
}

#[test]
fn members_roles_and_the_user_side() {
    let env = Env::new();
    template(&env);
    for i in 0..5 {
        create_user(&env, &format!("m{i}@example.com"));
    }
    let added = env.json(&[
        "org",
        "member",
        "add",
        "Acme",
        "m0@example.com",
        "m1@example.com",
        "m2@example.com",
        "--role",
        "viewer",
    ]);
    assert_eq!(added.as_array().unwrap().len(), 3);
    env.json(&["org", "member", "add", "Acme", "m3@example.com"]);
    let page = env.json(&[
        "org", "member", "list", "Acme", "--limit", "2", "--offset", "1",
    ]);
    assert_eq!(names(&page, "email"), ["m1@example.com", "m2@example.com"]);
    let granted = env.json(&["org", "member", "grant", "Acme", "m0@example.com", "admin"]);
    assert_eq!(granted["roles"], json!(["admin", "viewer"]));
    let revoked = env.json(&[
        "org",
        "member",
        "revoke",
        "Acme",
        "m0@example.com",
        "viewer",
    ]);
    assert_eq!(revoked["roles"], json!(["admin"]));
    env.cmd(&["org", "member", "grant", "Acme", "m4@example.com", "admin"])
        .run()
        .fails(3, "'m4@example.com' is not a member of organization 'Acme'");
    env.cmd(&["org", "member", "grant", "Acme", "m0@example.com", "owner"])
        .run()
        .fails(3, "role 'owner' not found");
    env.cmd(&[
        "org",
        "member",
        "add",
        "Acme",
        "m4@example.com",
        "ghost@example.com",
    ])
    .run()
    .fails(3, "'ghost@example.com'");
    assert_eq!(
        env.json(&["org", "show", "Acme"])["member_count"],
        4,
        "the failed add wrote nothing"
    );
    let members = env.json(&["user", "list", "--org", "acme"]);
    assert_eq!(
        names(&members, "email"),
        [
            "m0@example.com",
            "m1@example.com",
            "m2@example.com",
            "m3@example.com"
        ]
    );
    env.cmd(&["user", "list", "--org", "Nope"])
        .run()
        .fails(3, "'Nope'");
    let shown = env.json(&["user", "show", "m0@example.com"]);
    assert_eq!(
        shown["organizations"],
        json!([{"id": shown["organizations"][0]["id"], "name": "Acme", "roles": ["admin"]}])
    );
    env.cmd(&["org", "member", "remove", "Acme", "m1@example.com"])
        .run()
        .success();
    env.cmd(&["org", "member", "remove", "Acme", "m1@example.com"])
        .run()
        .fails(3, "not a member");
    env.json(&["user", "delete", "m2@example.com", "--yes"]);
    assert_eq!(
        names(&env.json(&["org", "member", "list", "Acme"]), "email"),
        ["m0@example.com", "m3@example.com"]
    );
    let events = audit_events(&env, &["--user", "m0@example.com"]);
    assert_eq!(
        events[..3],
        ["org.role_revoked", "org.role_granted", "org.member_added"]
    );
}
