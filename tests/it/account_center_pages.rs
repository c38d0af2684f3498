//! The hosted account center at `/account` over HTTP, as a browser without scripts uses it:
//! off until the settings turn it on; a visitor signs in through the sign-in page and comes
//! back; each form changes the account through the same operations as the Account API (profile,
//! an email proved by a code, a password that signs other browsers out, an authenticator app,
//! backup codes, a personal access token shown once, a session and an app revoked, deletion);
//! forms need the CSRF token signed for the browser's session, and sensitive ones a sign-in of
//! the last ten minutes (the test controls move the clock).

use serde_json::json;

use crate::connectors::last_code;
use crate::server::{Browser, PASSWORD, Reply, Server};
use crate::util::{Env, create_user};

const EVERYTHING: &str = "{enabled: true, fields: {name: edit, avatar: edit, username: edit, \
    email: edit, phone: edit, password: edit, mfa: edit, session: edit}}";

fn setup() -> (Env, Server) {
    let env = Env::new();
    create_user(&env, "ada@example.com");
    env.json(&["settings", "set", "account_center", EVERYTHING]);
    let server = Server::start_args(&env, &["--test-controls"], &[]);
    (env, server)
}

/// A browser signed in to the account center, on its overview.
fn signed_in(server: &Server) -> (Browser, Reply) {
    let mut browser = Browser::new(server);
    let back = browser.sign_in("/account", "ada@example.com", PASSWORD);
    assert_eq!(back.location(), "/account", "{back:#?}");
    let page = browser.get("/account");
    assert_eq!(page.status, 200, "{page:#?}");
    (browser, page)
}

fn post(browser: &mut Browser, page: &Reply, path: &str, pairs: &[(&str, &str)]) -> Reply {
    let csrf = page.field("csrf_token");
    let mut all = vec![("csrf_token", csrf.as_str())];
    all.extend_from_slice(pairs);
    browser.post(path, &all)
}

#[test]
fn the_account_center_is_off_until_the_settings_turn_it_on() {
    let env = Env::new();
    create_user(&env, "ada@example.com");
    let server = Server::start(&env);
    assert_eq!(Browser::new(&server).get("/account").status, 404);
    env.json(&["settings", "set", "account_center.enabled", "true"]);
    let start = Browser::new(&server).get("/account");
    assert_eq!(start.status, 303, "{start:#?}");
    assert!(
        start.location().starts_with("/sign-in?interaction="),
        "{start:#?}"
    );
}

#[test]
fn a_signed_in_user_sees_every_section_the_settings_show() {
    let (env, server) = setup();
    let (_, page) = signed_in(&server);
    for id in [
        "profile", "email", "phone", "password", "mfa", "tokens", "sessions", "apps", "delete",
    ] {
        assert!(
            page.body.contains(&format!("id=\"{id}\"")),
            "section {id}: {}",
            page.body
        );
    }
    assert!(page.body.contains("ada@example.com"));
    env.json(&["settings", "set", "account_center.fields.mfa", "off"]);
    env.json(&[
        "settings",
        "set",
        "account_center.fields.email",
        "read_only",
    ]);
    let (_, page) = signed_in(&server);
    assert!(!page.body.contains("id=\"mfa\""), "mfa off");
    assert!(
        page.body.contains("id=\"email\""),
        "email read only: its form"
    );
    assert!(
        !page.body.contains("id=\"new-email\""),
        "without a field to change it"
    );
    assert!(
        page.body.contains("data-current=\"email\""),
        "and the address shown"
    );
}

#[test]
fn the_profile_changes_and_a_form_without_the_session_token_is_refused() {
    let (env, server) = setup();
    let (mut browser, page) = signed_in(&server);
    let saved = post(
        &mut browser,
        &page,
        "/account/profile",
        &[("name", "Ada L."), ("username", "ada_l")],
    );
    assert_eq!(
        saved.location(),
        "/account?done=profile_saved",
        "{saved:#?}"
    );
    let user = env.json(&["user", "show", "ada@example.com"]);
    assert_eq!(
        (user["name"].clone(), user["username"].clone()),
        (json!("Ada L."), json!("ada_l"))
    );
    let notice = browser.get("/account?done=profile_saved");
    assert!(notice.body.contains("data-notice"), "{}", notice.body);

    let forged = browser.post(
        "/account/profile",
        &[("csrf_token", "forged.token"), ("name", "Mallory")],
    );
    assert_eq!(forged.status, 403, "{forged:#?}");
    // A token signed for another session does not serve this one.
    let (_, other) = signed_in(&server);
    let crossed = post(
        &mut browser,
        &other,
        "/account/profile",
        &[("name", "Mallory")],
    );
    assert_eq!(crossed.status, 403, "{crossed:#?}");
    assert_eq!(
        env.json(&["user", "show", "ada@example.com"])["name"],
        "Ada L."
    );
}

#[test]
fn a_new_email_is_proved_by_a_code_from_the_outbox() {
    let (env, server) = setup();
    let (mut browser, page) = signed_in(&server);
    let sent = post(
        &mut browser,
        &page,
        "/account/email",
        &[("action", "send"), ("value", "ada@new.example")],
    );
    assert!(
        sent.location().starts_with("/account/email?verification="),
        "{sent:#?}"
    );
    let sent = browser.get(sent.location());
    assert_eq!(sent.status, 200, "{sent:#?}");
    let verification = sent.field("verification");
    let wrong = post(
        &mut browser,
        &sent,
        "/account/email",
        &[
            ("action", "verify"),
            ("verification", &verification),
            ("value", "ada@new.example"),
            ("code", "000000"),
        ],
    );
    assert_eq!(wrong.status, 400, "{wrong:#?}");
    let code = last_code(&env, "ada@new.example");
    let proved = post(
        &mut browser,
        &sent,
        "/account/email",
        &[
            ("action", "verify"),
            ("verification", &verification),
            ("value", "ada@new.example"),
            ("code", &code),
        ],
    );
    assert_eq!(
        proved.location(),
        "/account?done=email_changed",
        "{proved:#?}"
    );
    let user = env.json(&["user", "show", "ada@new.example"]);
    assert_eq!(user["email_verified"], true, "{user}");
    // The code proves only the address it was sent to.
    let page = browser.get("/account");
    let again = post(
        &mut browser,
        &page,
        "/account/email",
        &[("action", "send"), ("value", "eve@new.example")],
    );
    let again = browser.get(again.location());
    let swapped = post(
        &mut browser,
        &again,
        "/account/email",
        &[
            ("action", "verify"),
            ("verification", &again.field("verification")),
            ("value", "mallory@new.example"),
            ("code", &last_code(&env, "eve@new.example")),
        ],
    );
    assert_eq!(swapped.status, 400, "{swapped:#?}");
    assert_eq!(
        env.json(&["user", "show", "ada@new.example"])["email"],
        "ada@new.example"
    );
}

#[test]
fn a_new_password_signs_the_other_browsers_out() {
    let (env, server) = setup();
    let (mut first, page) = signed_in(&server);
    let (mut second, _) = signed_in(&server);
    let weak = post(
        &mut first,
        &page,
        "/account/password",
        &[("password", "short")],
    );
    assert_eq!(weak.status, 400, "the policy applies: {weak:#?}");
    let changed = post(
        &mut first,
        &page,
        "/account/password",
        &[("password", "a-Whole-new-secret-9")],
    );
    assert_eq!(
        changed.location(),
        "/account?done=password_changed",
        "{changed:#?}"
    );
    assert_eq!(
        first.get("/account").status,
        200,
        "this browser stays signed in"
    );
    let gone = second.get("/account");
    assert_eq!(gone.status, 303, "the other was signed out: {gone:#?}");
    assert!(gone.location().starts_with("/sign-in"), "{gone:#?}");
    let audit = env.json(&["audit", "--user", "ada@example.com"]);
    assert!(audit.to_string().contains("user.password_set"), "{audit}");
}

#[test]
fn an_authenticator_app_then_backup_codes_then_removal() {
    let (env, server) = setup();
    let (mut browser, page) = signed_in(&server);
    let step = post(&mut browser, &page, "/account/mfa", &[("action", "totp")]);
    assert_eq!(step.status, 200, "{step:#?}");
    let secret = step.field("secret");
    assert!(
        step.body.contains("data:image/svg+xml;base64,"),
        "a QR code"
    );
    let clock = crate::server::get(&server.url("/dev/clock")).json();
    let now = doorman::model::timestamp::Timestamp::parse(clock["now"].as_str().unwrap()).unwrap();
    let code = doorman::credentials::totp::code_at(&secret, now.unix()).unwrap();
    let added = post(
        &mut browser,
        &step,
        "/account/mfa",
        &[
            ("action", "totp_confirm"),
            ("secret", &secret),
            ("code", &code),
        ],
    );
    assert_eq!(added.location(), "/account?done=factor_added", "{added:#?}");
    let page = browser.get("/account");
    let codes = post(
        &mut browser,
        &page,
        "/account/mfa",
        &[("action", "backup_codes")],
    );
    assert_eq!(
        codes.body.matches("data-backup-code").count(),
        10,
        "{}",
        codes.body
    );
    // With a factor, the user chooses whether sign-in asks for it.
    let page = browser.get("/account");
    assert!(
        page.body.contains("data-mfa-at-sign-in=\"asked\""),
        "{}",
        page.body
    );
    let skipped = post(
        &mut browser,
        &page,
        "/account/mfa",
        &[("action", "skip_at_sign_in")],
    );
    assert_eq!(skipped.location(), "/account?done=mfa_sign_in_changed");
    let page = browser.get("/account");
    assert!(
        page.body.contains("data-mfa-at-sign-in=\"skipped\""),
        "{}",
        page.body
    );
    let mut elsewhere = Browser::new(&server);
    let through = elsewhere.sign_in("/account", "ada@example.com", PASSWORD);
    assert_eq!(through.location(), "/account", "not asked: {through:#?}");
    let asked = post(
        &mut browser,
        &page,
        "/account/mfa",
        &[("action", "ask_at_sign_in")],
    );
    assert_eq!(asked.location(), "/account?done=mfa_sign_in_changed");
    let mut again = Browser::new(&server);
    let stopped = again.sign_in("/account", "ada@example.com", PASSWORD);
    assert!(
        stopped.location().starts_with("/mfa"),
        "asked: {stopped:#?}"
    );
    let factors = env.json(&["user", "mfa", "list", "ada@example.com"]);
    let totp = factors
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["type"] == "totp")
        .unwrap();
    let page = browser.get("/account");
    let removed = post(
        &mut browser,
        &page,
        "/account/mfa",
        &[
            ("action", "remove"),
            ("factor", totp["id"].as_str().unwrap()),
        ],
    );
    assert_eq!(
        removed.location(),
        "/account?done=factor_removed",
        "{removed:#?}"
    );
    let left = env.json(&["user", "mfa", "list", "ada@example.com"]);
    assert!(
        left.as_array().unwrap().iter().all(|f| f["type"] != "totp"),
        "{left}"
    );
}

#[test]
fn a_token_is_shown_once_and_sessions_and_apps_are_revoked() {
    let (env, server) = setup();
    let (mut browser, page) = signed_in(&server);
    let made = post(
        &mut browser,
        &page,
        "/account/tokens",
        &[("action", "create"), ("name", "ci"), ("expires_in", "30d")],
    );
    assert_eq!(made.status, 201, "{made:#?}");
    let start = made.body.find("data-token-secret>").unwrap() + "data-token-secret>".len();
    assert!(
        made.body[start..].starts_with("pat_"),
        "{}",
        &made.body[start..start + 20]
    );
    assert!(
        !browser.get("/account").body.contains("data-token-secret"),
        "shown once"
    );
    let listed = env.json(&["user", "token", "list", "ada@example.com"]);
    assert_eq!(listed[0]["name"], "ci", "{listed}");
    let page = browser.get("/account");
    let revoked = post(
        &mut browser,
        &page,
        "/account/tokens",
        &[("action", "revoke"), ("name", "ci")],
    );
    assert_eq!(revoked.location(), "/account?done=token_revoked");
    assert_eq!(
        env.json(&["user", "token", "list", "ada@example.com"]),
        json!([])
    );

    let (mut other, _) = signed_in(&server);
    let page = browser.get("/account");
    // The other browser's row has a button; this browser's says "(this browser)" instead.
    let other_id = page
        .body
        .split("<li data-session=\"")
        .skip(1)
        .find(|row| {
            row.split("</li>")
                .next()
                .unwrap()
                .contains("name=\"session\"")
        })
        .and_then(|row| row.split('"').next())
        .expect("another session with a button")
        .to_string();
    let ended = post(
        &mut browser,
        &page,
        "/account/sessions",
        &[("session", &other_id)],
    );
    assert_eq!(
        ended.location(),
        "/account?done=session_ended",
        "{ended:#?}"
    );
    assert_eq!(other.get("/account").status, 303, "signed out");
}

#[test]
fn sensitive_changes_need_a_recent_sign_in_and_deletion_ends_everything() {
    let (env, server) = setup();
    let (mut browser, page) = signed_in(&server);
    crate::server::advance_clock(&server, "11m");
    let stale = browser.get("/account");
    assert!(stale.body.contains("data-confirm"), "{}", stale.body);
    assert!(
        !stale.body.contains("id=\"confirm-delete\""),
        "no delete button"
    );
    assert!(
        !stale.body.contains("id=\"new-password\""),
        "no password field"
    );
    let refused = post(
        &mut browser,
        &page,
        "/account/delete",
        &[("confirm", "yes")],
    );
    assert_eq!(refused.location(), "/account/confirm", "{refused:#?}");
    assert!(env.json(&["user", "show", "ada@example.com"])["id"].is_string());
    // A fresh sign-in, and the form works.
    let again = browser.get("/account/confirm");
    assert!(again.location().starts_with("/sign-in"), "{again:#?}");
    let sign_in = browser.get(again.location());
    let back = browser.post(
        "/sign-in",
        &[
            ("csrf_token", &sign_in.field("csrf_token")),
            ("interaction", &sign_in.field("interaction")),
            ("identifier", "ada@example.com"),
            ("password", PASSWORD),
        ],
    );
    assert_eq!(back.location(), "/account", "{back:#?}");
    let page = browser.get("/account");
    let unticked = post(&mut browser, &page, "/account/delete", &[]);
    assert_eq!(unticked.status, 400);
    let deleted = post(
        &mut browser,
        &page,
        "/account/delete",
        &[("confirm", "yes")],
    );
    assert_eq!(deleted.status, 200, "{deleted:#?}");
    assert!(deleted.body.contains("data-deleted"));
    env.cmd(&["user", "show", "ada@example.com"])
        .run()
        .fails(3, "ada@example.com");
    assert_eq!(browser.get("/account").status, 303, "no session left");
}
