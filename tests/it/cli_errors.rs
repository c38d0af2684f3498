//! Exit codes, configuration errors, `init`, and the rule that errors are one line.

use crate::util::Env;

#[test]
fn usage_errors_exit_2() {
    let env = Env::new();
    let run = env.cmd(&["user", "frobnicate"]).run();
    assert_eq!(run.code, 2, "{run:#?}");
    let run = env.cmd(&["-o", "xml", "user", "list"]).run();
    assert_eq!(run.code, 2, "{run:#?}");
    env.cmd(&["user", "create", "--email", "not-an-email"])
        .run()
        .fails(2, "invalid email 'not-an-email'");
    env.cmd(&["user", "create", "--phone", "555-1234"])
        .run()
        .fails(2, "invalid phone '555-1234'");
    env.cmd(&["user", "create", "--username", "9lives"])
        .run()
        .fails(2, "invalid username '9lives'");
    env.cmd(&["user", "create", "--username", "ok", "--custom", "plan=pro"])
        .run()
        .fails(2, "invalid --custom 'plan=pro'");
    env.cmd(&["user", "create", "--username", "ok", "--avatar-url", "nope"])
        .run()
        .fails(2, "invalid avatar_url 'nope'");
}

#[test]
fn global_options_go_anywhere() {
    let env = Env::new();
    let db = env.path("elsewhere.db");
    let db = db.to_str().unwrap();
    env.json(&["--db", db, "user", "create", "--username", "first"]);
    env.json(&["user", "create", "--username", "second", "--db", db]);
    let users = env
        .cmd(&["user", "list"])
        .env("DOORMAN_DB", db)
        .run()
        .success()
        .json();
    assert_eq!(users.as_array().unwrap().len(), 2);
    assert!(!env.path("doorman.db").exists());
}

#[test]
fn invalid_config_names_the_key() {
    let env = Env::new();
    env.write("doorman.yaml", "databse: x.db\n");
    env.cmd(&["user", "list"]).run().fails(2, "databse");
    env.write("bad-type.yaml", "password_hashing:\n  memory_kib: lots\n");
    env.cmd(&["--config", "bad-type.yaml", "user", "list"])
        .run()
        .fails(2, "memory_kib");
    env.write("bad-cost.yaml", "password_hashing:\n  memory_kib: 1\n");
    env.cmd(&["--config", "bad-cost.yaml", "user", "list"])
        .run()
        .fails(2, "memory_kib=1");
    env.write("bad-issuer.yaml", "issuer: localhost:3001\n");
    env.cmd(&["user", "list"])
        .env("DOORMAN_CONFIG", "bad-issuer.yaml")
        .run()
        .fails(2, "invalid issuer 'localhost:3001'");
    env.cmd(&["--config", "missing.yaml", "user", "list"])
        .run()
        .fails(3, "'missing.yaml' not found");
}

#[test]
fn config_file_chooses_the_database() {
    let env = Env::new();
    env.write(
        "doorman.yaml",
        "database: from-config.db\npassword_hashing: {memory_kib: 1024, iterations: 1}\n",
    );
    env.json(&["user", "create", "--username", "cfg"]);
    assert!(env.path("from-config.db").exists());
    // The flag wins over the file.
    env.json(&["--db", "flag.db", "user", "list"]);
    assert!(env.path("flag.db").exists());
}

#[test]
fn missing_database_directory_is_not_found() {
    let env = Env::new();
    env.cmd(&["--db", "no/such/dir/d.db", "user", "list"])
        .run()
        .fails(3, "'no/such/dir'");
}

#[test]
fn init_creates_once_and_force_needs_yes() {
    let env = Env::new();
    let report = env.json(&["init", "--issuer", "https://id.example.com/oidc"]);
    assert_eq!(report["issuer"], "https://id.example.com/oidc");
    assert_eq!(report["schema_version"], 22);
    env.cmd(&["init"]).run().fails(4, "already initialized");
    env.json(&["user", "create", "--username", "keepme"]);
    env.cmd(&["init", "--force"])
        .run()
        .fails(2, "without --yes");
    assert_eq!(env.json(&["user", "list"]).as_array().unwrap().len(), 1);
    env.json(&["init", "--force", "--yes"]);
    assert_eq!(env.json(&["user", "list"]).as_array().unwrap().len(), 0);
    env.cmd(&["init", "--force", "-y", "--issuer", "ftp://x"])
        .run()
        .fails(2, "invalid issuer 'ftp://x'");
}

#[cfg(unix)]
#[test]
fn the_database_file_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    env.json(&["init"]);
    let mode = std::fs::metadata(env.path("doorman.db"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[cfg(unix)]
#[test]
fn an_existing_readable_database_file_is_made_private() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |env: &Env| {
        std::fs::metadata(env.path("doorman.db"))
            .unwrap()
            .permissions()
            .mode()
            & 0o777
    };
    // `init` on an empty file someone made with the usual umask.
    let env = Env::new();
    env.write("doorman.db", "");
    std::fs::set_permissions(env.path("doorman.db"), PermissionsExt::from_mode(0o644)).unwrap();
    env.json(&["init"]);
    assert_eq!(mode(&env), 0o600);
    // A database copied or restored world-readable, opened by any command.
    std::fs::set_permissions(env.path("doorman.db"), PermissionsExt::from_mode(0o664)).unwrap();
    let run = env.cmd(&["user", "list"]).run().success();
    assert!(run.stderr.contains("made it 0600"), "{run:#?}");
    assert_eq!(mode(&env), 0o600);
}

#[test]
fn a_newer_schema_is_refused() {
    let env = Env::new();
    env.json(&["init"]);
    bump_schema_version(&env);
    env.cmd(&["user", "list"])
        .run()
        .fails(1, "newer than this doorman");
}

/// Bumps the schema version past what the binary knows, through the library's own store module.
fn bump_schema_version(env: &Env) {
    let store = doorman::store::Store::open(&env.path("doorman.db")).unwrap();
    store
        .conn()
        .pragma_update(None, "user_version", 999)
        .unwrap();
}

#[test]
fn doorman_now_pins_the_clock() {
    let env = Env::new();
    let user = env
        .cmd(&["user", "create", "--username", "timely"])
        .env("DOORMAN_NOW", "2030-01-02T03:04:05Z")
        .run()
        .success()
        .json();
    assert_eq!(user["created_at"], "2030-01-02T03:04:05Z");
    env.cmd(&["user", "list"])
        .env("DOORMAN_NOW", "soon")
        .run()
        .fails(2, "DOORMAN_NOW");
}

/// Oversized values are refused with a short message (a 50 MB name was accepted; a refused one
/// came back whole in the error).
#[test]
fn oversized_values_are_refused_with_short_messages() {
    let env = Env::new();
    let huge = "x".repeat(100_000);
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec![
                "user",
                "create",
                "--email",
                "a@example.com",
                "--name",
                &huge,
            ],
            "name is too long: use at most 128 characters",
        ),
        (
            vec!["user", "create", "--username", &huge],
            "invalid username 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (100000 bytes)'",
        ),
        (vec!["org", "create", &huge], "invalid organization name"),
        (
            vec!["org", "create", "Acme", "--description", &huge],
            "organization description is too long: use at most 256 characters",
        ),
        (
            vec!["app", "create", &huge, "--type", "m2m"],
            "invalid app name",
        ),
    ];
    for (args, needle) in cases {
        let run = env.cmd(&args).run().fails(2, needle);
        assert!(
            run.stderr.len() < 300,
            "a short message: {}",
            run.stderr.len()
        );
    }
    env.write(
        "big.yaml",
        &format!(
            "users:\n  - username: big\n    custom_data: {{ blob: '{}' }}\n",
            "y".repeat(70_000)
        ),
    );
    env.cmd(&["seed", "big.yaml"]).run().fails(
        2,
        "big.yaml: users[0].custom_data: custom_data is too large: at most 64 KiB",
    );
    assert_eq!(env.json(&["user", "list"]), serde_json::json!([]));
}
