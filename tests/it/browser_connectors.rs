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
