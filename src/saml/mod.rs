//! SAML 2.0 web browser SSO, the protocol side of a SAML connector: reading an IdP's metadata,
//! writing doorman's SP metadata, the AuthnRequest sent by the HTTP-Redirect binding, and the
//! checks a Response POSTed to the ACS must pass before anything in it is believed.
//!
//! Signatures are verified by xmlsec1 (through samael), never by code of ours: only what a
//! signature covers is read (the signed element's canonical bytes, so a wrapped or unsigned
//! assertion beside it is never seen), and a document with a DTD is refused before it is parsed.
//! That needs the C libraries, so it is the `saml` feature; a build without it says so.

use crate::model::saml::{SamlIdp, ServiceProvider};
use crate::model::timestamp::Timestamp;

#[cfg(not(feature = "saml"))]
mod disabled;
#[cfg(feature = "saml")]
mod metadata;
#[cfg(feature = "saml")]
mod request;
#[cfg(feature = "saml")]
mod response;
mod sp_key;
mod sp_metadata;

#[cfg(not(feature = "saml"))]
pub use disabled::{authn_request_url, parse_idp_metadata, verify_response};
#[cfg(feature = "saml")]
pub use metadata::parse_idp_metadata;
#[cfg(feature = "saml")]
pub use request::authn_request_url;
#[cfg(feature = "saml")]
pub use response::verify_response;
pub use sp_key::{RSA_SHA256, certificate_base64, generate as generate_sp_key, sign_query};
pub use sp_metadata::sp_metadata;

/// Whether this build speaks SAML.
pub const AVAILABLE: bool = cfg!(feature = "saml");

/// How far the IdP's clock may be off from ours.
pub const CLOCK_SKEW_SECONDS: i64 = 120;

/// The largest response read (base64 and all); a real one is a few kilobytes.
pub const MAX_RESPONSE_BYTES: usize = 64 * 1024;

/// What a response is checked against.
#[derive(Debug, Clone, Copy)]
pub struct Expected<'a> {
    /// The IdP it must come from.
    pub idp: &'a SamlIdp,
    /// doorman's URLs for the connector (audience and recipient).
    pub sp: &'a ServiceProvider,
    /// The AuthnRequest id it answers; `None` for an unsolicited (IdP-initiated) response,
    /// which must then answer no request at all.
    pub in_response_to: Option<&'a str>,
    /// Now.
    pub now: Timestamp,
}

/// A response that passed every check.
#[derive(Debug, Clone, PartialEq)]
pub struct Verified {
    /// The assertion's id, remembered until `expires_at` so it is accepted once.
    pub assertion_id: String,
    /// When the assertion stops being acceptable anyway.
    pub expires_at: Timestamp,
    /// The subject and attributes as JSON: `nameID`, `nameIDFormat`, and each attribute by its
    /// name (and friendly name): a string, or a list when it has several values.
    pub attributes: serde_json::Value,
}

/// Why a response was refused, as the page says it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    /// Not base64, not UTF-8, too large, or not a SAML response.
    #[error("the SAML response is malformed: {0}")]
    Malformed(String),
    /// A DOCTYPE or entity declaration (an XML bomb, or an external entity).
    #[error("the SAML response declares a DTD, which SAML forbids")]
    Dtd,
    /// No valid signature by the IdP's certificates over the response or its assertion.
    #[error("the SAML response is not signed by the identity provider's certificate")]
    Unsigned,
    /// The IdP answered with an error status.
    #[error("the identity provider answered {0}")]
    Status(String),
    /// A check on the signed content failed.
    #[error("the SAML assertion {0}")]
    Invalid(String),
    /// This build has no SAML.
    #[error("this doorman was built without SAML (build it with --features saml)")]
    Unavailable,
}
