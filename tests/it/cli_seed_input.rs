//! `doorman seed` against hostile or broken input, and beside a running server: deep nesting
//! is refused before the YAML parser sees it, undecodable bytes are bad input, and the slow part
//! of a seed (checking and hashing) runs without holding the database's write lock.

use serde_json::json;

use crate::oidc_flow::{auth_url, web_app};
use crate::server::{Browser, Server};
use crate::util::{Env, create_user, paused_bulk_seed};

#[test]
fn deeply_nested_fixtures_are_refused_before_parsing() {
    let env = Env::new();
    // 100,000 levels took the YAML parser 16 s; the pre-scan refuses it in one pass.
    let depth = 100_000;
    env.write(
        "deep.yaml",
        &format!("users: {}{}\n", "[".repeat(depth), "]".repeat(depth)),
    );
    env.cmd(&["seed", "deep.yaml"])
        .run()
        .fails(2, "deep.yaml: line 1: nested deeper than 64 levels");
    env.write(
        "open.yaml",
        &format!("users:\n  - custom_data: {}\n", "{a: ".repeat(depth)),
    );
    env.cmd(&["seed", "open.yaml"])
        .run()
        .fails(2, "open.yaml: line 2: nested deeper than 64 levels");
    // Real nesting in custom_data stays welcome.
    env.write(
        "fine.yaml",
        "users:\n  - username: nest\n    custom_data: {a: {b: [1, [2, {c: '[['}]]}}\n",
    );
    assert_eq!(
        env.json(&["seed", "fine.yaml"]),
        json!({"created": 1, "updated": 0, "unchanged": 0})
    );
}

#[test]
fn undecodable_fixtures_are_bad_input() {
    let env = Env::new();
    let path = env.path("latin1.yaml");
    std::fs::write(&path, b"users:\n  - username: jos\xe9\n").unwrap();
    env.cmd(&["seed", "latin1.yaml"])
        .run()
        .fails(2, "latin1.yaml: not UTF-8 text (invalid byte at offset 24)");
}

/// A seed paused while it checks its records (its log pipe full, as in the kill test) must not
/// stand in the way of sign-ins or other writers: before, it held the write lock from its first
/// record to its last password hash, and the server answered 500 `database is locked`.
#[test]
fn a_seed_checking_its_records_does_not_block_sign_in() {
    let env = Env::new();
    create_user(&env, "ada@example.com");
    let client = web_app(&env, "seedwatch");
    let server = Server::start(&env);
    let (mut child, lines) = paused_bulk_seed(&env, "users[100] checked");

    let mut browser = Browser::new(&server);
    let done = browser.sign_in(
        &auth_url(&server, &client.0, ""),
        "ada@example.com",
        "violet-Harbor-42",
    );
    assert_eq!(done.status, 303, "{done:#?}");
    assert!(done.location().contains("code="), "{done:#?}");
    env.json(&["user", "create", "--username", "meanwhile"]);

    // Let the seed go on: it finishes and writes everything.
    let drain = std::thread::spawn(move || lines.map_while(Result::ok).count());
    let status = child.wait().unwrap();
    drain.join().unwrap();
    assert!(status.success());
    let count = env.json(&["user", "list", "--limit", "100000"]);
    assert_eq!(count.as_array().unwrap().len(), 20_002);
}
