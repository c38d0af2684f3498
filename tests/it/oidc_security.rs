//! Every error path and security rule of the server, from the outside.

use serde_json::Value;

use crate::oidc_flow::{auth_url, exchange, web_app};
use crate::server::{Browser, PASSWORD, Server, get, post_form, query_param};
use crate::util::{Env, audit_events, create_user};

const REDIRECT: &str = "http://app.test/callback";

fn code_for(server: &Server, browser: &mut Browser, client: &str) -> String {
    let reply = browser.get(&auth_url(server, client, ""));
    let reply = if reply.location().starts_with("/sign-in") {
        let page = browser.get(reply.location());
        browser.post(
            "/sign-in",
            &[
                ("csrf_token", &page.field("csrf_token")),
                ("interaction", &page.field("interaction")),
                ("identifier", "eve@example.com"),
                ("password", PASSWORD),
            ],
        )
    } else {
        reply
    };
    query_param(reply.location(), "code").unwrap_or_else(|| panic!("no code: {reply:#?}"))
}

#[test]
fn bad_authorization_requests_show_a_page_or_go_back_with_the_error() {
    let env = Env::new();
    web_app(&env, "web");
    env.json(&[
        "app",
        "create",
        "spa",
        "--type",
        "spa",
        "--redirect-uri",
        REDIRECT,
        "--client-id",
        "spa",
    ]);
    let server = Server::start(&env);
    let mut browser = Browser::new(&server);

    // An unregistered redirect URI is never redirected to.
    let evil = auth_url(&server, "web", "").replace("app.test", "evil.test");
    let page = browser.get(&evil);
    assert_eq!(page.status, 400);
    assert!(page.header("location").is_none());
    assert!(page.body.contains("is not registered"), "{}", page.body);
    let unknown = browser.get(&auth_url(&server, "nobody", ""));
    assert_eq!(unknown.status, 400);
    assert!(unknown.header("location").is_none());

    // A spa without PKCE goes back to the app with the error and the state.
    let spa = browser.get(&auth_url(&server, "spa", ""));
    assert_eq!(spa.status, 303);
    assert_eq!(
        query_param(spa.location(), "error").as_deref(),
        Some("invalid_request")
    );
    assert_eq!(query_param(spa.location(), "state").as_deref(), Some("st"));
    assert!(
        query_param(spa.location(), "error_description")
            .unwrap()
            .contains("PKCE")
    );
    let plain = browser.get(&auth_url(
        &server,
        "web",
        "&code_challenge=abc&code_challenge_method=plain",
    ));
    assert_eq!(
        query_param(plain.location(), "error").as_deref(),
        Some("invalid_request")
    );
    let no_openid = browser.get(&auth_url(&server, "web", "").replace("scope=openid%20", "scope="));
    assert_eq!(
        query_param(no_openid.location(), "error").as_deref(),
        Some("invalid_scope")
    );
}

#[test]
fn a_replayed_code_revokes_what_it_issued_and_a_reused_refresh_token_its_family() {
    let env = Env::new();
    create_user(&env, "eve@example.com");
    let client = web_app(&env, "web");
    let server = Server::start(&env);
    let mut browser = Browser::new(&server);

    let code = code_for(&server, &mut browser, "web");
    let first = exchange(&server, &client, &code);
    assert_eq!(first.status, 200, "{first:#?}");
    assert_eq!(first.header("cache-control"), Some("no-store"));
    let tokens = first.json();
    let access = tokens["access_token"].as_str().unwrap();
    let me =
        |token: &str| crate::server::to_reply_get_bearer(&format!("{}/me", server.issuer), token);
    assert_eq!(me(access).status, 200);

    let replay = exchange(&server, &client, &code);
    assert_eq!(replay.status, 400);
    assert_eq!(replay.json()["error"], "invalid_grant");
    assert_eq!(
        me(access).status,
        401,
        "the replay revoked the access token"
    );
    let refresh = post_form(
        &format!("{}/token", server.issuer),
        Some((&client.0, &client.1)),
        &[
            ("grant_type", "refresh_token"),
            ("refresh_token", tokens["refresh_token"].as_str().unwrap()),
        ],
    );
    assert_eq!(
        refresh.json()["error"],
        "invalid_grant",
        "and the refresh token"
    );

    // Refresh reuse: rotate once, then present the old token again.
    let code = code_for(&server, &mut browser, "web");
    let tokens = exchange(&server, &client, &code).json();
    let old = tokens["refresh_token"].as_str().unwrap();
    let rotate = |token: &str| {
        post_form(
            &format!("{}/token", server.issuer),
            None,
            &[
                ("grant_type", "refresh_token"),
                ("refresh_token", token),
                ("client_id", &client.0),
                ("client_secret", &client.1),
            ],
        )
    };
    let rotated = rotate(old);
    assert_eq!(rotated.status, 200, "{rotated:#?}");
    let new = rotated.json()["refresh_token"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(rotate(old).json()["error"], "invalid_grant");
    assert_eq!(
        rotate(&new).json()["error"],
        "invalid_grant",
        "the whole family is revoked"
    );
    let events = audit_events(&env, &[]);
    assert!(
        events.contains(&"token.code_replayed".to_string()),
        "{events:?}"
    );
    assert!(
        events.contains(&"token.refresh_reused".to_string()),
        "{events:?}"
    );

    // A wrong secret is invalid_client with a challenge.
    let wrong = post_form(
        &format!("{}/token", server.issuer),
        Some((&client.0, "not-the-secret")),
        &[
            ("grant_type", "authorization_code"),
            ("code", "x"),
            ("redirect_uri", REDIRECT),
        ],
    );
    assert_eq!(wrong.status, 401);
    assert!(wrong.header("www-authenticate").is_some());
}

#[test]
fn pages_carry_security_headers_cookie_flags_and_csrf_checks() {
    let env = Env::new();
    create_user(&env, "eve@example.com");
    web_app(&env, "web");
    let server = Server::start(&env);
    let mut browser = Browser::new(&server);
    let start = browser.get(&auth_url(&server, "web", ""));
    let csrf_cookie = start
        .set_cookies
        .iter()
        .find(|c| c.starts_with("doorman_csrf="))
        .expect("csrf cookie");
    assert!(csrf_cookie.contains("HttpOnly") && csrf_cookie.contains("SameSite=Lax"));
    let page = browser.get(start.location());
    assert_eq!(page.header("x-frame-options"), Some("DENY"));
    let csp = page.header("content-security-policy").expect("CSP");
    assert!(
        csp.contains("default-src 'none'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert!(csp.contains("frame-ancestors 'none'"));
    assert!(page.body.contains("id=\"main-form\"") && page.body.contains("type=\"submit\""));
    let interaction = page.field("interaction");

    // Without the CSRF token the form is refused and nobody is signed in.
    let forged = browser.post(
        "/sign-in",
        &[
            ("interaction", &interaction),
            ("identifier", "eve@example.com"),
            ("password", PASSWORD),
        ],
    );
    assert_eq!(forged.status, 403);
    assert!(
        forged
            .set_cookies
            .iter()
            .all(|c| !c.starts_with("doorman_session="))
    );
    // A different browser (no CSRF cookie) cannot continue this interaction either.
    let mut other = Browser::new(&server);
    let stolen = other.post(
        "/sign-in",
        &[
            ("csrf_token", &page.field("csrf_token")),
            ("interaction", &interaction),
            ("identifier", "eve@example.com"),
            ("password", PASSWORD),
        ],
    );
    assert_eq!(stolen.status, 403);

    let done = browser.post(
        "/sign-in",
        &[
            ("csrf_token", &page.field("csrf_token")),
            ("interaction", &interaction),
            ("identifier", "eve@example.com"),
            ("password", PASSWORD),
        ],
    );
    assert_eq!(done.status, 303, "{done:#?}");
    let session = done
        .set_cookies
        .iter()
        .find(|c| c.starts_with("doorman_session="))
        .expect("session cookie");
    assert!(
        session.contains("HttpOnly") && session.contains("SameSite=Lax"),
        "{session}"
    );
    assert!(!session.contains("Secure"), "http issuer");
}

#[test]
fn failed_sign_ins_are_rate_limited_and_suspended_users_refused() {
    let env = Env::new();
    create_user(&env, "eve@example.com");
    create_user(&env, "sus@example.com");
    env.json(&["user", "suspend", "sus@example.com", "--yes"]);
    web_app(&env, "web");
    let server = Server::start(&env);
    let mut browser = Browser::new(&server);
    let start = browser.get(&auth_url(&server, "web", ""));
    let page = browser.get(start.location());
    let attempt = |browser: &mut Browser, who: &str, password: &str| {
        browser.post(
            "/sign-in",
            &[
                ("csrf_token", &page.field("csrf_token")),
                ("interaction", &page.field("interaction")),
                ("identifier", who),
                ("password", password),
            ],
        )
    };
    let suspended = attempt(&mut browser, "sus@example.com", PASSWORD);
    assert_eq!(suspended.status, 403);
    assert!(suspended.body.contains("role=\"alert\"") && suspended.body.contains("suspended"));
    for _ in 0..5 {
        let wrong = attempt(&mut browser, "eve@example.com", "wrong-password");
        assert_eq!(wrong.status, 400);
        assert!(wrong.body.contains("role=\"alert\""));
    }
    let limited = attempt(&mut browser, "eve@example.com", PASSWORD);
    assert_eq!(
        limited.status, 429,
        "the right password is refused once limited"
    );
    assert!(limited.body.contains("Too many failed attempts"));
    let events = audit_events(&env, &[]);
    assert!(events.contains(&"sign_in.failed".to_string()), "{events:?}");
    assert!(
        events.contains(&"sign_in.refused_suspended".to_string()),
        "{events:?}"
    );
}

#[test]
fn a_legacy_hash_is_upgraded_and_last_sign_in_recorded() {
    let env = Env::new();
    let old =
        doorman::credentials::password::Hasher::new(doorman::credentials::password::HashingCost {
            memory_kib: 2048,
            iterations: 2,
            parallelism: 1,
        })
        .unwrap()
        .hash(PASSWORD)
        .unwrap();
    env.json(&[
        "user",
        "create",
        "--email",
        "eve@example.com",
        "--password-hash",
        &old,
    ]);
    web_app(&env, "web");
    let server = Server::start(&env);
    let mut browser = Browser::new(&server);
    code_for(&server, &mut browser, "web");
    let export: Value = serde_yaml_value(&env);
    let hash = export["users"][0]["password_hash"].as_str().unwrap();
    assert_ne!(hash, old);
    assert!(hash.starts_with("$argon2id$v=19$m=1024,t=1,p=1$"), "{hash}");
    let user = env.json(&["user", "show", "eve@example.com"]);
    assert!(user["last_sign_in_at"].is_string(), "{user}");
}

fn serde_yaml_value(env: &Env) -> Value {
    env.json(&["export", "--with-secrets", "-o", "json"])
}

#[test]
fn oversized_requests_get_4xx_and_the_server_keeps_serving() {
    let env = Env::new();
    let server = Server::start(&env);
    let long = format!("{}/oidc/auth?x={}", server.base, "a".repeat(9 * 1024));
    assert_eq!(get(&long).status, 414);
    let big = "a".repeat(65 * 1024);
    let reply = post_form(&format!("{}/token", server.issuer), None, &[("x", &big)]);
    assert_eq!(reply.status, 413);
    let discovery = get(&server.url("/oidc/.well-known/openid-configuration"));
    assert_eq!(discovery.status, 200);
    let doc = discovery.json();
    assert_eq!(doc["issuer"], server.issuer.as_str());
    assert_eq!(
        doc["code_challenge_methods_supported"],
        serde_json::json!(["S256"])
    );
    for key in [
        "authorization_endpoint",
        "token_endpoint",
        "userinfo_endpoint",
        "jwks_uri",
        "end_session_endpoint",
        "introspection_endpoint",
        "revocation_endpoint",
    ] {
        let url = doc[key].as_str().unwrap();
        assert!(url.starts_with(&server.issuer), "{key}: {url}");
    }
}

#[test]
fn a_wrong_verifier_does_not_burn_the_code() {
    let env = Env::new();
    create_user(&env, "eve@example.com");
    let client = web_app(&env, "web");
    let server = Server::start(&env);
    let mut browser = Browser::new(&server);
    // RFC 7636 appendix B.
    let verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    let url = auth_url(
        &server,
        "web",
        "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256",
    );
    let back = browser.sign_in(&url, "eve@example.com", PASSWORD);
    let code = query_param(back.location(), "code").unwrap();
    let redeem = |verifier: &str| {
        post_form(
            &format!("{}/token", server.issuer),
            Some((&client.0, &client.1)),
            &[
                ("grant_type", "authorization_code"),
                ("code", &code),
                ("redirect_uri", REDIRECT),
                ("code_verifier", verifier),
            ],
        )
    };
    // Someone who intercepted the code but not the verifier cannot burn it.
    let stolen = redeem("an-attacker-guessing-the-verifier-0123456789");
    assert_eq!(stolen.status, 400);
    assert_eq!(stolen.json()["error"], "invalid_grant");
    let right = redeem(verifier);
    assert_eq!(right.status, 200, "{}", right.body);
    assert!(right.json()["id_token"].is_string());
}
