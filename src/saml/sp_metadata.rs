//! doorman's SP metadata for a SAML connector: what an IdP's administrator imports (entity id,
//! the ACS and its binding, the NameID formats doorman reads). Plain text, no crypto: it is
//! served by every build.

use crate::model::saml::ServiceProvider;

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

/// The `EntityDescriptor` of connector `sp`.
pub fn sp_metadata(sp: &ServiceProvider) -> String {
    let formats: String = NAME_ID_FORMATS
        .iter()
        .map(|f| format!("    <md:NameIDFormat>{f}</md:NameIDFormat>\n"))
        .collect();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="{entity}">
  <md:SPSSODescriptor AuthnRequestsSigned="false" WantAssertionsSigned="true" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
{formats}    <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="{acs}" index="0" isDefault="true"/>
  </md:SPSSODescriptor>
</md:EntityDescriptor>
"#,
        entity = escape(&sp.sp_entity_id),
        acs = escape(&sp.acs_url),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metadata_names_the_entity_and_the_acs_escaped() {
        let sp = ServiceProvider::at("http://localhost:3001", "acme");
        let xml = sp_metadata(&sp);
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
