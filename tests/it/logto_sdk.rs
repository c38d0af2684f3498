//! Logto's own Node SDK (`@logto/node`, installed into `tests/sdk` by `scripts/test`) against a
//! real `doorman serve`: the SDK signs in through the hosted pages, reads the ID token, fetches
//! userinfo with the token of a code exchange that named no resource, asks for a token per API
//! (the SDK sends every configured resource and the organizations resource at sign-in), for an
//! organization token, sees a refused resource as `LogtoRequestError` with Logto's code, and
//! signs out without `id_token_hint` onto a page that submits itself.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::server::{PASSWORD, Server};
use crate::util::{Env, create_user};

const REDIRECT: &str = "http://127.0.0.1:9/callback";
const POST_LOGOUT: &str = "http://127.0.0.1:9/bye";
const API: &str = "https://api.test";
const OTHER: &str = "https://billing.test";

fn sdk_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/sdk"))
}

/// Registers the web app an SDK script signs in to; returns its secret.
fn sdk_app(env: &Env, client_id: &str) -> String {
    let app = env.json(&[
        "app",
        "create",
        "SDK app",
        "--type",
        "web",
        "--client-id",
        client_id,
        "--redirect-uri",
        REDIRECT,
        "--post-logout-redirect-uri",
        POST_LOGOUT,
    ]);
    app["client_secret"].as_str().unwrap().to_string()
}

#[test]
fn logtos_node_sdk_signs_in_and_gets_its_tokens() {
    assert!(
        sdk_dir().join("node_modules/@logto/node").is_dir(),
        "@logto/node is not installed: run scripts/test (it runs npm ci in tests/sdk)"
    );
    let env = Env::new();
    create_user(&env, "ada@example.com");
    let secret = sdk_app(&env, "sdk-app");
    crate::oidc_tokens::register_api(&env);
    env.json(&[
        "resource",
        "create",
        "Billing",
        "--indicator",
        OTHER,
        "--scope",
        "pay",
    ]);
    env.json(&[
        "role",
        "create",
        "reader",
        "--type",
        "user",
        "--permission",
        "https://api.test:read",
    ]);
    env.json(&["user", "role", "add", "ada@example.com", "reader"]);
    env.json(&["org", "scope", "create", "read:docs"]);
    env.json(&["org", "role", "create", "member", "--scope", "read:docs"]);
    env.json(&["org", "create", "Acme"]);
    env.json(&[
        "org",
        "member",
        "add",
        "Acme",
        "ada@example.com",
        "--role",
        "member",
    ]);
    let org_id = env.json(&["org", "show", "Acme"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    env.json(&[
        "settings",
        "set",
        "account_center",
        "{enabled: true, fields: {name: edit, email: read_only}}",
    ]);
    let server = Server::start(&env);

    let output = Command::new("node")
        .arg("logto-node.mjs")
        .current_dir(sdk_dir())
        .env("DOORMAN_ENDPOINT", &server.base)
        .env("APP_ID", "sdk-app")
        .env("APP_SECRET", &secret)
        .env("APP_REDIRECT_URI", REDIRECT)
        .env("APP_POST_LOGOUT_URI", POST_LOGOUT)
        .env("API_RESOURCE", API)
        .env("OTHER_RESOURCE", OTHER)
        .env("ORGANIZATION_ID", &org_id)
        .env("USER_EMAIL", "ada@example.com")
        .env("USER_PASSWORD", PASSWORD)
        .output()
        .expect("node runs (Node.js is on these machines)");
    assert!(
        output.status.success(),
        "the SDK script failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let seen: Value = serde_json::from_slice(&output.stdout).expect("one JSON object");

    // Several resources at sign-in: both APIs and the organizations resource.
    let resources = seen["auth_resources"].as_array().unwrap();
    for wanted in [API, OTHER, "urn:logto:resource:organizations"] {
        assert!(resources.iter().any(|r| r == wanted), "{seen}");
    }
    assert_eq!(seen["authenticated"], true);
    assert_eq!(seen["id_token"]["email"], "ada@example.com");
    // userinfo works with the token of a code exchange that named no resource.
    assert_eq!(seen["userinfo"]["email"], "ada@example.com", "{seen}");
    // A token per API, with the scopes the user's roles grant.
    assert_eq!(seen["api_token"]["aud"], API);
    assert_eq!(
        seen["api_token"]["scope"], "read",
        "write is granted by no role"
    );
    assert_eq!(seen["other_token"]["aud"], OTHER);
    assert_eq!(
        seen["organization_token"]["aud"],
        format!("urn:logto:organization:{org_id}")
    );
    assert_eq!(seen["organization_token"]["scope"], "read:docs");
    // The Account API answers the SDK's own access token.
    assert_eq!(
        seen["my_account"]["primaryEmail"], "ada@example.com",
        "{seen}"
    );
    assert_eq!(seen["renamed"]["status"], 200, "{seen}");
    assert_eq!(seen["renamed"]["body"]["name"], "Ada from the SDK");
    // A resource never asked for: Logto's typed error with its code.
    assert_eq!(seen["refused"]["is_logto_request_error"], true, "{seen}");
    assert_eq!(seen["refused"]["code"], "oidc.invalid_target");
    // Sign-out without id_token_hint, onto a confirmation that submits itself.
    assert_eq!(seen["sign_out"]["path"], "/oidc/session/end");
    assert_eq!(seen["sign_out"]["client_id"], "sdk-app");
    assert_eq!(seen["sign_out"]["post_logout_redirect_uri"], POST_LOGOUT);
    assert_eq!(seen["sign_out"]["id_token_hint"], Value::Null);
    assert_eq!(seen["sign_out"]["auto_submit"], true, "{seen}");
}

/// Logto's Python SDK (`logto`, installed into `tests/sdk/.venv` by `scripts/test`): it still
/// sends `interaction_mode=signUp` for the sign-up screen, then signs in, reads userinfo, gets
/// an API token and builds its sign-out URL.
#[test]
fn logtos_python_sdk_signs_up_and_in() {
    let python = sdk_dir().join(".venv/bin/python");
    assert!(
        python.is_file(),
        "the Python SDK is not installed: run scripts/test (it makes tests/sdk/.venv)"
    );
    let env = Env::new();
    create_user(&env, "ada@example.com");
    let secret = sdk_app(&env, "py-app");
    crate::oidc_tokens::register_api(&env);
    env.json(&[
        "role",
        "create",
        "writer",
        "--type",
        "user",
        "--permission",
        "https://api.test:write",
    ]);
    env.json(&["user", "role", "add", "ada@example.com", "writer"]);
    let server = Server::start(&env);
    let output = Command::new(&python)
        .arg("logto_python.py")
        .current_dir(sdk_dir())
        .env("DOORMAN_ENDPOINT", &server.base)
        .env("APP_ID", "py-app")
        .env("APP_SECRET", &secret)
        .env("APP_REDIRECT_URI", REDIRECT)
        .env("APP_POST_LOGOUT_URI", POST_LOGOUT)
        .env("API_RESOURCE", API)
        .env("USER_EMAIL", "ada@example.com")
        .env("USER_PASSWORD", PASSWORD)
        .output()
        .expect("python runs");
    assert!(
        output.status.success(),
        "the SDK script failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    let last = stdout.lines().last().unwrap_or_default();
    let seen: Value = serde_json::from_str(last).expect("a JSON object on the last line");
    assert_eq!(seen["sign_up_param"], serde_json::json!(["signUp"]));
    assert_eq!(seen["sign_up_page"], "/register", "{seen}");
    assert_eq!(seen["authenticated"], true);
    assert_eq!(seen["id_token_email"], "ada@example.com");
    assert_eq!(seen["userinfo_email"], "ada@example.com", "{seen}");
    assert_eq!(seen["api_token"]["aud"], API);
    assert_eq!(seen["api_token"]["scope"], "write", "{seen}");
    assert_eq!(seen["sign_out"]["path"], "/oidc/session/end");
    assert_eq!(seen["sign_out"]["client_id"], serde_json::json!(["py-app"]));
}
