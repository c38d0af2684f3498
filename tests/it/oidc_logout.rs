//! Sign-out: RP-initiated logout with its checks, back-channel logout tokens received by a tiny
//! listener, consent for third-party apps, and a graceful stop.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::mpsc;
use std::time::Duration;

use crate::oidc_flow::auth_url;
use crate::oidc_tokens::verify;
use crate::server::{Browser, PASSWORD, Server, form, post_form, query_param};
use crate::util::{Env, create_user};

/// Accepts one HTTP request and sends its body back over the channel.
pub fn one_request_listener() -> (String, mpsc::Receiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!(
        "http://127.0.0.1:{}/backchannel",
        listener.local_addr().unwrap().port()
    );
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        let mut length = 0;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            if line.trim().is_empty() {
                break;
            }
            if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                length = v.trim().parse().unwrap();
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body).unwrap();
        let mut stream = stream;
        stream
            .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            .unwrap();
        tx.send(String::from_utf8(body).unwrap()).unwrap();
    });
    (url, rx)
}

#[test]
fn rp_initiated_logout_ends_the_session_and_notifies_the_back_channel() {
    let env = Env::new();
    create_user(&env, "bye@example.com");
    let (listener_url, received) = one_request_listener();
    let app = env.json(&[
        "app",
        "create",
        "web",
        "--type",
        "web",
        "--client-id",
        "web",
        "--redirect-uri",
        "http://app.test/callback",
        "--post-logout-redirect-uri",
        "http://app.test/bye",
        "--backchannel-logout-uri",
        &listener_url,
    ]);
    let secret = app["client_secret"].as_str().unwrap();
    let server = Server::start(&env);
    let mut browser = Browser::new(&server);
    let back = browser.sign_in(&auth_url(&server, "web", ""), "bye@example.com", PASSWORD);
    let code = query_param(back.location(), "code").unwrap();
    let tokens = post_form(
        &format!("{}/token", server.issuer),
        Some(("web", secret)),
        &[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", "http://app.test/callback"),
        ],
    )
    .json();
    let id_token = tokens["id_token"].as_str().unwrap();
    let sid = verify(&server, id_token)["sid"]
        .as_str()
        .unwrap()
        .to_string();
    let end = format!("{}/session/end", server.issuer);

    // An unregistered post-logout URI and a forged hint are refused, and end nothing.
    let unregistered = browser.get(&format!(
        "{end}?{}",
        form(&[
            ("id_token_hint", id_token),
            ("post_logout_redirect_uri", "http://evil.test/")
        ])
    ));
    assert_eq!(unregistered.status, 400);
    let mut forged = id_token.to_string();
    forged.truncate(forged.len() - 4);
    forged.push_str("AAAA");
    let refused = browser.get(&format!("{end}?{}", form(&[("id_token_hint", &forged)])));
    assert_eq!(refused.status, 400);
    let still = browser.get(&auth_url(&server, "web", ""));
    assert!(
        query_param(still.location(), "code").is_some(),
        "the session survived: {still:#?}"
    );

    let out = browser.get(&format!(
        "{end}?{}",
        form(&[
            ("id_token_hint", id_token),
            ("post_logout_redirect_uri", "http://app.test/bye"),
            ("state", "s9"),
        ])
    ));
    assert_eq!(out.status, 303, "{out:#?}");
    assert_eq!(out.location(), "http://app.test/bye?state=s9");
    let body = received
        .recv_timeout(Duration::from_secs(30))
        .expect("a back-channel logout");
    let logout_token = body
        .strip_prefix("logout_token=")
        .expect("a form with logout_token");
    let claims = verify(&server, logout_token);
    assert_eq!(claims["sid"], sid.as_str());
    assert_eq!(claims["aud"], "web");
    assert!(claims["events"]["http://schemas.openid.net/event/backchannel-logout"].is_object());
    assert!(claims.get("nonce").is_none());

    // Signed out everywhere: the next authorization asks for a password again, and the
    // session's refresh token is revoked.
    let again = browser.get(&auth_url(&server, "web", ""));
    assert!(again.location().starts_with("/sign-in"), "{again:#?}");
    let refresh = post_form(
        &format!("{}/token", server.issuer),
        Some(("web", secret)),
        &[
            ("grant_type", "refresh_token"),
            ("refresh_token", tokens["refresh_token"].as_str().unwrap()),
        ],
    );
    assert_eq!(refresh.json()["error"], "invalid_grant");
}

#[test]
fn sign_out_without_a_hint_asks_first() {
    let env = Env::new();
    create_user(&env, "ask@example.com");
    crate::oidc_flow::web_app(&env, "web");
    let server = Server::start(&env);
    let mut browser = Browser::new(&server);
    browser.sign_in(&auth_url(&server, "web", ""), "ask@example.com", PASSWORD);
    let page = browser.get(&format!("{}/session/end", server.issuer));
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Sign out?"));
    // A bare link (no app named) is never submitted for the user.
    assert!(!page.body.contains("data-auto-submit") && !page.body.contains("<script"));
    let missing_csrf = browser.post("/sign-out", &[]);
    assert_eq!(missing_csrf.status, 403);
    let done = browser.post("/sign-out", &[("csrf_token", &page.field("csrf_token"))]);
    assert_eq!(done.status, 200);
    assert!(done.body.contains("You are signed out"));
    let again = browser.get(&auth_url(&server, "web", ""));
    assert!(again.location().starts_with("/sign-in"));
}

#[test]
fn third_party_apps_ask_for_consent_once() {
    let env = Env::new();
    create_user(&env, "con@example.com");
    env.json(&[
        "app",
        "create",
        "Partner",
        "--type",
        "web",
        "--third-party",
        "--client-id",
        "partner",
        "--redirect-uri",
        "http://app.test/callback",
    ]);
    let server = Server::start(&env);
    let mut browser = Browser::new(&server);
    let after = browser.sign_in(
        &auth_url(&server, "partner", ""),
        "con@example.com",
        PASSWORD,
    );
    assert!(after.location().starts_with("/consent"), "{after:#?}");
    let page = browser.get(after.location());
    assert!(
        page.body.contains("Partner") && page.body.contains("Your email address"),
        "{}",
        page.body
    );
    let fields = [
        ("csrf_token", page.field("csrf_token")),
        ("interaction", page.field("interaction")),
    ];
    let pairs = |decision: &'static str| {
        let mut p: Vec<(&str, String)> = fields.iter().map(|(k, v)| (*k, v.clone())).collect();
        p.push(("decision", decision.to_string()));
        p
    };
    let allow = pairs("allow");
    let allow: Vec<(&str, &str)> = allow.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let allowed = browser.post("/consent", &allow);
    assert!(
        query_param(allowed.location(), "code").is_some(),
        "{allowed:#?}"
    );
    // Remembered: no page the second time.
    let second = browser.get(&auth_url(&server, "partner", ""));
    assert!(
        query_param(second.location(), "code").is_some(),
        "{second:#?}"
    );
    // prompt=consent asks again; deny goes back with access_denied.
    let asked = browser.get(&auth_url(&server, "partner", "&prompt=consent"));
    let page = browser.get(asked.location());
    let denied = browser.post(
        "/consent",
        &[
            ("csrf_token", &page.field("csrf_token")),
            ("interaction", &page.field("interaction")),
            ("decision", "deny"),
        ],
    );
    assert_eq!(
        query_param(denied.location(), "error").as_deref(),
        Some("access_denied")
    );
}

#[test]
fn sigterm_stops_the_server_cleanly() {
    let env = Env::new();
    let server = Server::start(&env);
    let status = server.stop();
    assert!(status.success(), "{status:?}");
}

#[test]
fn an_access_token_is_not_an_id_token_hint() {
    let env = Env::new();
    create_user(&env, "hint@example.com");
    let client = crate::oidc_flow::web_app(&env, "web");
    crate::oidc_tokens::register_api(&env);
    let server = Server::start(&env);
    let mut browser = Browser::new(&server);
    // A JWT access token, signed by the same key as the ID token.
    let url = auth_url(&server, "web", "&resource=https%3A%2F%2Fapi.test");
    let back = browser.sign_in(&url, "hint@example.com", PASSWORD);
    let code = query_param(back.location(), "code").unwrap();
    let tokens = crate::oidc_flow::exchange_for(&server, &client, &code, "https://api.test").json();
    let access_token = tokens["access_token"].as_str().unwrap();
    assert_eq!(access_token.matches('.').count(), 2, "a JWT: {tokens}");

    let refused = browser.get(&format!(
        "{}/session/end?{}",
        server.issuer,
        form(&[("id_token_hint", access_token)])
    ));
    assert_eq!(refused.status, 400, "{}", refused.body);
    assert!(refused.body.contains("not an ID token"), "{}", refused.body);
    // The session was not ended: the next authorization needs no password.
    let again = browser.get(&auth_url(&server, "web", ""));
    assert!(
        query_param(again.location(), "code").is_some(),
        "{}",
        again.location()
    );
    // The ID token of the same exchange is accepted and ends the session at once.
    let id_token = tokens["id_token"].as_str().unwrap();
    let ended = browser.get(&format!(
        "{}/session/end?{}",
        server.issuer,
        form(&[("id_token_hint", id_token)])
    ));
    assert_eq!(ended.status, 200, "{}", ended.body);
    let after = browser.get(&auth_url(&server, "web", ""));
    assert!(
        after.location().starts_with("/sign-in"),
        "{}",
        after.location()
    );
}

#[test]
fn deleting_a_user_from_the_cli_ends_their_sessions_and_tells_their_apps() {
    let env = Env::new();
    let user = create_user(&env, "gone@example.com");
    let (listener_url, received) = one_request_listener();
    env.json(&[
        "app",
        "create",
        "web",
        "--type",
        "web",
        "--client-id",
        "web",
        "--redirect-uri",
        "http://app.test/callback",
        "--backchannel-logout-uri",
        &listener_url,
    ]);
    let server = Server::start(&env);
    let mut browser = Browser::new(&server);
    let back = browser.sign_in(&auth_url(&server, "web", ""), "gone@example.com", PASSWORD);
    assert!(query_param(back.location(), "code").is_some(), "{back:#?}");

    env.cmd(&["user", "delete", "gone@example.com", "--yes"])
        .run()
        .success();
    let body = received
        .recv_timeout(Duration::from_secs(30))
        .expect("a back-channel logout");
    let claims = verify(&server, body.strip_prefix("logout_token=").unwrap());
    assert_eq!(claims["sub"], user["id"]);
    assert_eq!(claims["aud"], "web");
    let audit = env.json(&["audit"]).to_string();
    assert!(
        audit.contains("user.deleted"),
        "the audit log keeps it: {audit}"
    );
}
