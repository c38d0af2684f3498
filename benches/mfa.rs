//! Server time of the second factor, in process: the router answering `POST /mfa` with a right
//! authenticator code (the code checked against the secret, its step recorded, the session
//! started, the authorization code issued) and with a wrong one, after a password sign-in that
//! is not timed. The clock is fixed and moves a step per sign-in, as each TOTP step is accepted
//! once. `cargo bench --bench mfa` prints medians and 90th percentiles.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

use doorman::credentials::totp;
use doorman::model::timestamp::Timestamp;
use doorman::model::user::{PasswordInput, Profile, Secret};
use doorman::ops::Clock;
use doorman::web::engine::router;

mod common;
use common::{CSRF, carry, location, request, summary};

const REDIRECT: &str = "http://127.0.0.1:9/callback";
const SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const PASSWORD: &str = "violet-Harbor-42";

fn main() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let mut now = 1_800_000_000;
    let mut doorman = common::doorman(dir.path(), Clock::Fixed(Timestamp::from_unix(now)));
    common::spa(&mut doorman, REDIRECT);
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
    let shared = common::state();
    let runs = common::runs(2000);
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
            let post = carry(
                request(
                    "POST",
                    "/mfa",
                    &[
                        ("csrf_token", CSRF),
                        ("interaction", &interaction),
                        ("factor", "totp"),
                        ("code", code),
                    ],
                ),
                &to_mfa,
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
