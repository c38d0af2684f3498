//! Server time of the playground, in process: the router answering the callback (the code
//! exchanged as the built-in client, the ID token verified against the JWKS, userinfo read, the
//! result page rendered) and the refresh button (new tokens, the page again), after a sign-in
//! through the hosted pages that is not timed. `cargo bench --bench playground` prints medians
//! and 90th percentiles.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

use doorman::model::user::{PasswordInput, Profile, Secret};
use doorman::ops::Clock;
use doorman::web::engine::router;

mod common;
use common::{CSRF, ISSUER, carry, location, request, summary};

const ORIGIN: &str = "http://localhost:3001";
const PASSWORD: &str = "violet-Harbor-42";

/// A form field's value in a page.
fn field(body: &str, name: &str) -> String {
    let needle = format!("name=\"{name}\" value=\"");
    let start = body.find(&needle).expect("the field") + needle.len();
    let end = body[start..].find('"').unwrap() + start;
    body[start..end].to_string()
}

fn main() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let mut doorman = common::doorman(dir.path(), Clock::System);
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
    let shared = common::state();
    let runs = common::runs(1000);
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
        let get = carry(request("GET", &to_callback, &[]), &start);
        let t = Instant::now();
        let result = router::handle(&shared, &mut doorman, &get);
        callback.push(t.elapsed().as_secs_f64() * 1e6);
        assert_eq!(result.status, 200);
        let body = String::from_utf8_lossy(&result.body).to_string();
        assert!(body.contains("data-signature=\"verified\""));
        let post = carry(
            request(
                "POST",
                "/playground/refresh",
                &[
                    ("csrf_token", &field(&body, "csrf_token")),
                    ("run", &field(&body, "run")),
                ],
            ),
            &start,
        );
        let t = Instant::now();
        let again = router::handle(&shared, &mut doorman, &post);
        refresh.push(t.elapsed().as_secs_f64() * 1e6);
        assert_eq!(again.status, 200);
    }
    summary("GET /playground/callback (exchange + page)", callback);
    summary("POST /playground/refresh (refresh + page)", refresh);
}
