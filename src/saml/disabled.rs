//! A build without the `saml` feature: every SAML step says so, and nothing else changes (SAML
//! connectors stored by another build are kept, shown and exported).

use super::{Expected, Refused, Verified};
use crate::error::{Error, Result};
use crate::model::saml::{SamlIdp, ServiceProvider, SpKey};
use crate::model::timestamp::Timestamp;

fn unavailable() -> Error {
    Error::invalid(Refused::Unavailable)
}

/// See the `saml` build's `parse_idp_metadata`.
pub fn parse_idp_metadata(_xml: &str) -> Result<SamlIdp> {
    Err(unavailable())
}

/// See the `saml` build's `authn_request_url`.
pub fn authn_request_url(
    _idp: &SamlIdp,
    _sp: &ServiceProvider,
    _request_id: &str,
    _relay_state: &str,
    _now: Timestamp,
    _signer: Option<&SpKey>,
) -> Result<String> {
    Err(unavailable())
}

/// See the `saml` build's `verify_response`.
pub fn verify_response(_encoded: &str, _expected: &Expected<'_>) -> Result<Verified, Refused> {
    Err(Refused::Unavailable)
}
