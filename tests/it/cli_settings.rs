//! `doorman settings ...`: show, get, set, apply, edit, and validation that leaves nothing half-saved.

use serde_json::json;

use crate::util::{Env, audit_events};

#[test]
fn show_and_get() {
    let env = Env::new();
    let all = env.json(&["settings", "show"]);
    assert_eq!(all["sign_in_mode"], "sign_in_and_register");
    assert_eq!(all["password_policy"]["min_length"], 8);
    assert_eq!(all["branding"]["primary_color"], "#5D34F2");
    let keys: Vec<&String> = all.as_object().unwrap().keys().collect();
    assert_eq!(
        keys[0], "sign_in_mode",
        "document order, as SPEC §3 lists it"
    );
    let run = env
        .cmd(&["-o", "table", "settings", "get", "branding.app_name"])
        .run()
        .success();
    assert_eq!(run.stdout, "doorman\n");
    assert_eq!(
        env.json(&["settings", "get", "sign_up.identifiers"]),
        json!(["email"])
    );
    assert_eq!(
        env.json(&["settings", "get", "sign_in.methods.1.identifier"]),
        json!("username")
    );
    env.cmd(&["settings", "get", "branding.colour"])
        .run()
        .fails(2, "unknown setting 'branding.colour'");
}

#[test]
fn set_parses_yaml_values_and_validates() {
    let env = Env::new();
    let s = env.json(&[
        "settings",
        "set",
        "sign_up.identifiers",
        "[username, email]",
    ]);
    assert_eq!(s["sign_up"]["identifiers"], json!(["username", "email"]));
    env.json(&[
        "settings",
        "set",
        "terms_of_use_url",
        "https://example.com/terms",
    ]);
    env.json(&["settings", "set", "sign_in_mode", "sign_in"]);
    assert_eq!(env.json(&["settings", "get", "sign_in_mode"]), "sign_in");
    env.cmd(&["settings", "set", "sign_in_mode", "maybe"])
        .run()
        .fails(2, "maybe");
    env.cmd(&["settings", "set", "password_policy.min_length", "many"])
        .run()
        .fails(2, "invalid settings");
    env.cmd(&["settings", "set", "password_policy.min_length", "500"])
        .run()
        .fails(2, "min_length (500)");
    env.cmd(&["settings", "set", "nonsense", "1"])
        .run()
        .fails(2, "unknown setting 'nonsense'");
    env.cmd(&[
        "settings",
        "set",
        "branding.logo_url",
        "javascript:alert(1)",
    ])
    .run()
    .fails(2, "branding.logo_url");
    // Nothing from the refused changes stuck.
    assert_eq!(
        env.json(&["settings", "get", "password_policy.min_length"]),
        8
    );
    assert_eq!(audit_events(&env, &[]), ["settings.updated"; 3]);
}

#[test]
fn the_policy_follows_the_settings() {
    let env = Env::new();
    env.json(&[
        "settings",
        "set",
        "password_policy",
        "{min_length: 4, reject_common: false, reject_repetition: false}",
    ]);
    env.json(&["user", "create", "--username", "pat", "--password", "1234"]);
}

#[test]
fn apply_merges_a_partial_file() {
    let env = Env::new();
    env.write(
        "brand.yaml",
        "branding:\n  app_name: Acme ID\nlanguages:\n  default: de\n",
    );
    let s = env.json(&["settings", "apply", "brand.yaml"]);
    assert_eq!(s["branding"]["app_name"], "Acme ID");
    assert_eq!(
        s["branding"]["primary_color"], "#5D34F2",
        "untouched keys stay"
    );
    assert_eq!(s["languages"]["default"], "de");
    env.write("typo.yaml", "branding:\n  app_nam: x\n");
    env.cmd(&["settings", "apply", "typo.yaml"])
        .run()
        .fails(2, "typo.yaml: unknown setting 'branding.app_nam'");
    env.cmd(&["settings", "apply", "absent.yaml"])
        .run()
        .fails(3, "'absent.yaml'");
}

#[cfg(unix)]
#[test]
fn edit_runs_the_editor_and_validates_the_result() {
    let env = Env::new();
    env.write(
        "editor.sh",
        "#!/bin/sh\nsed -i 's/app_name: doorman/app_name: Edited/' \"$1\"\n",
    );
    env.write(
        "bad-editor.sh",
        "#!/bin/sh\nsed -i 's/min_length: 8/min_length: zero/' \"$1\"\n",
    );
    let editor = format!("sh {}", env.path("editor.sh").display());
    let s = env
        .cmd(&["settings", "edit"])
        .env("EDITOR", &editor)
        .env("VISUAL", &editor)
        .run()
        .success()
        .json();
    assert_eq!(s["branding"]["app_name"], "Edited");
    let bad = format!("sh {}", env.path("bad-editor.sh").display());
    env.cmd(&["settings", "edit"])
        .env("VISUAL", &bad)
        .run()
        .fails(2, "min_length");
    assert_eq!(
        env.json(&["settings", "get", "branding.app_name"]),
        "Edited"
    );
    env.cmd(&["settings", "edit"])
        .env("VISUAL", "false")
        .run()
        .fails(1, "nothing changed");
}
