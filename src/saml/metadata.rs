//! An IdP's metadata, read into what a connector keeps: its entity id, its HTTP-Redirect
//! sign-in URL and its signing certificates.

use base64::Engine;
use samael::metadata::EntityDescriptor;

use crate::error::{Error, Result};
use crate::model::saml::SamlIdp;

/// The HTTP-Redirect binding, the one doorman sends AuthnRequests by.
pub const REDIRECT_BINDING: &str = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";

/// Whether a document declares a DTD: refused before any XML parser sees it (entity expansion
/// and external entities live there, and SAML never needs one).
pub fn declares_dtd(xml: &str) -> bool {
    xml.contains("<!DOCTYPE") || xml.contains("<!ENTITY")
}

/// Reads an IdP's metadata (an `EntityDescriptor` with an `IDPSSODescriptor`).
pub fn parse_idp_metadata(xml: &str) -> Result<SamlIdp> {
    let bad = |why: &str| Error::invalid(format!("invalid SAML metadata: {why}"));
    if declares_dtd(xml) {
        return Err(bad("it declares a DTD"));
    }
    let entity: EntityDescriptor = xml
        .parse()
        .map_err(|e| bad(&format!("not an EntityDescriptor ({e})")))?;
    let entity_id = entity
        .entity_id
        .clone()
        .filter(|id| !id.trim().is_empty())
        .ok_or_else(|| bad("no entityID"))?;
    let descriptors = entity.idp_sso_descriptors.unwrap_or_default();
    let Some(idp) = descriptors.first() else {
        return Err(bad(
            "no IDPSSODescriptor (is this an identity provider's metadata?)",
        ));
    };
    let sso_url = idp
        .single_sign_on_services
        .iter()
        .find(|s| s.binding == REDIRECT_BINDING)
        .map(|s| s.location.clone())
        .ok_or_else(|| bad("no SingleSignOnService with the HTTP-Redirect binding"))?;
    let signing = |use_: Option<&str>| {
        idp.key_descriptors
            .iter()
            .filter(move |k| k.key_use.as_deref().filter(|u| !u.is_empty()) == use_)
            .flat_map(|k| k.key_info.x509_data.iter())
            .flat_map(|x| x.certificates.iter())
            .map(|c| c.split_whitespace().collect::<String>())
            .collect::<Vec<String>>()
    };
    let mut certificates = signing(Some("signing"));
    if certificates.is_empty() {
        certificates = signing(None);
    }
    for certificate in &certificates {
        base64::engine::general_purpose::STANDARD
            .decode(certificate)
            .map_err(|_| bad("a signing certificate is not base64"))?;
    }
    Ok(SamlIdp {
        entity_id,
        sso_url,
        certificates,
        want_signed_requests: idp.want_authn_requests_signed.unwrap_or(false),
        ..SamlIdp::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const METADATA: &str = r#"<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="http://idp.test/metadata">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="encryption"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>RU5D</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>
      U0lH
    </ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="http://idp.test/post"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="http://idp.test/redirect"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>"#;

    #[test]
    fn metadata_gives_the_redirect_endpoint_and_signing_certificates_only() {
        let idp = parse_idp_metadata(METADATA).unwrap();
        assert_eq!(idp.entity_id, "http://idp.test/metadata");
        assert_eq!(idp.sso_url, "http://idp.test/redirect");
        assert_eq!(idp.certificates, vec!["U0lH".to_string()]);
        assert!(!idp.want_signed_requests);
    }

    #[test]
    fn metadata_without_what_doorman_needs_is_refused_by_name() {
        let no_redirect = METADATA.replace("HTTP-Redirect", "HTTP-Artifact");
        let e = parse_idp_metadata(&no_redirect).unwrap_err().to_string();
        assert!(e.contains("HTTP-Redirect"), "{e}");
        let bomb = format!("<!DOCTYPE lol [<!ENTITY lol \"lol\">]>{METADATA}");
        assert!(
            parse_idp_metadata(&bomb)
                .unwrap_err()
                .to_string()
                .contains("DTD")
        );
        let sp = METADATA.replace("IDPSSODescriptor", "SPSSODescriptor");
        assert!(parse_idp_metadata(&sp).is_err());
    }
}
