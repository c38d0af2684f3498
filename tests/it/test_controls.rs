//! The test controls (`serve --test-controls`): openid-client drives headless code flows, the
//! clock, scripted outcomes and captured requests as an app's test suite would; the controls
//! are absent without the flag, refuse a non-loopback listener and form posts; headless sign-in
//! is for test users of first-party apps only; `/dev/reset` returns to the seeded fixtures.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use serde_json::{Value, json};

use crate::server::{Reply, Server, agent, get, post_form, to_reply};
use crate::util::{Env, binary};

const REDIRECT_URI: &str = "http://localhost:3000/callback";

/// A confidential app, a third-party app, a test user and an ordinary user.
const FIXTURES: &str = r#"
apps:
  - name: Web
    client_id: web
    type: web
    client_secret: web-secret-for-tests
    redirect_uris: [http://localhost:3000/callback]
  - name: Partner
    client_id: partner
    type: spa
    is_third_party: true
    redirect_uris: [http://localhost:3000/callback]
resources:
  - indicator: https://api.test
    name: API
    scopes:
      - { name: read, description: Read }
users:
  - email: ada@example.com
    name: Ada
    password: correct-horse-battery
    test_user: true
  - email: bob@example.com
    password: correct-horse-battery
"#;

fn serve(env: &Env) -> Server {
    env.write("fixtures.yaml", FIXTURES);
    Server::start_args(env, &["--test-controls", "--seed", "fixtures.yaml"], &[])
}

fn control(server: &Server, method: &str, path: &str, body: Option<Value>) -> Reply {
    let request = ureq::http::Request::builder()
        .method(method)
        .uri(server.url(path));
    let request = match body {
        Some(body) => request
            .header("Content-Type", "application/json")
            .body(body.to_string().into_bytes()),
        None => request.body(Vec::new()),
    };
    to_reply(agent().run(request.expect("a request")))
}

fn auth_url(server: &Server, client_id: &str, login_hint: &str) -> String {
    format!(
        "{}?client_id={client_id}&redirect_uri={REDIRECT_URI}&response_type=code&scope=openid\
         &code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256\
         &login_hint={login_hint}",
        server.url("/oidc/auth")
    )
}

#[test]
fn openid_client_drives_headless_flows_the_clock_and_scripted_outcomes() {
    let env = Env::new();
    let server = serve(&env);
    let sdk = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/sdk"));
    let output = Command::new("node")
        .arg("test-controls.mjs")
        .current_dir(sdk)
        .env("DOORMAN_ISSUER", &server.issuer)
        .env("CLIENT_ID", "web")
        .env("CLIENT_SECRET", "web-secret-for-tests")
        .env("REDIRECT_URI", REDIRECT_URI)
        .env("TEST_USER", "ada@example.com")
        .env("OTHER_USER", "bob@example.com")
        .output()
        .expect("node runs (Node.js is on these machines)");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let seen: Value = serde_json::from_slice(&output.stdout).expect("one JSON object");

    assert_eq!(seen["headless"]["email"], "ada@example.com", "{seen}");
    assert_eq!(seen["headless"]["amr"], json!(["test"]), "{seen}");
    assert_eq!(seen["headless"]["has_refresh_token"], true, "{seen}");
    assert_eq!(seen["userinfo_before"], seen["headless"]["sub"], "{seen}");

    assert_eq!(seen["clock"]["offset_seconds"], 7200, "{seen}");
    assert_eq!(seen["old_access_token"]["status"], 401, "{seen}");
    assert_eq!(seen["refresh"]["rotated"], true, "{seen}");
    let moved = seen["refresh"]["iat_moved"].as_i64().unwrap();
    assert!(
        (7200..7300).contains(&moved),
        "iat follows the clock: {seen}"
    );
    assert_eq!(
        seen["refresh"]["userinfo"], seen["headless"]["sub"],
        "{seen}"
    );
    assert_eq!(
        seen["old_refresh_token"]["error"], "invalid_grant",
        "{seen}"
    );

    assert_eq!(seen["denied"]["error"], "access_denied", "{seen}");
    assert_eq!(
        seen["token_invalid_grant"]["error"], "invalid_grant",
        "{seen}"
    );
    assert_eq!(seen["token_server_error"]["status"], 500, "{seen}");

    assert_eq!(seen["queued"][0]["client_id"], "web", "{seen}");
    assert_eq!(
        seen["claims"]["scripted"]["feature_flags"],
        json!(["beta"]),
        "{seen}"
    );
    assert_eq!(
        seen["claims"]["scripted"]["email"], "scripted@example.com",
        "{seen}"
    );
    assert_eq!(
        seen["claims"]["next"]["feature_flags"],
        Value::Null,
        "{seen}"
    );
    assert_eq!(seen["claims"]["next"]["email"], "ada@example.com", "{seen}");

    let token_requests = seen["requests"].as_array().unwrap();
    assert!(!token_requests.is_empty(), "{seen}");
    for captured in token_requests {
        assert_eq!(captured["client_auth"], "client_secret_basic", "{captured}");
        assert_eq!(captured["method"], "POST", "{captured}");
        let params = &captured["params"];
        for secret in ["code", "code_verifier", "refresh_token"] {
            if let Some(value) = params.get(secret) {
                assert_eq!(value, "[redacted]", "{captured}");
            }
        }
    }
    assert!(
        token_requests
            .iter()
            .any(|r| r["params"]["grant_type"] == "refresh_token"),
        "{seen}"
    );
    assert_eq!(seen["not_a_test_user"]["at"], "/sign-in", "{seen}");
    assert_eq!(
        seen["not_a_test_user"]["page"], 200,
        "a page, not a code: {seen}"
    );
}

#[test]
fn headless_sign_in_is_for_test_users_of_first_party_apps() {
    let env = Env::new();
    let server = serve(&env);
    let to_app = get(&auth_url(&server, "web", "ada@example.com"));
    assert_eq!(to_app.status, 303);
    assert!(to_app.location().starts_with(REDIRECT_URI), "{to_app:?}");
    assert!(to_app.location_param("code").is_some(), "{to_app:?}");

    let ordinary = get(&auth_url(&server, "web", "bob@example.com"));
    assert!(ordinary.location().starts_with("/sign-in?"), "{ordinary:?}");
    let third_party = get(&auth_url(&server, "partner", "ada@example.com"));
    assert!(
        third_party.location().starts_with("/sign-in?"),
        "{third_party:?}"
    );
    let nobody = get(&auth_url(&server, "web", "nobody@example.com"));
    assert!(nobody.location().starts_with("/sign-in?"), "{nobody:?}");
    let unmarked = env.json(&["user", "update", "ada@example.com", "--no-test-user"]);
    assert_eq!(
        unmarked.get("test_user"),
        None,
        "printed only when set: {unmarked}"
    );
    let page = get(&auth_url(&server, "web", "ada@example.com"));
    assert!(page.location().starts_with("/sign-in?"), "{page:?}");
    env.json(&["user", "update", "ada@example.com", "--test-user"]);

    // Without the controls, a test user gets the page like anyone.
    drop(server);
    let plain = Server::start(&env);
    let page = get(&auth_url(&plain, "web", "ada@example.com"));
    assert!(page.location().starts_with("/sign-in?"), "{page:?}");
}

#[test]
fn the_controls_are_absent_without_the_flag_and_refused_beyond_loopback() {
    let env = Env::new();
    let server = Server::start(&env);
    for path in ["/dev/clock", "/dev/next", "/dev/requests"] {
        assert_eq!(get(&server.url(path)).status, 404, "{path}");
    }
    let reset = control(&server, "POST", "/dev/reset", Some(json!({})));
    assert_eq!(reset.status, 404);
    drop(server);

    let refused = Command::new(binary())
        .args([
            "serve",
            "--port",
            "0",
            "--host",
            "0.0.0.0",
            "--test-controls",
        ])
        .current_dir(env.dir())
        .env_remove("DOORMAN_DB")
        .env_remove("DOORMAN_CONFIG")
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2), "{refused:?}");
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("test controls listen on loopback only, not on '0.0.0.0'"),
        "{stderr}"
    );
}

#[test]
fn the_controls_refuse_form_posts_and_bad_input() {
    let env = Env::new();
    let server = serve(&env);
    let form = post_form(&server.url("/dev/clock"), None, &[("advance", "1h")]);
    assert_eq!(form.status, 415, "{form:?}");
    let reset_by_form = post_form(&server.url("/dev/reset"), None, &[]);
    assert_eq!(reset_by_form.status, 415, "{reset_by_form:?}");
    let clock = control(&server, "GET", "/dev/clock", None).json();
    assert_eq!(clock["offset_seconds"], 0, "a form moved nothing: {clock}");

    let bad = control(
        &server,
        "POST",
        "/dev/clock",
        Some(json!({ "advance": "1 fortnight" })),
    );
    assert_eq!(bad.status, 400);
    assert!(
        bad.json()["details"]
            .as_str()
            .unwrap()
            .contains("'1 fortnight'"),
        "{bad:?}"
    );
    let two = control(
        &server,
        "POST",
        "/dev/clock",
        Some(json!({ "advance": "1h", "reset": true })),
    );
    assert_eq!(two.status, 400, "{two:?}");
    let unknown = control(
        &server,
        "POST",
        "/dev/next",
        Some(json!({ "authorization": { "error": "teapot" } })),
    );
    assert_eq!(unknown.status, 400);
    assert!(
        unknown.json()["details"]
            .as_str()
            .unwrap()
            .contains("'teapot'"),
        "{unknown:?}"
    );

    let set = control(
        &server,
        "POST",
        "/dev/clock",
        Some(json!({ "set": "2030-01-01T00:00:00Z" })),
    );
    assert!(
        set.json()["now"]
            .as_str()
            .unwrap()
            .starts_with("2030-01-01T00:00:0"),
        "{set:?}"
    );
    let back = control(
        &server,
        "POST",
        "/dev/clock",
        Some(json!({ "reset": true })),
    );
    assert_eq!(back.json()["offset_seconds"], 0);

    assert_eq!(
        control(
            &server,
            "POST",
            "/dev/next",
            Some(json!({ "token": { "delay_ms": 5 } }))
        )
        .status,
        201
    );
    assert_eq!(
        control(&server, "GET", "/dev/next", None)
            .json()
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let status = control(
        &server,
        "POST",
        "/dev/next",
        Some(json!({ "token": { "status": 503 } })),
    );
    assert_eq!(status.status, 201, "{status:?}");
    let not_an_error = control(
        &server,
        "POST",
        "/dev/next",
        Some(json!({ "token": { "status": 200 } })),
    );
    assert_eq!(not_an_error.status, 400, "{not_an_error:?}");
    assert_eq!(control(&server, "DELETE", "/dev/next", None).status, 204);
    assert_eq!(control(&server, "GET", "/dev/next", None).json(), json!([]));
}

#[test]
fn a_scripted_status_answers_the_next_token_request_and_requests_come_newest_first() {
    let env = Env::new();
    let server = serve(&env);
    control(
        &server,
        "POST",
        "/dev/next",
        Some(json!({ "token": { "status": 503 } })),
    );
    let token = |code: &str| {
        post_form(
            &server.url("/oidc/token"),
            Some(("web", "web-secret-for-tests")),
            &[("grant_type", "authorization_code"), ("code", code)],
        )
    };
    let unavailable = token("first");
    assert_eq!(unavailable.status, 503, "{unavailable:?}");
    assert_eq!(unavailable.json()["error"], "temporarily_unavailable");
    assert_eq!(token("second").status, 400, "once only");
    let newest = control(&server, "GET", "/dev/requests?client_id=web&limit=1", None).json();
    assert_eq!(newest.as_array().unwrap().len(), 1, "{newest}");
    assert_eq!(newest[0]["params"]["code"], "[redacted]", "{newest}");
    assert_eq!(newest[0]["client_auth"], "client_secret_basic", "{newest}");
    let all = control(&server, "GET", "/dev/requests", None).json();
    assert_eq!(all.as_array().unwrap().len(), 2, "{all}");
    let bad = control(&server, "GET", "/dev/requests?limit=lots", None);
    assert_eq!(bad.status, 400, "{bad:?}");
}

#[test]
fn without_fixtures_a_reset_leaves_the_settings_and_keys_only() {
    let env = Env::new();
    crate::util::create_user(&env, "before@example.com");
    env.json(&["settings", "set", "branding.app_name", "Acme"]);
    let server = Server::start_args(&env, &["--test-controls"], &[]);
    let jwks = get(&server.url("/oidc/jwks")).body;
    let reset = control(&server, "POST", "/dev/reset", Some(json!({})));
    assert_eq!(reset.status, 200, "{reset:?}");
    env.cmd(&["user", "show", "before@example.com"])
        .run()
        .fails(3, "before@example.com");
    assert_eq!(
        env.json(&["settings", "get", "branding.app_name"]),
        json!("Acme")
    );
    assert_eq!(get(&server.url("/oidc/jwks")).body, jwks, "the same keys");
}

#[test]
fn a_scripted_delay_holds_the_token_response_back() {
    let env = Env::new();
    let server = serve(&env);
    let queued = control(
        &server,
        "POST",
        "/dev/next",
        Some(json!({ "token": { "delay_ms": 400 } })),
    );
    assert_eq!(queued.status, 201, "{queued:?}");
    let began = Instant::now();
    let answer = post_form(
        &server.url("/oidc/token"),
        Some(("web", "web-secret-for-tests")),
        &[("grant_type", "authorization_code"), ("code", "not-a-code")],
    );
    assert!(
        began.elapsed().as_millis() >= 400,
        "held back at least 400 ms"
    );
    assert_eq!(
        answer.json()["error"],
        "invalid_grant",
        "then answered as usual: {answer:?}"
    );
}

/// The claims of a JWT, unchecked (the test only reads what doorman put there).
fn jwt_claims(token: &str) -> Value {
    use base64::Engine;
    let payload = token.split('.').nth(1).expect("a JWT");
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .expect("base64url");
    serde_json::from_slice(&bytes).expect("JSON claims")
}

#[test]
fn queued_claims_go_into_the_next_jwt_access_token_signed_again() {
    let env = Env::new();
    let server = serve(&env);
    let queued = control(
        &server,
        "POST",
        "/dev/next",
        Some(
            json!({ "client_id": "web", "access_token": { "claims": { "aud": "https://elsewhere.test", "tier": "gold" } } }),
        ),
    );
    assert_eq!(queued.status, 201, "{queued:?}");
    let exchange = |server: &Server| {
        let back = get(&format!(
            "{}&resource=https://api.test",
            auth_url(server, "web", "ada@example.com")
        ));
        let code = back.location_param("code").expect("a code");
        post_form(
            &server.url("/oidc/token"),
            Some(("web", "web-secret-for-tests")),
            &[
                ("grant_type", "authorization_code"),
                ("code", &code),
                ("redirect_uri", REDIRECT_URI),
                (
                    "code_verifier",
                    "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
                ),
                ("resource", "https://api.test"),
            ],
        )
        .json()
    };
    let scripted = exchange(&server);
    let token = scripted["access_token"].as_str().unwrap();
    let claims = jwt_claims(token);
    assert_eq!(claims["aud"], "https://elsewhere.test", "{claims}");
    assert_eq!(claims["tier"], "gold", "{claims}");
    // Signed again with the published key: the JWKS verifies it.
    let jwks: jsonwebtoken::jwk::JwkSet =
        serde_json::from_str(&get(&server.url("/oidc/jwks")).body).unwrap();
    let kid = jsonwebtoken::decode_header(token).unwrap().kid.unwrap();
    let key = jsonwebtoken::DecodingKey::from_jwk(jwks.find(&kid).unwrap()).unwrap();
    let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::RS256);
    validation.set_audience(&["https://elsewhere.test"]);
    jsonwebtoken::decode::<Value>(token, &key, &validation).expect("a valid signature");

    let next = jwt_claims(exchange(&server)["access_token"].as_str().unwrap());
    assert_eq!(
        next["aud"], "https://api.test",
        "only the next token: {next}"
    );
    assert_eq!(next.get("tier"), None, "{next}");
}

#[test]
fn reset_returns_to_the_seeded_fixtures() {
    let env = Env::new();
    let server = serve(&env);
    env.cmd(&["user", "create", "--email", "later@example.com"])
        .run()
        .success();
    env.cmd(&["user", "update", "ada@example.com", "--name", "Changed"])
        .run()
        .success();
    let code_flow = get(&auth_url(&server, "web", "ada@example.com"));
    assert!(code_flow.location_param("code").is_some());
    control(
        &server,
        "POST",
        "/dev/next",
        Some(json!({ "token": { "error": "invalid_grant" } })),
    );

    let reset = control(&server, "POST", "/dev/reset", Some(json!({})));
    assert_eq!(reset.status, 200, "{reset:?}");
    env.cmd(&["user", "show", "later@example.com"])
        .run()
        .fails(3, "later@example.com");
    let ada = env.json(&["user", "show", "ada@example.com"]);
    assert_eq!(ada["name"], "Ada", "{ada}");
    assert_eq!(control(&server, "GET", "/dev/next", None).json(), json!([]));
    // The code issued before the reset is gone with it.
    let code = code_flow.location_param("code").unwrap();
    let exchange = post_form(
        &server.url("/oidc/token"),
        Some(("web", "web-secret-for-tests")),
        &[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", REDIRECT_URI),
            (
                "code_verifier",
                "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
            ),
        ],
    );
    assert_eq!(exchange.json()["error"], "invalid_grant", "{exchange:?}");
    // A second start with the same fixtures changes nothing: seeding is idempotent.
    drop(server);
    let again = serve(&env);
    let headless = get(&auth_url(&again, "web", "ada@example.com"));
    assert!(headless.location_param("code").is_some(), "{headless:?}");
}
