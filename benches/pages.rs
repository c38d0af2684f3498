//! Server time of the account pages, in process: the router answering `GET /register` (the
//! interaction read, the settings, the template rendered) and `POST /verify` with a right code
//! (the verification checked, the account created, the session started, the code issued) and
//! with a wrong one. HTTP parsing and the network are left out on purpose: the goal is about
//! the server's own work. `cargo bench --bench pages` prints medians and 90th percentiles.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::time::Instant;

use doorman::credentials::password::{Hasher, HashingCost};
use doorman::model::app::AppType;
use doorman::ops::apps::NewApp;
use doorman::ops::{Clock, Doorman};
use doorman::store::Store;
use doorman::web::code_limits::CodeLimits;
use doorman::web::http::{Request, Response};
use doorman::web::ratelimit::RateLimiter;
use doorman::web::router;
use doorman::web::state::ServerState;

const ISSUER: &str = "http://localhost:3001/oidc";
const REDIRECT: &str = "http://127.0.0.1:9/callback";
const CSRF: &str = "0123456789abcdef0123456789abcdef";

fn request(method: &str, target: &str, form: &[(&str, &str)]) -> Request {
    let body = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(form)
        .finish();
    Request::from_parts(
        method,
        target,
        vec![
            ("cookie".into(), format!("doorman_csrf={CSRF}")),
            (
                "content-type".into(),
                "application/x-www-form-urlencoded".into(),
            ),
        ],
        body.as_bytes(),
        Some([127, 0, 0, 1].into()),
    )
    .expect("a well-formed request")
}

fn location(response: &Response) -> String {
    response
        .headers
        .iter()
        .find(|(k, _)| k == "Location")
        .map(|(_, v)| v.clone())
        .unwrap_or_else(|| panic!("no Location: {}", response.status))
}

fn summary(name: &str, mut micros: Vec<f64>) {
    micros.sort_by(f64::total_cmp);
    let at = |p: f64| micros[((micros.len() as f64 - 1.0) * p) as usize];
    println!(
        "{name:<44} median {:>7.0} µs   p90 {:>7.0} µs   ({} runs)",
        at(0.5),
        at(0.9),
        micros.len()
    );
}

fn main() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let store = Store::open(&dir.path().join("doorman.db")).expect("open the database");
    let cheap = HashingCost {
        memory_kib: 1024,
        iterations: 1,
        parallelism: 1,
    };
    let mut doorman = Doorman::new(store, Hasher::new(cheap).unwrap(), "bench", Clock::System);
    doorman.init(Some(ISSUER)).unwrap();
    doorman.issuer = Some(ISSUER.into());
    doorman
        .create_app(NewApp {
            name: "Bench".into(),
            app_type: AppType::Spa,
            redirect_uris: vec![REDIRECT.into()],
            post_logout_redirect_uris: Vec::new(),
            backchannel_logout_uri: None,
            is_third_party: false,
            client_id: Some("bench".into()),
        })
        .unwrap();
    let (backchannel, _thread) = doorman::web::backchannel::start().unwrap();
    let shared = Arc::new(ServerState {
        issuer: ISSUER.into(),
        endpoint_prefix: "/oidc".into(),
        allowed_hosts: Default::default(),
        secure_cookies: false,
        identifier_limiter: RateLimiter::new(1_000_000, 900),
        ip_limiter: RateLimiter::new(1_000_000, 900),
        code_limits: CodeLimits::new(1_000_000, 1_000_000, 1_000_000, 900),
        backchannel,
        discovery: Vec::new(),
        outbox_page: true,
        playground: true,
        per_ip_on_loopback: false,
        csrf_key: aws_lc_rs::hmac::Key::new(aws_lc_rs::hmac::HMAC_SHA256, b"bench"),
    });
    let runs: usize = std::env::var("RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(2000);
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
