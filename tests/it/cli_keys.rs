//! `doorman keys ...`: init makes an RS256 key, rotation keeps the old key published so tokens it
//! signed still verify, and private keys never print.

use jsonwebtoken::{DecodingKey, Validation, decode, decode_header};
use serde_json::json;

use crate::util::Env;

/// Signs with doorman's own JWS code; `verifies` checks with jsonwebtoken, independently.
fn sign(env: &Env) -> String {
    let signer = env.doorman().signer().unwrap();
    let claims = json!({"sub": "u1", "exp": 4_000_000_000u64});
    doorman::oidc::jwt::sign(&signer, None, claims.as_object().unwrap()).unwrap()
}

fn verifies(env: &Env, token: &str) -> bool {
    let kid = decode_header(token).unwrap().kid.unwrap();
    let jwks = env.doorman().jwks().unwrap();
    let Some(jwk) = jwks.find(&kid) else {
        return false;
    };
    let alg = decode_header(token).unwrap().alg;
    let mut validation = Validation::new(alg);
    validation.validate_aud = false;
    decode::<serde_json::Value>(token, &DecodingKey::from_jwk(jwk).unwrap(), &validation).is_ok()
}

#[test]
fn init_makes_one_rs256_key() {
    let env = Env::new();
    let report = env.json(&["init"]);
    let keys = env.json(&["keys", "list"]);
    assert_eq!(keys.as_array().unwrap().len(), 1);
    assert_eq!(keys[0]["kid"], report["signing_key"]);
    assert_eq!(keys[0]["algorithm"], "RS256");
    assert_eq!(keys[0]["status"], "current");
    let out = [
        env.cmd(&["keys", "list"]).run().success().stdout,
        env.cmd(&["export"]).run().success().stdout,
    ];
    for text in out {
        assert!(
            !text.contains("PRIVATE KEY") && !text.contains("\"d\""),
            "{text}"
        );
    }
}

#[test]
fn rotation_keeps_old_tokens_verifiable() {
    let env = Env::new();
    env.json(&["init"]);
    let before = sign(&env);
    assert!(verifies(&env, &before));
    let rotated = env.json(&["keys", "rotate", "--alg", "ES256"]);
    assert_eq!(rotated["algorithm"], "ES256");
    assert_eq!(rotated["status"], "current");
    let after = sign(&env);
    assert_eq!(
        decode_header(&after).unwrap().kid.as_deref(),
        rotated["kid"].as_str()
    );
    assert!(verifies(&env, &before), "the old key is still published");
    assert!(verifies(&env, &after));
    let keys = env.json(&["keys", "list"]);
    assert_eq!(keys[0]["status"], "current");
    assert_eq!(keys[1]["status"], "published");
    assert!(keys[1]["expires_at"].is_string());
    assert_eq!(env.doorman().jwks().unwrap().keys.len(), 2);
    // A day later the retired key is no longer published.
    let later = env
        .cmd(&["keys", "list"])
        .env("DOORMAN_NOW", "2999-01-01T00:00:00Z")
        .run()
        .success()
        .json();
    assert_eq!(later[1]["status"], "expired");
    env.cmd(&["keys", "rotate", "--alg", "HS256"]).run();
    assert_eq!(
        env.json(&["keys", "list"]).as_array().unwrap().len(),
        2,
        "a bad --alg writes nothing"
    );
}

#[test]
fn no_key_until_init_or_rotate() {
    let env = Env::new();
    env.json(&["user", "list"]);
    assert_eq!(env.json(&["keys", "list"]), json!([]));
    assert!(env.doorman().signer().is_err());
    env.json(&["keys", "rotate"]);
    assert_eq!(env.json(&["keys", "list"])[0]["algorithm"], "RS256");
}

#[test]
fn fixture_keys_pin_the_jwks_and_export_with_secrets_copies_them() {
    let source = Env::new();
    source.json(&["init"]);
    source.json(&["keys", "rotate", "--alg", "ES256"]);
    let exported = source
        .cmd(&["export", "--with-secrets"])
        .run()
        .success()
        .stdout;
    assert!(exported.contains("BEGIN PRIVATE KEY"), "{exported}");
    let plain = source.cmd(&["export"]).run().success().stdout;
    assert!(
        !plain.contains("PRIVATE KEY"),
        "only with --with-secrets: {plain}"
    );
    let jwks = |env: &Env| -> Vec<String> {
        let doorman = env.doorman();
        let mut kids: Vec<String> = doorman
            .jwks()
            .unwrap()
            .keys
            .iter()
            .map(|k| k.common.key_id.clone().unwrap())
            .collect();
        kids.sort();
        kids
    };
    let published = jwks(&source);
    assert_eq!(
        published.len(),
        2,
        "the ES256 key and the retired RS256 one"
    );
    let copies: Vec<Env> = (0..2)
        .map(|_| {
            let copy = Env::new();
            copy.json(&["init"]);
            copy.write("export.yaml", &exported);
            copy.seed_later("export.yaml");
            copy
        })
        .collect();
    for copy in &copies {
        assert_eq!(jwks(copy), published, "init's own key is gone");
        let current = copy.json(&["keys", "list"]);
        assert_eq!(
            current[0]["algorithm"], "ES256",
            "the first key signs: {current}"
        );
        assert_eq!(current[0]["status"], "current", "{current}");
    }
    let again = copies[0]
        .cmd(&["seed", "export.yaml"])
        .run()
        .success()
        .stdout;
    assert!(again.contains("unchanged"), "{again}");

    let bad = Env::new();
    bad.write(
        "keys.yaml",
        "keys:\n  - algorithm: RS256\n    private_key: not a key\n",
    );
    bad.cmd(&["seed", "keys.yaml"])
        .run()
        .fails(2, "keys[0].private_key");
}

#[test]
fn a_rotation_keeps_the_old_key_published_for_its_grace() {
    let env = Env::new();
    env.json(&["init"]);
    env.cmd(&["keys", "rotate", "--grace", "1h"])
        .env("DOORMAN_NOW", "2030-01-01T00:00:00Z")
        .run()
        .success();
    let keys = env.json(&["keys", "list"]);
    assert_eq!(keys[1]["expires_at"], "2030-01-01T01:00:00Z", "{keys}");
    env.cmd(&["keys", "rotate", "--grace", "soon"])
        .run()
        .fails(2, "invalid duration 'soon'");
}
