//! doorman's SP metadata for a SAML connector: what an IdP's administrator imports (entity id,
//! the certificate its AuthnRequests are signed with, the ACS and its binding, the NameID
//! formats doorman reads). Served by every build.

use crate::model::saml::{ServiceProvider, SpKey};

/// The NameID formats doorman takes a subject from.
const NAME_ID_FORMATS: [&str; 3] = [
    "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
    "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
    "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified",
];

/// Escapes text for an XML attribute or element.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// The `EntityDescriptor` of connector `sp`, whose AuthnRequests `key` signs when
/// `signs_requests` (when its IdP asks for it).
pub fn sp_metadata(sp: &ServiceProvider, key: &SpKey, signs_requests: bool) -> String {
    let formats: String = NAME_ID_FORMATS
        .iter()
        .map(|f| format!("    <md:NameIDFormat>{f}</md:NameIDFormat>\n"))
        .collect();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="{entity}">
  <md:SPSSODescriptor AuthnRequestsSigned="{signs_requests}" WantAssertionsSigned="true" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>{certificate}</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
{formats}    <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="{acs}" index="0" isDefault="true"/>
  </md:SPSSODescriptor>
</md:EntityDescriptor>
"#,
        entity = escape(&sp.sp_entity_id),
        acs = escape(&sp.acs_url),
        certificate = super::certificate_base64(key),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metadata_names_the_entity_and_the_acs_escaped() {
        let sp = ServiceProvider::at("http://localhost:3001", "acme");
        let key = SpKey {
            private_key: Vec::new(),
            certificate: b"cert".to_vec(),
        };
        let xml = sp_metadata(&sp, &key, true);
        assert!(xml.contains(r#"AuthnRequestsSigned="true""#), "{xml}");
        assert!(xml.contains("<ds:X509Certificate>Y2VydA==</ds:X509Certificate>"));
        assert!(
            xml.contains(r#"entityID="http://localhost:3001/enterprise-sso/acme""#),
            "{xml}"
        );
        assert!(
            xml.contains(r#"Location="http://localhost:3001/api/authn/single-sign-on/saml/acme""#)
        );
        assert_eq!(escape(r#"a&"<"#), "a&amp;&quot;&lt;");
    }
}
