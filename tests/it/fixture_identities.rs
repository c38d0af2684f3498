//! Linked identities in fixtures: a user's `identities` link to connectors seeded in the same
//! file, `export` writes them, and `export --with-secrets | seed` into a fresh database keeps
//! every link; an unknown connector or a subject linked to someone else is refused, naming the
//! record.

use serde_json::Value;

use crate::util::Env;

const FIXTURE: &str = "
connectors:
  - id: corp
    name: Corp SSO
    kind: oidc
    issuer: https://sso.corp.test
    client_id: doorman
    client_secret: s3cret
users:
  - email: ada@corp.test
    identities:
      - { connector: Corp SSO, subject: '00u1ada', email: ada@corp.test }
  - email: bob@corp.test
";

fn identities(export: &Value, email: &str) -> Value {
    export["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["email"] == email)
        .unwrap()["identities"]
        .clone()
}

#[test]
fn identities_seed_after_their_connectors_and_survive_export_and_seed() {
    let env = Env::new();
    env.write("f.yaml", FIXTURE);
    env.cmd(&["seed", "f.yaml"]).run().success();
    let exported = env
        .cmd(&["export", "--with-secrets", "-o", "json"])
        .run()
        .json();
    let links = identities(&exported, "ada@corp.test");
    assert_eq!(links[0]["connector"], "corp", "{links}");
    assert_eq!(links[0]["subject"], "00u1ada");
    assert!(identities(&exported, "bob@corp.test").is_null());

    let copy = Env::new();
    let yaml = env.cmd(&["export", "--with-secrets"]).run().stdout;
    copy.write("copy.yaml", &yaml);
    copy.cmd(&["seed", "copy.yaml"]).run().success();
    let again = copy
        .cmd(&["export", "--with-secrets", "-o", "json"])
        .run()
        .json();
    assert_eq!(identities(&again, "ada@corp.test"), links);

    // The same subject for bob: refused, and nothing written.
    env.write(
        "steal.yaml",
        "users:\n  - email: bob@corp.test\n    identities: [{connector: corp, subject: '00u1ada'}]\n",
    );
    env.cmd(&["seed", "steal.yaml"])
        .run()
        .fails(4, "users[0].identities[0]");
    env.write(
        "unknown.yaml",
        "users:\n  - email: bob@corp.test\n    identities: [{connector: nope, subject: x}]\n",
    );
    env.cmd(&["seed", "unknown.yaml"])
        .run()
        .fails(3, "users[0].identities[0].connector");
    // An empty list unlinks.
    env.write(
        "unlink.yaml",
        "users:\n  - email: ada@corp.test\n    identities: []\n",
    );
    env.cmd(&["seed", "unlink.yaml"]).run().success();
    let after = env.cmd(&["export", "-o", "json"]).run().json();
    assert!(identities(&after, "ada@corp.test").is_null(), "{after}");
}
