//! Passkeys in a real browser: Chromium with a virtual authenticator (WebDriver's WebAuthn
//! extension) enrols a passkey on `/mfa`, proves it as the second factor after a password, and
//! signs in with it alone from the sign-in page. The browser uses the issuer's host name
//! (`localhost`): a passkey's relying party is a name, never an IP address.

use openidconnect::PkceCodeChallenge;
use serde_json::{Value, json};

use crate::browser::{App, Chrome};
use crate::oidc_flow::decode_payload;
use crate::server::{Server, post_form, query_param};
use crate::util::{Env, create_user};

/// The issuer's origin (`http://localhost:PORT`).
fn origin(server: &Server) -> String {
    server.issuer.trim_end_matches("/oidc").to_string()
}

/// Starts a sign-in for the stand-in app as its own PKCE verifier; returns the URL and verifier.
fn authorize(server: &Server, app: &App, extra: &str) -> (String, String) {
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let url = format!(
        "{}/auth?client_id=passkey-app&response_type=code&scope=openid%20email&state=s1\
         &code_challenge={}&code_challenge_method=S256&redirect_uri={}{extra}",
        server.issuer,
        challenge.as_str(),
        crate::server::form(&[("x", &app.redirect_uri)]).trim_start_matches("x=")
    );
    (url, verifier.secret().to_string())
}

/// The `amr` of the ID token the app gets for the code it was sent back with.
fn amr_in_the_app(server: &Server, app: &App, verifier: &str) -> Value {
    let path = app.next_request();
    let code = query_param(&path, "code").unwrap_or_else(|| panic!("no code in {path}"));
    let tokens = post_form(
        &format!("{}/token", server.issuer),
        None,
        &[
            ("grant_type", "authorization_code"),
            ("client_id", "passkey-app"),
            ("code", &code),
            ("redirect_uri", &app.redirect_uri),
            ("code_verifier", verifier),
        ],
    );
    assert_eq!(tokens.status, 200, "{tokens:#?}");
    decode_payload(tokens.json()["id_token"].as_str().unwrap())["amr"].clone()
}

#[test]
fn a_passkey_is_enrolled_then_proves_the_second_factor_then_signs_in_alone() {
    let env = Env::new();
    create_user(&env, "ada@example.com");
    let app = App::start();
    env.json(&[
        "app",
        "create",
        "Passkey app",
        "--type",
        "spa",
        "--redirect-uri",
        &app.redirect_uri,
        "--client-id",
        "passkey-app",
    ]);
    env.json(&["settings", "set", "mfa.policy", "mandatory"]);
    let server = Server::start(&env);
    let chrome = Chrome::start();
    let authenticator = chrome.add_virtual_authenticator();

    // Enrolment, asked for by the mandatory policy: a passkey instead of an authenticator app.
    let (url, verifier) = authorize(&server, &app, "");
    chrome.open(&url);
    assert!(
        chrome.url().starts_with(&origin(&server)),
        "{}",
        chrome.url()
    );
    chrome.type_into("#identifier", "ada@example.com");
    chrome.type_into("#password", crate::server::PASSWORD);
    chrome.click("#main-form button[type=submit]");
    assert!(chrome.url().contains("/mfa?"), "{}", chrome.url());
    chrome.click("a[data-factor=webauthn]");
    chrome.screenshot("mfa-passkey-enrol");
    chrome.click("#passkey");
    chrome.screenshot("mfa-backup-codes");
    assert!(chrome.has("[data-backup-code]"), "{}", chrome.source());
    chrome.click("#main-form button[type=submit]");
    assert_eq!(
        amr_in_the_app(&server, &app, &verifier),
        json!(["pwd", "hwk", "mfa"])
    );
    assert_eq!(chrome.authenticator_credentials(&authenticator).len(), 1);
    let factors = env.json(&["user", "mfa", "list", "ada@example.com"]);
    assert_eq!(factors[0]["type"], "webauthn");

    // The second factor after a password.
    let (url, verifier) = authorize(&server, &app, "&prompt=login");
    chrome.open(&url);
    chrome.type_into("#identifier", "ada@example.com");
    chrome.type_into("#password", crate::server::PASSWORD);
    chrome.click("#main-form button[type=submit]");
    assert!(chrome.has("#passkey"), "{}", chrome.source());
    assert!(chrome.has("a[data-factor=backup_code]"));
    chrome.click("#passkey");
    assert_eq!(
        amr_in_the_app(&server, &app, &verifier),
        json!(["pwd", "hwk", "mfa"])
    );

    // The passkey alone, from the sign-in page, with no identifier typed.
    let (url, verifier) = authorize(&server, &app, "&prompt=login");
    chrome.open(&url);
    chrome.screenshot("sign-in-with-passkey");
    chrome.click("#passkey-sign-in");
    assert_eq!(amr_in_the_app(&server, &app, &verifier), json!(["hwk"]));
}
