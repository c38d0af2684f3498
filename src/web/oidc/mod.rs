//! The OpenID Connect endpoints: the authorization request and its completion, the JSON
//! endpoints (discovery, JWKS, token, userinfo, introspection, revocation), RP-initiated logout
//! and back-channel logout delivery. The protocol rules they apply live in `crate::oidc`.

pub mod authorize;
pub mod backchannel;
pub mod endpoints;
pub mod magic_link;
pub mod sign_out;
