//! JWT verification (`id_token_hint`, introspected access tokens): any text against a JWKS of
//! one RS256 and one ES256 key must verify or be refused, never panic.
#![no_main]

use std::sync::OnceLock;

use doorman::oidc::jwt::verify;
use doorman::oidc::keys::{KeyAlgorithm, generate};
use jsonwebtoken::jwk::JwkSet;
use libfuzzer_sys::fuzz_target;

fn jwks() -> &'static JwkSet {
    static JWKS: OnceLock<JwkSet> = OnceLock::new();
    JWKS.get_or_init(|| {
        let keys = [KeyAlgorithm::RS256, KeyAlgorithm::ES256]
            .into_iter()
            .map(|algorithm| generate(algorithm).expect("a key").public_jwk)
            .collect();
        JwkSet { keys }
    })
}

fuzz_target!(|data: &[u8]| {
    if let Ok(token) = std::str::from_utf8(data) {
        let _ = verify(token, jwks(), "http://localhost:3001/oidc", false);
        let _ = verify(token, jwks(), "http://localhost:3001/oidc", true);
    }
});
