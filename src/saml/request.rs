//! The AuthnRequest doorman sends an IdP, by the HTTP-Redirect binding (deflated, base64, in
//! the query), naming the ACS it wants the answer at; signed with the connector's own key when
//! the IdP asks for signed requests.

use chrono::{DateTime, Utc};
use samael::schema::{AuthnRequest, Issuer, NameIdPolicy};

use crate::error::{Error, Result};
use crate::model::saml::{SamlIdp, ServiceProvider, SpKey};
use crate::model::timestamp::Timestamp;

/// The HTTP-POST binding, the one the IdP is asked to answer by.
const POST_BINDING: &str = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";

/// The IdP's sign-in URL carrying an AuthnRequest with id `request_id`; `relay_state` comes back
/// with the response and names the waiting sign-in; `signer` signs the query.
pub fn authn_request_url(
    idp: &SamlIdp,
    sp: &ServiceProvider,
    request_id: &str,
    relay_state: &str,
    now: Timestamp,
    signer: Option<&SpKey>,
) -> Result<String> {
    let issue_instant = DateTime::<Utc>::from_timestamp(now.unix(), 0)
        .ok_or_else(|| Error::Runtime("the clock is out of range".into()))?;
    let request = AuthnRequest {
        id: request_id.to_string(),
        version: "2.0".into(),
        issue_instant,
        destination: Some(idp.sso_url.clone()),
        issuer: Some(Issuer {
            value: Some(sp.sp_entity_id.clone()),
            ..Issuer::default()
        }),
        assertion_consumer_service_url: Some(sp.acs_url.clone()),
        protocol_binding: Some(POST_BINDING.into()),
        name_id_policy: Some(NameIdPolicy {
            allow_create: Some(true),
            ..NameIdPolicy::default()
        }),
        ..AuthnRequest::default()
    };
    let unsigned = request
        .redirect(relay_state)
        .map_err(|e| Error::Runtime(format!("encoding the AuthnRequest failed: {e}")))?
        .ok_or_else(|| Error::Runtime("the AuthnRequest has no destination".into()))?;
    let Some(key) = signer else {
        return Ok(unsigned.to_string());
    };
    // The signature covers the SAML parameters alone, in the binding's order, exactly as they
    // appear in the URL; the IdP's own query parameters (if its URL has any) stay outside it.
    let encoded = unsigned
        .query_pairs()
        .find(|(name, _)| name == "SAMLRequest")
        .map(|(_, value)| value.into_owned())
        .ok_or_else(|| Error::Runtime("the AuthnRequest was not encoded".into()))?;
    let mut saml_part = form_urlencoded::Serializer::new(String::new());
    saml_part.append_pair("SAMLRequest", &encoded);
    if !relay_state.is_empty() {
        saml_part.append_pair("RelayState", relay_state);
    }
    let signed = super::sign_query(key, &saml_part.finish())?;
    let separator = if idp.sso_url.contains('?') { '&' } else { '?' };
    Ok(format!("{}{separator}{signed}", idp.sso_url))
}
