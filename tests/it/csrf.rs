//! CSRF from the outside: a form without an interaction (sign-out, a reset begun without an app)
//! takes only a token the server signed for that browser and session, so a cookie and field
//! planted by another site on the same host are refused; and a form posted from another origin
//! (another port of localhost is same-site, so the browser sends it the cookies) is refused
//! whatever it carries.

use crate::oidc_flow::{auth_url, web_app};
use crate::server::{Browser, PASSWORD, Server};
use crate::util::{Env, create_user};

/// A browser signed in through the pages, on the sign-out confirmation page.
fn signed_in_at_sign_out(server: &Server) -> (Browser, String) {
    let mut browser = Browser::new(server);
    let back = browser.sign_in(&auth_url(server, "web", ""), "ada@example.com", PASSWORD);
    assert_eq!(back.status, 303, "{back:#?}");
    let page = browser.get("/sign-out");
    assert_eq!(page.status, 200, "{}", page.body);
    let token = page.field("csrf_token");
    (browser, token)
}

fn still_signed_in(server: &Server, browser: &mut Browser) -> bool {
    let again = browser.get(&auth_url(server, "web", ""));
    again.location().contains("code=")
}

fn setup() -> (Env, Server) {
    let env = Env::new();
    create_user(&env, "ada@example.com");
    web_app(&env, "web");
    let server = Server::start(&env);
    (env, server)
}

#[test]
fn a_planted_cookie_and_field_do_not_sign_anyone_out() {
    let (_env, server) = setup();
    let (mut victim, _) = signed_in_at_sign_out(&server);
    // Double-submit alone would accept any pair the attacker planted.
    victim.cookies.insert("doorman_csrf".into(), "p".repeat(32));
    let planted = victim.post("/sign-out", &[("csrf_token", &"p".repeat(32))]);
    assert_eq!(planted.status, 403, "{}", planted.body);
    assert!(still_signed_in(&server, &mut victim));

    // A token the server signed for the attacker's own session does not serve the victim's.
    let (_attacker, attacker_token) = signed_in_at_sign_out(&server);
    let nonce = attacker_token.split('.').next().unwrap().to_string();
    victim.cookies.insert("doorman_csrf".into(), nonce);
    let borrowed = victim.post("/sign-out", &[("csrf_token", &attacker_token)]);
    assert_eq!(borrowed.status, 403, "{}", borrowed.body);
    assert!(still_signed_in(&server, &mut victim));
}

#[test]
fn the_servers_own_token_signs_out() {
    let (_env, server) = setup();
    let (mut browser, token) = signed_in_at_sign_out(&server);
    let done = browser.post_with(
        "/sign-out",
        &[("csrf_token", &token)],
        &[("Sec-Fetch-Site", "same-origin"), ("Origin", &server.base)],
    );
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(!still_signed_in(&server, &mut browser));
}

#[test]
fn forms_from_another_origin_are_refused() {
    let (_env, server) = setup();
    let (mut browser, token) = signed_in_at_sign_out(&server);
    let form = [("csrf_token", token.as_str())];
    for headers in [
        vec![
            ("Sec-Fetch-Site", "same-site"),
            ("Origin", "http://localhost:3000"),
        ],
        vec![("Sec-Fetch-Site", "cross-site")],
        vec![("Origin", "http://localhost:3000")],
    ] {
        let refused = browser.post_with("/sign-out", &form, &headers);
        assert_eq!(refused.status, 403, "{headers:?}: {}", refused.body);
    }
    assert!(still_signed_in(&server, &mut browser));
}

#[test]
fn a_reset_begun_without_an_app_takes_only_a_signed_token() {
    let (_env, server) = setup();
    let mut browser = Browser::new(&server);
    let page = browser.get("/forgot-password");
    assert_eq!(page.status, 200, "{}", page.body);
    let token = page.field("csrf_token");
    assert!(token.contains('.'), "signed: {token}");
    let mut planted = Browser::new(&server);
    planted
        .cookies
        .insert("doorman_csrf".into(), "q".repeat(32));
    let refused = planted.post(
        "/forgot-password",
        &[
            ("csrf_token", &"q".repeat(32)),
            ("identifier", "ada@example.com"),
        ],
    );
    assert_eq!(refused.status, 403, "{}", refused.body);
    let sent = browser.post(
        "/forgot-password",
        &[("csrf_token", &token), ("identifier", "ada@example.com")],
    );
    assert_eq!(sent.status, 303, "{}", sent.body);
}
