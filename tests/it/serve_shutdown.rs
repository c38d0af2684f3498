//! Shutdown when a back-channel logout receiver never answers: the notices still queued get a
//! short grace period instead of holding the server (4 of them held SIGTERM for 70 s), and a
//! second signal exits at once.

use std::net::TcpListener;
use std::time::Duration;

use crate::oidc_flow::{REDIRECT, auth_url, exchange};
use crate::server::{Browser, PASSWORD, Server, form, query_param};
use crate::util::{Env, create_user};

/// A server with `sessions` sign-outs queued for a receiver that accepts connections (the
/// kernel does, from its backlog) and never answers.
fn server_with_stuck_notices(env: &Env, silent: &TcpListener, sessions: usize) -> Server {
    create_user(env, "stuck@example.com");
    let receiver = format!(
        "http://127.0.0.1:{}/backchannel",
        silent.local_addr().unwrap().port()
    );
    let app = env.json(&[
        "app",
        "create",
        "web",
        "--type",
        "web",
        "--client-id",
        "web",
        "--redirect-uri",
        REDIRECT,
        "--backchannel-logout-uri",
        &receiver,
    ]);
    let client = (
        "web".to_string(),
        app["client_secret"].as_str().unwrap().to_string(),
    );
    let server = Server::start(env);
    for _ in 0..sessions {
        let mut browser = Browser::new(&server);
        let back = browser.sign_in(&auth_url(&server, "web", ""), "stuck@example.com", PASSWORD);
        let code = query_param(back.location(), "code").unwrap();
        let tokens = exchange(&server, &client, &code).json();
        let hint = tokens["id_token"].as_str().unwrap();
        let out = browser.get(&format!(
            "{}/session/end?{}",
            server.issuer,
            form(&[("id_token_hint", hint)])
        ));
        assert_eq!(out.status, 200, "{}", out.body);
    }
    server
}

#[test]
fn shutdown_with_a_silent_back_channel_receiver_ends_within_its_grace() {
    let env = Env::new();
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let mut server = server_with_stuck_notices(&env, &silent, 4);
    server.signal();
    // The grace is 5 s and one delivery attempt at most 5 s more; 70 s before.
    let status = server.wait_for_exit(Duration::from_secs(30));
    assert!(status.success(), "{status:?}");
}

#[test]
fn a_second_signal_exits_at_once() {
    let env = Env::new();
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let mut server = server_with_stuck_notices(&env, &silent, 1);
    server.signal();
    // Two signals sent back to back can merge into one (they are not queued): send the second
    // once the server has acted on the first, which closes its listening socket.
    let address = server.base.trim_start_matches("http://").to_string();
    let closed = (0..2000).any(|_| {
        let refused = std::net::TcpStream::connect(&address).is_err();
        if !refused {
            std::thread::sleep(Duration::from_millis(5));
        }
        refused
    });
    assert!(closed, "the server kept listening after the first signal");
    server.signal();
    let status = server.wait_for_exit(Duration::from_secs(30));
    assert_eq!(status.code(), Some(130), "{status:?}");
}
