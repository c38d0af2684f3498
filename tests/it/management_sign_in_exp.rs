//! `GET`/`PATCH /api/sign-in-exp` over HTTP with a machine-to-machine app's token: doorman's
//! settings in Logto's shape, changed in Logto's names through the same validation as
//! `doorman settings`; what `GET` answers goes back unchanged, and an unknown field or value is
//! refused naming it.

use serde_json::json;

use crate::management_users::{admin_token, call, code_of};
use crate::util::Env;

#[test]
fn the_sign_in_experience_reads_and_changes_in_logtos_shape() {
    let env = Env::new();
    let (server, token) = admin_token(&env);
    let shown = call(&server, "GET", "/api/sign-in-exp", &token, None);
    assert_eq!(shown.status, 200, "{shown:?}");
    let shown = shown.json();
    assert_eq!(shown["signInMode"], "SignInAndRegister");
    assert_eq!(shown["signIn"]["methods"][0]["identifier"], "email");
    assert!(shown["passwordPolicy"]["length"]["min"].as_u64().is_some());

    // What GET answers goes back as it is.
    let same = call(
        &server,
        "PATCH",
        "/api/sign-in-exp",
        &token,
        Some(shown.clone()),
    );
    assert_eq!(same.status, 200, "{same:?}");
    assert_eq!(same.json(), shown);

    let changed = call(
        &server,
        "PATCH",
        "/api/sign-in-exp",
        &token,
        Some(json!({
            "signInMode": "SignIn",
            "color": { "primaryColor": "#112233" },
            "passwordPolicy": { "length": { "min": 12 } },
            "mfa": { "factors": ["Totp", "BackupCode"], "policy": "Mandatory" },
            "termsOfUseUrl": "https://shop.test/terms",
        })),
    );
    assert_eq!(changed.status, 200, "{changed:?}");
    let changed = changed.json();
    assert_eq!(changed["signInMode"], "SignIn");
    assert_eq!(changed["mfa"]["policy"], "Mandatory");
    let settings = env.json(&["settings", "show"]);
    assert_eq!(settings["sign_in_mode"], "sign_in");
    assert_eq!(settings["password_policy"]["min_length"], 12);
    assert_eq!(settings["branding"]["primary_color"], "#112233");
    assert_eq!(settings["mfa"]["factors"], json!(["totp", "backup_code"]));
    assert_eq!(settings["terms_of_use_url"], "https://shop.test/terms");

    for (body, field) in [
        (json!({ "signInMode": "Sometimes" }), "signInMode"),
        (json!({ "customCss": "body { color: red }" }), "customCss"),
        (
            json!({ "mfa": { "factors": ["Carrier pigeon"] } }),
            "mfa.factors",
        ),
    ] {
        let refused = call(&server, "PATCH", "/api/sign-in-exp", &token, Some(body));
        assert_eq!(
            (refused.status, code_of(&refused)),
            (400, "guard.invalid_input".into()),
            "{refused:?}"
        );
        assert!(refused.body.contains(field), "{refused:?}");
    }
    let bad_length = call(
        &server,
        "PATCH",
        "/api/sign-in-exp",
        &token,
        Some(json!({ "passwordPolicy": { "length": { "min": 0 } } })),
    );
    assert_eq!(bad_length.status, 400, "{bad_length:?}");
}
