//! `doorman invite ...`: Logto's invitation rules, expiry by an injected clock, the outbox email,
//! and acceptance through the library operation the server will use.

use serde_json::json;

use crate::util::{Env, create_user};

fn setup(env: &Env) {
    env.json(&["org", "scope", "create", "read:docs"]);
    env.json(&["org", "role", "create", "viewer", "--scope", "read:docs"]);
    env.json(&["org", "role", "create", "admin"]);
    env.json(&["org", "create", "Acme"]);
    env.json(&[
        "user",
        "create",
        "--email",
        "boss@example.com",
        "--name",
        "The Boss",
    ]);
}

const T0: &str = "2030-01-01T00:00:00Z";

#[test]
fn create_prints_an_unguessable_link_and_sends_an_email() {
    let env = Env::new();
    setup(&env);
    env.json(&["init", "--issuer", "https://id.example.com/oidc"]);
    let inv = env
        .cmd(&[
            "invite",
            "create",
            "--org",
            "Acme",
            "--email",
            "new@example.com",
            "--role",
            "viewer",
            "--role",
            "admin",
            "--inviter",
            "boss@example.com",
            "--expires-in",
            "2d",
        ])
        .env("DOORMAN_NOW", T0)
        .run()
        .success()
        .json();
    let id = inv["id"].as_str().unwrap();
    assert!(
        id.len() >= 25 && id.bytes().all(|b| b.is_ascii_alphanumeric()),
        "{id}"
    );
    assert_eq!(
        inv["link"],
        format!("https://id.example.com/invitation/{id}")
    );
    assert_eq!(inv["status"], "pending");
    assert_eq!(inv["roles"], json!(["admin", "viewer"]));
    assert_eq!(inv["expires_at"], "2030-01-03T00:00:00Z");
    let keys: Vec<&String> = inv.as_object().unwrap().keys().collect();
    for key in [
        "id",
        "organization_id",
        "email",
        "roles",
        "status",
        "expires_at",
        "link",
    ] {
        assert!(keys.iter().any(|k| *k == key), "{key} in {keys:?}");
    }
    let mail = env.json(&["outbox", "--to", "new@example.com", "--last"]);
    assert_eq!(mail["subject"], "You're invited to join Acme on doorman");
    let body = mail["body"].as_str().unwrap();
    for part in [
        "The Boss invited you to join Acme",
        "admin, viewer",
        &format!("https://id.example.com/invitation/{id}"),
        "2030-01-03T00:00:00Z",
    ] {
        assert!(body.contains(part), "{part} in {body}");
    }
    assert_eq!(
        env.json(&["invite", "show", id])["email"],
        "new@example.com"
    );
    env.cmd(&["invite", "show", "nope"])
        .run()
        .fails(3, "invitation 'nope' not found");
}

#[test]
fn invitation_rules_and_exit_codes() {
    let env = Env::new();
    setup(&env);
    create_user(&env, "member@example.com");
    env.json(&["org", "member", "add", "Acme", "member@example.com"]);
    env.cmd(&[
        "invite",
        "create",
        "--org",
        "Acme",
        "--email",
        "MEMBER@example.com",
    ])
    .run()
    .fails(4, "already a member");
    env.cmd(&[
        "invite",
        "create",
        "--org",
        "Acme",
        "--email",
        "x@example.com",
        "--role",
        "owner",
    ])
    .run()
    .fails(3, "role 'owner' not found");
    env.cmd(&[
        "invite",
        "create",
        "--org",
        "Nope",
        "--email",
        "x@example.com",
    ])
    .run()
    .fails(3, "organization 'Nope'");
    env.cmd(&["invite", "create", "--org", "Acme", "--email", "x@"])
        .run()
        .fails(2, "invalid email 'x@'");
    env.cmd(&[
        "invite",
        "create",
        "--org",
        "Acme",
        "--email",
        "x@example.com",
        "--expires-in",
        "soon",
    ])
    .run()
    .fails(2, "invalid duration 'soon'");
    let first = env.json(&[
        "invite",
        "create",
        "--org",
        "Acme",
        "--email",
        "x@example.com",
    ]);
    env.cmd(&[
        "invite",
        "create",
        "--org",
        "Acme",
        "--email",
        "X@example.com",
    ])
    .run()
    .fails(4, "already has a pending invitation");
    let revoked = env.json(&["invite", "revoke", first["id"].as_str().unwrap()]);
    assert_eq!(revoked["status"], "revoked");
    env.cmd(&["invite", "revoke", first["id"].as_str().unwrap()])
        .run()
        .fails(4, "is revoked and cannot be revoked");
    // Once revoked, the email can be invited again.
    env.json(&[
        "invite",
        "create",
        "--org",
        "Acme",
        "--email",
        "x@example.com",
    ]);
    assert_eq!(
        env.json(&["invite", "list", "--status", "pending"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        env.json(&["invite", "list", "--status", "revoked"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        env.json(&["invite", "list", "--org", "acme"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn expiry_is_decided_when_read() {
    let env = Env::new();
    setup(&env);
    let at = |t: &str, args: &[&str]| env.cmd(args).env("DOORMAN_NOW", t).run();
    let inv = at(
        T0,
        &[
            "invite",
            "create",
            "--org",
            "Acme",
            "--email",
            "late@example.com",
            "--expires-in",
            "1h",
        ],
    )
    .success()
    .json();
    let id = inv["id"].as_str().unwrap();
    assert_eq!(
        at("2030-01-01T00:59:59Z", &["invite", "show", id])
            .success()
            .json()["status"],
        "pending"
    );
    assert_eq!(
        at("2030-01-01T01:00:00Z", &["invite", "show", id])
            .success()
            .json()["status"],
        "expired"
    );
    let expired = at(
        "2030-01-02T00:00:00Z",
        &["invite", "list", "--status", "expired"],
    )
    .success()
    .json();
    assert_eq!(expired[0]["id"], id);
    assert_eq!(
        at("2030-01-02T00:00:00Z", &["org", "show", "Acme"])
            .success()
            .json()["pending_invitations"],
        0
    );
    at("2030-01-02T00:00:00Z", &["invite", "revoke", id]).fails(4, "is expired");
    // An expired invitation does not block a new one.
    let again = at(
        "2030-01-02T00:00:00Z",
        &[
            "invite",
            "create",
            "--org",
            "Acme",
            "--email",
            "late@example.com",
        ],
    )
    .success()
    .json();
    assert_eq!(again["status"], "pending");
    assert_eq!(
        at("2030-01-02T00:00:00Z", &["invite", "show", id])
            .success()
            .json()["status"],
        "expired"
    );
}

#[test]
fn accepting_adds_the_membership_and_roles_in_one_step() {
    let env = Env::new();
    setup(&env);
    let inv = env.json(&[
        "invite",
        "create",
        "--org",
        "Acme",
        "--email",
        "Joiner@example.com",
        "--role",
        "viewer",
    ]);
    let id = inv["id"].as_str().unwrap().to_string();
    create_user(&env, "joiner@example.com");
    create_user(&env, "other@example.com");
    let open = || env.doorman();
    let err = open()
        .accept_invitation(&id, "other@example.com")
        .unwrap_err();
    assert_eq!(
        (
            err.exit_code(),
            err.to_string().contains("is for 'Joiner@example.com'")
        ),
        (2, true)
    );
    let member = open().accept_invitation(&id, "joiner@example.com").unwrap();
    assert_eq!(member.roles, ["viewer"]);
    let shown = env.json(&["invite", "show", &id]);
    assert_eq!(shown["status"], "accepted");
    assert_eq!(shown["accepted_user_id"], member.id);
    assert_eq!(
        env.json(&["org", "member", "list", "Acme"])[0]["email"],
        "joiner@example.com"
    );
    let again = open()
        .accept_invitation(&id, "joiner@example.com")
        .unwrap_err();
    assert_eq!(again.exit_code(), 4);
    env.cmd(&["invite", "revoke", &id])
        .run()
        .fails(4, "is accepted");
}
