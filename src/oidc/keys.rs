//! Signing keys: generation (RS256 by default, ES256 and ES384 on request), their public JWK
//! with an RFC 7638 thumbprint as `kid`, and loading them for signing. Private keys are kept as
//! PKCS#8 PEM and never leave the database.

use aws_lc_rs::encoding::AsDer;
use aws_lc_rs::rsa::{KeyPair as RsaKeyPair, KeySize};
use aws_lc_rs::signature::{
    ECDSA_P256_SHA256_FIXED_SIGNING, ECDSA_P384_SHA384_FIXED_SIGNING, EcdsaKeyPair,
};
use jsonwebtoken::jwk::{Jwk, PublicKeyUse, ThumbprintHash};
use jsonwebtoken::{Algorithm, EncodingKey};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The algorithms doorman signs tokens with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
pub enum KeyAlgorithm {
    /// RSA-2048 with SHA-256: the default every client supports.
    #[value(name = "RS256")]
    RS256,
    /// ECDSA P-256 with SHA-256: small, fast to sign.
    #[value(name = "ES256")]
    ES256,
    /// ECDSA P-384 with SHA-384.
    #[value(name = "ES384")]
    ES384,
}

impl KeyAlgorithm {
    /// The JOSE name.
    pub fn as_str(self) -> &'static str {
        match self {
            KeyAlgorithm::RS256 => "RS256",
            KeyAlgorithm::ES256 => "ES256",
            KeyAlgorithm::ES384 => "ES384",
        }
    }

    /// Parses the JOSE name.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "RS256" => Some(KeyAlgorithm::RS256),
            "ES256" => Some(KeyAlgorithm::ES256),
            "ES384" => Some(KeyAlgorithm::ES384),
            _ => None,
        }
    }

    /// The jsonwebtoken algorithm.
    pub fn jwt(self) -> Algorithm {
        match self {
            KeyAlgorithm::RS256 => Algorithm::RS256,
            KeyAlgorithm::ES256 => Algorithm::ES256,
            KeyAlgorithm::ES384 => Algorithm::ES384,
        }
    }
}

/// A freshly generated key.
#[derive(Clone)]
pub struct GeneratedKey {
    /// RFC 7638 SHA-256 thumbprint of the public key.
    pub kid: String,
    /// Algorithm.
    pub algorithm: KeyAlgorithm,
    /// PKCS#8 PEM of the private key.
    pub private_pem: String,
    /// The public JWK, with `kid`, `alg` and `use: sig`.
    pub public_jwk: Jwk,
}

/// Generates a key for the algorithm.
pub fn generate(algorithm: KeyAlgorithm) -> Result<GeneratedKey> {
    let failed = |what: &str| Error::Runtime(format!("generating a {what} key failed"));
    let pkcs8: Vec<u8> = match algorithm {
        KeyAlgorithm::RS256 => RsaKeyPair::generate(KeySize::Rsa2048)
            .and_then(|k| k.as_der())
            .map(|der| der.as_ref().to_vec())
            .map_err(|_| failed("RSA"))?,
        KeyAlgorithm::ES256 | KeyAlgorithm::ES384 => {
            let curve = if algorithm == KeyAlgorithm::ES256 {
                &ECDSA_P256_SHA256_FIXED_SIGNING
            } else {
                &ECDSA_P384_SHA384_FIXED_SIGNING
            };
            EcdsaKeyPair::generate(curve)
                .and_then(|k| k.to_pkcs8v1())
                .map(|doc| doc.as_ref().to_vec())
                .map_err(|_| failed("ECDSA"))?
        }
    };
    let private_pem = pem("PRIVATE KEY", &pkcs8);
    let public_jwk = public_jwk(algorithm, &private_pem)?;
    let kid = public_jwk
        .common
        .key_id
        .clone()
        .ok_or_else(|| failed("key id"))?;
    Ok(GeneratedKey {
        kid,
        algorithm,
        private_pem,
        public_jwk,
    })
}

/// The signing key for a stored PEM.
pub fn encoding_key(algorithm: KeyAlgorithm, private_pem: &str) -> Result<EncodingKey> {
    let key = match algorithm {
        KeyAlgorithm::RS256 => EncodingKey::from_rsa_pem(private_pem.as_bytes()),
        KeyAlgorithm::ES256 | KeyAlgorithm::ES384 => {
            EncodingKey::from_ec_pem(private_pem.as_bytes())
        }
    };
    key.map_err(|e| Error::Runtime(format!("stored signing key is unreadable: {e}")))
}

/// A private key parsed once and kept: parsing (and checking) an RSA key costs more than a
/// signature, so signing per request must not start from the PEM.
pub enum PrivateKey {
    /// RS256.
    Rsa(RsaKeyPair),
    /// ES256 or ES384 (fixed-length r||s signatures, as JWS wants).
    Ecdsa(EcdsaKeyPair),
}

impl PrivateKey {
    /// Parses a stored PKCS#8 PEM.
    pub fn from_pem(algorithm: KeyAlgorithm, private_pem: &str) -> Result<PrivateKey> {
        let bad = || Error::Runtime("stored signing key is unreadable".into());
        let parsed = pem::parse(private_pem).map_err(|_| bad())?;
        let der = parsed.contents();
        Ok(match algorithm {
            KeyAlgorithm::RS256 => PrivateKey::Rsa(RsaKeyPair::from_pkcs8(der).map_err(|_| bad())?),
            KeyAlgorithm::ES256 => PrivateKey::Ecdsa(
                EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, der)
                    .map_err(|_| bad())?,
            ),
            KeyAlgorithm::ES384 => PrivateKey::Ecdsa(
                EcdsaKeyPair::from_pkcs8(&ECDSA_P384_SHA384_FIXED_SIGNING, der)
                    .map_err(|_| bad())?,
            ),
        })
    }

    /// Signs a JWS signing input.
    pub fn sign(&self, message: &[u8]) -> Result<Vec<u8>> {
        let failed = || Error::Runtime("signing a token failed".into());
        let rng = aws_lc_rs::rand::SystemRandom::new();
        match self {
            PrivateKey::Rsa(key) => {
                let mut signature = vec![0; key.public_modulus_len()];
                key.sign(
                    &aws_lc_rs::signature::RSA_PKCS1_SHA256,
                    &rng,
                    message,
                    &mut signature,
                )
                .map_err(|_| failed())?;
                Ok(signature)
            }
            PrivateKey::Ecdsa(key) => Ok(key
                .sign(&rng, message)
                .map_err(|_| failed())?
                .as_ref()
                .to_vec()),
        }
    }
}

/// The public JWK of a private key, with its thumbprint as `kid`.
pub fn public_jwk(algorithm: KeyAlgorithm, private_pem: &str) -> Result<Jwk> {
    let key = encoding_key(algorithm, private_pem)?;
    let mut jwk = Jwk::from_encoding_key(&key, algorithm.jwt())
        .map_err(|e| Error::Runtime(format!("deriving the public key failed: {e}")))?;
    let kid = jwk
        .thumbprint(ThumbprintHash::SHA256)
        .map_err(|e| Error::Runtime(format!("computing the key id failed: {e}")))?;
    jwk.common.key_id = Some(kid);
    jwk.common.public_key_use = Some(PublicKeyUse::Signature);
    Ok(jwk)
}

/// PEM text (RFC 7468) for DER bytes, with LF line endings as OpenSSL writes them.
fn pem(label: &str, der: &[u8]) -> String {
    let config = pem::EncodeConfig::new().set_line_ending(pem::LineEnding::LF);
    pem::encode_config(&pem::Pem::new(label, der), config)
}

/// The key that signs, ready to use: parsed once per rotation, so signing a token costs only
/// the signature.
pub struct Signer {
    /// Key id for the JWT header.
    pub kid: String,
    /// Algorithm.
    pub algorithm: KeyAlgorithm,
    /// The private key, parsed.
    pub key: PrivateKey,
}

#[cfg(test)]
mod tests {
    use super::*;
    use jsonwebtoken::{DecodingKey, Header, Validation, decode, encode};

    #[test]
    fn every_algorithm_signs_and_verifies_with_its_published_jwk() {
        for alg in [
            KeyAlgorithm::RS256,
            KeyAlgorithm::ES256,
            KeyAlgorithm::ES384,
        ] {
            let key = generate(alg).unwrap();
            assert_eq!(key.kid.len(), 43, "base64url SHA-256 thumbprint");
            let jwk_json = serde_json::to_value(&key.public_jwk).unwrap();
            assert!(
                jwk_json.get("d").is_none(),
                "no private part in the JWK: {jwk_json}"
            );
            assert_eq!(jwk_json["kid"], key.kid.as_str());
            let mut header = Header::new(alg.jwt());
            header.kid = Some(key.kid.clone());
            let claims = serde_json::json!({"sub": "u1", "exp": 4_000_000_000u64});
            let token = encode(
                &header,
                &claims,
                &encoding_key(alg, &key.private_pem).unwrap(),
            )
            .unwrap();
            let decoding = DecodingKey::from_jwk(&key.public_jwk).unwrap();
            let mut validation = Validation::new(alg.jwt());
            validation.validate_aud = false;
            let back = decode::<serde_json::Value>(&token, &decoding, &validation).unwrap();
            assert_eq!(back.claims["sub"], "u1");
            assert_eq!(
                public_jwk(alg, &key.private_pem).unwrap().common.key_id,
                Some(key.kid)
            );
        }
    }
}
