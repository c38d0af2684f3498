//! The account center in Chromium, as a person uses it: sign in from `/account`, change the
//! password, add an email with the code from the outbox page, enrol an authenticator app from
//! the secret the page shows, create a personal access token, sign another browser out, and
//! delete the account. Screenshots at phone and desktop widths land with the others.

use crate::browser::Chrome;
use crate::server::{Browser, PASSWORD, Server};
use crate::util::{Env, create_user};

const EVERYTHING: &str = "{enabled: true, fields: {name: edit, avatar: edit, username: edit, \
    email: edit, phone: edit, password: edit, mfa: edit, session: edit}}";

#[test]
fn a_user_manages_their_account_in_a_real_browser() {
    let env = Env::new();
    create_user(&env, "ada@example.com");
    env.json(&["settings", "set", "account_center", EVERYTHING]);
    let server = Server::start(&env);
    // A second browser, to be signed out from the first.
    let mut elsewhere = Browser::new(&server);
    let signed = elsewhere.sign_in("/account", "ada@example.com", PASSWORD);
    assert_eq!(signed.location(), "/account");

    let chrome = Chrome::start();
    chrome.open(&format!("{}/account", server.base));
    assert!(
        chrome.url().contains("/sign-in?interaction="),
        "{}",
        chrome.url()
    );
    chrome.type_into("#identifier", "ada@example.com");
    chrome.type_into("#password", PASSWORD);
    chrome.click("#main-form button[type=submit]");
    assert!(chrome.url().ends_with("/account"), "{}", chrome.url());
    chrome.screenshot("account");

    chrome.type_into("#new-password", "a-Whole-new-secret-9");
    chrome.click("#password button[type=submit]");
    assert!(chrome.has("[data-notice]"), "{}", chrome.source());
    assert_eq!(
        elsewhere.get("/account").status,
        303,
        "signed out elsewhere"
    );

    chrome.type_into("#new-email", "ada@new.example");
    chrome.click("#email button[value=send]");
    chrome.screenshot("account-code");
    // The person reads the code from the outbox page, then comes back to the step.
    let account_page = chrome.url();
    chrome.open(&format!("{}/dev/outbox?to=ada@new.example", server.base));
    let code = chrome.text(".message .code");
    chrome.open(&account_page);
    assert!(
        chrome.has("#code"),
        "the code step survives a reload: {}",
        chrome.url()
    );
    chrome.type_into("#code", &code);
    chrome.click("#main-form button[type=submit]");
    assert!(
        chrome
            .text("[data-current=email]")
            .contains("ada@new.example")
    );

    chrome.click("#mfa button[value=totp]");
    chrome.screenshot("account-totp");
    let secret = chrome.text("[data-totp-secret]");
    let now = doorman::model::timestamp::Timestamp::now().unix();
    let code = doorman::credentials::totp::code_at(&secret, now).unwrap();
    chrome.type_into("#code", &code);
    chrome.click("#main-form button[type=submit]");
    assert!(chrome.has("[data-factor=totp]"), "{}", chrome.source());

    chrome.type_into("#token-name", "laptop");
    chrome.click("#tokens button[type=submit]");
    assert!(chrome.text("[data-token-secret]").starts_with("pat_"));

    chrome.tick("#confirm-delete");
    chrome.click("#delete button[type=submit]");
    assert!(chrome.has("[data-deleted]"), "{}", chrome.source());
    env.cmd(&["user", "show", "ada@new.example"])
        .run()
        .fails(3, "ada@new.example");
}

#[test]
fn a_passkey_is_added_from_the_account_center() {
    let env = Env::new();
    create_user(&env, "ada@example.com");
    env.json(&["settings", "set", "account_center", EVERYTHING]);
    let server = Server::start(&env);
    // Passkeys need the issuer's host name (localhost), not 127.0.0.1.
    let origin = server.issuer.trim_end_matches("/oidc").to_string();
    let chrome = Chrome::start();
    let authenticator = chrome.add_virtual_authenticator();
    chrome.open(&format!("{origin}/account"));
    chrome.type_into("#identifier", "ada@example.com");
    chrome.type_into("#password", PASSWORD);
    chrome.click("#main-form button[type=submit]");
    assert!(chrome.has("#passkey"), "{}", chrome.source());
    chrome.click("#passkey button[data-passkey]");
    assert!(chrome.has("[data-factor=webauthn]"), "{}", chrome.source());
    assert_eq!(chrome.authenticator_credentials(&authenticator).len(), 1);
    let factors = env.json(&["user", "mfa", "list", "ada@example.com"]);
    assert_eq!(factors[0]["type"], "webauthn", "{factors}");
}
