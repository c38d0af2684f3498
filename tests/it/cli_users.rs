//! `doorman user ...` end to end.

use serde_json::{Value, json};

use crate::util::{Env, audit_events, create_user};

const USER_FIELDS: [&str; 14] = [
    "id",
    "username",
    "email",
    "email_verified",
    "phone",
    "phone_verified",
    "name",
    "avatar_url",
    "custom_data",
    "suspended",
    "has_password",
    "created_at",
    "updated_at",
    "last_sign_in_at",
];

fn keys(v: &Value) -> Vec<String> {
    v.as_object().expect("object").keys().cloned().collect()
}

#[test]
fn create_prints_the_user_in_a_stable_shape() {
    let env = Env::new();
    let user = env.json(&[
        "user",
        "create",
        "--username",
        "alice",
        "--email",
        "Alice@Example.com",
        "--phone",
        "+14155550100",
        "--name",
        "Alice Liddell",
        "--email-verified",
        "--custom",
        "plan=\"pro\"",
        "--custom",
        "seats=3",
        "--password",
        "violet-Harbor-42",
    ]);
    assert_eq!(keys(&user), USER_FIELDS);
    assert_eq!(user["username"], "alice");
    assert_eq!(user["email"], "Alice@Example.com");
    assert_eq!(user["email_verified"], true);
    assert_eq!(user["phone_verified"], false);
    assert_eq!(user["custom_data"], json!({"plan": "pro", "seats": 3}));
    assert_eq!(user["has_password"], true);
    let id = user["id"].as_str().unwrap();
    assert_eq!(id.len(), 16);
    assert!(user["created_at"].as_str().unwrap().ends_with('Z'));
    // The same user is found by every identifier, case-insensitively for email and username.
    for key in [id, "alice", "ALICE", "alice@example.com", "+14155550100"] {
        assert_eq!(env.json(&["user", "show", key])["id"], id, "{key}");
    }
}

#[test]
fn yaml_and_table_output() {
    let env = Env::new();
    create_user(&env, "a@example.com");
    let yaml = env
        .cmd(&["user", "list", "-o", "yaml"])
        .run()
        .success()
        .stdout;
    assert!(yaml.starts_with("- id: "), "{yaml}");
    let table = env
        .cmd(&["-o", "table", "user", "list"])
        .run()
        .success()
        .stdout;
    assert!(
        table.contains("a@example.com") && table.contains("email"),
        "{table}"
    );
    let env_format = env
        .cmd(&["user", "show", "a@example.com"])
        .env("DOORMAN_OUTPUT", "yaml")
        .run();
    assert!(env_format.success().stdout.contains("email: a@example.com"));
}

#[test]
fn list_filters_and_pages() {
    let env = Env::new();
    for i in 0..5 {
        create_user(&env, &format!("user{i}@example.com"));
    }
    env.json(&["user", "create", "--username", "zed_bot", "--name", "Zed"]);
    env.json(&["user", "suspend", "user3@example.com"]);
    assert_eq!(env.json(&["user", "list"]).as_array().unwrap().len(), 6);
    let found = env.json(&["user", "list", "--search", "ZED"]);
    assert_eq!(found.as_array().unwrap().len(), 1);
    assert_eq!(found[0]["username"], "zed_bot");
    // LIKE wildcards in the search text are literal.
    assert_eq!(
        env.json(&["user", "list", "--search", "%"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
    let suspended = env.json(&["user", "list", "--suspended"]);
    assert_eq!(suspended.as_array().unwrap().len(), 1);
    assert_eq!(suspended[0]["email"], "user3@example.com");
    let run = env
        .cmd(&["user", "list", "--limit", "2", "--offset", "1"])
        .run()
        .success();
    let page = run.json();
    assert_eq!(page.as_array().unwrap().len(), 2);
    assert_eq!(page[0]["email"], "user1@example.com");
    assert!(
        run.stderr.contains("more users follow: use --offset 3"),
        "{}",
        run.stderr
    );
}

#[test]
fn update_changes_and_unsets_fields() {
    let env = Env::new();
    let id = create_user(&env, "old@example.com")["id"]
        .as_str()
        .unwrap()
        .to_string();
    env.json(&[
        "user",
        "update",
        &id,
        "--email-verified",
        "--name",
        "Old Name",
    ]);
    let user = env.json(&[
        "user",
        "update",
        "old@example.com",
        "--email",
        "new@example.com",
        "--username",
        "newbie",
        "--custom",
        "team=\"red\"",
    ]);
    assert_eq!(user["email"], "new@example.com");
    assert_eq!(user["email_verified"], false, "a new email is not verified");
    assert_eq!(user["custom_data"]["team"], "red");
    let user = env.json(&[
        "user",
        "update",
        "newbie",
        "--unset",
        "name",
        "--unset",
        "custom-data",
        "--unset",
        "password",
    ]);
    assert_eq!(user["name"], Value::Null);
    assert_eq!(user["custom_data"], json!({}));
    assert_eq!(user["has_password"], false);
    assert_eq!(
        audit_events(&env, &["--user", "newbie"]),
        [
            "user.updated",
            "user.updated",
            "user.updated",
            "user.created"
        ]
    );
    assert_eq!(
        env.json(&["audit", "--user", "newbie"])[1]["detail"]["fields"],
        json!(["username", "email", "email_verified", "custom_data"])
    );
    // Removing the last identifier is refused, and nothing changes.
    env.cmd(&[
        "user", "update", "newbie", "--unset", "email", "--unset", "username",
    ])
    .run()
    .fails(2, "needs a username, an email or a phone");
    assert_eq!(env.json(&["user", "show", &id])["email"], "new@example.com");
}

/// Seeding the same plaintext reports "unchanged" exactly when the stored hash verifies it,
/// which lets these tests check a password without a sign-in endpoint.
fn password_matches(env: &Env, email: &str, password: &str) -> bool {
    let fixture = format!("users:\n  - email: {email}\n    password: '{password}'\n");
    env.write("check.yaml", &fixture);
    env.json(&["seed", "check.yaml", "--dry-run"])["unchanged"] == 1
}

#[test]
fn passwords_from_stdin_and_set_password() {
    let env = Env::new();
    env.cmd(&[
        "user",
        "create",
        "--email",
        "s@example.com",
        "--password-stdin",
    ])
    .stdin("quiet-Meadow-93\r\n")
    .run()
    .success();
    assert!(password_matches(&env, "s@example.com", "quiet-Meadow-93"));
    env.cmd(&["user", "set-password", "s@example.com", "--password-stdin"])
        .stdin("bright-Canyon-17\n")
        .run()
        .success();
    assert!(password_matches(&env, "s@example.com", "bright-Canyon-17"));
    assert!(!password_matches(&env, "s@example.com", "quiet-Meadow-93"));
    env.cmd(&["user", "set-password", "s@example.com", "--password-stdin"])
        .stdin("short\n")
        .run()
        .fails(2, "use at least 8 characters");
    env.cmd(&["user", "set-password", "s@example.com"])
        .run()
        .fails(2, "--password-stdin");
    env.cmd(&[
        "user",
        "set-password",
        "nobody@example.com",
        "--password-stdin",
    ])
    .stdin("bright-Canyon-17\n")
    .run()
    .fails(3, "'nobody@example.com'");
}

#[test]
fn weak_passwords_list_every_broken_rule() {
    let env = Env::new();
    env.json(&["settings", "set", "password_policy.character_types", "3"]);
    let run = env
        .cmd(&[
            "user",
            "create",
            "--username",
            "dave",
            "--password",
            "dave1234",
        ])
        .run()
        .fails(2, "weak password");
    for rule in [
        "mix at least 3",
        "leave out the username",
        "avoid repeated or sequential",
    ] {
        assert!(run.stderr.contains(rule), "{rule} in {}", run.stderr);
    }
    assert!(
        !run.stderr.contains("dave1234"),
        "the password is never echoed"
    );
    assert_eq!(env.json(&["user", "list"]), json!([]));
}

#[test]
fn imported_hashes_are_kept_and_verified() {
    let env = Env::new();
    // bcrypt of "legacy-Pass-1" at cost 4, and argon2i of the same password.
    let bcrypt = "$2b$04$FoX8PMJ.vwwTO1FvfpCAuOAQxYLGJHbo9D8AYh1dHy7G79v14YuZW";
    let argon2i = "$argon2i$v=19$m=1024,t=1,p=1$+U4JcyozG6/ZsMKLizlRHw$BuVOQZ0mm9zoUxEhFp2aN2dh9rz0WggG7oKwF8UFn0s";
    env.json(&[
        "user",
        "create",
        "--email",
        "b@example.com",
        "--password-hash",
        bcrypt,
    ]);
    env.json(&[
        "user",
        "create",
        "--email",
        "i@example.com",
        "--password-hash",
        argon2i,
    ]);
    let exported = env
        .cmd(&["export", "--with-secrets"])
        .run()
        .success()
        .stdout;
    assert!(exported.contains(bcrypt) && exported.contains(argon2i));
    assert!(password_matches(&env, "b@example.com", "legacy-Pass-1"));
    assert!(password_matches(&env, "i@example.com", "legacy-Pass-1"));
    assert!(!password_matches(&env, "i@example.com", "legacy-Pass-2"));
    env.cmd(&[
        "user",
        "create",
        "--email",
        "x@example.com",
        "--password-hash",
        "md5:abc",
    ])
    .run()
    .fails(2, "invalid password hash");
    let clash = env
        .cmd(&[
            "user",
            "create",
            "--email",
            "x@example.com",
            "--password",
            "a",
            "--password-hash",
            bcrypt,
        ])
        .run();
    assert_eq!(clash.code, 2);
    assert!(
        clash.stderr.contains("cannot be used with"),
        "{}",
        clash.stderr
    );
}

#[test]
fn suspend_unsuspend_and_delete() {
    let env = Env::new();
    create_user(&env, "gone@example.com");
    assert_eq!(
        env.json(&["user", "suspend", "gone@example.com"])["suspended"],
        true
    );
    assert_eq!(
        env.json(&["user", "unsuspend", "gone@example.com"])["suspended"],
        false
    );
    env.cmd(&["user", "delete", "gone@example.com"])
        .run()
        .fails(2, "without --yes");
    assert_eq!(env.json(&["user", "list"]).as_array().unwrap().len(), 1);
    let deleted = env.json(&["user", "delete", "gone@example.com", "--yes"]);
    assert_eq!(deleted["email"], "gone@example.com");
    env.cmd(&["user", "show", "gone@example.com"])
        .run()
        .fails(3, "not found");
    env.cmd(&["-y", "user", "delete", "gone@example.com"])
        .run()
        .fails(3, "'gone@example.com'");
    let id = deleted["id"].as_str().unwrap();
    assert_eq!(
        audit_events(&env, &["--user", id]),
        [
            "user.deleted",
            "user.unsuspended",
            "user.suspended",
            "user.created"
        ]
    );
    assert_eq!(env.json(&["audit", "--user", id])[0]["actor"], "cli:tester");
}

#[test]
fn secrets_never_print_in_list_show_or_export() {
    let env = Env::new();
    let password = "violet-Harbor-42";
    create_user(&env, "secret@example.com");
    let outputs = [
        env.cmd(&["user", "list"]).run().success().stdout,
        env.cmd(&["user", "show", "secret@example.com"])
            .run()
            .success()
            .stdout,
        env.cmd(&["-o", "table", "user", "show", "secret@example.com"])
            .run()
            .success()
            .stdout,
        env.cmd(&["export"]).run().success().stdout,
        env.cmd(&["audit"]).run().success().stdout,
    ];
    for out in &outputs {
        assert!(!out.contains("$argon2") && !out.contains(password), "{out}");
    }
    let with = env
        .cmd(&["export", "--with-secrets"])
        .run()
        .success()
        .stdout;
    assert!(with.contains("password_hash: $argon2id$"), "{with}");
}

#[test]
fn conflicts_exit_4_and_name_the_value() {
    let env = Env::new();
    env.json(&[
        "user",
        "create",
        "--username",
        "Carol",
        "--email",
        "carol@example.com",
        "--phone",
        "+4930123456",
    ]);
    env.cmd(&["user", "create", "--username", "carol"])
        .run()
        .fails(4, "username 'carol' is already used");
    env.cmd(&["user", "create", "--email", "CAROL@example.com"])
        .run()
        .fails(4, "'CAROL@example.com'");
    env.cmd(&["user", "create", "--phone", "+4930123456"])
        .run()
        .fails(4, "'+4930123456'");
    let other = create_user(&env, "other@example.com");
    env.cmd(&[
        "user",
        "update",
        other["id"].as_str().unwrap(),
        "--username",
        "CAROL",
    ])
    .run()
    .fails(4, "'CAROL'");
    assert_eq!(env.json(&["user", "list"]).as_array().unwrap().len(), 2);
}

#[test]
fn outbox_shows_messages_newest_first() {
    let env = Env::new();
    assert_eq!(env.json(&["outbox"]), json!([]));
    env.cmd(&["outbox", "--last"]).run().fails(3, "no message");
    {
        use doorman::model::outbox::Channel;
        let mut d = env.doorman();
        d.send_message(
            Channel::Email,
            "a@example.com",
            Some("Your code"),
            "Code 123456",
        )
        .unwrap();
        d.send_message(Channel::Sms, "+14155550100", None, "Code 654321")
            .unwrap();
    }
    let all = env.json(&["outbox"]);
    assert_eq!(all.as_array().unwrap().len(), 2);
    assert_eq!(all[0]["to"], "+14155550100");
    let last = env.json(&["outbox", "--to", "A@example.com", "--last"]);
    assert_eq!(last["body"], "Code 123456");
    assert_eq!(last["channel"], "email");
    assert_eq!(last["subject"], "Your code");
}

/// YAML 1.1 parsers read a plain `2026-12-04T23:08:21Z` as a timestamp: `-o yaml` quotes it, so
/// YAML and JSON say the same thing.
#[test]
fn yaml_output_quotes_timestamps() {
    let env = Env::new();
    env.json(&["user", "create", "--email", "ada@example.com"]);
    let run = env
        .cmd(&["user", "show", "ada@example.com", "-o", "yaml"])
        .run()
        .success();
    let json = env.json(&["user", "show", "ada@example.com"]);
    let created = json["created_at"].as_str().unwrap();
    assert!(
        run.stdout.contains(&format!("created_at: '{created}'\n")),
        "{}",
        run.stdout
    );
}
