//! The email step of a connector sign-in (security review, finding 5: account pre-hijacking):
//! an upstream that vouches for no email makes no account until someone proves an address with
//! a code, the step answers only the browser that came back, a proven address of an existing
//! account links the identity to it, and an identity that joined an account on an unverified
//! claim before this step existed is unlinked once the owner proves the address.

use doorman::model::connector::Identity;
use doorman::model::timestamp::Timestamp;
use serde_json::json;

use crate::connectors::{
    Pair, follow, id_token_claims, last_code, origin, prove_email, through_upstream,
};
use crate::server::Browser;
use crate::util::create_user;

#[test]
fn an_unverified_upstream_email_makes_no_account_until_someone_proves_one() {
    let pair = Pair::new();
    pair.upstream_user("vic@example.com", false);

    // The upstream claims vic's address without verifying it: no account, a step instead.
    let mut attacker = Browser::new(&pair.down);
    let (url, callback) = through_upstream(&pair, &mut attacker, "vic@example.com");
    let (step_url, step) = follow(&mut attacker, &url, &callback);
    assert!(
        step.body.contains("value=\"vic@example.com\""),
        "{}",
        step.body
    );
    let sent = attacker.post(
        &format!("{}/continue/email", origin(&step_url)),
        &[
            ("csrf_token", &step.field("csrf_token")),
            ("interaction", &step.field("interaction")),
            ("email", "vic@example.com"),
        ],
    );
    assert!(
        sent.location().starts_with("/verify?verification="),
        "{sent:#?}"
    );
    // The code went to vic's mailbox, which the attacker cannot read; still no account.
    assert_eq!(
        pair.down_env
            .json(&["outbox", "--to", "vic@example.com"])
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    assert_eq!(pair.down_env.json(&["user", "list"]), json!([]));

    // With an address of its own, proven, the upstream account gets an account of its own.
    let mut again = Browser::new(&pair.down);
    let (url, callback) = through_upstream(&pair, &mut again, "vic@example.com");
    let done = prove_email(
        &pair.down_env,
        &mut again,
        &url,
        &callback,
        "vic@example.com",
        "att@example.com",
    );
    let (claims, _) = id_token_claims(&pair, &done);
    assert_eq!(claims["email"], "att@example.com");
    assert_eq!(claims["email_verified"], true);
    let users = pair.down_env.json(&["user", "list"]);
    assert_eq!(users.as_array().map(Vec::len), Some(1), "{users}");
    let identities = pair
        .down_env
        .json(&["user", "identities", "att@example.com"]);
    assert_eq!(identities.as_array().map(Vec::len), Some(1), "{identities}");

    // From then on the identity signs in directly, to that account.
    let (_, direct) = through_upstream(&pair, &mut Browser::new(&pair.down), "vic@example.com");
    let (second, _) = id_token_claims(&pair, &direct);
    assert_eq!(second["sub"], claims["sub"]);
}

#[test]
fn the_email_step_answers_only_the_browser_that_came_back_from_the_upstream() {
    let pair = Pair::new();
    pair.upstream_user("vic@example.com", false);
    let mut returned = Browser::new(&pair.down);
    let (url, callback) = through_upstream(&pair, &mut returned, "vic@example.com");
    // Another client with the same CSRF cookie (planted from another port) but not the
    // binding cookie the departure set.
    let mut other = Browser::new(&pair.down);
    for (name, value) in &returned.cookies {
        if !name.starts_with("doorman_bind_") {
            other.cookies.insert(name.clone(), value.clone());
        }
    }
    let refused = other.get(&format!("{}{}", origin(&url), callback.location()));
    assert_eq!(refused.status, 400, "{refused:#?}");
    let (_, page) = follow(&mut returned, &url, &callback);
    assert_eq!(page.status, 200, "{page:#?}");
}

#[test]
fn proving_the_address_of_an_existing_account_links_the_identity_to_it() {
    let pair = Pair::new();
    pair.upstream_user("octo@upstream.example", false);
    let ada = create_user(&pair.down_env, "ada@example.com");
    let mut browser = Browser::new(&pair.down);
    let (url, callback) = through_upstream(&pair, &mut browser, "octo@upstream.example");
    let done = prove_email(
        &pair.down_env,
        &mut browser,
        &url,
        &callback,
        "octo@upstream.example",
        "ada@example.com",
    );
    let (claims, _) = id_token_claims(&pair, &done);
    assert_eq!(claims["sub"], ada["id"]);
    let identities = pair
        .down_env
        .json(&["user", "identities", "ada@example.com"]);
    assert_eq!(identities.as_array().map(Vec::len), Some(1), "{identities}");
    assert_eq!(
        pair.down_env
            .json(&["user", "list"])
            .as_array()
            .map(Vec::len),
        Some(1)
    );
}

#[test]
fn proving_an_email_unlinks_an_identity_that_claimed_it_unverified_before_the_step() {
    let pair = Pair::new();
    // What a build before the email step made: an account with the unverified address and the
    // upstream identity that claimed it.
    let vic = pair.down_env.json(&[
        "user",
        "create",
        "--email",
        "vic@example.com",
        "--email-verified=false",
    ]);
    let doorman = pair.down_env.doorman();
    let claim = json!({ "sub": "attacker", "email": "vic@example.com", "email_verified": false });
    let identity = Identity {
        connector_id: "up".into(),
        connector: "Upstream".into(),
        subject: "attacker".into(),
        email: Some("vic@example.com".into()),
        sso: false,
        issuer: None,
        profile: claim,
        linked_at: Timestamp::from_unix(1_800_000_000),
    };
    doorman::store::connectors::upsert_identity(
        doorman.store.conn(),
        vic["id"].as_str().unwrap(),
        &identity,
    )
    .unwrap();
    drop(doorman);

    // The owner of the address signs in with a code sent to it.
    let mut owner = Browser::new(&pair.down);
    let start = owner.get(&format!(
        "{}/auth?client_id=shop&redirect_uri={}&response_type=code&scope=openid&state=st",
        pair.down.issuer,
        crate::server::form(&[("x", crate::oidc_flow::REDIRECT)]).trim_start_matches("x=")
    ));
    let (page_url, _) = follow(&mut owner, &pair.down.issuer, &start);
    let form = owner.get(&format!("{page_url}&method=code"));
    let sent = owner.post(
        &format!("{}/sign-in", origin(&page_url)),
        &[
            ("csrf_token", &form.field("csrf_token")),
            ("interaction", &form.field("interaction")),
            ("method", "code"),
            ("identifier", "vic@example.com"),
        ],
    );
    let (verify_url, verify) = follow(&mut owner, &page_url, &sent);
    let done = owner.post(
        &format!("{}/verify", origin(&verify_url)),
        &[
            ("csrf_token", &verify.field("csrf_token")),
            ("verification", &verify.field("verification")),
            ("code", &last_code(&pair.down_env, "vic@example.com")),
        ],
    );
    let (claims, _) = id_token_claims(&pair, &done);
    assert_eq!(claims["sub"], vic["id"]);
    let identities = pair
        .down_env
        .json(&["user", "identities", "vic@example.com"]);
    assert_eq!(identities, json!([]), "the unverified claim is unlinked");
}
