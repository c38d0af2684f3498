//! `doorman seed` and `doorman export`: idempotent upserts, all-or-nothing errors, round trips.

use serde_json::{Value, json};

use crate::util::{Env, paused_bulk_seed};

const TEAM: &str = "
settings:
  branding: { app_name: Team }
users:
  - username: ada
    email: ada@example.com
    email_verified: true
    name: Ada Lovelace
    password: analytical-Engine-1843
    custom_data: { team: math }
  - email: grace@example.com
    phone: '+14155550199'
    phone_verified: true
    password_hash: $2b$04$FoX8PMJ.vwwTO1FvfpCAuOAQxYLGJHbo9D8AYh1dHy7G79v14YuZW
  - username: linus
    suspended: true
";

fn users(env: &Env) -> Value {
    env.json(&["user", "list", "--limit", "1000"])
}

#[test]
fn seeding_twice_changes_nothing_the_second_time() {
    let env = Env::new();
    env.write("team.yaml", TEAM);
    let first = env.json(&["seed", "team.yaml"]);
    assert_eq!(first, json!({"created": 3, "updated": 1, "unchanged": 0}));
    let before = users(&env);
    let second = env.json(&["seed", "team.yaml"]);
    assert_eq!(second, json!({"created": 0, "updated": 0, "unchanged": 4}));
    assert_eq!(users(&env), before, "not even updated_at moved");
    let table = env
        .cmd(&["-o", "table", "seed", "team.yaml"])
        .run()
        .success()
        .stdout;
    assert_eq!(table, "0 created, 0 updated, 4 unchanged\n");
    assert_eq!(env.json(&["settings", "get", "branding.app_name"]), "Team");
    let ada = env.json(&["user", "show", "ada"]);
    assert_eq!(ada["email_verified"], true);
    assert_eq!(ada["custom_data"], json!({"team": "math"}));
    assert_eq!(env.json(&["user", "show", "linus"])["suspended"], true);
}

#[test]
fn changed_records_are_updated_and_absent_fields_kept() {
    let env = Env::new();
    env.write("team.yaml", TEAM);
    env.json(&["seed", "team.yaml"]);
    env.write("change.yaml", "users:\n  - email: ada@example.com\n    name: Countess Ada\n  - username: linus\n    password: new-Kernel-Pass-91\n");
    assert_eq!(
        env.json(&["seed", "change.yaml"]),
        json!({"created": 0, "updated": 2, "unchanged": 0})
    );
    let ada = env.json(&["user", "show", "ada"]);
    assert_eq!(ada["name"], "Countess Ada");
    assert_eq!(
        ada["username"], "ada",
        "fields the record leaves out are kept"
    );
    assert_eq!(env.json(&["user", "show", "linus"])["has_password"], true);
    assert_eq!(
        env.json(&["seed", "change.yaml"]),
        json!({"created": 0, "updated": 0, "unchanged": 2})
    );
}

#[test]
fn dry_run_writes_nothing() {
    let env = Env::new();
    env.write("team.yaml", TEAM);
    let run = env.cmd(&["seed", "--dry-run", "team.yaml"]).run().success();
    assert_eq!(
        run.json(),
        json!({"created": 3, "updated": 1, "unchanged": 0})
    );
    assert!(run.stderr.contains("dry run"));
    assert_eq!(users(&env), json!([]));
    assert_eq!(
        env.json(&["settings", "get", "branding.app_name"]),
        "doorman"
    );
}

#[test]
fn a_bad_record_stops_the_whole_file_naming_file_record_and_field() {
    let env = Env::new();
    let cases = [
        (
            "users:\n  - username: ok_one\n  - email: fine@example.com\n  - email: nope\n",
            2,
            "bad.yaml: users[2].email: invalid email 'nope'",
        ),
        (
            "users:\n  - username: ok_one\n  - emial: typo@example.com\n",
            2,
            "unknown field `emial`",
        ),
        (
            "users:\n  - username: ok_one\n  - username: weak\n    password: password\n",
            2,
            "bad.yaml: users[1].password: weak password",
        ),
        (
            "users:\n  - username: ok_one\n  - username: OK_ONE\n",
            2,
            "bad.yaml: users[1].username: 'OK_ONE' is already named by users[0]",
        ),
        (
            "users:\n  - username: ok_one\n  - phone: '+1'\n",
            2,
            "users[1].phone: invalid phone '+1'",
        ),
        (
            "users:\n  - username: ok_one\n  - name: Nobody\n",
            2,
            "users[1]: a user needs a username",
        ),
        (
            "users:\n  - username: x1\n    password: a\n    password_hash: b\n",
            2,
            "users[0].password: give password or password_hash",
        ),
        (
            "users:\n  - username: x1\n    password_hash: plain\n",
            2,
            "users[0].password_hash: invalid password hash",
        ),
        (
            "settings:\n  sign_in_mode: sometimes\nusers:\n  - username: ok_one\n",
            2,
            "bad.yaml",
        ),
        ("organisations: []\n", 2, "unknown field `organisations`"),
        ("users: [\n", 2, "bad.yaml"),
    ];
    for (text, code, needle) in cases {
        env.write("bad.yaml", text);
        env.cmd(&["seed", "bad.yaml"]).run().fails(code, needle);
        assert_eq!(users(&env), json!([]), "nothing written for {text}");
    }
    env.cmd(&["seed", "absent.yaml"])
        .run()
        .fails(3, "'absent.yaml' not found");
}

#[test]
fn records_that_point_at_two_users_conflict() {
    let env = Env::new();
    env.json(&["user", "create", "--username", "one"]);
    env.json(&["user", "create", "--email", "two@example.com"]);
    env.write(
        "clash.yaml",
        "users:\n  - username: three\n  - username: one\n    email: two@example.com\n",
    );
    env.cmd(&["seed", "clash.yaml"])
        .run()
        .fails(4, "clash.yaml: users[1]: username names user");
    assert_eq!(users(&env).as_array().unwrap().len(), 2);
}

#[test]
fn several_files_apply_in_order_in_one_transaction() {
    let env = Env::new();
    env.write(
        "a.yaml",
        "settings:\n  password_policy: { min_length: 4, reject_common: false }\n",
    );
    env.write(
        "b.yaml",
        "users:\n  - username: short\n    password: zq9x\n",
    );
    assert_eq!(env.json(&["seed", "a.yaml", "b.yaml"])["created"], 1);
    env.write("c.yaml", "users:\n  - username: later\n");
    env.write("d.yaml", "users:\n  - username: '1bad'\n");
    env.cmd(&["seed", "c.yaml", "d.yaml"])
        .run()
        .fails(2, "d.yaml: users[0].username");
    env.cmd(&["user", "show", "later"])
        .run()
        .fails(3, "not found");
    let from_stdin = env
        .cmd(&["seed", "-"])
        .stdin("users:\n  - username: piped\n")
        .run()
        .success()
        .json();
    assert_eq!(from_stdin["created"], 1);
}

#[test]
fn export_then_seed_reproduces_the_database() {
    let source = Env::new();
    source.write("team.yaml", TEAM);
    source.json(&["seed", "team.yaml"]);
    source.json(&["user", "create", "--username", "extra", "--custom", "n=1"]);
    source.json(&["settings", "set", "mfa.policy", "mandatory"]);
    let exported = source
        .cmd(&["export", "--with-secrets"])
        .run()
        .success()
        .stdout;
    let target = Env::new();
    target.write("export.yaml", &exported);
    let report = target.seed_later("export.yaml");
    assert_eq!(
        (report["created"].as_u64(), report["updated"].as_u64()),
        (Some(4), Some(1))
    );
    assert_eq!(users(&target), users(&source));
    assert_eq!(
        target.json(&["settings", "show"]),
        source.json(&["settings", "show"])
    );
    assert_eq!(
        target
            .cmd(&["export", "--with-secrets"])
            .run()
            .success()
            .stdout,
        exported
    );
    assert_eq!(target.json(&["seed", "export.yaml"])["unchanged"], 5);
    // JSON export seeds just as well.
    let json_export = source.cmd(&["-o", "json", "export"]).run().success().json();
    assert_eq!(json_export["users"].as_array().unwrap().len(), 4);
    let fresh = Env::new();
    fresh.write("export.json", &json_export.to_string());
    assert_eq!(fresh.json(&["seed", "export.json"])["created"], 4);
}

#[test]
fn the_example_fixtures_seed_cleanly_and_idempotently() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut seen = 0;
    for entry in std::fs::read_dir(format!("{root}/fixtures")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("yaml") {
            continue;
        }
        let env = Env::new();
        let path = path.to_str().unwrap();
        let first = env.json(&["seed", path]);
        assert!(first["created"].as_u64().unwrap() > 0, "{path}");
        let again = env.json(&["seed", path]);
        assert_eq!(
            (again["created"].as_u64(), again["updated"].as_u64()),
            (Some(0), Some(0)),
            "{path}"
        );
        seen += 1;
    }
    assert!(seen >= 2, "fixtures/ holds the examples");
}

#[test]
fn a_seed_killed_mid_file_leaves_the_database_unchanged() {
    let env = Env::new();
    env.json(&["user", "create", "--username", "survivor"]);
    let before = env
        .cmd(&["export", "--with-secrets"])
        .run()
        .success()
        .stdout;
    // At trace level the seed logs every record it writes; paused once writing has begun, the
    // child blocks inside its open transaction: it is certainly mid-file when killed.
    let (mut child, lines) = paused_bulk_seed(&env, "users[100] created");
    child.kill().unwrap(); // SIGKILL
    let status = child.wait().unwrap();
    assert!(!status.success());
    drop(lines);
    let after = env
        .cmd(&["export", "--with-secrets"])
        .run()
        .success()
        .stdout;
    assert_eq!(after, before);
    let check = doorman::store::Store::open(&env.path("doorman.db")).unwrap();
    let ok: String = check
        .conn()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
}

#[test]
fn organization_sections_name_the_bad_record() {
    let env = Env::new();
    let base = "users:\n  - { username: ada }\n";
    let cases = [
        (
            "organizations:\n  - name: Acme\n    members:\n      - { user: ada, roles: [owner] }\n",
            3,
            "orgs.yaml: organizations[0].members[0].roles: organization role 'owner' not found",
        ),
        (
            "organizations:\n  - name: Acme\n    members:\n      - { user: nobody }\n",
            3,
            "organizations[0].members[0].user: user 'nobody' not found",
        ),
        (
            "organization_roles:\n  - { name: editor, scopes: [nope] }\n",
            3,
            "organization_roles[0].scopes: organization scope 'nope' not found",
        ),
        (
            "invitations:\n  - { organization: Nope, email: a@example.com }\n",
            3,
            "invitations[0].organization",
        ),
        (
            "invitations:\n  - { organization: Acme, email: bad }\n",
            2,
            "invitations[0].email: invalid email 'bad'",
        ),
        (
            "organizations:\n  - { name: Acme, members: [{ usr: ada }] }\n",
            2,
            "unknown field `usr`",
        ),
    ];
    for (extra, code, needle) in cases {
        env.write("orgs.yaml", &format!("{base}{extra}"));
        env.cmd(&["seed", "orgs.yaml"]).run().fails(code, needle);
        assert_eq!(users(&env), json!([]), "nothing written for {extra}");
        assert_eq!(env.json(&["org", "role", "list"]), json!([]));
    }
}

#[test]
fn organizations_round_trip_through_export_and_seed() {
    let root = env!("CARGO_MANIFEST_DIR");
    let source = Env::new();
    source.json(&["seed", &format!("{root}/fixtures/organizations.yaml")]);
    source.json(&[
        "invite",
        "create",
        "--org",
        "Initech",
        "--email",
        "x@example.com",
    ]);
    let id = source.json(&[
        "invite",
        "create",
        "--org",
        "Umbrella",
        "--email",
        "y@example.com",
    ])["id"]
        .as_str()
        .unwrap()
        .to_string();
    source.json(&["invite", "revoke", &id]);
    let exported = source
        .cmd(&["export", "--with-secrets"])
        .run()
        .success()
        .stdout;
    let target = Env::new();
    target.write("export.yaml", &exported);
    target.seed_later("export.yaml");
    assert_eq!(
        target
            .cmd(&["export", "--with-secrets"])
            .run()
            .success()
            .stdout,
        exported
    );
    let lists = [
        &["org", "list"][..],
        &["invite", "list"],
        &["org", "role", "list"],
        &["org", "scope", "list"],
        &["org", "member", "list", "Globex"],
        &["user", "show", "ada"],
    ];
    for args in lists {
        assert_eq!(source.json(args), target.json(args), "{args:?}");
    }
    let again = target.json(&["seed", "export.yaml"]);
    assert_eq!(
        (again["created"].as_u64(), again["updated"].as_u64()),
        (Some(0), Some(0))
    );
}

#[test]
fn reseeding_organizations_replaces_listed_members_roles() {
    let root = env!("CARGO_MANIFEST_DIR");
    let env = Env::new();
    env.json(&["seed", &format!("{root}/fixtures/organizations.yaml")]);
    env.write(
        "change.yaml",
        "organization_roles:\n  - { name: viewer, scopes: [\"write:projects\", \"read:projects\"] }\n  - { name: member, scopes: [\"read:projects\", \"write:projects\"] }\norganizations:\n  - name: Globex\n    members:\n      - { user: linus, roles: [admin, viewer] }\n  - name: Umbrella\n    members:\n      - { user: grace }\n",
    );
    let report = env.json(&["seed", "change.yaml"]);
    assert_eq!(report, json!({"created": 0, "updated": 3, "unchanged": 1}));
    let roles = env.json(&["org", "role", "list"]);
    let viewer = roles
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "viewer")
        .unwrap();
    assert_eq!(viewer["scopes"], json!(["read:projects", "write:projects"]));
    let globex = env.json(&["org", "member", "list", "Globex"]);
    assert_eq!(globex[1]["username"], "linus");
    assert_eq!(globex[1]["roles"], json!(["admin", "viewer"]));
    assert_eq!(
        globex[0]["roles"],
        json!(["admin"]),
        "members not listed are left alone"
    );
    assert_eq!(env.json(&["org", "show", "Umbrella"])["member_count"], 2);
    assert_eq!(env.json(&["seed", "change.yaml"])["unchanged"], 4);
}
