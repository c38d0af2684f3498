//! The hosted pages in a real browser (Debian's Chromium, headless, through ChromeDriver): sign
//! in, register with an email code read from the outbox page, reset a password, German pages by
//! `ui_locales`, and registration switched off. Each step keeps a screenshot under
//! `target/screenshots/`.

use crate::browser::{App, Chrome};
use crate::server::{PASSWORD, Server, query_param};
use crate::util::{Env, create_user};

/// Registers a public app whose redirect URI is the stand-in app, returns its client id.
fn spa(env: &Env, app: &App) -> String {
    env.json(&[
        "app",
        "create",
        "Browser app",
        "--type",
        "spa",
        "--redirect-uri",
        &app.redirect_uri,
        "--client-id",
        "browser-app",
    ]);
    "browser-app".into()
}

fn authorize(server: &Server, app: &App, extra: &str) -> String {
    // A well-formed S256 challenge: these tests stop once the app has its code.
    format!(
        "{}/auth?client_id=browser-app&response_type=code&scope=openid%20email&state=s1\
         &code_challenge=V5T1pu0fu1y3sRJgbQCFWSiHUp6nY5V0Gm4ov7oQO1U&code_challenge_method=S256\
         &redirect_uri={}{extra}",
        server.base.clone() + "/oidc",
        crate::server::form(&[("x", &app.redirect_uri)]).trim_start_matches("x=")
    )
}

/// The code on the outbox page for `to`, as a developer would read it.
fn code_from_outbox_page(chrome: &Chrome, server: &Server, to: &str, shot: &str) -> String {
    chrome.open(&format!("{}/dev/outbox?to={to}", server.base));
    chrome.screenshot(shot);
    chrome.text(".message .code")
}

fn back_in_the_app(app: &App) -> String {
    let path = app.next_request();
    assert!(path.starts_with("/callback?"), "{path}");
    assert_eq!(query_param(&path, "state").as_deref(), Some("s1"), "{path}");
    query_param(&path, "code").unwrap_or_else(|| panic!("no code in {path}"))
}

#[test]
fn a_user_signs_in_in_a_real_browser() {
    let env = Env::new();
    create_user(&env, "ada@example.com");
    let app = App::start();
    spa(&env, &app);
    let server = Server::start(&env);
    let chrome = Chrome::start();

    chrome.open(&authorize(&server, &app, ""));
    assert!(
        chrome.url().contains("/sign-in?interaction="),
        "{}",
        chrome.url()
    );
    chrome.screenshot("sign-in");
    chrome.type_into("#identifier", "ada@example.com");
    chrome.type_into("#password", "wrong-password-9");
    chrome.click("#main-form button[type=submit]");
    assert!(chrome.text("[role=alert]").contains("wrong"));
    chrome.screenshot("sign-in-error");
    chrome.type_into("#password", PASSWORD);
    chrome.click("#main-form button[type=submit]");
    back_in_the_app(&app);
    assert!(chrome.source().contains("Back in the app"));
}

#[test]
fn a_visitor_registers_with_an_email_code_from_the_outbox() {
    let env = Env::new();
    let app = App::start();
    spa(&env, &app);
    let server = Server::start(&env);
    let chrome = Chrome::start();

    chrome.open(&authorize(&server, &app, ""));
    chrome.click("#register-link");
    assert!(chrome.url().contains("/register?interaction="));
    chrome.type_into("#email", "grace@example.com");
    chrome.type_into("#password", "abc");
    chrome.click("#main-form button[type=submit]");
    // Every broken rule shows next to the password field.
    let errors = chrome.text("#password-errors");
    assert!(errors.contains("At least 8 characters"), "{errors}");
    chrome.screenshot("register-errors");
    chrome.type_into("#password", "-Compass-Rose-81");
    chrome.click("#main-form button[type=submit]");
    assert!(
        chrome.url().contains("/verify?verification="),
        "{}",
        chrome.url()
    );
    chrome.screenshot("verify");
    let verify_url = chrome.url();

    let code = code_from_outbox_page(&chrome, &server, "grace@example.com", "outbox");
    assert_eq!(code.len(), 6, "{code}");
    chrome.open(&verify_url);
    chrome.type_into("#code", &code);
    chrome.click("#main-form button[type=submit]");
    back_in_the_app(&app);
    let user = env.json(&["user", "show", "grace@example.com"]);
    assert_eq!(user["email_verified"], true);
}

#[test]
fn a_user_resets_a_forgotten_password() {
    let env = Env::new();
    create_user(&env, "lin@example.com");
    let app = App::start();
    spa(&env, &app);
    let server = Server::start(&env);
    let chrome = Chrome::start();

    chrome.open(&authorize(&server, &app, ""));
    chrome.click("a[href^='/forgot-password']");
    chrome.screenshot("forgot-password");
    chrome.type_into("#identifier", "lin@example.com");
    chrome.click("#main-form button[type=submit]");
    let verify_url = chrome.url();
    assert!(verify_url.contains("/verify?verification="), "{verify_url}");
    let code = code_from_outbox_page(&chrome, &server, "lin@example.com", "outbox-reset");
    chrome.open(&verify_url);
    chrome.type_into("#code", &code);
    chrome.click("#main-form button[type=submit]");
    chrome.screenshot("reset-password");
    chrome.type_into("#password", "Fresh-Meadow-Stone-5");
    chrome.click("#main-form button[type=submit]");
    assert!(
        chrome
            .text("[role=status]")
            .contains("password was changed")
    );
    chrome.screenshot("reset-done");
    // The sign-in form is back, with the address filled in: the new password works.
    chrome.type_into("#password", "Fresh-Meadow-Stone-5");
    chrome.click("#main-form button[type=submit]");
    back_in_the_app(&app);
}

#[test]
fn ui_locales_de_shows_german_pages() {
    let env = Env::new();
    let app = App::start();
    spa(&env, &app);
    let server = Server::start(&env);
    let chrome = Chrome::start();

    chrome.open(&authorize(&server, &app, "&ui_locales=de"));
    let html = chrome.source();
    assert!(html.contains(r#"lang="de""#), "{html}");
    assert_eq!(chrome.text("h1"), "Anmelden");
    assert!(chrome.text("label[for=password]").contains("Passwort"));
    chrome.screenshot("sign-in-de");
    chrome.click("#register-link");
    assert_eq!(chrome.text("h1"), "Konto erstellen");
    chrome.screenshot("register-de");
}

#[test]
fn registration_switched_off_hides_the_link_and_refuses_the_form() {
    let env = Env::new();
    let app = App::start();
    spa(&env, &app);
    env.json(&["settings", "set", "sign_in_mode", "sign_in"]);
    let server = Server::start(&env);
    let chrome = Chrome::start();

    chrome.open(&authorize(&server, &app, ""));
    assert!(!chrome.has("#register-link"));
    let interaction = query_param(&chrome.url(), "interaction").unwrap();
    chrome.open(&format!(
        "{}/register?interaction={interaction}",
        server.base
    ));
    assert_eq!(chrome.text("h1"), "Registration is closed");
    chrome.screenshot("registration-closed");
    // The POST is refused as well (sent from the browser's own page context).
    let refused = crate::server::post_form(
        &format!("{}/register", server.base),
        None,
        &[("interaction", &interaction), ("email", "x@example.com")],
    );
    assert_eq!(refused.status, 403);
}

/// Logto's SDKs sign out with `client_id` and `post_logout_redirect_uri` but no
/// `id_token_hint`; the confirmation submits itself, so the browser comes straight back.
#[test]
fn an_apps_sign_out_comes_straight_back() {
    let env = Env::new();
    create_user(&env, "ada@example.com");
    let app = App::start();
    let bye = app.redirect_uri.replace("/callback", "/bye");
    env.json(&[
        "app",
        "create",
        "Browser app",
        "--type",
        "spa",
        "--redirect-uri",
        &app.redirect_uri,
        "--post-logout-redirect-uri",
        &bye,
        "--client-id",
        "browser-app",
    ]);
    let server = Server::start(&env);
    let chrome = Chrome::start();
    chrome.open(&authorize(&server, &app, ""));
    chrome.type_into("#identifier", "ada@example.com");
    chrome.type_into("#password", PASSWORD);
    chrome.click("#main-form button[type=submit]");
    back_in_the_app(&app);

    chrome.open(&format!(
        "{}/oidc/session/end?client_id=browser-app&state=o1&{}",
        server.base,
        crate::server::form(&[("post_logout_redirect_uri", &bye)])
    ));
    let path = app.next_request();
    assert_eq!(path, "/bye?state=o1");
    // Signed out: the next sign-in asks for the password again.
    chrome.open(&authorize(&server, &app, ""));
    assert!(
        chrome.url().contains("/sign-in?interaction="),
        "{}",
        chrome.url()
    );
}
