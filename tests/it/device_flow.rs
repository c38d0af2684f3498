//! The device authorization grant (RFC 8628): openid-client asks for a code and polls while
//! Chromium types the code at `/device` and signs in; each stage of polling over plain HTTP;
//! the limit on wrong codes; and a lapsed request, in process with a fixed clock.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use doorman::model::timestamp::Timestamp;
use doorman::ops::Clock;
use serde_json::Value;

use crate::browser::Chrome;
use crate::server::{Browser, PASSWORD, Reply, Server, post_form};
use crate::util::{Env, create_user};

/// A native app with the device flow on, client id `tv`.
fn tv_app(env: &Env) {
    let app = env.json(&[
        "app",
        "create",
        "Living-room TV",
        "--type",
        "native",
        "--device-flow",
        "--client-id",
        "tv",
    ]);
    assert_eq!(app["device_flow"], true, "{app}");
}

/// The issuer the server names (its host is `localhost`, where the tests call 127.0.0.1).
fn issuer_of(server: &Server) -> String {
    let discovery = crate::server::get(&server.url("/oidc/.well-known/openid-configuration"));
    discovery.json()["issuer"].as_str().unwrap().to_string()
}

fn start(server: &Server, client_id: &str, scope: &str) -> Reply {
    post_form(
        &server.url("/oidc/device/auth"),
        None,
        &[("client_id", client_id), ("scope", scope)],
    )
}

fn poll(server: &Server, device_code: &str) -> Reply {
    post_form(
        &server.url("/oidc/token"),
        None,
        &[
            ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
            ("client_id", "tv"),
            ("device_code", device_code),
        ],
    )
}

fn error_of(reply: &Reply) -> String {
    reply.json()["error"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// Types `user_code` at `/device` and confirms (`yes`) or cancels (`no`); the reply to the
/// confirmation.
fn enter_code(browser: &mut Browser, user_code: &str, confirm: &str) -> Reply {
    let page = browser.get("/device");
    assert_eq!(page.status, 200, "{page:#?}");
    let confirmation = browser.post(
        "/device",
        &[
            ("csrf_token", &page.field("csrf_token")),
            ("user_code", user_code),
        ],
    );
    assert_eq!(confirmation.status, 200, "{confirmation:#?}");
    assert!(
        confirmation.body.contains("Living-room TV"),
        "names the app"
    );
    browser.post(
        "/device",
        &[
            ("csrf_token", &confirmation.field("csrf_token")),
            ("user_code", &confirmation.field("user_code")),
            ("confirm", confirm),
        ],
    )
}

#[test]
fn openid_client_signs_a_device_in_while_a_person_types_its_code_in_chromium() {
    let env = Env::new();
    create_user(&env, "ada@example.com");
    tv_app(&env);
    let server = Server::start(&env);
    let issuer = issuer_of(&server);
    let sdk = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/sdk"));
    let mut device = Command::new("node")
        .arg("device-flow.mjs")
        .current_dir(sdk)
        .env("DOORMAN_ISSUER", &issuer)
        .env("CLIENT_ID", "tv")
        .env("SCOPE", "openid email offline_access")
        .stdout(Stdio::piped())
        .spawn()
        .expect("node runs (Node.js is on these machines)");
    let mut lines = BufReader::new(device.stdout.take().unwrap()).lines();
    let started: Value = serde_json::from_str(&lines.next().unwrap().unwrap()).unwrap();
    let base = issuer.trim_end_matches("/oidc");
    assert_eq!(
        started["verification_uri"],
        format!("{base}/device"),
        "{started}"
    );
    assert_eq!(started["interval"], 5, "{started}");
    let user_code = started["user_code"].as_str().unwrap().to_string();
    assert!(
        started["verification_uri_complete"]
            .as_str()
            .unwrap()
            .ends_with(&format!("?user_code={user_code}")),
        "{started}"
    );

    let chrome = Chrome::start();
    chrome.open(&server.url("/device"));
    chrome.screenshot("device-code");
    // Typed as a person might: lower case, without the dash.
    chrome.type_into("#user_code", &user_code.replace('-', "").to_lowercase());
    chrome.click("#main-form button[type=submit]");
    assert_eq!(chrome.text("[data-user-code]"), user_code);
    assert!(chrome.source().contains("Living-room TV"));
    chrome.screenshot("device-confirm");
    chrome.click("button[name=confirm][value=yes]");
    assert!(
        chrome.url().contains("/sign-in?interaction="),
        "{}",
        chrome.url()
    );
    chrome.type_into("#identifier", "ada@example.com");
    chrome.type_into("#password", PASSWORD);
    chrome.click("#main-form button[type=submit]");
    assert!(
        chrome.url().ends_with("/device/success"),
        "{}",
        chrome.url()
    );
    assert!(chrome.has("[data-device-outcome=success]"));
    chrome.screenshot("device-success");

    let done: Value = serde_json::from_str(&lines.next().unwrap().unwrap()).unwrap();
    assert!(device.wait().unwrap().success());
    assert_eq!(done["claims"]["aud"], "tv", "{done}");
    assert_eq!(done["claims"]["email"], "ada@example.com", "{done}");
    assert_eq!(done["userinfo"]["email"], "ada@example.com", "{done}");
    assert_eq!(done["has_refresh_token"], true, "{done}");
    assert_eq!(done["scope"], "openid email offline_access", "{done}");
    assert_eq!(done["device_endpoint"], format!("{issuer}/device/auth"));
}

#[test]
fn a_poll_is_told_to_wait_slow_down_and_then_that_the_person_said_no() {
    let env = Env::new();
    create_user(&env, "ada@example.com");
    tv_app(&env);
    let server = Server::start(&env);
    let started = start(&server, "tv", "openid profile").json();
    let device_code = started["device_code"].as_str().unwrap();

    let first = poll(&server, device_code);
    assert_eq!(
        (first.status, error_of(&first)),
        (400, "authorization_pending".into())
    );
    let hasty = poll(&server, device_code);
    assert_eq!((hasty.status, error_of(&hasty)), (400, "slow_down".into()));

    let mut browser = Browser::new(&server);
    let cancelled = enter_code(&mut browser, started["user_code"].as_str().unwrap(), "no");
    assert_eq!(cancelled.location(), "/device/denied");
    let page = browser.get("/device/denied");
    assert!(
        page.body.contains("data-device-outcome=\"denied\""),
        "{page:#?}"
    );
    for _ in 0..2 {
        let denied = poll(&server, device_code);
        assert_eq!(
            (denied.status, error_of(&denied)),
            (400, "access_denied".into())
        );
    }
    // A decided code cannot be typed again.
    let again = browser.get("/device");
    let retry = browser.post(
        "/device",
        &[
            ("csrf_token", &again.field("csrf_token")),
            ("user_code", started["user_code"].as_str().unwrap()),
        ],
    );
    assert_eq!(retry.status, 400, "{retry:#?}");
}

#[test]
fn an_approved_device_code_is_redeemed_once_and_only_by_its_app() {
    let env = Env::new();
    create_user(&env, "ada@example.com");
    tv_app(&env);
    env.json(&[
        "app",
        "create",
        "Phone",
        "--type",
        "native",
        "--device-flow",
        "--client-id",
        "phone",
    ]);
    let server = Server::start(&env);
    let started = start(&server, "tv", "openid").json();
    let device_code = started["device_code"].as_str().unwrap();

    let mut browser = Browser::new(&server);
    let to_sign_in = enter_code(&mut browser, started["user_code"].as_str().unwrap(), "yes");
    assert!(
        to_sign_in.location().starts_with("/sign-in?interaction="),
        "{to_sign_in:#?}"
    );
    let page = browser.get(to_sign_in.location());
    let signed_in = browser.post(
        "/sign-in",
        &[
            ("csrf_token", &page.field("csrf_token")),
            ("interaction", &page.field("interaction")),
            ("identifier", "ada@example.com"),
            ("password", PASSWORD),
        ],
    );
    assert_eq!(signed_in.location(), "/device/success", "{signed_in:#?}");

    let stolen = post_form(
        &server.url("/oidc/token"),
        None,
        &[
            ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
            ("client_id", "phone"),
            ("device_code", device_code),
        ],
    );
    assert_eq!(error_of(&stolen), "invalid_grant", "{stolen:#?}");
    let tokens = poll(&server, device_code);
    assert_eq!(tokens.status, 200, "{tokens:#?}");
    assert!(tokens.json()["id_token"].is_string());
    let replay = poll(&server, device_code);
    assert_eq!(error_of(&replay), "invalid_grant", "{replay:#?}");
}

#[test]
fn only_device_flow_apps_may_ask_and_discovery_says_where() {
    let env = Env::new();
    env.json(&[
        "app",
        "create",
        "Phone",
        "--type",
        "native",
        "--client-id",
        "phone",
        "--redirect-uri",
        "com.example.phone:/cb",
    ]);
    let server = Server::start(&env);
    let refused = start(&server, "phone", "openid");
    assert_eq!(
        (refused.status, error_of(&refused)),
        (400, "unauthorized_client".into())
    );
    let unknown = start(&server, "nobody", "openid");
    assert_eq!(error_of(&unknown), "invalid_client", "{unknown:#?}");
    let discovery =
        crate::server::get(&server.url("/oidc/.well-known/openid-configuration")).json();
    let issuer = issuer_of(&server);
    assert_eq!(
        discovery["device_authorization_endpoint"],
        format!("{issuer}/device/auth")
    );
    assert!(
        discovery["grant_types_supported"]
            .as_array()
            .unwrap()
            .iter()
            .any(|g| g == "urn:ietf:params:oauth:grant-type:device_code")
    );
}

#[test]
fn wrong_user_codes_are_limited_for_everyone_together() {
    let env = Env::new();
    tv_app(&env);
    env.write(
        "doorman.yaml",
        "server:\n  rate_limits:\n    failures_per_ip: 3\n",
    );
    let server = Server::start(&env);
    let started = start(&server, "tv", "openid").json();
    let mut browser = Browser::new(&server);
    let page = browser.get("/device");
    let csrf = page.field("csrf_token");
    for _ in 0..3 {
        let wrong = browser.post(
            "/device",
            &[("csrf_token", &csrf), ("user_code", "BCDF-GHJK")],
        );
        assert_eq!(wrong.status, 400, "{wrong:#?}");
    }
    // Another browser, and the right code: still refused until the window passes.
    let mut other = Browser::new(&server);
    let page = other.get("/device");
    let limited = other.post(
        "/device",
        &[
            ("csrf_token", &page.field("csrf_token")),
            ("user_code", started["user_code"].as_str().unwrap()),
        ],
    );
    assert_eq!(limited.status, 429, "{limited:#?}");
    assert!(limited.header("retry-after").is_some());
}

#[test]
fn a_lapsed_device_code_is_expired_for_the_device_and_the_page() {
    let env = Env::new();
    tv_app(&env);
    let mut doorman = env.doorman();
    let app = doorman.find_client("tv").unwrap().unwrap();
    let began = Timestamp::from_unix(1_900_000_000);
    doorman.clock = Clock::Fixed(began);
    let started = doorman
        .start_device_authorization(&app, Some("openid"), Vec::new())
        .unwrap();
    assert_eq!(started.expires_in, 600);
    doorman.clock = Clock::Fixed(began.plus(599));
    assert!(
        doorman
            .pending_device(&started.user_code)
            .unwrap()
            .is_some()
    );
    let pending = doorman
        .poll_device(&app, &started.device_code, None)
        .unwrap_err();
    assert_eq!(pending.error, "authorization_pending");
    doorman.clock = Clock::Fixed(began.plus(600));
    assert!(
        doorman
            .pending_device(&started.user_code)
            .unwrap()
            .is_none()
    );
    let lapsed = doorman
        .poll_device(&app, &started.device_code, None)
        .unwrap_err();
    assert_eq!(lapsed.error, "expired_token");
}
