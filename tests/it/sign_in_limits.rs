//! Failed sign-in limits count per account, not per spelling of it, and the per-IP limit leaves
//! loopback clients alone unless told otherwise (locally every client is 127.0.0.1).

use crate::oidc_flow::{auth_url, web_app};
use crate::server::{Browser, PASSWORD, Reply, Server};
use crate::util::{Env, create_user};

/// Posts one sign-in attempt from a fresh sign-in page.
fn attempt(server: &Server, who: &str, password: &str) -> Reply {
    let mut browser = Browser::new(server);
    let start = browser.get(&auth_url(server, "web", ""));
    let page = browser.get(start.location());
    browser.post(
        "/sign-in",
        &[
            ("csrf_token", &page.field("csrf_token")),
            ("interaction", &page.field("interaction")),
            ("identifier", who),
            ("password", password),
        ],
    )
}

#[test]
fn an_accounts_spellings_share_one_failure_budget() {
    let env = Env::new();
    create_user(&env, "ada@example.com");
    env.json(&[
        "user",
        "update",
        "ada@example.com",
        "--username",
        "ada",
        "--phone",
        "+14155550123",
    ]);
    env.json(&[
        "settings",
        "set",
        "sign_in.methods",
        "[{identifier: email, password: true}, {identifier: username, password: true}, \
         {identifier: phone, password: true}]",
    ]);
    web_app(&env, "web");
    let server = Server::start(&env);
    // Five failures (the default), spread over the account's three identifiers and their case.
    for who in [
        "ada@example.com",
        "ADA",
        "+14155550123",
        "Ada@Example.com",
        "ada",
    ] {
        let wrong = attempt(&server, who, "wrong-password");
        assert_eq!(wrong.status, 400, "{who}: {}", wrong.body);
    }
    let limited = attempt(&server, "+14155550123", PASSWORD);
    assert_eq!(
        limited.status, 429,
        "the account is locked whatever it is called"
    );
    assert!(limited.header("retry-after").is_some());
}

#[test]
fn the_per_ip_limit_leaves_loopback_alone_unless_configured() {
    let env = Env::new();
    create_user(&env, "ada@example.com");
    web_app(&env, "web");
    let server = Server::start(&env);
    // 21 failures from 127.0.0.1 (the per-IP limit is 20), each for another name.
    for i in 0..21 {
        let wrong = attempt(&server, &format!("nobody{i}@example.com"), "wrong-password");
        assert_eq!(wrong.status, 400, "{}", wrong.body);
    }
    let fine = attempt(&server, "ada@example.com", PASSWORD);
    assert_eq!(fine.status, 303, "other users still sign in: {}", fine.body);
    drop(server);

    env.write(
        "doorman.yaml",
        "server:\n  rate_limits:\n    per_ip_on_loopback: true\n",
    );
    let server = Server::start(&env);
    for i in 0..20 {
        let wrong = attempt(&server, &format!("nobody{i}@example.com"), "wrong-password");
        assert_eq!(wrong.status, 400, "{}", wrong.body);
    }
    let limited = attempt(&server, "ada@example.com", PASSWORD);
    assert_eq!(limited.status, 429, "{}", limited.body);
}
