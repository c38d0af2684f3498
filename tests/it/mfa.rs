//! Second factors end to end: `user mfa` from the CLI, fixtures that round-trip, and sign-ins
//! through the pages with an authenticator app (codes computed here from the secret), backup
//! codes, and the enrolment policies.

use doorman::credentials::totp;
use serde_json::{Value, json};

use crate::oidc_flow::{REDIRECT, auth_url, decode_payload, exchange, web_app};
use crate::server::{Browser, PASSWORD, Reply, Server, query_param};
use crate::util::{Env, create_user};

/// RFC 6238's SHA-1 test key in base32.
const SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

fn current_code(secret: &str) -> String {
    totp::code_at(secret, now()).unwrap()
}

/// The text of the first element carrying `attribute`.
fn marked(body: &str, attribute: &str) -> Vec<String> {
    body.split(attribute)
        .skip(1)
        .map(|rest| {
            let start = rest.find('>').unwrap() + 1;
            let end = rest[start..].find('<').unwrap() + start;
            rest[start..end].to_string()
        })
        .collect()
}

/// Posts the `/mfa` form of the page `page` with `code` (and `extra` fields).
fn post_mfa(browser: &mut Browser, page: &Reply, pairs: &[(&str, &str)]) -> Reply {
    let mut form = vec![
        ("csrf_token", page.field("csrf_token")),
        ("interaction", page.field("interaction")),
    ];
    form.extend(pairs.iter().map(|(k, v)| (*k, v.to_string())));
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    browser.post("/mfa", &form)
}

/// The ID token's `amr` after following a sign-in's redirect to the app.
fn amr_after(server: &Server, client: &(String, String), to_app: &Reply) -> Value {
    assert!(to_app.location().starts_with(REDIRECT), "{to_app:#?}");
    let code = query_param(to_app.location(), "code").unwrap();
    let tokens = exchange(server, client, &code).json();
    decode_payload(tokens["id_token"].as_str().unwrap())["amr"].clone()
}

#[test]
fn the_cli_enrols_lists_and_removes_factors() {
    let env = Env::new();
    create_user(&env, "ada@example.com");
    let added = env.json(&[
        "user",
        "mfa",
        "add-totp",
        "ada@example.com",
        "--secret",
        &SECRET.to_lowercase(),
    ]);
    assert_eq!(added["type"], "totp");
    assert_eq!(added["secret"], SECRET);
    let uri = added["otpauth_uri"].as_str().unwrap();
    assert!(
        uri.starts_with("otpauth://totp/doorman:ada%40example.com?"),
        "{uri}"
    );
    env.cmd(&["user", "mfa", "add-totp", "ada@example.com"])
        .run()
        .fails(4, "already has an authenticator app");
    env.cmd(&[
        "user",
        "mfa",
        "add-totp",
        "ada@example.com",
        "--secret",
        "nope!",
    ])
    .run()
    .fails(2, "TOTP secret 'nope!' is not base32");
    env.cmd(&["user", "mfa", "list", "nobody@example.com"])
        .run()
        .fails(3, "user 'nobody@example.com' not found");

    let codes = env.json(&["user", "mfa", "backup-codes", "ada@example.com"]);
    assert_eq!(codes["codes"].as_array().unwrap().len(), 10);
    let listed = env.json(&["user", "mfa", "list", "ada@example.com"]);
    assert_eq!(listed[0]["type"], "totp");
    assert_eq!(listed[1]["type"], "backup_code");
    assert_eq!(listed[1]["remaining_codes"], 10);
    assert!(
        listed.to_string().find(SECRET).is_none(),
        "secrets print once"
    );
    assert_eq!(
        env.json(&["user", "show", "ada@example.com"])["mfa"],
        json!(["totp", "backup_code"])
    );

    let id = listed[0]["id"].as_str().unwrap();
    env.json(&["user", "mfa", "remove", "ada@example.com", id]);
    env.cmd(&["user", "mfa", "remove", "ada@example.com", id])
        .run()
        .fails(3, "no MFA factor");
    assert_eq!(
        env.json(&["user", "mfa", "list", "ada@example.com"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn fixtures_seed_factors_and_round_trip_with_secrets() {
    let env = Env::new();
    env.write(
        "mfa.yaml",
        &format!(
            "users:\n  - email: ada@example.com\n    password: {PASSWORD}\n    mfa:\n      totp_secret: {SECRET}\n      backup_codes: [ci-backup-01, ci-backup-02]\n"
        ),
    );
    assert_eq!(env.json(&["seed", "mfa.yaml"])["created"], 1);
    let again = env.json(&["seed", "mfa.yaml"]);
    assert_eq!(
        (again["updated"].as_u64(), again["unchanged"].as_u64()),
        (Some(0), Some(1))
    );
    let plain = env.cmd(&["export"]).run().success().stdout;
    assert!(
        !plain.contains("totp_secret") && !plain.contains(SECRET),
        "{plain}"
    );
    let full = env
        .cmd(&["export", "--with-secrets"])
        .run()
        .success()
        .stdout;
    assert!(
        full.contains(SECRET) && full.contains("backup_code_digests"),
        "{full}"
    );
    assert!(!full.contains("ci-backup-01"));

    let copy = Env::new();
    copy.write("export.yaml", &full);
    copy.json(&["seed", "export.yaml"]);
    let listed = copy.json(&["user", "mfa", "list", "ada@example.com"]);
    assert_eq!(listed[1]["remaining_codes"], 2);

    // The sign-in choice travels with the user, secrets or not.
    env.write(
        "skip.yaml",
        &format!(
            "users:\n  - email: ada@example.com\n    mfa:\n      totp_secret: {SECRET}\n      skip_at_sign_in: true\n"
        ),
    );
    assert_eq!(env.json(&["seed", "skip.yaml"])["updated"], 1);
    assert_eq!(env.json(&["seed", "skip.yaml"])["unchanged"], 1);
    let plain = env.cmd(&["export"]).run().success().stdout;
    assert!(plain.contains("skip_at_sign_in: true"), "{plain}");
    let copy = Env::new();
    copy.write("export.yaml", &plain);
    copy.json(&["seed", "export.yaml"]);
    let again = copy.cmd(&["export"]).run().success().stdout;
    assert!(again.contains("skip_at_sign_in: true"), "{again}");

    env.write(
        "bad.yaml",
        "users:\n  - email: ada@example.com\n    mfa: { totp_secret: short }\n",
    );
    env.cmd(&["seed", "bad.yaml"]).run().fails(
        2,
        "bad.yaml: users[0].mfa.totp_secret: TOTP secret 'short' is too short",
    );
}

#[test]
fn an_enrolled_user_proves_the_second_factor_once_per_code() {
    let env = Env::new();
    create_user(&env, "ada@example.com");
    env.json(&[
        "user",
        "mfa",
        "add-totp",
        "ada@example.com",
        "--secret",
        SECRET,
    ]);
    let codes = env.json(&["user", "mfa", "backup-codes", "ada@example.com"])["codes"].clone();
    let client = web_app(&env, "web");
    let server = Server::start(&env);
    let url = auth_url(&server, "web", "");

    let mut browser = Browser::new(&server);
    let to_mfa = browser.sign_in(&url, "ada@example.com", PASSWORD);
    assert!(
        to_mfa.location().starts_with("/mfa?interaction="),
        "{to_mfa:#?}"
    );
    let page = browser.get(to_mfa.location());
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("data-factor=\"backup_code\""),
        "{}",
        page.body
    );
    let wrong = post_mfa(
        &mut browser,
        &page,
        &[("factor", "totp"), ("code", "000000")],
    );
    assert_eq!(wrong.status, 400);
    assert!(wrong.body.contains("role=\"alert\""));
    let code = current_code(SECRET);
    let done = post_mfa(&mut browser, &page, &[("factor", "totp"), ("code", &code)]);
    assert_eq!(
        amr_after(&server, &client, &done),
        json!(["pwd", "otp", "mfa"])
    );

    // The same code again, from another browser, is a replay.
    let mut other = Browser::new(&server);
    let to_mfa = other.sign_in(&url, "ada@example.com", PASSWORD);
    let page = other.get(to_mfa.location());
    let replay = post_mfa(&mut other, &page, &[("factor", "totp"), ("code", &code)]);
    assert_eq!(replay.status, 400, "{replay:#?}");

    // A backup code works once.
    let backup = codes[0].as_str().unwrap();
    let page = other.get(&format!(
        "/mfa?interaction={}&factor=backup_code",
        page.field("interaction")
    ));
    assert_eq!(page.field("factor"), "backup_code");
    let done = post_mfa(
        &mut other,
        &page,
        &[("factor", "backup_code"), ("code", backup)],
    );
    assert_eq!(
        amr_after(&server, &client, &done),
        json!(["pwd", "otp", "mfa"])
    );
    let mut third = Browser::new(&server);
    let to_mfa = third.sign_in(&url, "ada@example.com", PASSWORD);
    let page = third.get(to_mfa.location());
    let again = post_mfa(
        &mut third,
        &page,
        &[("factor", "backup_code"), ("code", backup)],
    );
    assert_eq!(again.status, 400);

    // Wrong codes are limited per user.
    let mut last = again;
    for _ in 0..6 {
        last = post_mfa(&mut third, &page, &[("factor", "totp"), ("code", "000000")]);
    }
    assert_eq!(last.status, 429, "{last:#?}");
    // The page needs the browser that signed in.
    let stranger =
        Browser::new(&server).get(&format!("/mfa?interaction={}", page.field("interaction")));
    assert_eq!(stranger.status, 403);
}

/// Signs in and enrols an authenticator app on `/mfa`, returning the reply that leaves for the
/// app and whether the page offered to skip.
fn enrol(browser: &mut Browser, url: &str, email: &str) -> (Reply, bool) {
    let to_mfa = browser.sign_in(url, email, PASSWORD);
    assert!(to_mfa.location().starts_with("/mfa"), "{to_mfa:#?}");
    let page = browser.get(to_mfa.location());
    let secret = marked(&page.body, "data-totp-secret")
        .pop()
        .expect("a secret");
    assert!(
        page.body.contains("data:image/svg+xml;base64,"),
        "a QR code"
    );
    let skippable = page.body.contains("name=\"skip\"");
    let codes_page = post_mfa(browser, &page, &[("code", &current_code(&secret))]);
    assert_eq!(codes_page.status, 200, "{codes_page:#?}");
    let codes = marked(&codes_page.body, "data-backup-code");
    assert_eq!(codes.len(), 10);
    let done = post_mfa(browser, &codes_page, &[("action", "continue")]);
    (done, skippable)
}

#[test]
fn policies_decide_who_enrols_and_who_may_skip() {
    let env = Env::new();
    create_user(&env, "ada@example.com");
    create_user(&env, "bob@example.com");
    create_user(&env, "eve@example.com");
    let client = web_app(&env, "web");
    env.json(&["settings", "set", "mfa.policy", "mandatory"]);
    let server = Server::start(&env);
    let url = auth_url(&server, "web", "");

    // Mandatory: enrolment cannot be skipped, and the sign-in that enrolled says mfa.
    let (done, skippable) = enrol(&mut Browser::new(&server), &url, "ada@example.com");
    assert!(!skippable);
    assert_eq!(
        amr_after(&server, &client, &done),
        json!(["pwd", "otp", "mfa"])
    );
    let types = env.json(&["user", "mfa", "list", "ada@example.com"]);
    assert_eq!(types.as_array().unwrap().len(), 2);

    // Prompting: skippable, and not asked again once skipped.
    env.json(&[
        "settings",
        "set",
        "mfa.policy",
        "prompt_at_sign_in_and_sign_up",
    ]);
    let mut browser = Browser::new(&server);
    let to_mfa = browser.sign_in(&url, "bob@example.com", PASSWORD);
    let page = browser.get(to_mfa.location());
    assert!(page.body.contains("name=\"skip\""));
    let skipped = post_mfa(&mut browser, &page, &[("skip", "1")]);
    assert_eq!(amr_after(&server, &client, &skipped), json!(["pwd"]));
    let next = Browser::new(&server).sign_in(&url, "bob@example.com", PASSWORD);
    assert!(next.location().starts_with(REDIRECT), "{next:#?}");

    // No prompt: nobody is asked; an organization that requires MFA asks its members only.
    env.json(&["settings", "set", "mfa.policy", "no_prompt"]);
    env.json(&[
        "settings",
        "set",
        "mfa.organization_required_mfa_policy",
        "mandatory",
    ]);
    env.json(&["org", "create", "Acme"]);
    env.json(&["org", "update", "Acme", "--mfa-required", "true"]);
    env.json(&["org", "member", "add", "Acme", "eve@example.com"]);
    let outsider = Browser::new(&server).sign_in(&url, "bob@example.com", PASSWORD);
    assert!(outsider.location().starts_with(REDIRECT), "{outsider:#?}");
    let (done, skippable) = enrol(&mut Browser::new(&server), &url, "eve@example.com");
    assert!(!skippable);
    assert_eq!(
        amr_after(&server, &client, &done),
        json!(["pwd", "otp", "mfa"])
    );
}

#[test]
fn an_organization_that_requires_mfa_gives_no_token_to_a_member_without_a_factor() {
    let env = Env::new();
    create_user(&env, "eve@example.com");
    web_app(&env, "web");
    env.json(&["org", "create", "Acme"]);
    env.json(&["org", "member", "add", "Acme", "eve@example.com"]);
    let issue = [
        "token",
        "issue",
        "eve@example.com",
        "--app",
        "web",
        "--org",
        "Acme",
    ];
    env.json(&issue);
    let org = env.json(&["org", "update", "Acme", "--mfa-required", "true"]);
    assert_eq!(org["mfa_required"], true);
    env.cmd(&issue)
        .run()
        .fails(2, "requires MFA and the user has no second factor");
    env.json(&["user", "mfa", "add-totp", "eve@example.com"]);
    // A factor enrolled is not enough: the grant's sign-in must have used one (security
    // review, finding 8), as a password-only refresh token from before the enrolment did not.
    env.cmd(&issue)
        .run()
        .fails(2, "this sign-in did not use a second factor");
    let with_mfa: Vec<&str> = issue
        .iter()
        .copied()
        .chain(["--amr", "pwd", "--amr", "otp", "--amr", "mfa"])
        .collect();
    env.json(&with_mfa);
    let amr = env.json(&[
        "token",
        "issue",
        "eve@example.com",
        "--app",
        "web",
        "--amr",
        "pwd",
        "--amr",
        "otp",
        "--amr",
        "mfa",
    ]);
    assert_eq!(
        decode_payload(amr["id_token"].as_str().unwrap())["amr"],
        json!(["pwd", "otp", "mfa"])
    );
    env.cmd(&[
        "token",
        "issue",
        "eve@example.com",
        "--app",
        "web",
        "--amr",
        "magic",
    ])
    .run()
    .fails(2, "--amr 'magic' is not an RFC 8176 method");
}

/// The six-digit code in the newest message to `to`.
fn code_sent_to(env: &Env, to: &str) -> String {
    let message = env.json(&["outbox", "--to", to, "--last"]);
    let body = message["body"].as_str().unwrap();
    body.split(|c: char| !c.is_ascii_digit())
        .find(|part| part.len() == 6)
        .unwrap_or_else(|| panic!("no code in {body}"))
        .to_string()
}

#[test]
fn a_verified_email_serves_as_the_second_factor_when_the_settings_allow_it() {
    let env = Env::new();
    env.json(&[
        "user",
        "create",
        "--email",
        "ada@example.com",
        "--email-verified",
        "--password",
        PASSWORD,
    ]);
    create_user(&env, "bob@example.com");
    let client = web_app(&env, "web");
    env.json(&["settings", "set", "mfa.policy", "mandatory"]);
    env.json(&[
        "settings",
        "set",
        "mfa.factors",
        "[totp, email_verification_code]",
    ]);
    let server = Server::start(&env);
    let url = auth_url(&server, "web", "");

    let mut browser = Browser::new(&server);
    let to_mfa = browser.sign_in(&url, "ada@example.com", PASSWORD);
    let page = browser.get(to_mfa.location());
    assert_eq!(page.field("factor"), "email");
    assert!(page.body.contains("ada@example.com"));
    let sent = post_mfa(
        &mut browser,
        &page,
        &[("factor", "email"), ("action", "send")],
    );
    assert_eq!(sent.status, 200);
    assert!(sent.body.contains("name=\"code\""), "{}", sent.body);
    let wrong = post_mfa(
        &mut browser,
        &sent,
        &[("factor", "email"), ("code", "000000")],
    );
    assert_eq!(wrong.status, 400);
    let code = code_sent_to(&env, "ada@example.com");
    let done = post_mfa(&mut browser, &sent, &[("factor", "email"), ("code", &code)]);
    assert_eq!(
        amr_after(&server, &client, &done),
        json!(["pwd", "otp", "mfa"])
    );
    // The code is spent with the sign-in.
    let mut again = Browser::new(&server);
    let to_mfa = again.sign_in(&url, "ada@example.com", PASSWORD);
    let page = again.get(to_mfa.location());
    let sent = post_mfa(
        &mut again,
        &page,
        &[("factor", "email"), ("action", "send")],
    );
    assert_eq!(sent.status, 200);
    let replay = post_mfa(&mut again, &sent, &[("factor", "email"), ("code", &code)]);
    assert_eq!(replay.status, 400);

    // An unverified email is no factor: that user enrols an authenticator app.
    let mut bob = Browser::new(&server);
    let to_mfa = bob.sign_in(&url, "bob@example.com", PASSWORD);
    let page = bob.get(to_mfa.location());
    assert!(page.body.contains("data-totp-secret"), "{}", page.body);
}

#[test]
fn prompt_only_at_sign_in_leaves_a_new_account_alone_until_it_signs_in() {
    let env = Env::new();
    let client = web_app(&env, "web");
    env.json(&["settings", "set", "mfa.policy", "prompt_only_at_sign_in"]);
    env.json(&["settings", "set", "sign_up.verify", "false"]);
    let server = Server::start(&env);

    // Signing up: no prompt.
    let mut browser = Browser::new(&server);
    let start = browser.get(&auth_url(&server, "web", "&first_screen=register"));
    let page = browser.get(start.location());
    let registered = browser.post(
        "/register",
        &[
            ("csrf_token", &page.field("csrf_token")),
            ("interaction", &page.field("interaction")),
            ("email", "new@example.com"),
            ("password", PASSWORD),
        ],
    );
    assert_eq!(amr_after(&server, &client, &registered), json!(["pwd"]));

    // Signing in later: prompted, and may skip.
    let mut later = Browser::new(&server);
    let to_mfa = later.sign_in(&auth_url(&server, "web", ""), "new@example.com", PASSWORD);
    assert!(to_mfa.location().starts_with("/mfa"), "{to_mfa:#?}");
    let page = later.get(to_mfa.location());
    assert!(page.body.contains("name=\"skip\""));
}

/// Signs in with a code sent to `email`; the reply that follows the right code.
fn code_sign_in(env: &Env, browser: &mut Browser, url: &str, email: &str) -> Reply {
    let start = browser.get(url);
    let form = browser.get(&format!("{}&method=code", start.location()));
    let sent = browser.post(
        "/sign-in",
        &[
            ("csrf_token", &form.field("csrf_token")),
            ("interaction", &form.field("interaction")),
            ("method", "code"),
            ("identifier", email),
        ],
    );
    let verify = browser.get(sent.location());
    crate::pages_account::post_code(browser, &verify, &code_sent_to(env, email))
}

/// The mailbox alone never passes both factors (security review, finding 4): after an email-code
/// sign-in the email is not offered as the second factor, and a code to the user's email is a
/// second factor only when nothing stronger is enrolled.
#[test]
fn the_mailbox_that_proved_the_first_factor_is_not_the_second() {
    let env = Env::new();
    for email in ["tia@example.com", "una@example.com"] {
        env.json(&[
            "user",
            "create",
            "--email",
            email,
            "--email-verified",
            "--password",
            PASSWORD,
        ]);
    }
    env.json(&["user", "mfa", "add-totp", "tia@example.com"]);
    web_app(&env, "web");
    env.json(&["settings", "set", "mfa.policy", "mandatory"]);
    env.json(&[
        "settings",
        "set",
        "mfa.factors",
        "[totp, email_verification_code]",
    ]);
    let server = Server::start(&env);
    let url = auth_url(&server, "web", "");

    // TOTP enrolled: an email code is not offered beside it, whatever the first factor.
    let mut tia = Browser::new(&server);
    let to_mfa = tia.sign_in(&url, "tia@example.com", PASSWORD);
    let page = tia.get(to_mfa.location());
    assert!(
        !page.body.contains("data-factor=\"email\""),
        "{}",
        page.body
    );
    let asked = post_mfa(&mut tia, &page, &[("factor", "email"), ("action", "send")]);
    assert!(!asked.body.contains("tia@example.com"), "{}", asked.body);
    let sent = env.json(&["outbox", "--to", "tia@example.com"]);
    assert_eq!(sent.as_array().map(Vec::len), Some(0), "{sent}");

    // Only a verified email, and it proved the first factor: enrol an authenticator instead.
    let mut una = Browser::new(&server);
    let to_mfa = code_sign_in(&env, &mut una, &url, "una@example.com");
    assert!(to_mfa.location().starts_with("/mfa"), "{to_mfa:#?}");
    let page = una.get(to_mfa.location());
    assert!(page.body.contains("data-totp-secret"), "{}", page.body);
    assert!(
        !page.body.contains("data-factor=\"email\""),
        "{}",
        page.body
    );
}

/// An organization that requires MFA gives no organization token to a grant whose sign-in did
/// not use a second factor (security review, finding 8): a password-only refresh token from
/// before the member enrolled is refused once the organization requires MFA.
#[test]
fn an_organization_that_requires_mfa_refuses_a_grant_that_never_did_mfa() {
    let env = Env::new();
    create_user(&env, "ivy@example.com");
    let client = web_app(&env, "web");
    let org = env.json(&["org", "create", "Acme"]);
    env.json(&["org", "member", "add", "Acme", "ivy@example.com"]);
    let server = Server::start(&env);
    let url = auth_url(&server, "web", "").replace(
        "scope=openid%20email%20offline_access",
        "scope=openid%20email%20offline_access%20urn%3Alogto%3Ascope%3Aorganizations",
    );
    let back = Browser::new(&server).sign_in(&url, "ivy@example.com", PASSWORD);
    let code = query_param(back.location(), "code").unwrap();
    let tokens = exchange(&server, &client, &code).json();
    let refresh = tokens["refresh_token"].as_str().unwrap();

    env.json(&["org", "update", "Acme", "--mfa-required", "true"]);
    env.json(&["user", "mfa", "add-totp", "ivy@example.com"]);
    let refused = crate::server::post_form(
        &format!("{}/token", server.issuer),
        Some((&client.0, &client.1)),
        &[
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh),
            ("organization_id", org["id"].as_str().unwrap()),
        ],
    );
    assert_eq!(refused.status, 403, "{refused:#?}");
    assert_eq!(refused.json()["error"], "access_denied");
}
