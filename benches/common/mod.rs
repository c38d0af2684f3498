//! What the in-process benchmarks share: requests as a browser with a CSRF cookie sends them,
//! the redirect a response names, the server state with limits out of the way, and the
//! summary line they print.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use doorman::web::common::code_limits::CodeLimits;
use doorman::web::common::http::{Request, Response};
use doorman::web::common::ratelimit::KeyAndIpLimit;
use doorman::web::engine::state::ServerState;
use doorman::web::testing::controls::TestControls;

/// The issuer the benchmarks serve as.
pub const ISSUER: &str = "http://localhost:3001/oidc";
/// The browser's CSRF cookie.
pub const CSRF: &str = "0123456789abcdef0123456789abcdef";

/// A request from loopback with the CSRF cookie, the `Host` of the issuer and `form` as its
/// body.
pub fn request(method: &str, target: &str, form: &[(&str, &str)]) -> Request {
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

/// `request` with the cookies `response` set added to its `Cookie` header, as a browser would
/// send them next (the binding cookies a sign-in step sets).
pub fn carry(mut request: Request, response: &Response) -> Request {
    let set: Vec<&str> = response
        .headers
        .iter()
        .filter(|(k, _)| k == "Set-Cookie")
        .filter_map(|(_, v)| v.split(';').next())
        .collect();
    if let Some((_, cookies)) = request.headers.iter_mut().find(|(k, _)| k == "cookie") {
        for pair in set {
            cookies.push_str("; ");
            cookies.push_str(pair);
        }
    }
    request
}

/// The `Location` a response redirects to.
pub fn location(response: &Response) -> String {
    response
        .headers
        .iter()
        .find(|(k, _)| k == "Location")
        .map(|(_, v)| v.clone())
        .unwrap_or_else(|| panic!("no Location: {}", response.status))
}

/// Prints the median and 90th percentile of timings in microseconds.
pub fn summary(name: &str, mut micros: Vec<f64>) {
    micros.sort_by(f64::total_cmp);
    let at = |p: f64| micros[((micros.len() as f64 - 1.0) * p) as usize];
    println!(
        "{name:<44} median {:>7.0} µs   p90 {:>7.0} µs   ({} runs)",
        at(0.5),
        at(0.9),
        micros.len()
    );
}

/// The server's shared state with every rate limit out of the way.
pub fn state() -> Arc<ServerState> {
    state_with(None)
}

/// [`state`] with the test controls on.
pub fn state_with(test_controls: Option<TestControls>) -> Arc<ServerState> {
    Arc::new(ServerState {
        issuer: ISSUER.into(),
        endpoint_prefix: "/oidc".into(),
        allowed_hosts: Default::default(),
        secure_cookies: false,
        sign_in_limits: KeyAndIpLimit::new(1_000_000, 1_000_000, 900),
        device_code_limits: KeyAndIpLimit::new(1_000_000, 1_000_000, 900),
        code_limits: CodeLimits::new(1_000_000, 1_000_000, 1_000_000, 900),
        backchannel: Default::default(),
        discovery: Vec::new(),
        outbox_page: true,
        playground: true,
        per_ip_on_loopback: false,
        csrf_key: aws_lc_rs::hmac::Key::new(aws_lc_rs::hmac::HMAC_SHA256, b"bench"),
        test_controls,
        ceremonies: Default::default(),
    })
}

/// Runs from the `RUNS` environment variable, else `default`.
pub fn runs(default: usize) -> usize {
    std::env::var("RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(default)
}

/// An initialized database in `dir` with cheap password hashing (the benchmarks time the
/// server's own work, not argon2), serving as [`ISSUER`] with `clock`.
pub fn doorman(dir: &std::path::Path, clock: doorman::ops::Clock) -> doorman::ops::Doorman {
    use doorman::credentials::password::{Hasher, HashingCost};
    let store = doorman::store::Store::open(&dir.join("doorman.db")).expect("open the database");
    let cheap = HashingCost {
        memory_kib: 1024,
        iterations: 1,
        parallelism: 1,
    };
    let mut doorman =
        doorman::ops::Doorman::new(store, Hasher::new(cheap).unwrap(), "bench", clock);
    doorman.init(Some(ISSUER)).unwrap();
    doorman.issuer = Some(ISSUER.into());
    doorman
}

/// Registers the SPA `bench` with `redirect` as its redirect URI.
pub fn spa(doorman: &mut doorman::ops::Doorman, redirect: &str) {
    doorman
        .create_app(doorman::ops::clients::apps::NewApp {
            name: "Bench".into(),
            app_type: doorman::model::app::AppType::Spa,
            redirect_uris: vec![redirect.into()],
            post_logout_redirect_uris: Vec::new(),
            backchannel_logout_uri: None,
            is_third_party: false,
            client_id: Some("bench".into()),
            device_flow: false,
        })
        .unwrap();
}
