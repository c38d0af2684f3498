//! A SAML connector's own key: made as RSA-2048 with a self-signed certificate (what IdPs
//! expect in SP metadata; its dates are not checked by them, so it is made long-lived), and the
//! HTTP-Redirect binding's signature over the query (SAML Bindings §3.4.4.1). Built without the
//! `saml` feature too: the SP metadata is served by every build.

use base64::Engine;
use rcgen::{CertificateParams, DnType, KeyPair, PKCS_RSA_SHA256, RsaKeySize, SigningKey};

use crate::error::{Error, Result};
use crate::model::saml::SpKey;
use crate::model::timestamp::Timestamp;

/// The `SigAlg` doorman signs redirects with.
pub const RSA_SHA256: &str = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";

/// How long the certificate says it is good for (IdPs use it as a key container).
const CERTIFICATE_YEARS: i32 = 20;

fn failed(e: rcgen::Error) -> Error {
    Error::Runtime(format!("making the SAML signing key failed: {e}"))
}

/// A new key and certificate for SAML connector `connector_id`, made at `now`.
pub fn generate(connector_id: &str, now: Timestamp) -> Result<SpKey> {
    let key = KeyPair::generate_rsa_for(&PKCS_RSA_SHA256, RsaKeySize::_2048).map_err(failed)?;
    let mut params = CertificateParams::new(Vec::<String>::new()).map_err(failed)?;
    params
        .distinguished_name
        .push(DnType::CommonName, "doorman SAML service provider");
    params
        .distinguished_name
        .push(DnType::OrganizationalUnitName, connector_id);
    let now = time::OffsetDateTime::from_unix_timestamp(now.unix())
        .map_err(|_| Error::Runtime("the clock is out of range".into()))?;
    params.not_before = now - time::Duration::days(1);
    params.not_after = now
        .replace_year(now.year() + CERTIFICATE_YEARS)
        .unwrap_or(now);
    let certificate = params.self_signed(&key).map_err(failed)?;
    Ok(SpKey {
        private_key: key.serialize_der(),
        certificate: certificate.der().to_vec(),
    })
}

/// The certificate as SAML metadata carries it (base64 DER, one line).
pub fn certificate_base64(key: &SpKey) -> String {
    base64::engine::general_purpose::STANDARD.encode(&key.certificate)
}

/// The redirect binding's query with its signature: `signed_part` is `SAMLRequest=…[&RelayState=…]`
/// as it goes in the URL; `SigAlg` and `Signature` are appended.
pub fn sign_query(key: &SpKey, signed_part: &str) -> Result<String> {
    let pair = KeyPair::try_from(key.private_key.as_slice())
        .map_err(|e| Error::Runtime(format!("the stored SAML signing key is unreadable: {e}")))?;
    let mut query = signed_part.to_string();
    query.push_str("&SigAlg=");
    query.extend(form_urlencoded::byte_serialize(RSA_SHA256.as_bytes()));
    let signature = pair.sign(query.as_bytes()).map_err(failed)?;
    let signature = base64::engine::general_purpose::STANDARD.encode(signature);
    query.push_str("&Signature=");
    query.extend(form_urlencoded::byte_serialize(signature.as_bytes()));
    Ok(query)
}

#[cfg(test)]
mod tests {
    use super::*;
    use aws_lc_rs::signature::{RSA_PKCS1_2048_8192_SHA256, UnparsedPublicKey};

    #[test]
    fn the_signature_covers_the_request_the_relay_state_and_the_algorithm() {
        let key = generate("acme", Timestamp::from_unix(1_796_466_597)).unwrap();
        let query = sign_query(&key, "SAMLRequest=abc%2B&RelayState=xyz").unwrap();
        let (signed, signature) = query.split_once("&Signature=").unwrap();
        assert_eq!(
            signed,
            "SAMLRequest=abc%2B&RelayState=xyz&SigAlg=\
             http%3A%2F%2Fwww.w3.org%2F2001%2F04%2Fxmldsig-more%23rsa-sha256"
        );
        let signature: String = form_urlencoded::parse(format!("s={signature}").as_bytes())
            .next()
            .unwrap()
            .1
            .into_owned();
        let signature = base64::engine::general_purpose::STANDARD
            .decode(signature)
            .unwrap();
        let pair = KeyPair::try_from(key.private_key.as_slice()).unwrap();
        let public = UnparsedPublicKey::new(&RSA_PKCS1_2048_8192_SHA256, pair.public_key_raw());
        public.verify(signed.as_bytes(), &signature).unwrap();
        assert!(public.verify(b"SAMLRequest=abd", &signature).is_err());
        assert!(!certificate_base64(&key).is_empty());
        assert_eq!(format!("{key:?}"), "SpKey { .. }");
    }
}
