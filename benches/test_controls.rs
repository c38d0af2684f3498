//! Server time of the test controls, in process: a headless code flow (`/oidc/auth` with a test
//! user's `login_hint`, then the code exchanged at `/oidc/token`; no password is checked) and
//! `POST /dev/reset` of a database seeded with 1,000 users, after each reset's worth of new
//! users, sessions and tokens. `cargo bench --bench test_controls` prints medians and 90th
//! percentiles. Goals (issue 26): the flow under 1 ms, the reset under 100 ms.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fmt::Write;
use std::time::Instant;

use doorman::ops::admin::fixtures::FixtureSource;
use doorman::ops::{Clock, ControlledClock};
use doorman::web::common::http::Request;
use doorman::web::engine::router;
use doorman::web::testing::controls::{Snapshot, TestControls};

mod common;
use common::{location, request, summary};

const REDIRECT: &str = "http://127.0.0.1:9/callback";
const VERIFIER: &str = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
const CHALLENGE: &str = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
/// An argon2id digest of some password: the users are seeded as they are exported.
const DIGEST: &str = "$argon2id$v=19$m=1024,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$3Pm1mLd8G5E2lO3h0RgG1qvE3Ew4q2b3a5jq0m8x5Yk";

fn main() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let clock = ControlledClock::leak(Clock::System);
    let mut doorman = common::doorman(dir.path(), Clock::Controlled(clock));
    common::spa(&mut doorman, REDIRECT);
    let mut fixture = String::from("users:\n");
    for n in 0..1000 {
        let test_user = if n == 0 { "\n    test_user: true" } else { "" };
        writeln!(
            fixture,
            "  - email: user{n}@example.com\n    name: User {n}\n    password_hash: '{DIGEST}'{test_user}"
        )
        .unwrap();
    }
    let source = FixtureSource {
        name: "users.yaml".into(),
        text: fixture,
    };
    doorman.seed(&[source], false, &()).unwrap();
    let snapshot = dir.path().join("snapshot.db");
    doorman.snapshot(&snapshot).unwrap();
    let shared = common::state_with(Some(TestControls::new(clock, Snapshot { path: snapshot })));
    let runs = common::runs(2000);
    let authorize = format!(
        "/oidc/auth?client_id=bench&response_type=code&scope=openid%20profile\
         &redirect_uri={}&code_challenge={CHALLENGE}&code_challenge_method=S256\
         &login_hint=user0%40example.com",
        form_urlencoded::byte_serialize(REDIRECT.as_bytes()).collect::<String>()
    );

    let mut flows = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = Instant::now();
        let back = router::handle(&shared, &mut doorman, &request("GET", &authorize, &[]));
        let to_app = location(&back);
        let code = to_app
            .split(['?', '&'])
            .find_map(|pair| pair.strip_prefix("code="))
            .expect("the redirect carries a code")
            .to_string();
        let tokens = router::handle(
            &shared,
            &mut doorman,
            &request(
                "POST",
                "/oidc/token",
                &[
                    ("grant_type", "authorization_code"),
                    ("client_id", "bench"),
                    ("code", &code),
                    ("redirect_uri", REDIRECT),
                    ("code_verifier", VERIFIER),
                ],
            ),
        );
        flows.push(t.elapsed().as_secs_f64() * 1e6);
        assert_eq!(tokens.status, 200);
    }
    summary("headless code flow (auth + token)", flows);

    let reset = Request::from_parts(
        "POST",
        "/dev/reset",
        vec![
            ("host".into(), "localhost:3001".into()),
            ("content-type".into(), "application/json".into()),
        ],
        b"{}",
        Some([127, 0, 0, 1].into()),
    )
    .unwrap();
    let mut resets = Vec::new();
    for round in 0..common::runs(2000).min(50) {
        for n in 0..20 {
            let email = format!("later{round}-{n}@example.com");
            doorman
                .create_user(
                    doorman::model::user::Profile {
                        email: Some(email),
                        ..Default::default()
                    },
                    None,
                )
                .unwrap();
        }
        let t = Instant::now();
        let answer = router::handle(&shared, &mut doorman, &reset);
        resets.push(t.elapsed().as_secs_f64() * 1e6);
        assert_eq!(answer.status, 200);
    }
    summary("POST /dev/reset (1,000 users, after 20 more)", resets);
}
