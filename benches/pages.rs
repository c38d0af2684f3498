//! Server time of the account pages, in process: the router answering `GET /register` (the
//! interaction read, the settings, the template rendered) and `POST /verify` with a right code
//! (the verification checked, the account created, the session started, the code issued) and
//! with a wrong one. HTTP parsing and the network are left out on purpose: the goal is about
//! the server's own work. `cargo bench --bench pages` prints medians and 90th percentiles.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

use doorman::ops::{Clock, Doorman};
use doorman::web::engine::router;

mod common;
use common::{CSRF, location, request, summary};

const REDIRECT: &str = "http://127.0.0.1:9/callback";

fn main() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let mut doorman = common::doorman(dir.path(), Clock::System);
    common::spa(&mut doorman, REDIRECT);
    let shared = common::state();
    let runs = common::runs(2000);
    let authorize = |doorman: &mut Doorman| {
        let target = format!(
            "/oidc/auth?client_id=bench&response_type=code&scope=openid&prompt=create\
             &redirect_uri={}&code_challenge=V5T1pu0fu1y3sRJgbQCFWSiHUp6nY5V0Gm4ov7oQO1U\
             &code_challenge_method=S256",
            form_urlencoded::byte_serialize(REDIRECT.as_bytes()).collect::<String>()
        );
        let started = router::handle(&shared, doorman, &request("GET", &target, &[]));
        location(&started)
    };

    let register_page = authorize(&mut doorman);
    let page = request("GET", &register_page, &[]);
    let mut render = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = Instant::now();
        let response = router::handle(&shared, &mut doorman, &page);
        render.push(t.elapsed().as_secs_f64() * 1e6);
        assert_eq!(response.status, 200);
    }

    let mut right = Vec::with_capacity(runs);
    let mut wrong = Vec::with_capacity(runs);
    for i in 0..runs {
        let register_page = authorize(&mut doorman);
        let interaction = register_page.split('=').nth(1).unwrap().to_string();
        let email = format!("user{i}@example.com");
        let sent = router::handle(
            &shared,
            &mut doorman,
            &request(
                "POST",
                "/register",
                &[
                    ("csrf_token", CSRF),
                    ("interaction", &interaction),
                    ("email", &email),
                    ("password", "violet-Harbor-42"),
                ],
            ),
        );
        let verification = location(&sent).split('=').nth(1).unwrap().to_string();
        let message = doorman.outbox(Some(&email), true).unwrap().remove(0);
        let code: String = message
            .body
            .split_whitespace()
            .map(|w| w.trim_end_matches('.'))
            .find(|w| w.len() == 6 && w.chars().all(|c| c.is_ascii_digit()))
            .unwrap()
            .into();
        let mistaken = if code == "000000" { "111111" } else { "000000" };
        for (code, times, status) in [
            (mistaken, &mut wrong, 400),
            (code.as_str(), &mut right, 303),
        ] {
            let post = request(
                "POST",
                "/verify",
                &[
                    ("csrf_token", CSRF),
                    ("verification", &verification),
                    ("code", code),
                ],
            );
            let t = Instant::now();
            let response = router::handle(&shared, &mut doorman, &post);
            times.push(t.elapsed().as_secs_f64() * 1e6);
            assert_eq!(response.status, status);
        }
    }
    summary("GET /register (render)", render);
    summary("POST /verify, wrong code", wrong);
    summary("POST /verify, right code (account + session + code)", right);
}
