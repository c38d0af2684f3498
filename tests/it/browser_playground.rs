//! The playground at `/` in Chromium, from an empty database: a test user made on the page, a
//! sign-in with chosen scopes through the hosted pages, the ID token decoded and verified,
//! refresh, sign-out back to `/`; the same in German; and the playground switched off.

use serde_json::Value;

use crate::browser::Chrome;
use crate::server::{Server, get, post_form};
use crate::util::Env;

const PASSWORD: &str = "violet-Harbor-42";

/// The issuer's origin, where the playground lives.
fn origin(server: &Server) -> String {
    server.issuer.trim_end_matches("/oidc").to_string()
}

/// A claim as the result page shows it (its JSON text), parsed.
fn claim(chrome: &Chrome, name: &str) -> Value {
    serde_json::from_str(&chrome.text(&format!("[data-claim=\"{name}\"]"))).unwrap()
}

/// Creates the test user on `/`, starts a sign-in with `ui_locales` and signs in; returns with
/// the browser on the result page.
fn sign_in_from_the_playground(chrome: &Chrome, server: &Server, ui_locales: &str) {
    chrome.open(&format!("{}/", origin(server)));
    chrome.screenshot(&format!("playground-{ui_locales}"));
    chrome.type_into("#create-test-user input[name=email]", "ada@example.com");
    chrome.type_into("#create-test-user input[name=password]", PASSWORD);
    chrome.click("#create-test-user button[type=submit]");
    assert!(chrome.has("[role=status]"), "{}", chrome.source());
    assert!(
        !chrome.has("#create-test-user"),
        "offered only on an empty database"
    );
    chrome.set_value("#ui_locales", ui_locales);
    chrome.click("#main-form button[type=submit]");
    assert!(chrome.url().contains("/sign-in?"), "{}", chrome.url());
    let lang = format!("lang=\"{ui_locales}\"");
    assert!(chrome.source().contains(&lang), "{}", chrome.source());
    chrome.type_into("#identifier", "ada@example.com");
    chrome.type_into("#password", PASSWORD);
    chrome.click("#main-form button[type=submit]");
    assert!(
        chrome.url().contains("/playground/callback"),
        "{}",
        chrome.url()
    );
    chrome.screenshot(&format!("playground-result-{ui_locales}"));
}

#[test]
fn a_newcomer_signs_in_and_reads_the_tokens_on_the_playground() {
    let env = Env::new();
    let server = Server::start(&env);
    let chrome = Chrome::start();
    sign_in_from_the_playground(&chrome, &server, "en");
    let user = env.json(&["user", "show", "ada@example.com"]);
    assert_eq!(claim(&chrome, "sub"), user["id"]);
    assert_eq!(claim(&chrome, "email"), "ada@example.com");
    assert_eq!(claim(&chrome, "amr"), serde_json::json!(["pwd"]));
    assert_eq!(claim(&chrome, "aud"), "doorman-playground");
    assert!(
        chrome.has("[data-signature=verified]"),
        "{}",
        chrome.source()
    );
    assert!(chrome.text("[data-userinfo]").contains("ada@example.com"));

    let first_iat = claim(&chrome, "iat");
    chrome.click("button[name=refresh]");
    assert!(chrome.has("[data-signature=verified]"));
    assert_eq!(claim(&chrome, "sub"), user["id"]);
    assert!(claim(&chrome, "iat").as_i64() >= first_iat.as_i64());

    chrome.click("button[name=sign_out]");
    assert_eq!(chrome.url(), format!("{}/", origin(&server)));
    assert!(chrome.has("#main-form"), "back on the playground");
}

#[test]
fn the_playground_and_the_pages_it_leads_to_speak_german() {
    let env = Env::new();
    let server = Server::start(&env);
    let chrome = Chrome::start();
    chrome.open(&format!("{}/?ui_locales=de", origin(&server)));
    assert!(
        chrome.source().contains("lang=\"de\""),
        "{}",
        chrome.source()
    );
    sign_in_from_the_playground(&chrome, &server, "de");
    assert!(chrome.has("[data-signature=verified]"));
}

#[test]
fn off_the_playground_is_a_404_and_its_client_is_refused() {
    let env = Env::new();
    env.write("off.yaml", "server: {playground: false}\n");
    let config = env.path("off.yaml");
    let server = Server::start_with(&env, &[("DOORMAN_CONFIG", config.to_str().unwrap())]);
    assert_eq!(get(&format!("{}/", origin(&server))).status, 404);
    let apps = env.json(&["app", "list"]);
    assert_eq!(apps, serde_json::json!([]));
    drop(server);

    // On, the built-in client takes exactly its own redirect URI and no secret.
    let server = Server::start(&env);
    let client = &env.json(&["app", "show", "doorman-playground"]);
    assert_eq!(client["built_in"], true);
    let foreign = get(&format!(
        "{}/auth?client_id=doorman-playground&response_type=code&scope=openid\
         &redirect_uri=http%3A%2F%2Fevil.test%2Fcb&code_challenge=V5T1pu0fu1y3sRJgbQCFWSiHUp6nY5V0Gm4ov7oQO1U\
         &code_challenge_method=S256",
        server.issuer
    ));
    assert_eq!(foreign.status, 400, "{foreign:#?}");
    let secret = post_form(
        &format!("{}/token", server.issuer),
        Some(("doorman-playground", "made-up-secret")),
        &[("grant_type", "client_credentials")],
    );
    assert_eq!(secret.status, 401);
    // Exported data leaves it out: each server registers its own.
    assert!(
        !env.cmd(&["export"])
            .run()
            .success()
            .stdout
            .contains("doorman-playground")
    );
}
