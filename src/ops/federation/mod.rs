//! Signing in through other providers: connectors, the trip upstream and back, the calls made
//! upstream, and the identities a sign-in links.

pub mod connectors;
pub mod identity_links;
pub mod sign_in;
pub mod upstream;
