//! A SAML connector's identity provider as doorman keeps it: what its metadata said (entity id,
//! sign-in URL, signing certificates) and what the operator allowed (IdP-initiated sign-in and
//! the app it lands in). The same whether or not this build speaks SAML, so a database or a
//! fixture made by one build reads in every other.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::validate;

/// The IdP's side of a SAML connector.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SamlIdp {
    /// The IdP's entity id: the `Issuer` its responses and assertions must carry.
    pub entity_id: String,
    /// Its single sign-on service for the HTTP-Redirect binding, where AuthnRequests go.
    pub sso_url: String,
    /// Its signing certificates (base64 DER, as in metadata): a response counts only when one of
    /// them signed it.
    pub certificates: Vec<String>,
    /// Whether its metadata asks for signed AuthnRequests.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub want_signed_requests: bool,
    /// Where the metadata was read from, when it was a URL: read again by a sign-in an hour
    /// after the connector last changed, and by `connector update --metadata-url`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata_url: Option<String>,
    /// Whether an unsolicited response (IdP-initiated sign-in) is accepted.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub idp_initiated: bool,
    /// The client id of the app an IdP-initiated sign-in continues to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_app: Option<String>,
}

impl SamlIdp {
    /// What connector `name` needs: an IdP that signs, a sign-in URL, and for IdP-initiated
    /// sign-in the app it lands in.
    pub fn validate(&self, name: &str) -> Result<()> {
        validate::text("entity_id", &self.entity_id, 1024)?;
        if self.entity_id.is_empty() {
            return Err(Error::invalid("the IdP metadata names no entityID"));
        }
        validate::http_url("sso_url", &self.sso_url)?;
        if self.certificates.is_empty() {
            return Err(Error::invalid(
                "the IdP metadata has no signing certificate: doorman accepts only signed responses",
            ));
        }
        if self.idp_initiated && self.default_app.is_none() {
            return Err(Error::invalid(format!(
                "connector '{name}' allows IdP-initiated sign-in: give the --default-app it lands in"
            )));
        }
        Ok(())
    }

    /// These settings with the IdP's side replaced by `fresh` metadata: what the operator
    /// allowed (IdP-initiated sign-in and its app) stays.
    pub fn refreshed_by(self, fresh: SamlIdp) -> SamlIdp {
        SamlIdp {
            idp_initiated: self.idp_initiated,
            default_app: self.default_app,
            ..fresh
        }
    }
}

/// doorman's side of a SAML connector: the URLs the IdP's administrator registers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ServiceProvider {
    /// doorman's entity id for this connector (the audience assertions must name); the URL
    /// answers with the metadata.
    pub sp_entity_id: String,
    /// The assertion consumer service, where the IdP POSTs its responses.
    pub acs_url: String,
    /// The SP metadata document.
    pub sp_metadata_url: String,
}

impl ServiceProvider {
    /// The URLs of connector `id` under doorman's public base URL (Logto's paths).
    pub fn at(base_url: &str, id: &str) -> Self {
        let entity = format!("{base_url}/enterprise-sso/{id}");
        ServiceProvider {
            sp_metadata_url: entity.clone(),
            sp_entity_id: entity,
            acs_url: format!("{base_url}/api/authn/single-sign-on/saml/{id}"),
        }
    }
}

/// The key a SAML connector signs its AuthnRequests with, and the self-signed certificate its SP
/// metadata publishes so the IdP can check them. One per connector, made with it and never
/// exported (a seeded database makes its own; the IdP re-reads the SP metadata).
#[derive(Clone, PartialEq, Eq)]
pub struct SpKey {
    /// The RSA private key, PKCS#8 DER.
    pub private_key: Vec<u8>,
    /// The X.509 certificate, DER.
    pub certificate: Vec<u8>,
}

impl std::fmt::Debug for SpKey {
    /// Never prints the private key.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SpKey").finish_non_exhaustive()
    }
}
