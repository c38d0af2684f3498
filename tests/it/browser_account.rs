//! The account center in Chromium, as a person uses it: sign in from `/account`, change the
//! password, add an email with the code from the outbox page, enrol an authenticator app from
//! the secret the page shows, create a personal access token, end another browser's session,
//! and delete the account. Screenshots at phone and desktop widths land with the others.

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

    // A browser signed in since is listed, and ended from here.
    let mut later = Browser::new(&server);
    let signed = later.sign_in("/account", "ada@new.example", "a-Whole-new-secret-9");
    assert_eq!(signed.location(), "/account");
    chrome.open(&format!("{}/account", server.base));
    chrome.click("#sessions button[name=session]");
    assert!(
        !chrome.has("#sessions button[name=session]"),
        "{}",
        chrome.source()
    );
    assert_eq!(
        later.get("/account").status,
        303,
        "signed out from the account center"
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

/// What an app's own script does to add a passkey through the Account API: registration
/// options, the browser's answer, enrolment with a name. `arguments`: origin, token, record.
const REGISTER_PASSKEY: &str = r#"
const [origin, token, record, done] = arguments;
const api = (path, body, extra = {}) => fetch(origin + path, {
  method: body === undefined ? 'GET' : (extra.method || 'POST'),
  headers: { authorization: 'Bearer ' + token, 'content-type': 'application/json', ...extra.headers },
  body: body === undefined ? undefined : JSON.stringify(body),
}).then(async (r) => ({ status: r.status, body: await r.text() }));
(async () => {
  const started = JSON.parse((await api('/api/verifications/web-authn/registration', {})).body);
  const publicKey = PublicKeyCredential.parseCreationOptionsFromJSON(started.registrationOptions);
  const made = await navigator.credentials.create({ publicKey });
  const proven = await api('/api/verifications/web-authn/registration/verify',
    { verificationRecordId: started.verificationRecordId, payload: made.toJSON() });
  const enrolled = await api('/api/my-account/mfa-verifications',
    { type: 'WebAuthn', newIdentifierVerificationRecordId: started.verificationRecordId, name: 'Laptop' },
    { headers: { 'logto-verification-id': record } });
  done({ proven, enrolled });
})().catch((e) => done({ failed: String(e) }));
"#;

/// Proves the user with one of their passkeys: a verification record by WebAuthn.
const VERIFY_BY_PASSKEY: &str = r#"
const [origin, token, done] = arguments;
const post = (path, body) => fetch(origin + path, {
  method: 'POST',
  headers: { authorization: 'Bearer ' + token, 'content-type': 'application/json' },
  body: JSON.stringify(body),
}).then(async (r) => ({ status: r.status, body: await r.text() }));
(async () => {
  const started = JSON.parse((await post('/api/verifications/web-authn/authentication', {})).body);
  const publicKey = PublicKeyCredential.parseRequestOptionsFromJSON(started.authenticationOptions);
  const used = await navigator.credentials.get({ publicKey });
  const proven = await post('/api/verifications/web-authn/authentication/verify',
    { verificationRecordId: started.verificationRecordId, payload: used.toJSON() });
  done({ proven, record: started.verificationRecordId });
})().catch((e) => done({ failed: String(e) }));
"#;

#[test]
fn an_apps_script_adds_a_passkey_and_proves_the_user_with_it_through_the_api() {
    use crate::account_api::{call, password_record, token_for};
    use serde_json::json;

    let env = Env::new();
    create_user(&env, "ada@example.com");
    env.json(&["settings", "set", "account_center", EVERYTHING]);
    let client = crate::oidc_flow::web_app(&env, "shop");
    let server = Server::start(&env);
    let token = token_for(&server, &client, "openid profile identities");
    let made = password_record(&server, &token, PASSWORD);
    let record = made.json()["verificationRecordId"]
        .as_str()
        .unwrap_or_else(|| panic!("{made:?}"))
        .to_string();
    // Passkeys need the issuer's host name (localhost); any page of the origin will do.
    let origin = server.issuer.trim_end_matches("/oidc").to_string();
    let chrome = Chrome::start();
    let authenticator = chrome.add_virtual_authenticator();
    chrome.open(&format!("{origin}/oidc/.well-known/openid-configuration"));

    let added = chrome.run_async(
        REGISTER_PASSKEY,
        vec![json!(origin), json!(token), json!(record)],
    );
    assert_eq!(added["proven"]["status"], 200, "{added}");
    assert_eq!(added["enrolled"]["status"], 204, "{added}");
    assert_eq!(chrome.authenticator_credentials(&authenticator).len(), 1);
    let listed = call(
        &server,
        "GET",
        "/api/my-account/mfa-verifications",
        &token,
        None,
        None,
    );
    let passkey = listed.json()[0].clone();
    assert_eq!(
        (passkey["type"].as_str(), passkey["name"].as_str()),
        (Some("WebAuthn"), Some("Laptop"))
    );

    // The passkey proves the user, and that record renames it.
    let verified = chrome.run_async(VERIFY_BY_PASSKEY, vec![json!(origin), json!(token)]);
    assert_eq!(verified["proven"]["status"], 200, "{verified}");
    let by_passkey = verified["record"].as_str().unwrap();
    let id = passkey["id"].as_str().unwrap();
    let rename = |record: &str| {
        call(
            &server,
            "PATCH",
            &format!("/api/my-account/mfa-verifications/{id}/name"),
            &token,
            Some(record),
            Some(json!({ "name": "Work laptop" })),
        )
    };
    assert_eq!(rename(by_passkey).status, 200);
    assert_eq!(rename(by_passkey).status, 401, "the record was spent");
    let listed = call(
        &server,
        "GET",
        "/api/my-account/mfa-verifications",
        &token,
        None,
        None,
    );
    assert_eq!(listed.json()[0]["name"], "Work laptop");
    let factors = env.json(&["user", "mfa", "list", "ada@example.com"]);
    assert_eq!(factors[0]["name"], "Work laptop", "{factors}");
    // The account center shows the passkey by its name (signing in without the second factor,
    // which the user opts out of).
    let record = password_record(&server, &token, PASSWORD).json()["verificationRecordId"]
        .as_str()
        .unwrap()
        .to_string();
    let skip = json!({ "skipMfaOnSignIn": true });
    let path = "/api/my-account/mfa-settings";
    assert_eq!(
        call(&server, "PATCH", path, &token, Some(&record), Some(skip)).status,
        200
    );
    let mut browser = crate::server::Browser::new(&server);
    browser.sign_in("/account", "ada@example.com", PASSWORD);
    let page = browser.get("/account");
    assert!(
        page.body.contains("data-factor-name>Work laptop<"),
        "{}",
        page.body
    );
}
