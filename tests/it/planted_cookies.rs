//! What a cookie planted from "another port" gets an attacker (security review, findings 1 and
//! 2). Every server on `localhost` shares cookies whatever its port, so another dev server can
//! set `doorman_csrf` in the victim's browser to a value of its choosing: here that is just a
//! request carrying the attacker's value. The steps after a sign-in's first factor, and a
//! playground run, answer only the browser holding the secret the server set for them.

use crate::oidc_flow::{auth_url, web_app};
use crate::server::{Browser, PASSWORD, Server};
use crate::util::{Env, create_user};

const CSRF: &str = "doorman_csrf";

/// The attacker's browser: its own CSRF cookie, and an interaction it started with it.
fn attacker_interaction(server: &Server, client: &str) -> (Browser, String, String) {
    let mut attacker = Browser::new(server);
    let start = attacker.get(&auth_url(server, client, ""));
    assert!(start.location().starts_with("/sign-in"), "{start:#?}");
    let interaction = start.location_param("interaction").unwrap();
    let planted = attacker.cookies[CSRF].clone();
    (attacker, planted, interaction)
}

#[test]
fn a_planted_csrf_cookie_does_not_open_the_victims_second_factor_to_the_attacker() {
    let env = Env::new();
    create_user(&env, "ada@example.com");
    web_app(&env, "web");
    env.json(&["settings", "set", "mfa.policy", "mandatory"]);
    let server = Server::start(&env);
    let (mut attacker, planted, interaction) = attacker_interaction(&server, "web");

    // The victim's browser carries the planted cookie and signs in on the genuine page of the
    // attacker's interaction.
    let mut victim = Browser::new(&server);
    victim.cookies.insert(CSRF.into(), planted.clone());
    let page = victim.get(&format!("/sign-in?interaction={interaction}"));
    assert_eq!(page.status, 200, "{page:#?}");
    let to_mfa = victim.post(
        "/sign-in",
        &[
            ("csrf_token", &page.field("csrf_token")),
            ("interaction", &interaction),
            ("identifier", "ada@example.com"),
            ("password", PASSWORD),
        ],
    );
    assert!(to_mfa.location().starts_with("/mfa"), "{to_mfa:#?}");

    // The attacker, with the same CSRF value, sees no authenticator secret and can post nothing.
    let peek = attacker.get(to_mfa.location());
    assert_eq!(peek.status, 403, "{peek:#?}");
    assert!(!peek.body.contains("data-totp-secret"));
    let post = attacker.post(
        "/mfa",
        &[
            ("csrf_token", &planted),
            ("interaction", &interaction),
            ("code", "000000"),
        ],
    );
    assert_eq!(post.status, 403, "{post:#?}");
    assert!(
        post.set_cookies
            .iter()
            .all(|c| !c.starts_with("doorman_session="))
    );

    // The victim's own browser goes on.
    let own = victim.get(to_mfa.location());
    assert_eq!(own.status, 200, "{own:#?}");
    assert!(own.body.contains("data-totp-secret"));
}

#[test]
fn a_planted_csrf_cookie_does_not_hand_the_victims_playground_tokens_to_the_attacker() {
    let env = Env::new();
    create_user(&env, "ada@example.com");
    let server = Server::start(&env);
    let origin = server.issuer.trim_end_matches("/oidc").to_string();

    // The victim is signed in (a session in this browser).
    let mut victim = Browser::new(&server);
    web_app(&env, "web");
    let signed_in = victim.sign_in(&auth_url(&server, "web", ""), "ada@example.com", PASSWORD);
    assert_eq!(signed_in.status, 303, "{signed_in:#?}");

    // The attacker starts a playground run and plants its CSRF cookie in the victim's browser,
    // then sends the victim to the run's authorization URL.
    let mut attacker = Browser::new(&server);
    let home = attacker.get(&format!("{origin}/"));
    let to_auth = attacker.post(
        &format!("{origin}/playground/start"),
        &[
            ("csrf_token", &home.field("csrf_token")),
            ("scope", "openid"),
            ("scope", "offline_access"),
        ],
    );
    let run = to_auth.location_param("state").unwrap();
    victim
        .cookies
        .insert(CSRF.into(), attacker.cookies[CSRF].clone());
    let silent = victim.get(to_auth.location());
    let callback = silent.location().to_string();
    assert!(callback.contains("/playground/callback"), "{silent:#?}");
    let refused = victim.get(&callback);
    assert_eq!(refused.status, 400, "{refused:#?}");
    assert!(!refused.body.contains("ada@example.com"));

    // And the attacker's refresh of its run shows no tokens of the victim's.
    let result = attacker.get(&format!("{origin}/"));
    let refresh = attacker.post(
        &format!("{origin}/playground/refresh"),
        &[("csrf_token", &result.field("csrf_token")), ("run", &run)],
    );
    assert!(
        !refresh.body.contains("ada@example.com"),
        "{}",
        refresh.body
    );
    assert!(
        !refresh.body.contains("data-claim=\"sub\""),
        "{}",
        refresh.body
    );
}
