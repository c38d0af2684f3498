//! `doorman app ...`: type rules, secrets shown once, exact redirect URIs, and apps in fixtures.

use serde_json::{Value, json};

use crate::util::Env;

fn authenticate(env: &Env, client_id: &str, secret: &str) -> bool {
    env.doorman().authenticate_client(client_id, secret).is_ok()
}

#[test]
fn each_type_gets_the_right_credentials() {
    let env = Env::new();
    let web = env.json(&[
        "app",
        "create",
        "Portal",
        "--type",
        "web",
        "--redirect-uri",
        "https://portal.example.com/callback",
        "--post-logout-redirect-uri",
        "https://portal.example.com/",
    ]);
    let secret = web["client_secret"].as_str().unwrap().to_string();
    assert_eq!(secret.len(), 43);
    assert_eq!(web["type"], "web");
    assert_eq!(
        web["redirect_uris"],
        json!(["https://portal.example.com/callback"])
    );
    let client_id = web["client_id"].as_str().unwrap().to_string();
    assert!(authenticate(&env, &client_id, &secret));
    assert!(!authenticate(&env, &client_id, "wrong"));
    let spa = env.json(&[
        "app",
        "create",
        "Dashboard",
        "--type",
        "spa",
        "--redirect-uri",
        "http://localhost:5173/cb",
        "--client-id",
        "dashboard",
    ]);
    assert_eq!(
        (spa["client_id"].as_str(), &spa["client_secret"]),
        (Some("dashboard"), &Value::Null)
    );
    let native = env.json(&[
        "app",
        "create",
        "Mobile",
        "--type",
        "native",
        "--redirect-uri",
        "com.example.mobile:/callback",
    ]);
    assert_eq!(native["client_secret"], Value::Null);
    let m2m = env.json(&["app", "create", "Worker", "--type", "m2m"]);
    assert!(m2m["client_secret"].is_string());
    // Secrets never print again.
    for out in [
        env.cmd(&["app", "list"]).run().success().stdout,
        env.cmd(&["app", "show", &client_id]).run().success().stdout,
        env.cmd(&["-o", "table", "app", "show", "Portal"])
            .run()
            .success()
            .stdout,
        env.cmd(&["export", "--with-secrets"])
            .run()
            .success()
            .stdout,
        env.cmd(&["audit"]).run().success().stdout,
    ] {
        assert!(!out.contains(&secret), "{out}");
        assert!(
            !out.contains("client_secret:") || out.contains("client_secret_digest"),
            "{out}"
        );
    }
    let shown = env.json(&["app", "show", "Portal"]);
    assert_eq!(
        shown.as_object().unwrap().keys().collect::<Vec<_>>(),
        [
            "client_id",
            "name",
            "type",
            "redirect_uris",
            "post_logout_redirect_uris",
            "backchannel_logout_uri",
            "is_third_party",
            "created_at",
            "updated_at"
        ]
    );
    env.cmd(&[
        "app",
        "create",
        "Again",
        "--type",
        "spa",
        "--client-id",
        "dashboard",
    ])
    .run()
    .fails(4, "client id 'dashboard' is already used");
}

#[test]
fn invalid_apps_are_refused_naming_the_value() {
    let env = Env::new();
    let cases: [(&[&str], &str); 8] = [
        (
            &["--type", "web", "--redirect-uri", "/callback"],
            "invalid redirect URI '/callback'",
        ),
        (
            &[
                "--type",
                "web",
                "--redirect-uri",
                "https://a.example.com/cb#x",
            ],
            "fragment",
        ),
        (
            &["--type", "spa", "--redirect-uri", "myapp://cb"],
            "use http or https",
        ),
        (
            &[
                "--type",
                "m2m",
                "--redirect-uri",
                "https://a.example.com/cb",
            ],
            "machine-to-machine apps have no redirect URIs",
        ),
        (&["--type", "m2m", "--third-party"], "cannot be third-party"),
        (
            &["--type", "web", "--backchannel-logout-uri", "ftp://x"],
            "invalid back-channel logout URI 'ftp://x'",
        ),
        (
            &["--type", "web", "--client-id", "has space"],
            "invalid client id 'has space'",
        ),
        (
            &["--type", "spa", "--device-flow"],
            "a spa app cannot use the device flow",
        ),
    ];
    for (args, needle) in cases {
        let mut all = vec!["app", "create", "Bad"];
        all.extend_from_slice(args);
        env.cmd(&all).run().fails(2, needle);
    }
    assert_eq!(env.json(&["app", "list"]), json!([]));
    let run = env.cmd(&["app", "create", "X", "--type", "desktop"]).run();
    assert_eq!(run.code, 2);
}

#[test]
fn update_rotate_and_delete() {
    let env = Env::new();
    let web = env.json(&[
        "app",
        "create",
        "Portal",
        "--type",
        "web",
        "--redirect-uri",
        "https://a.example.com/cb",
        "--backchannel-logout-uri",
        "https://a.example.com/logout",
    ]);
    let id = web["client_id"].as_str().unwrap().to_string();
    let old = web["client_secret"].as_str().unwrap().to_string();
    let updated = env.json(&[
        "app",
        "update",
        &id,
        "--name",
        "Portal 2",
        "--redirect-uri",
        "https://b.example.com/cb",
        "--redirect-uri",
        "https://c.example.com/cb",
        "--third-party",
        "--unset",
        "backchannel-logout-uri",
    ]);
    assert_eq!(updated["name"], "Portal 2");
    assert_eq!(
        updated["redirect_uris"],
        json!(["https://b.example.com/cb", "https://c.example.com/cb"])
    );
    assert_eq!(updated["backchannel_logout_uri"], Value::Null);
    assert_eq!(updated["is_third_party"], true);
    assert_eq!(
        env.json(&["app", "update", &id, "--unset", "redirect-uris"])["redirect_uris"],
        json!([])
    );
    env.cmd(&["app", "update", &id, "--redirect-uri", "nope"])
        .run()
        .fails(2, "'nope'");
    env.cmd(&["app", "update", "missing", "--name", "x"])
        .run()
        .fails(3, "app 'missing' not found");
    env.cmd(&["app", "rotate-secret", &id])
        .run()
        .fails(2, "without --yes");
    let rotated = env.json(&["app", "rotate-secret", &id, "--yes"]);
    let new = rotated["client_secret"].as_str().unwrap();
    assert_ne!(new, old);
    assert!(authenticate(&env, &id, new));
    assert!(
        !authenticate(&env, &id, &old),
        "the old secret stops working at once"
    );
    env.json(&[
        "app",
        "create",
        "Public",
        "--type",
        "spa",
        "--client-id",
        "pub",
    ]);
    env.cmd(&["app", "rotate-secret", "pub", "-y"])
        .run()
        .fails(2, "public spa client");
    env.cmd(&["app", "delete", &id])
        .run()
        .fails(2, "without --yes");
    env.json(&["app", "delete", &id, "--yes"]);
    env.cmd(&["app", "show", &id]).run().fails(3, "not found");
    assert!(!authenticate(&env, &id, new));
}

#[test]
fn apps_seed_with_fixed_credentials_and_round_trip() {
    let env = Env::new();
    let fixture = "apps:
  - client_id: ci-web
    name: CI Web
    type: web
    redirect_uris: [http://localhost:3000/callback]
    client_secret: ci-web-secret-0123456789
  - client_id: ci-spa
    name: CI SPA
    type: spa
    redirect_uris: [http://localhost:5173/callback]
";
    env.write("apps.yaml", fixture);
    assert_eq!(
        env.json(&["seed", "apps.yaml"]),
        json!({"created": 2, "updated": 0, "unchanged": 0})
    );
    assert!(authenticate(&env, "ci-web", "ci-web-secret-0123456789"));
    assert_eq!(env.json(&["seed", "apps.yaml"])["unchanged"], 2);
    let plain = env.cmd(&["export"]).run().success().stdout;
    assert!(!plain.contains("client_secret"), "{plain}");
    let exported = env
        .cmd(&["export", "--with-secrets"])
        .run()
        .success()
        .stdout;
    assert!(exported.contains("client_secret_digest"));
    let copy = Env::new();
    copy.write("export.yaml", &exported);
    copy.seed_later("export.yaml");
    assert!(authenticate(&copy, "ci-web", "ci-web-secret-0123456789"));
    assert_eq!(copy.json(&["app", "list"]), env.json(&["app", "list"]));
    for (text, needle) in [
        (
            "apps:\n  - { client_id: a, name: A, type: web, client_secret: short }\n",
            "apps[0].client_secret: client secret too weak",
        ),
        (
            "apps:\n  - { client_id: a, name: A, type: spa, client_secret: long-enough-secret-123 }\n",
            "public client",
        ),
        (
            "apps:\n  - { client_id: a, name: A, type: web, redirect_uris: [x] }\n",
            "apps[0]: invalid redirect URI 'x'",
        ),
    ] {
        let bad = Env::new();
        bad.write("bad.yaml", text);
        bad.cmd(&["seed", "bad.yaml"]).run().fails(2, needle);
        assert_eq!(bad.json(&["app", "list"]), json!([]));
    }
}

#[test]
fn the_device_flow_is_a_native_apps_setting_that_fixtures_keep() {
    let env = Env::new();
    let tv = env.json(&["app", "create", "TV", "--type", "native", "--device-flow"]);
    assert_eq!(tv["device_flow"], true, "{tv}");
    let id = tv["client_id"].as_str().unwrap();
    let plain = env.json(&["app", "create", "Phone", "--type", "native"]);
    assert!(
        plain.get("device_flow").is_none(),
        "printed only when on: {plain}"
    );
    let web = env.json(&["app", "create", "Site", "--type", "web"]);
    env.cmd(&[
        "app",
        "update",
        web["client_id"].as_str().unwrap(),
        "--device-flow",
    ])
    .run()
    .fails(2, "a web app cannot use the device flow");

    let exported = env.cmd(&["export"]).run().success().stdout;
    assert!(exported.contains("device_flow: true"), "{exported}");
    let copy = Env::new();
    copy.write("export.yaml", &exported);
    copy.seed_later("export.yaml");
    assert_eq!(copy.json(&["app", "show", id])["device_flow"], true);

    let off = env.json(&["app", "update", id, "--device-flow=false"]);
    assert!(off.get("device_flow").is_none(), "{off}");
}
