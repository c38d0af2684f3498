//! Registration, one-time codes, password reset, languages and the sign-in mode, over HTTP
//! against a real `doorman serve`: every rule of the account pages from the outside.

use crate::oidc_flow::{auth_url, web_app};
use crate::server::{Browser, PASSWORD, Reply, Server, agent, query_param};
use crate::util::{Env, audit_events, create_user};

const REDIRECT: &str = "http://app.test/callback";

/// The newest code sent to `to`, read with `doorman outbox` as a CI script would.
pub fn code_sent_to(env: &Env, to: &str) -> String {
    let message = env.json(&["outbox", "--to", to, "--last"]);
    let body = message["body"].as_str().unwrap();
    body.split_whitespace()
        .map(|w| w.trim_end_matches('.'))
        .find(|w| w.len() == 6 && w.chars().all(|c| c.is_ascii_digit()))
        .unwrap_or_else(|| panic!("no code in {body:?}"))
        .to_string()
}

fn outbox_count(env: &Env, to: &str) -> usize {
    env.json(&["outbox", "--to", to]).as_array().unwrap().len()
}

/// Starts an authorization that lands on the register page; returns the page.
fn open_register(server: &Server, browser: &mut Browser, extra: &str) -> Reply {
    let start = browser.get(&auth_url(server, "web", extra));
    assert_eq!(start.status, 303, "{start:#?}");
    assert!(start.location().starts_with("/register"), "{start:#?}");
    let page = browser.get(start.location());
    assert_eq!(page.status, 200, "{page:#?}");
    page
}

fn post_register(browser: &mut Browser, page: &Reply, email: &str, password: &str) -> Reply {
    browser.post(
        "/register",
        &[
            ("csrf_token", &page.field("csrf_token")),
            ("interaction", &page.field("interaction")),
            ("email", email),
            ("password", password),
        ],
    )
}

pub fn post_code(browser: &mut Browser, verify_page: &Reply, code: &str) -> Reply {
    browser.post(
        "/verify",
        &[
            ("csrf_token", &verify_page.field("csrf_token")),
            ("verification", &verify_page.field("verification")),
            ("code", code),
        ],
    )
}

pub fn wrong(code: &str) -> String {
    let digit = (code.as_bytes()[0] - b'0' + 1) % 10;
    format!("{digit}{}", &code[1..])
}

#[test]
fn registering_with_an_email_code_from_the_outbox() {
    let env = Env::new();
    create_user(&env, "taken@example.com");
    web_app(&env, "web");
    let server = Server::start(&env);
    let mut browser = Browser::new(&server);
    let page = open_register(&server, &mut browser, "&prompt=create");
    assert!(page.body.contains(r#"name="email""#) && page.body.contains(r#"name="password""#));
    assert!(page.body.contains(r#"id="main-form""#));

    // Every broken password rule is listed next to the field; nothing is created or sent.
    let weak = post_register(&mut browser, &page, "new@example.com", "aaaa");
    assert_eq!(weak.status, 400);
    assert!(weak.body.contains(r#"role="alert""#), "{}", weak.body);
    assert!(weak.body.contains("At least 8 characters"), "{}", weak.body);
    assert!(weak.body.contains("No repeated or sequential characters"));
    assert_eq!(outbox_count(&env, "new@example.com"), 0);

    // A taken email is refused without saying whose it is; a bad one is named as invalid.
    let taken = post_register(&mut browser, &page, "taken@example.com", PASSWORD);
    assert_eq!(taken.status, 400, "{}", taken.body);
    assert!(taken.body.contains("cannot be used for a new account"));
    let invalid = post_register(&mut browser, &page, "not-an-email", PASSWORD);
    assert!(invalid.body.contains("Enter a valid email address"));

    let sent = post_register(&mut browser, &page, "new@example.com", PASSWORD);
    assert_eq!(sent.status, 303, "{sent:#?}");
    assert!(sent.location().starts_with("/verify?verification="));
    // The account does not exist until the code is entered.
    env.cmd(&["user", "show", "new@example.com"])
        .run()
        .fails(3, "");
    let verify = browser.get(sent.location());
    assert!(verify.body.contains("new@example.com"));
    let code = code_sent_to(&env, "new@example.com");

    // The development outbox page shows it too, newest first.
    let outbox = browser.get("/dev/outbox");
    assert_eq!(outbox.status, 200);
    assert!(outbox.body.contains(&code));

    let bad = post_code(&mut browser, &verify, &wrong(&code));
    assert_eq!(bad.status, 400);
    assert!(bad.body.contains("4 attempts left"), "{}", bad.body);
    let done = post_code(&mut browser, &verify, &code);
    assert_eq!(done.status, 303, "{done:#?}");
    assert!(done.location().starts_with(REDIRECT), "{done:#?}");
    assert!(query_param(done.location(), "code").is_some());
    let user = env.json(&["user", "show", "new@example.com"]);
    assert_eq!(user["email_verified"], true);
    assert!(audit_events(&env, &["--user", "new@example.com"]).contains(&"user.created".into()));

    // Single use: the same code again finds nothing.
    let again = post_code(&mut browser, &verify, &code);
    assert_eq!(again.status, 400);
    // The new account signs in with its password.
    let mut other = Browser::new(&server);
    let signed = other.sign_in(&auth_url(&server, "web", ""), "new@example.com", PASSWORD);
    assert!(signed.location().starts_with(REDIRECT), "{signed:#?}");
}

#[test]
fn codes_allow_five_attempts_a_resend_cooldown_and_ten_minutes() {
    let env = Env::new();
    web_app(&env, "web");
    let now = "2026-11-21T10:00:00Z";
    let server = Server::start_with(&env, &[("DOORMAN_NOW", now)]);
    let mut browser = Browser::new(&server);

    // Five wrong codes kill the verification; the page offers a way to start again.
    let page = open_register(&server, &mut browser, "&first_screen=register");
    let sent = post_register(&mut browser, &page, "five@example.com", PASSWORD);
    let verify = browser.get(sent.location());
    let code = code_sent_to(&env, "five@example.com");
    for left in (1..=4).rev() {
        let reply = post_code(&mut browser, &verify, &wrong(&code));
        let said = if left == 1 {
            "1 attempt left".to_string()
        } else {
            format!("{left} attempts left")
        };
        assert!(reply.body.contains(&said), "{}", reply.body);
    }
    let dead = post_code(&mut browser, &verify, &wrong(&code));
    assert_eq!(dead.status, 400);
    assert!(dead.body.contains("Too many attempts"), "{}", dead.body);
    assert!(dead.body.contains("/register?interaction="));
    let late = post_code(&mut browser, &verify, &code);
    assert_eq!(late.status, 400, "the right code no longer works");

    // Resending within the cooldown is refused (the clock is pinned, so it stays too soon).
    let page = open_register(&server, &mut browser, "&prompt=create");
    let sent = post_register(&mut browser, &page, "slow@example.com", PASSWORD);
    let verify = browser.get(sent.location());
    let resend = browser.post(
        "/verify",
        &[
            ("csrf_token", &verify.field("csrf_token")),
            ("verification", &verify.field("verification")),
            ("action", "resend"),
        ],
    );
    assert_eq!(resend.status, 429);
    assert!(resend.body.contains("Wait 60 seconds"), "{}", resend.body);
    assert_eq!(outbox_count(&env, "slow@example.com"), 1);
    let code = code_sent_to(&env, "slow@example.com");
    let cookies = browser.cookies.clone();
    drop(server);

    // Eleven minutes later the code has expired; a resend then works and its code does.
    let server = Server::start_with(&env, &[("DOORMAN_NOW", "2026-11-21T10:11:00Z")]);
    let mut browser = Browser::new(&server);
    browser.cookies = cookies;
    let expired = post_code(&mut browser, &verify, &code);
    assert_eq!(expired.status, 400);
    assert!(
        expired.body.contains("The code has expired"),
        "{}",
        expired.body
    );
    let resend = browser.post(
        "/verify",
        &[
            ("csrf_token", &verify.field("csrf_token")),
            ("verification", &verify.field("verification")),
            ("action", "resend"),
        ],
    );
    assert_eq!(resend.status, 200, "{}", resend.body);
    assert_eq!(outbox_count(&env, "slow@example.com"), 2);
    let fresh = code_sent_to(&env, "slow@example.com");
    let done = post_code(&mut browser, &verify, &fresh);
    assert!(done.location().starts_with(REDIRECT), "{done:#?}");
}

#[test]
fn password_reset_says_the_same_either_way_and_ends_every_session() {
    let env = Env::new();
    create_user(&env, "ann@example.com");
    web_app(&env, "web");
    let server = Server::start(&env);

    // Ann is signed in on one browser.
    let mut laptop = Browser::new(&server);
    laptop.sign_in(&auth_url(&server, "web", ""), "ann@example.com", PASSWORD);
    assert_eq!(laptop.get(&auth_url(&server, "web", "")).status, 303);

    let mut phone = Browser::new(&server);
    let start = phone.get(&auth_url(&server, "web", "&first_screen=reset_password"));
    assert!(
        start.location().starts_with("/forgot-password"),
        "{start:#?}"
    );
    let form = phone.get(start.location());
    let ask = |browser: &mut Browser, who: &str| {
        browser.post(
            "/forgot-password",
            &[
                ("csrf_token", &form.field("csrf_token")),
                ("interaction", &form.field("interaction")),
                ("identifier", who),
            ],
        )
    };
    // No enumeration: an unknown address gets the same redirect and the same page.
    let known = ask(&mut phone, "ann@example.com");
    let unknown = ask(&mut phone, "nobody@example.com");
    assert_eq!((known.status, unknown.status), (303, 303));
    let known_page = phone.get(known.location());
    let unknown_page = phone.get(unknown.location());
    assert_eq!(known_page.status, unknown_page.status);
    let strip =
        |page: &Reply, who: &str, field: String| page.body.replace(who, "X").replace(&field, "V");
    assert_eq!(
        strip(
            &known_page,
            "ann@example.com",
            known_page.field("verification")
        ),
        strip(
            &unknown_page,
            "nobody@example.com",
            unknown_page.field("verification")
        )
    );
    assert_eq!(outbox_count(&env, "nobody@example.com"), 0);
    let code = code_sent_to(&env, "ann@example.com");

    let verified = post_code(&mut phone, &known_page, &code);
    assert_eq!(verified.status, 200, "{}", verified.body);
    assert!(verified.body.contains(r#"action="/forgot-password/reset""#));
    let reset = |browser: &mut Browser, password: &str| {
        browser.post(
            "/forgot-password/reset",
            &[
                ("csrf_token", &verified.field("csrf_token")),
                ("verification", &verified.field("verification")),
                ("password", password),
            ],
        )
    };
    let weak = reset(&mut phone, "password");
    assert_eq!(weak.status, 400);
    assert!(weak.body.contains("Too common"), "{}", weak.body);
    let done = reset(&mut phone, "brand-New-Lantern-7");
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(done.body.contains("Your password was changed"));
    assert!(
        audit_events(&env, &["--user", "ann@example.com"]).contains(&"user.password_reset".into())
    );

    // Every session ended: the laptop must sign in again, and only the new password works.
    let back = laptop.get(&auth_url(&server, "web", ""));
    assert!(back.location().starts_with("/sign-in"), "{back:#?}");
    let old =
        Browser::new(&server).sign_in(&auth_url(&server, "web", ""), "ann@example.com", PASSWORD);
    assert_eq!(old.status, 400);
    let new = Browser::new(&server).sign_in(
        &auth_url(&server, "web", ""),
        "ann@example.com",
        "brand-New-Lantern-7",
    );
    assert!(new.location().starts_with(REDIRECT), "{new:#?}");
    // The reset cannot be replayed.
    assert_eq!(reset(&mut phone, "another-Fine-Pass-8").status, 400);
}

#[test]
fn signing_in_with_a_code_instead_of_a_password() {
    let env = Env::new();
    create_user(&env, "otp@example.com");
    web_app(&env, "web");
    let server = Server::start(&env);
    let mut browser = Browser::new(&server);
    let start = browser.get(&auth_url(&server, "web", ""));
    let page = browser.get(start.location());
    assert!(
        page.body.contains("method=code"),
        "the sign-in page offers a code"
    );
    let code_form = browser.get(&format!("{}&method=code", start.location()));
    assert_eq!(code_form.status, 200);
    let sent = browser.post(
        "/sign-in",
        &[
            ("csrf_token", &code_form.field("csrf_token")),
            ("interaction", &code_form.field("interaction")),
            ("method", "code"),
            ("identifier", "otp@example.com"),
        ],
    );
    assert_eq!(sent.status, 303, "{sent:#?}");
    let verify = browser.get(sent.location());
    let done = post_code(
        &mut browser,
        &verify,
        &code_sent_to(&env, "otp@example.com"),
    );
    assert!(done.location().starts_with(REDIRECT), "{done:#?}");
    let user = env.json(&["user", "show", "otp@example.com"]);
    assert!(user["last_sign_in_at"].is_string());
}

#[test]
fn pages_follow_the_language_and_the_sign_in_mode() {
    let env = Env::new();
    web_app(&env, "web");
    let server = Server::start(&env);
    let mut browser = Browser::new(&server);

    // ui_locales first.
    let start = browser.get(&auth_url(&server, "web", "&ui_locales=de"));
    let page = browser.get(start.location());
    assert!(page.body.contains(r#"<html lang="de">"#));
    assert!(page.body.contains("Anmelden") && page.body.contains("Passwort"));
    // Errors are localized too.
    let failed = browser.post(
        "/sign-in",
        &[
            ("csrf_token", &page.field("csrf_token")),
            ("interaction", &page.field("interaction")),
            ("identifier", "who@example.com"),
            ("password", "wrong-password-1"),
        ],
    );
    assert!(
        failed.body.contains("Kennung oder Passwort ist falsch"),
        "{}",
        failed.body
    );

    // Then Accept-Language.
    let start = browser.get(&auth_url(&server, "web", ""));
    let with_header = |lang: &str| {
        let reply = agent()
            .get(&format!("{}{}", server.base, start.location()))
            .header("Accept-Language", lang)
            .header(
                "Cookie",
                &format!("doorman_csrf={}", browser.cookies["doorman_csrf"]),
            )
            .call()
            .unwrap();
        reply.into_body().read_to_string().unwrap()
    };
    assert!(with_header("fr-CA,fr;q=0.9").contains(r#"<html lang="fr">"#));
    assert!(with_header("ko").contains("로그인"));
    assert!(with_header("ru;q=0.8, xx").contains("Вход"));
    assert!(with_header("xx").contains(r#"<html lang="en">"#));

    // Registration disabled: no link, and the page and its POST are refused.
    let page = browser.get(start.location());
    assert!(page.body.contains(r#"id="register-link""#));
    env.json(&["settings", "set", "sign_in_mode", "sign_in"]);
    let page = browser.get(start.location());
    assert!(!page.body.contains(r#"id="register-link""#));
    let interaction = page.field("interaction");
    let refused = browser.get(&format!("/register?interaction={interaction}"));
    assert_eq!(refused.status, 403);
    assert!(refused.body.contains("Registration is closed"));
    let posted = browser.post(
        "/register",
        &[
            ("csrf_token", &page.field("csrf_token")),
            ("interaction", &interaction),
            ("email", "sneaky@example.com"),
            ("password", PASSWORD),
        ],
    );
    assert_eq!(posted.status, 403);
    assert_eq!(outbox_count(&env, "sneaky@example.com"), 0);
    // prompt=create falls back to sign-in when registration is off.
    let start = browser.get(&auth_url(&server, "web", "&prompt=create"));
    assert!(start.location().starts_with("/sign-in"), "{start:#?}");

    // Register-only mode sends sign-in to the register page.
    env.json(&["settings", "set", "sign_in_mode", "register"]);
    let start = browser.get(&auth_url(&server, "web", ""));
    assert!(start.location().starts_with("/register"), "{start:#?}");
}

#[test]
fn manual_terms_need_the_checkbox_and_are_recorded() {
    let env = Env::new();
    web_app(&env, "web");
    env.json(&[
        "settings",
        "set",
        "terms_of_use_url",
        "https://example.com/terms",
    ]);
    env.json(&["settings", "set", "agree_to_terms", "manual"]);
    env.json(&["settings", "set", "sign_up.verify", "false"]);
    let server = Server::start(&env);
    let mut browser = Browser::new(&server);
    let page = open_register(&server, &mut browser, "&prompt=create");
    assert!(page.body.contains(r#"name="agree_terms""#));
    assert!(page.body.contains("https://example.com/terms"));
    let refused = post_register(&mut browser, &page, "terms@example.com", PASSWORD);
    assert_eq!(refused.status, 400);
    assert!(refused.body.contains("Agree to the terms"));
    let accepted = browser.post(
        "/register",
        &[
            ("csrf_token", &page.field("csrf_token")),
            ("interaction", &page.field("interaction")),
            ("email", "terms@example.com"),
            ("password", PASSWORD),
            ("agree_terms", "yes"),
        ],
    );
    assert!(accepted.location().starts_with(REDIRECT), "{accepted:#?}");
    let audit = env.json(&["audit", "--user", "terms@example.com"]);
    assert!(
        audit.to_string().contains(r#""agreed_to_terms":true"#),
        "{audit}"
    );
}

#[test]
fn the_outbox_page_can_be_turned_off() {
    let env = Env::new();
    env.write("doorman.yaml", "server:\n  dev_outbox: false\n");
    let server = Server::start(&env);
    let reply = Browser::new(&server).get("/dev/outbox");
    assert_eq!(reply.status, 404);
    assert!(reply.body.contains("The outbox is off"));
}

#[test]
fn guessing_reset_codes_is_stopped_and_the_right_code_then_refused() {
    let env = Env::new();
    create_user(&env, "target@example.com");
    web_app(&env, "web");
    let server = Server::start(&env);
    let mut attacker = Browser::new(&server);
    let start = attacker.get(&auth_url(&server, "web", "&first_screen=reset_password"));
    let form = attacker.get(start.location());
    let ask = |browser: &mut Browser| {
        browser.post(
            "/forgot-password",
            &[
                ("csrf_token", &form.field("csrf_token")),
                ("interaction", &form.field("interaction")),
                ("identifier", "Target@example.com"),
            ],
        )
    };
    // Wrong codes across fresh verifications: each allows 5, the address allows 10 in all.
    let mut guesses = 0;
    let locked = loop {
        let sent = ask(&mut attacker);
        assert_eq!(sent.status, 303, "{}", sent.body);
        let page = attacker.get(sent.location());
        let code = code_sent_to(&env, "target@example.com");
        let mut answer = post_code(&mut attacker, &page, &wrong(&code));
        guesses += 1;
        while answer.status == 400 && answer.body.contains(" left.") {
            answer = post_code(&mut attacker, &page, &wrong(&code));
            guesses += 1;
        }
        if answer.status == 429 {
            break answer;
        }
        assert!(guesses < 20, "no lock-out after {guesses} wrong codes");
    };
    assert_eq!(guesses, 10, "the tenth wrong code locks the address");
    assert!(
        locked.body.contains("Too many wrong codes"),
        "{}",
        locked.body
    );
    let retry: i64 = locked.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=900).contains(&retry), "{retry}");
    assert!(audit_events(&env, &[]).contains(&"verification.locked".to_string()));
    assert!(audit_events(&env, &[]).contains(&"verification.failed".to_string()));

    // A fresh code, the right one, is refused while the lock lasts.
    let sent = ask(&mut attacker);
    let page = attacker.get(sent.location());
    let right = code_sent_to(&env, "target@example.com");
    let refused = post_code(&mut attacker, &page, &right);
    assert_eq!(refused.status, 429, "{}", refused.body);
    assert!(!refused.body.contains("forgot-password/reset"));

    // Sending codes is limited too: five to one address per window (three were sent).
    for _ in 0..2 {
        assert_eq!(ask(&mut attacker).status, 303);
    }
    let limited = ask(&mut attacker);
    assert_eq!(limited.status, 429, "{}", limited.body);
    assert!(
        limited.body.contains("Too many codes requested"),
        "{}",
        limited.body
    );
    assert!(limited.header("retry-after").is_some());
}
