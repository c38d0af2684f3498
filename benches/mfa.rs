//! Server time of the second factor, in process: the router answering `POST /mfa` with a right
//! authenticator code (the code checked against the secret, its step recorded, the session
//! started, the authorization code issued) and with a wrong one, after a password sign-in that
//! is not timed. The clock is fixed and moves a step per sign-in, as each TOTP step is accepted
//! once. `cargo bench --bench mfa` prints medians and 90th percentiles.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::time::Instant;

use doorman::credentials::password::{Hasher, HashingCost};
use doorman::credentials::totp;
use doorman::model::app::AppType;
use doorman::model::timestamp::Timestamp;
use doorman::model::user::{PasswordInput, Profile, Secret};
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
const SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
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
    let mut now = 1_800_000_000;
    let mut doorman = Doorman::new(
        store,
        Hasher::new(cheap).unwrap(),
        "bench",
        Clock::Fixed(Timestamp::from_unix(now)),
    );
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
    let user = doorman
        .create_user(
            Profile {
                email: Some("ada@example.com".into()),
                ..Default::default()
            },
            Some(PasswordInput::Plain(Secret::new(PASSWORD.to_string()))),
        )
        .unwrap();
    doorman.add_totp(&user.id, Some(SECRET)).unwrap();
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
    let target = format!(
        "/oidc/auth?client_id=bench&response_type=code&scope=openid&prompt=login\
         &redirect_uri={}&code_challenge=V5T1pu0fu1y3sRJgbQCFWSiHUp6nY5V0Gm4ov7oQO1U\
         &code_challenge_method=S256",
        form_urlencoded::byte_serialize(REDIRECT.as_bytes()).collect::<String>()
    );

    let mut right = Vec::with_capacity(runs);
    let mut wrong = Vec::with_capacity(runs);
    for _ in 0..runs {
        now += 30;
        doorman.clock = Clock::Fixed(Timestamp::from_unix(now));
        let sign_in = location(&router::handle(
            &shared,
            &mut doorman,
            &request("GET", &target, &[]),
        ));
        let interaction = sign_in.split('=').nth(1).unwrap().to_string();
        let to_mfa = router::handle(
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
        assert!(location(&to_mfa).starts_with("/mfa"));
        let code = totp::code_at(SECRET, now).unwrap();
        let mistaken = if code == "000000" { "111111" } else { "000000" };
        for (code, times, status) in [
            (mistaken, &mut wrong, 400),
            (code.as_str(), &mut right, 303),
        ] {
            let post = request(
                "POST",
                "/mfa",
                &[
                    ("csrf_token", CSRF),
                    ("interaction", &interaction),
                    ("factor", "totp"),
                    ("code", code),
                ],
            );
            let t = Instant::now();
            let response = router::handle(&shared, &mut doorman, &post);
            times.push(t.elapsed().as_secs_f64() * 1e6);
            assert_eq!(response.status, status);
        }
    }
    summary("POST /mfa, wrong authenticator code", wrong);
    summary("POST /mfa, right code (session + code)", right);
}
