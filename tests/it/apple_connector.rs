//! A Sign in with Apple connector from the CLI and from fixtures: the team and key ids with the
//! `.p8` key as the secret (never printed; exported only with `--with-secrets`), and a key that is
//! not an EC private key refused with exit 2 naming what is wrong.

use doorman::oidc::keys::{KeyAlgorithm, generate};

use crate::util::Env;

#[test]
fn an_apple_connector_keeps_its_key_as_a_secret_and_refuses_a_bad_one() {
    let env = Env::new();
    let key = generate(KeyAlgorithm::ES256).unwrap().private_pem;
    let indented = key
        .lines()
        .map(|l| format!("      {l}\n"))
        .collect::<String>();
    env.write(
        "apple.yaml",
        &format!(
            "connectors:\n  - id: apple\n    name: Apple\n    preset: apple\n    \
             client_id: com.example.web\n    apple: {{team_id: TEAM123456, key_id: KEY1234567}}\n    \
             client_secret: |\n{indented}"
        ),
    );
    assert_eq!(env.json(&["seed", "apple.yaml"])["created"], 1);
    assert_eq!(env.json(&["seed", "apple.yaml"])["unchanged"], 1);
    let shown = env.json(&["connector", "show", "apple"]);
    assert_eq!(shown["apple"]["team_id"], "TEAM123456", "{shown}");
    assert_eq!(shown["response_mode"], "form_post");
    assert!(!shown.to_string().contains("PRIVATE KEY"), "{shown}");
    let plain = env.cmd(&["export"]).run().success().stdout;
    assert!(!plain.contains("PRIVATE KEY"), "{plain}");
    let full = env
        .cmd(&["export", "--with-secrets"])
        .run()
        .success()
        .stdout;
    assert!(full.contains("BEGIN PRIVATE KEY") && full.contains("key_id: KEY1234567"));

    env.write("bad.p8", "not a key");
    env.cmd(&[
        "connector",
        "create",
        "Apple 2",
        "--preset",
        "apple",
        "--client-id",
        "com.example.other",
        "--team-id",
        "TEAM123456",
        "--key-id",
        "KEY1234567",
        "--private-key-file",
        env.path("bad.p8").to_str().unwrap(),
    ])
    .run()
    .fails(2, "the Apple private key is not an EC PEM key");
    env.cmd(&[
        "connector",
        "create",
        "Apple 3",
        "--preset",
        "apple",
        "--client-id",
        "x",
        "--team-id",
        "T",
        "--key-id",
        "K",
    ])
    .run()
    .fails(2, "Sign in with Apple needs its private key");
}
