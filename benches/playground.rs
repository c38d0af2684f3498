//! Server time of the playground, in process: the router answering the callback (the code
//! exchanged as the built-in client, the ID token verified against the JWKS, userinfo read, the
//! result page rendered) and the refresh button (new tokens, the page again), after a sign-in
//! through the hosted pages that is not timed. `cargo bench --bench playground` prints medians
//! and 90th percentiles.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::time::Instant;

use doorman::credentials::password::{Hasher, HashingCost};
use doorman::model::user::{PasswordInput, Profile, Secret};
use doorman::ops::{Clock, Doorman};
use doorman::store::Store;
use doorman::web::code_limits::CodeLimits;
use doorman::web::http::{Request, Response};
use doorman::web::ratelimit::RateLimiter;
use doorman::web::router;
use doorman::web::state::ServerState;

const ISSUER: &str = "http://localhost:3001/oidc";
const CSRF: &str = "0123456789abcdef0123456789abcdef";
const ORIGIN: &str = "http://localhost:3001";
const PASSWORD: &str = "violet-Harbor-42";

fn request(method: &str, target: &str, form: &[(&str, &str)]) -> Request {
    let body = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(form)
        .finish();
    Request::from_parts(
        method,
        target,
        vec![
            ("cookie".into(), format!("doorman_csrf={CSRF}")),
            ("host".into(), "localhost:3001".into()),
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

/// A form field's value in a page.
fn field(body: &str, name: &str) -> String {
    let needle = format!("name=\"{name}\" value=\"");
    let start = body.find(&needle).expect("the field") + needle.len();
    let end = body[start..].find('"').unwrap() + start;
    body[start..end].to_string()
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
    doorman.register_playground(ORIGIN).unwrap();
    doorman
        .create_user(
            Profile {
                email: Some("ada@example.com".into()),
                ..Default::default()
            },
            Some(PasswordInput::Plain(Secret::new(PASSWORD.to_string()))),
        )
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
        .unwrap_or(1000);
    let home = router::handle(&shared, &mut doorman, &request("GET", "/", &[]));
    assert_eq!(home.status, 200);
    let token = field(&String::from_utf8_lossy(&home.body), "csrf_token");

    let mut callback = Vec::with_capacity(runs);
    let mut refresh = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = router::handle(
            &shared,
            &mut doorman,
            &request(
                "POST",
                "/playground/start",
                &[
                    ("csrf_token", &token),
                    ("scope", "openid"),
                    ("scope", "email"),
                    ("scope", "offline_access"),
                ],
            ),
        );
        let auth = location(&start).replacen(ISSUER, "/oidc", 1);
        let sign_in = location(&router::handle(
            &shared,
            &mut doorman,
            &request("GET", &auth, &[]),
        ));
        let interaction = sign_in.split('=').nth(1).unwrap().to_string();
        let back = router::handle(
            &shared,
            &mut doorman,
            &request(
                "POST",
                "/sign-in",
                &[
                    ("csrf_token", CSRF),
                    ("interaction", &interaction),
                    ("identifier", "ada@example.com"),
                    ("password", PASSWORD),
                ],
            ),
        );
        let to_callback = location(&back).replacen(ORIGIN, "", 1);
        let get = request("GET", &to_callback, &[]);
        let t = Instant::now();
        let result = router::handle(&shared, &mut doorman, &get);
        callback.push(t.elapsed().as_secs_f64() * 1e6);
        assert_eq!(result.status, 200);
        let body = String::from_utf8_lossy(&result.body).to_string();
        assert!(body.contains("data-signature=\"verified\""));
        let post = request(
            "POST",
            "/playground/refresh",
            &[
                ("csrf_token", &field(&body, "csrf_token")),
                ("run", &field(&body, "run")),
            ],
        );
        let t = Instant::now();
        let again = router::handle(&shared, &mut doorman, &post);
        refresh.push(t.elapsed().as_secs_f64() * 1e6);
        assert_eq!(again.status, 200);
    }
    summary("GET /playground/callback (exchange + page)", callback);
    summary("POST /playground/refresh (refresh + page)", refresh);
}
