//! The Account API's second factors beyond enrolment, over HTTP with a token from a real code
//! flow: the authenticator app replaced (`PUT .../mfa-verifications/totp`), a verification
//! record made with the authenticator app (`POST /api/verifications/totp/verify`), and
//! `mfa-settings`, whose opt-out lets the next sign-in through without the second factor.

use serde_json::json;

use crate::account_api::{call, code_of, password_record, setup};
use crate::server::{Browser, PASSWORD, Server};

const CENTER: &str = "{enabled: true, fields: {mfa: edit}}";
const SECRET: &str = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const OTHER_SECRET: &str = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";

fn code_now(secret: &str) -> String {
    let now = doorman::model::timestamp::Timestamp::now().unix();
    doorman::credentials::totp::code_at(secret, now).unwrap()
}

fn record(server: &Server, token: &str) -> String {
    password_record(server, token, PASSWORD).json()["verificationRecordId"]
        .as_str()
        .unwrap()
        .to_string()
}

fn factors(server: &Server, token: &str) -> serde_json::Value {
    let listed = call(
        server,
        "GET",
        "/api/my-account/mfa-verifications",
        token,
        None,
        None,
    );
    assert_eq!(listed.status, 200, "{listed:?}");
    listed.json()
}

#[test]
fn the_authenticator_app_is_replaced_and_proves_the_user_by_its_codes() {
    let (_env, server, token) = setup(CENTER, "openid profile identities");
    let enrolled = call(
        &server,
        "POST",
        "/api/my-account/mfa-verifications",
        &token,
        Some(&record(&server, &token)),
        Some(json!({ "type": "Totp", "secret": SECRET })),
    );
    assert_eq!(enrolled.status, 204, "{enrolled:?}");
    let first_id = factors(&server, &token)[0]["id"].clone();

    // A code of the app proves the user: a record for a sensitive change.
    let by_totp = call(
        &server,
        "POST",
        "/api/verifications/totp/verify",
        &token,
        None,
        Some(json!({ "code": code_now(SECRET) })),
    );
    assert_eq!(by_totp.status, 201, "{by_totp:?}");
    let totp_record = by_totp.json()["verificationRecordId"]
        .as_str()
        .unwrap()
        .to_string();
    let wrong = call(
        &server,
        "POST",
        "/api/verifications/totp/verify",
        &token,
        None,
        Some(json!({ "code": "not-a-code" })),
    );
    assert_eq!(
        (wrong.status, code_of(&wrong)),
        (400, "session.mfa.invalid_totp_code".into())
    );

    let replace = |record: Option<&str>, code: &str| {
        call(
            &server,
            "PUT",
            "/api/my-account/mfa-verifications/totp",
            &token,
            record,
            Some(json!({ "secret": OTHER_SECRET, "code": code })),
        )
    };
    let unproven = replace(None, &code_now(OTHER_SECRET));
    assert_eq!(
        (unproven.status, code_of(&unproven)),
        (401, "verification_record.permission_denied".into())
    );
    let wrong_code = replace(Some(&totp_record), "123456");
    assert_eq!(
        (wrong_code.status, code_of(&wrong_code)),
        (400, "session.mfa.invalid_totp_code".into())
    );
    let replaced = replace(Some(&totp_record), &code_now(OTHER_SECRET));
    assert_eq!(replaced.status, 204, "{replaced:?}");
    let now = factors(&server, &token);
    assert_eq!(now.as_array().unwrap().len(), 1, "{now}");
    assert_eq!(now[0]["type"], "Totp");
    assert_ne!(now[0]["id"], first_id);
    // The record was spent by the change.
    let again = replace(Some(&totp_record), &code_now(OTHER_SECRET));
    assert_eq!(again.status, 401, "{again:?}");
}

#[test]
fn opting_out_of_the_second_factor_lets_the_next_sign_in_through() {
    let (env, server, token) = setup(CENTER, "openid profile identities");
    env.cmd(&[
        "user",
        "mfa",
        "add-totp",
        "ada@example.com",
        "--secret",
        SECRET,
    ])
    .run()
    .success();
    let settings = |expected: bool| {
        let shown = call(
            &server,
            "GET",
            "/api/my-account/mfa-settings",
            &token,
            None,
            None,
        );
        assert_eq!(shown.status, 200, "{shown:?}");
        assert_eq!(shown.json(), json!({ "skipMfaOnSignIn": expected }));
    };
    settings(false);
    let change = |record: Option<&str>, skip: serde_json::Value| {
        call(
            &server,
            "PATCH",
            "/api/my-account/mfa-settings",
            &token,
            record,
            Some(json!({ "skipMfaOnSignIn": skip })),
        )
    };
    let unproven = change(None, json!(true));
    assert_eq!(
        (unproven.status, code_of(&unproven)),
        (401, "verification_record.permission_denied".into())
    );
    let not_a_bool = change(Some(&record(&server, &token)), json!("yes"));
    assert_eq!(not_a_bool.status, 400, "{not_a_bool:?}");

    // With the second factor asked, a sign-in stops at /mfa.
    let mut before = Browser::new(&server);
    let asked = before.sign_in("/account", "ada@example.com", PASSWORD);
    assert!(asked.location().starts_with("/mfa"), "{asked:#?}");

    let changed = change(Some(&record(&server, &token)), json!(true));
    assert_eq!(changed.status, 200, "{changed:?}");
    assert_eq!(changed.json(), json!({ "skipMfaOnSignIn": true }));
    settings(true);
    let mut after = Browser::new(&server);
    let through = after.sign_in("/account", "ada@example.com", PASSWORD);
    assert_eq!(through.location(), "/account", "{through:#?}");

    // Without the identities scope the settings are not shown.
    let client = crate::oidc_flow::web_app(&env, "reader");
    let narrow = crate::account_api::token_for(&server, &client, "openid profile");
    let refused = call(
        &server,
        "GET",
        "/api/my-account/mfa-settings",
        &narrow,
        None,
        None,
    );
    assert_eq!(
        (refused.status, code_of(&refused)),
        (401, "auth.unauthorized".into())
    );
}

#[test]
fn the_user_makes_lists_and_revokes_their_personal_access_tokens() {
    let (env, server, token) = setup("{enabled: true}", "openid profile");
    let path = "/api/my-account/personal-access-tokens";
    let unproven = call(
        &server,
        "POST",
        path,
        &token,
        None,
        Some(json!({ "name": "ci" })),
    );
    assert_eq!(
        (unproven.status, code_of(&unproven)),
        (401, "verification_record.permission_denied".into())
    );
    let made = call(
        &server,
        "POST",
        path,
        &token,
        Some(&record(&server, &token)),
        Some(json!({ "name": "ci" })),
    );
    assert_eq!(made.status, 201, "{made:?}");
    let value = made.json()["value"].as_str().unwrap().to_string();
    assert!(value.starts_with("pat_"), "{value}");
    let listed = call(&server, "GET", path, &token, None, None).json();
    assert_eq!(listed[0]["name"], "ci");
    assert!(listed[0].get("value").is_none(), "shown once: {listed}");
    let taken = call(
        &server,
        "POST",
        path,
        &token,
        Some(&record(&server, &token)),
        Some(json!({ "name": "ci" })),
    );
    assert_eq!(
        (taken.status, code_of(&taken)),
        (422, "user.personal_access_token_name_exists".into())
    );
    let revoked = call(&server, "DELETE", &format!("{path}/ci"), &token, None, None);
    assert_eq!(revoked.status, 204, "{revoked:?}");
    assert_eq!(
        env.json(&["user", "token", "list", "ada@example.com"]),
        json!([])
    );
    let again = call(&server, "DELETE", &format!("{path}/ci"), &token, None, None);
    assert_eq!(again.status, 404);
}
