//! The sign-in page's connector buttons in Chromium: from the downstream's playground, "Continue
//! with Upstream" goes through a second doorman's hosted sign-in and back, and the result page
//! shows the new user's claims and linked identity.

use crate::browser::Chrome;
use crate::connectors::Pair;
use crate::server::PASSWORD;

#[test]
fn a_connector_button_signs_in_through_the_upstream() {
    let pair = Pair::new();
    pair.upstream_user("ada@example.com", true);
    let chrome = Chrome::start();
    let origin = pair.down.issuer.trim_end_matches("/oidc").to_string();
    chrome.open(&format!("{origin}/"));
    chrome.click("#main-form button[type=submit]");
    assert!(chrome.url().contains("/sign-in?"), "{}", chrome.url());
    assert!(
        chrome.has("[data-connector=\"Upstream\"]"),
        "{}",
        chrome.source()
    );
    chrome.screenshot("connector-buttons");
    chrome.click("[data-connector=\"Upstream\"]");
    assert!(
        chrome
            .url()
            .starts_with(&pair.up.issuer.replace("/oidc", "/sign-in")),
        "{}",
        chrome.url()
    );
    chrome.type_into("#identifier", "ada@example.com");
    chrome.type_into("#password", PASSWORD);
    chrome.click("#main-form button[type=submit]");
    assert!(
        chrome.url().contains("/playground/callback"),
        "{}",
        chrome.url()
    );
    let email: serde_json::Value =
        serde_json::from_str(&chrome.text("[data-claim=\"email\"]")).unwrap();
    assert_eq!(email, "ada@example.com");
    let user = pair.down_env.json(&["user", "show", "ada@example.com"]);
    let identities = pair
        .down_env
        .json(&["user", "identities", user["id"].as_str().unwrap()]);
    assert_eq!(identities[0]["connector"], "Upstream");
}

/// Sign in with Apple's ways against a look-alike: the answer comes back by `form_post` from the
/// provider's own site (so without the SameSite=Lax cookies, until doorman turns it into a GET),
/// the code is exchanged with a client secret doorman signs as an ES256 JWT with the developer's
/// key, and the name comes from Apple's one-time `user` field.
#[test]
fn sign_in_with_apple_answers_by_form_post_with_a_signed_client_secret() {
    use crate::standin::{APPLE_KEY_ID, APPLE_TEAM, Mode, start};
    let apple = start(Mode::Apple);
    let env = crate::util::Env::new();
    let key = env.write("AuthKey.p8", &apple.developer_key);
    let made = env.json(&[
        "connector",
        "create",
        "Apple",
        "--preset",
        "apple",
        "--issuer",
        &apple.base,
        "--client-id",
        "com.example.web",
        "--team-id",
        APPLE_TEAM,
        "--key-id",
        APPLE_KEY_ID,
        "--private-key-file",
        key.to_str().unwrap(),
    ]);
    assert_eq!(made["response_mode"], "form_post", "{made}");
    let server = crate::server::Server::start(&env);
    let origin = server.issuer.trim_end_matches("/oidc").to_string();
    let chrome = Chrome::start();
    chrome.open(&format!("{origin}/"));
    chrome.click("#main-form button[type=submit]");
    chrome.click("[data-connector=\"Apple\"]");
    assert!(
        chrome.url().contains("/playground/callback"),
        "{}\n{}",
        chrome.url(),
        chrome.source()
    );
    let user = env.json(&["user", "show", "ada@apple.test"]);
    assert_eq!(user["name"], "Ada Lovelace", "{user}");
    assert_eq!(user["email_verified"], true, "{user}");
    let identities = env.json(&["user", "identities", user["id"].as_str().unwrap()]);
    assert_eq!(identities[0]["subject"], "001234.apple.subject");
}
