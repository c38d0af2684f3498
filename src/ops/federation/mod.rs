//! Signing in through other providers: connectors, the trip upstream and back (OIDC, OAuth 2.0
//! and SAML), the calls made upstream, the identities a sign-in links, and the email step of a
//! sign-up no email vouched for.

pub mod connectors;
pub mod email_step;
pub mod identity_links;
pub mod saml_sign_in;
pub mod sign_in;
pub mod upstream;
