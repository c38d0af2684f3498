//! Logto's Account API over HTTP with a user's token from a real code flow: the account center
//! switch and its per-field settings, the token's scopes, verification records (password and
//! code, expiry by doorman's clock, single use), username and password changes, and third-party
//! apps' read-only tokens.

use serde_json::{Value, json};

use crate::connectors::last_code;
use crate::oidc_flow::{REDIRECT, auth_url, exchange, web_app};
use crate::server::{Browser, PASSWORD, Reply, Server, agent, to_reply};
use crate::util::{Env, create_user};

const ALL_FIELDS: &str = "{enabled: true, fields: {name: edit, avatar: edit, username: edit, \
    custom_data: edit, email: read_only, phone: read_only, password: edit}}";

/// The account center on with `center` (YAML), ada, and a signed-in token of the web app `shop`
/// with `scope`.
pub(crate) fn setup(center: &str, scope: &str) -> (Env, Server, String) {
    let env = Env::new();
    create_user(&env, "ada@example.com");
    env.json(&["settings", "set", "account_center", center]);
    let client = web_app(&env, "shop");
    let server = Server::start(&env);
    let token = token_for(&server, &client, scope);
    (env, server, token)
}

pub(crate) fn token_for(server: &Server, client: &(String, String), scope: &str) -> String {
    let mut browser = Browser::new(server);
    let scope = scope.replace(' ', "%20");
    let url = auth_url(server, &client.0, "").replace(
        "scope=openid%20email%20offline_access",
        &format!("scope={scope}"),
    );
    let done = browser.sign_in(&url, "ada@example.com", PASSWORD);
    assert!(done.location().starts_with(REDIRECT), "{done:#?}");
    let tokens = exchange(server, client, &done.location_param("code").unwrap()).json();
    tokens["access_token"].as_str().unwrap().to_string()
}

/// A call to the API with the token, an optional verification record and an optional JSON body.
pub(crate) fn call(
    server: &Server,
    method: &str,
    path: &str,
    token: &str,
    record: Option<&str>,
    body: Option<Value>,
) -> Reply {
    let url = server.url(path);
    let agent = agent();
    let bearer = format!("Bearer {token}");
    macro_rules! headers {
        ($builder:expr) => {{
            let builder = $builder.header("Authorization", &bearer);
            match record {
                Some(id) => builder.header("logto-verification-id", id),
                None => builder,
            }
        }};
    }
    let text = body.map(|b| b.to_string()).unwrap_or_default();
    let result = match method {
        "GET" => headers!(agent.get(&url)).call(),
        "DELETE" => headers!(agent.delete(&url)).call(),
        "PATCH" => headers!(agent.patch(&url))
            .header("Content-Type", "application/json")
            .send(&text),
        "PUT" => headers!(agent.put(&url))
            .header("Content-Type", "application/json")
            .send(&text),
        _ => headers!(agent.post(&url))
            .header("Content-Type", "application/json")
            .send(&text),
    };
    to_reply(result)
}

pub(crate) fn code_of(reply: &Reply) -> String {
    reply.json()["code"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

pub(crate) fn password_record(server: &Server, token: &str, password: &str) -> Reply {
    call(
        server,
        "POST",
        "/api/verifications/password",
        token,
        None,
        Some(json!({ "password": password })),
    )
}

#[test]
fn the_account_is_shown_as_the_scopes_and_the_account_center_allow() {
    let (env, server, token) = setup(ALL_FIELDS, "openid profile email");
    let me = call(&server, "GET", "/api/my-account", &token, None, None);
    assert_eq!(me.status, 200, "{me:#?}");
    let body = me.json();
    assert_eq!(body["primaryEmail"], "ada@example.com");
    assert_eq!(body["hasPassword"], true);
    assert!(
        body["createdAt"].as_i64().unwrap() > 1_000_000_000_000,
        "milliseconds: {body}"
    );
    assert!(body.get("primaryPhone").is_none(), "no phone scope: {body}");
    assert!(
        body.get("customData").is_none(),
        "no custom_data scope: {body}"
    );

    // A field the account center keeps off is not shown, whatever the scopes.
    env.json(&["settings", "set", "account_center.fields.email", "off"]);
    let hidden = call(&server, "GET", "/api/my-account", &token, None, None).json();
    assert!(hidden.get("primaryEmail").is_none(), "{hidden}");

    // Off altogether (Logto's default): refused.
    env.json(&["settings", "set", "account_center.enabled", "false"]);
    let off = call(&server, "GET", "/api/my-account", &token, None, None);
    assert_eq!(
        (off.status, code_of(&off)),
        (400, "account_center.not_enabled".into())
    );
    let anonymous = to_reply(agent().get(&server.url("/api/my-account")).call());
    assert_eq!(code_of(&anonymous), "auth.authorization_header_missing");
}

#[test]
fn name_and_custom_data_change_and_a_username_needs_a_verification_record() {
    let (env, server, token) = setup(ALL_FIELDS, "openid profile custom_data");
    let changed = call(
        &server,
        "PATCH",
        "/api/my-account",
        &token,
        None,
        Some(json!({
            "name": "Ada L.", "avatar": "https://example.com/ada.png", "customData": { "plan": "pro" }
        })),
    );
    assert_eq!(changed.status, 200, "{changed:#?}");
    assert_eq!(changed.json()["name"], "Ada L.");
    assert_eq!(changed.json()["customData"], json!({ "plan": "pro" }));
    let shown = env.json(&["user", "show", "ada@example.com"]);
    assert_eq!(shown["name"], "Ada L.");
    assert_eq!(shown["custom_data"], json!({ "plan": "pro" }));
    let audit = env.json(&["audit", "--user", "ada@example.com"]);
    assert!(
        audit
            .to_string()
            .contains(&format!("user:{}", shown["id"].as_str().unwrap())),
        "the user is the actor: {audit}"
    );

    let unverified = call(
        &server,
        "PATCH",
        "/api/my-account",
        &token,
        None,
        Some(json!({ "username": "ada" })),
    );
    assert_eq!(
        (unverified.status, code_of(&unverified)),
        (401, "verification_record.permission_denied".into())
    );
    let wrong = password_record(&server, &token, "not-her-password-1");
    assert_eq!(
        (wrong.status, code_of(&wrong)),
        (422, "session.invalid_credentials".into())
    );
    let record = password_record(&server, &token, PASSWORD);
    assert_eq!(record.status, 201, "{record:#?}");
    let id = record.json()["verificationRecordId"]
        .as_str()
        .unwrap()
        .to_string();
    let renamed = call(
        &server,
        "PATCH",
        "/api/my-account",
        &token,
        Some(&id),
        Some(json!({ "username": "ada" })),
    );
    assert_eq!(renamed.status, 200, "{renamed:#?}");
    assert_eq!(renamed.json()["username"], "ada");
    // A record proves one change.
    let again = call(
        &server,
        "PATCH",
        "/api/my-account",
        &token,
        Some(&id),
        Some(json!({ "username": "ada2" })),
    );
    assert_eq!(code_of(&again), "verification_record.permission_denied");

    // A field the account center does not let users edit, and an unknown field.
    env.json(&["settings", "set", "account_center.fields.name", "read_only"]);
    let locked = call(
        &server,
        "PATCH",
        "/api/my-account",
        &token,
        None,
        Some(json!({ "name": "X" })),
    );
    assert_eq!(
        (locked.status, code_of(&locked)),
        (400, "account_center.field_not_editable".into())
    );
    let unknown = call(
        &server,
        "PATCH",
        "/api/my-account",
        &token,
        None,
        Some(json!({ "nickname": "X" })),
    );
    assert_eq!(
        (unknown.status, code_of(&unknown)),
        (400, "guard.invalid_input".into())
    );
}

#[test]
fn a_taken_username_is_refused_with_logtos_code() {
    let (env, server, token) = setup(ALL_FIELDS, "openid profile");
    env.json(&["user", "create", "--username", "grace"]);
    let id = password_record(&server, &token, PASSWORD).json()["verificationRecordId"]
        .as_str()
        .unwrap()
        .to_string();
    let taken = call(
        &server,
        "PATCH",
        "/api/my-account",
        &token,
        Some(&id),
        Some(json!({ "username": "grace" })),
    );
    assert_eq!(
        (taken.status, code_of(&taken)),
        (422, "user.username_already_in_use".into())
    );
}

#[test]
fn the_password_changes_under_the_policy_with_a_code_record() {
    let (env, server, token) = setup(ALL_FIELDS, "openid profile email");
    let sent = call(
        &server,
        "POST",
        "/api/verifications/verification-code",
        &token,
        None,
        Some(json!({
            "identifier": { "type": "email", "value": "ada@example.com" }
        })),
    );
    assert_eq!(sent.status, 201, "{sent:#?}");
    let id = sent.json()["verificationRecordId"]
        .as_str()
        .unwrap()
        .to_string();
    let verify = |code: &str| {
        call(
            &server,
            "POST",
            "/api/verifications/verification-code/verify",
            &token,
            None,
            Some(json!({
                "identifier": { "type": "email", "value": "ada@example.com" }, "verificationId": id, "code": code
            })),
        )
    };
    let real = last_code(&env, "ada@example.com");
    let wrong_code = if real == "000000" { "111111" } else { "000000" };
    let wrong = verify(wrong_code);
    assert_eq!(
        (wrong.status, code_of(&wrong)),
        (400, "verification_code.code_mismatch".into())
    );
    assert_eq!(verify(&real).status, 200);

    let weak = call(
        &server,
        "POST",
        "/api/my-account/password",
        &token,
        Some(&id),
        Some(json!({ "password": "short" })),
    );
    assert_eq!(
        (weak.status, code_of(&weak)),
        (422, "password.rejected".into())
    );
    let set = call(
        &server,
        "POST",
        "/api/my-account/password",
        &token,
        Some(&id),
        Some(json!({ "password": "new-Harbor-43" })),
    );
    assert_eq!(set.status, 204, "{set:#?}");
    let old = password_record(&server, &token, PASSWORD);
    assert_eq!(old.status, 422);
    assert_eq!(
        password_record(&server, &token, "new-Harbor-43").status,
        201
    );
}

#[test]
fn a_verification_record_lapses_ten_minutes_after_it_was_proven() {
    let env = Env::new();
    create_user(&env, "ada@example.com");
    env.json(&["settings", "set", "account_center", ALL_FIELDS]);
    let mut doorman = env.doorman();
    let user = doorman.find_user("ada@example.com").unwrap();
    let began = doorman::model::timestamp::Timestamp::from_unix(1_900_000_000);
    doorman.clock = doorman::ops::Clock::Fixed(began);
    let record = doorman
        .verify_password(&user, PASSWORD)
        .unwrap()
        .expect("her password");
    doorman.clock = doorman::ops::Clock::Fixed(began.plus(600));
    assert!(doorman.record_proof(&user, &record.id).unwrap().is_some());
    doorman.clock = doorman::ops::Clock::Fixed(began.plus(601));
    assert!(doorman.record_proof(&user, &record.id).unwrap().is_none());
    let profile = doorman::model::user::Profile {
        username: Some("grace".into()),
        ..Default::default()
    };
    let grace = doorman.create_user(profile, None).unwrap();
    doorman.clock = doorman::ops::Clock::Fixed(began);
    assert!(
        doorman.record_proof(&grace, &record.id).unwrap().is_none(),
        "not hers"
    );
}

#[test]
fn a_third_party_apps_token_reads_but_never_changes() {
    let env = Env::new();
    create_user(&env, "ada@example.com");
    env.json(&["settings", "set", "account_center", ALL_FIELDS]);
    let client = web_app(&env, "outside");
    env.json(&["app", "update", "outside", "--third-party"]);
    let server = Server::start(&env);
    let mut browser = Browser::new(&server);
    let url = auth_url(&server, "outside", "").replace(
        "scope=openid%20email%20offline_access",
        "scope=openid%20profile",
    );
    let consent = browser.sign_in(&url, "ada@example.com", PASSWORD);
    let page = browser.get(consent.location());
    let allowed = browser.post(
        "/consent",
        &[
            ("csrf_token", &page.field("csrf_token")),
            ("interaction", &page.field("interaction")),
            ("decision", "allow"),
        ],
    );
    let token =
        exchange(&server, &client, &allowed.location_param("code").unwrap()).json()["access_token"]
            .as_str()
            .unwrap()
            .to_string();
    assert_eq!(
        call(&server, "GET", "/api/my-account", &token, None, None).status,
        200
    );
    let change = call(
        &server,
        "PATCH",
        "/api/my-account",
        &token,
        None,
        Some(json!({ "name": "X" })),
    );
    assert_eq!(
        (change.status, code_of(&change)),
        (403, "auth.forbidden".into())
    );
    // Nor may it make a token that acts as the user.
    let record = password_record(&server, &token, PASSWORD).json()["verificationRecordId"]
        .as_str()
        .unwrap()
        .to_string();
    let made = call(
        &server,
        "POST",
        "/api/my-account/personal-access-tokens",
        &token,
        Some(&record),
        Some(json!({ "name": "mine" })),
    );
    assert_eq!(
        (made.status, code_of(&made)),
        (403, "auth.forbidden".into())
    );
}

#[test]
fn a_new_email_proven_by_its_own_code_replaces_the_primary_one() {
    let center = "{enabled: true, fields: {email: edit}}";
    let (env, server, token) = setup(center, "openid profile email");
    let send = |address: &str| {
        let sent = call(
            &server,
            "POST",
            "/api/verifications/verification-code",
            &token,
            None,
            Some(json!({
                "identifier": { "type": "email", "value": address }
            })),
        );
        assert_eq!(sent.status, 201, "{sent:#?}");
        let id = sent.json()["verificationRecordId"]
            .as_str()
            .unwrap()
            .to_string();
        let verified = call(
            &server,
            "POST",
            "/api/verifications/verification-code/verify",
            &token,
            None,
            Some(json!({
                "identifier": { "type": "email", "value": address },
                "verificationId": id,
                "code": last_code(&env, address),
            })),
        );
        assert_eq!(verified.status, 200, "{verified:#?}");
        id
    };
    let new_record = send("ada@new.example");
    let change = |record: Option<&str>, new_record: &str| {
        call(
            &server,
            "POST",
            "/api/my-account/primary-email",
            &token,
            record,
            Some(json!({
                "email": "ada@new.example", "newIdentifierVerificationRecordId": new_record
            })),
        )
    };
    let unproven = change(None, &new_record);
    assert_eq!(code_of(&unproven), "verification_record.permission_denied");
    let identity = password_record(&server, &token, PASSWORD).json()["verificationRecordId"]
        .as_str()
        .unwrap()
        .to_string();
    // The identity record does not prove the new address, nor the reverse.
    let crossed = change(Some(&new_record), &identity);
    assert_eq!(code_of(&crossed), "verification_record.permission_denied");
    let mismatched = change(Some(&identity), &identity);
    assert_eq!(
        (mismatched.status, code_of(&mismatched)),
        (400, "verification_record.not_found".into())
    );
    let changed = change(Some(&identity), &new_record);
    assert_eq!(changed.status, 204, "{changed:#?}");
    let shown = env.json(&["user", "show", "ada@new.example"]);
    assert_eq!(shown["email_verified"], true);

    // Sign-up asks for an email or a phone, and she has no phone: the email stays.
    env.json(&["settings", "set", "sign_up.identifiers", "[email, phone]"]);
    let identity = password_record(&server, &token, PASSWORD).json()["verificationRecordId"]
        .as_str()
        .unwrap()
        .to_string();
    let removed = call(
        &server,
        "DELETE",
        "/api/my-account/primary-email",
        &token,
        Some(&identity),
        None,
    );
    assert_eq!(
        (removed.status, code_of(&removed)),
        (400, "user.email_or_phone_required".into())
    );
    env.json(&[
        "settings",
        "set",
        "sign_up",
        "{identifiers: [username], verify: false}",
    ]);
    env.json(&["user", "update", "ada@new.example", "--username", "ada"]);
    let removed = call(
        &server,
        "DELETE",
        "/api/my-account/primary-email",
        &token,
        Some(&identity),
        None,
    );
    assert_eq!(removed.status, 204, "{removed:#?}");
    assert!(env.json(&["user", "show", "ada"])["email"].is_null());
}

#[test]
fn sessions_and_authorized_apps_are_listed_and_ended() {
    let center = "{enabled: true, fields: {session: edit}}";
    let (env, server, token) = setup(center, "openid profile urn:logto:scope:sessions");
    // A second browser signs in too.
    let client = ("shop".to_string(), String::new());
    let mut other = Browser::new(&server);
    other.sign_in(
        &auth_url(&server, &client.0, ""),
        "ada@example.com",
        PASSWORD,
    );

    let unproven = call(
        &server,
        "GET",
        "/api/my-account/sessions",
        &token,
        None,
        None,
    );
    assert_eq!(code_of(&unproven), "verification_record.permission_denied");
    let record = || {
        password_record(&server, &token, PASSWORD).json()["verificationRecordId"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let id = record();
    let listed = call(
        &server,
        "GET",
        "/api/my-account/sessions",
        &token,
        Some(&id),
        None,
    );
    assert_eq!(listed.status, 200, "{listed:#?}");
    let sessions = listed.json()["sessions"].as_array().unwrap().clone();
    assert_eq!(sessions.len(), 2, "{sessions:?}");
    let current: Vec<_> = sessions.iter().filter(|s| s["isCurrent"] == true).collect();
    assert_eq!(current.len(), 1, "{sessions:?}");
    let elsewhere = sessions.iter().find(|s| s["isCurrent"] == false).unwrap()["payload"]["uid"]
        .as_str()
        .unwrap()
        .to_string();

    let ended = call(
        &server,
        "DELETE",
        &format!("/api/my-account/sessions/{elsewhere}"),
        &token,
        Some(&id),
        None,
    );
    assert_eq!(ended.status, 204, "{ended:#?}");
    let missing = call(
        &server,
        "DELETE",
        "/api/my-account/sessions/nope",
        &token,
        Some(&id),
        None,
    );
    assert_eq!(
        (missing.status, code_of(&missing)),
        (404, "oidc.session_not_found".into())
    );
    let left = call(
        &server,
        "GET",
        "/api/my-account/sessions",
        &token,
        Some(&id),
        None,
    )
    .json();
    assert_eq!(left["sessions"].as_array().map(Vec::len), Some(1), "{left}");

    let grants = call(
        &server,
        "GET",
        "/api/my-account/grants?appType=firstParty",
        &token,
        Some(&id),
        None,
    )
    .json();
    let grants = grants["grants"].as_array().unwrap().clone();
    assert_eq!(
        grants.len(),
        1,
        "the ended session's grant went with it: {grants:?}"
    );
    assert_eq!(grants[0]["clientId"], "shop");
    let none = call(
        &server,
        "GET",
        "/api/my-account/grants?appType=thirdParty",
        &token,
        Some(&id),
        None,
    )
    .json();
    assert_eq!(none["grants"], json!([]));
    let grant = grants[0]["id"].as_str().unwrap();
    let revoked = call(
        &server,
        "DELETE",
        &format!("/api/my-account/grants/{grant}"),
        &token,
        Some(&id),
        None,
    );
    assert_eq!(revoked.status, 204, "{revoked:#?}");
    // The token came from that grant: it no longer works.
    let after = call(&server, "GET", "/api/my-account", &token, None, None);
    assert_eq!(
        (after.status, code_of(&after)),
        (401, "auth.unauthorized".into())
    );
    drop(env);
}

#[test]
fn deleting_the_account_ends_its_sessions_and_tokens() {
    let (env, server, token) = setup(ALL_FIELDS, "openid profile email");
    let client = ("shop".to_string(), String::new());
    let mut other = Browser::new(&server);
    other.sign_in(
        &auth_url(&server, &client.0, ""),
        "ada@example.com",
        PASSWORD,
    );
    let unproven = call(&server, "DELETE", "/api/my-account", &token, None, None);
    assert_eq!(code_of(&unproven), "verification_record.permission_denied");
    let id = password_record(&server, &token, PASSWORD).json()["verificationRecordId"]
        .as_str()
        .unwrap()
        .to_string();
    let deleted = call(
        &server,
        "DELETE",
        "/api/my-account",
        &token,
        Some(&id),
        None,
    );
    assert_eq!(deleted.status, 204, "{deleted:#?}");
    assert_eq!(env.json(&["user", "list"]), json!([]));
    let me = to_reply(
        agent()
            .get(&format!("{}/me", server.issuer))
            .header("Authorization", &format!("Bearer {token}"))
            .call(),
    );
    assert_eq!(me.status, 401, "the token died with the account: {me:#?}");
    let audit = env.json(&["audit"]).to_string();
    assert!(audit.contains("user.deleted"), "{audit}");
    // The other browser's session is gone: its next authorization asks for a sign-in again.
    let again = other.get(&auth_url(&server, "shop", ""));
    assert!(again.location().starts_with("/sign-in"), "{again:#?}");
}

#[test]
fn linked_identities_are_shown_and_unlinked_but_never_the_last_way_in() {
    let center = "{enabled: true, fields: {social: edit, username: edit}}";
    let (env, server, token) = setup(center, "openid profile identities");
    env.cmd(&[
        "connector",
        "create",
        "Octo",
        "--id",
        "octo",
        "--preset",
        "github",
        "--client-id",
        "x",
        "--client-secret-stdin",
    ])
    .stdin("octo-secret-value\n")
    .run()
    .success();
    let ada = env.json(&["user", "show", "ada@example.com"]);
    let doorman = env.doorman();
    let identity = doorman::model::connector::Identity {
        connector_id: "octo".into(),
        connector: "Octo".into(),
        subject: "4242".into(),
        email: Some("ada@example.com".into()),
        sso: false,
        issuer: None,
        profile: json!({ "id": 4242 }),
        linked_at: doorman::model::timestamp::Timestamp::from_unix(1_800_000_000),
    };
    doorman::store::connectors::upsert_identity(
        doorman.store.conn(),
        ada["id"].as_str().unwrap(),
        &identity,
    )
    .unwrap();
    drop(doorman);

    let me = call(&server, "GET", "/api/my-account", &token, None, None).json();
    assert_eq!(me["identities"]["octo"]["userId"], "4242", "{me}");
    let record = || {
        password_record(&server, &token, PASSWORD).json()["verificationRecordId"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let id = record();
    let unlinked = call(
        &server,
        "DELETE",
        "/api/my-account/identities/octo",
        &token,
        Some(&id),
        None,
    );
    assert_eq!(unlinked.status, 204, "{unlinked:#?}");
    assert_eq!(
        env.json(&["user", "identities", "ada@example.com"]),
        json!([])
    );
    let id = record();
    let gone = call(
        &server,
        "DELETE",
        "/api/my-account/identities/octo",
        &token,
        Some(&id),
        None,
    );
    assert_eq!(
        (gone.status, code_of(&gone)),
        (404, "user.identity_not_exist".into())
    );

    // Her username is not her last way in while she has an email; without one it is.
    env.json(&["user", "update", "ada@example.com", "--username", "ada"]);
    env.json(&[
        "settings",
        "set",
        "sign_up",
        "{identifiers: [username], verify: false}",
    ]);
    env.json(&["user", "update", "ada", "--unset", "email"]);
    let last = call(
        &server,
        "PATCH",
        "/api/my-account",
        &token,
        Some(&id),
        Some(json!({ "username": null })),
    );
    assert_eq!(
        (last.status, code_of(&last)),
        (400, "user.last_sign_in_method_required".into())
    );
}

#[test]
fn an_authenticator_app_and_backup_codes_are_enrolled_and_removed() {
    let center = "{enabled: true, fields: {mfa: edit}}";
    let (_env, server, token) = setup(center, "openid profile identities");
    let record = || {
        password_record(&server, &token, PASSWORD).json()["verificationRecordId"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let enrol = |record: &str, body: Value| {
        call(
            &server,
            "POST",
            "/api/my-account/mfa-verifications",
            &token,
            Some(record),
            Some(body),
        )
    };

    // Backup codes cannot come first: they would be the only factor.
    let codes = call(
        &server,
        "POST",
        "/api/my-account/mfa-verifications/backup-codes/generate",
        &token,
        None,
        None,
    )
    .json()["codes"]
        .clone();
    let alone = enrol(&record(), json!({ "type": "BackupCode", "codes": codes }));
    assert_eq!(
        (alone.status, code_of(&alone)),
        (422, "session.mfa.backup_code_can_not_be_alone".into())
    );

    let secret = call(
        &server,
        "POST",
        "/api/my-account/mfa-verifications/totp-secret/generate",
        &token,
        None,
        None,
    )
    .json()["secret"]
        .as_str()
        .unwrap()
        .to_string();
    let now = doorman::model::timestamp::Timestamp::now().unix();
    let right = doorman::credentials::totp::code_at(&secret, now).unwrap();
    let wrong = if right == "000000" {
        "111111"
    } else {
        "000000"
    };
    let refused = enrol(
        &record(),
        json!({ "type": "Totp", "secret": secret, "code": wrong }),
    );
    assert_eq!(
        (refused.status, code_of(&refused)),
        (400, "session.mfa.invalid_totp_code".into())
    );
    let unproven = call(
        &server,
        "POST",
        "/api/my-account/mfa-verifications",
        &token,
        None,
        Some(json!({ "type": "Totp", "secret": secret })),
    );
    assert_eq!(code_of(&unproven), "verification_record.permission_denied");
    let added = enrol(
        &record(),
        json!({ "type": "Totp", "secret": secret, "code": right }),
    );
    assert_eq!(added.status, 204, "{added:#?}");
    let again = enrol(&record(), json!({ "type": "Totp", "secret": secret }));
    assert_eq!(
        (again.status, code_of(&again)),
        (422, "user.totp_already_in_use".into())
    );
    let kept = enrol(&record(), json!({ "type": "BackupCode", "codes": codes }));
    assert_eq!(kept.status, 204, "{kept:#?}");
    let webauthn = enrol(
        &record(),
        json!({ "type": "WebAuthn", "newIdentifierVerificationRecordId": "x" }),
    );
    // A passkey comes with a proven registration record of its own (tested in Chromium).
    assert_eq!(
        (webauthn.status, code_of(&webauthn)),
        (400, "verification_record.not_found".into())
    );

    let listed = call(
        &server,
        "GET",
        "/api/my-account/mfa-verifications",
        &token,
        None,
        None,
    )
    .json();
    let kinds: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["type"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"Totp") && kinds.contains(&"BackupCode"),
        "{listed}"
    );
    let set = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["type"] == "BackupCode")
        .unwrap();
    assert_eq!(set["remainCodes"], 10, "{listed}");
    let totp = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["type"] == "Totp")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let removed = call(
        &server,
        "DELETE",
        &format!("/api/my-account/mfa-verifications/{totp}"),
        &token,
        Some(&record()),
        None,
    );
    assert_eq!(removed.status, 204, "{removed:#?}");
    let missing = call(
        &server,
        "DELETE",
        &format!("/api/my-account/mfa-verifications/{totp}"),
        &token,
        Some(&record()),
        None,
    );
    assert_eq!(
        (missing.status, code_of(&missing)),
        (404, "verification_record.not_found".into())
    );
}

#[test]
fn standard_profile_claims_change_and_reach_the_tokens_and_fixtures() {
    let center = "{enabled: true, fields: {profile: edit}}";
    let (env, server, token) = setup(center, "openid profile address");
    let changed = call(
        &server,
        "PATCH",
        "/api/my-account/profile",
        &token,
        None,
        Some(json!({
            "givenName": "Ada", "familyName": "Lovelace", "address": { "locality": "London", "country": "GB" }
        })),
    );
    assert_eq!(changed.status, 200, "{changed:#?}");
    assert_eq!(changed.json()["givenName"], "Ada");
    let unknown = call(
        &server,
        "PATCH",
        "/api/my-account/profile",
        &token,
        None,
        Some(json!({ "shoeSize": "9" })),
    );
    assert_eq!(
        (unknown.status, code_of(&unknown)),
        (400, "guard.invalid_input".into())
    );
    let cleared = call(
        &server,
        "PATCH",
        "/api/my-account/profile",
        &token,
        None,
        Some(json!({ "familyName": null })),
    )
    .json();
    assert!(cleared.get("familyName").is_none(), "{cleared}");
    let me = call(&server, "GET", "/api/my-account", &token, None, None).json();
    assert_eq!(me["profile"]["address"]["locality"], "London", "{me}");

    let userinfo = to_reply(
        agent()
            .get(&format!("{}/me", server.issuer))
            .header("Authorization", &format!("Bearer {token}"))
            .call(),
    )
    .json();
    assert_eq!(userinfo["given_name"], "Ada", "{userinfo}");
    assert_eq!(userinfo["address"]["country"], "GB", "{userinfo}");

    let exported = env.cmd(&["export"]).run().success().stdout;
    assert!(exported.contains("given_name: Ada"), "{exported}");
    let copy = Env::new();
    copy.write("export.yaml", &exported);
    copy.seed_later("export.yaml");
    let again = copy.cmd(&["export"]).run().success().stdout;
    assert!(
        again.contains("given_name: Ada") && again.contains("locality: London"),
        "{again}"
    );
}
