//! The OpenID Connect protocol as plain functions over plain values, kept apart from storage and
//! HTTP so each rule can be tested directly: request validation, PKCE, claims, the discovery
//! document, token and logout-token contents, and the signing keys.

pub mod authorize;
pub mod claims;
pub mod custom_claims;
pub mod decision;
pub mod device;
pub mod discovery;
pub mod error;
pub mod grants;
pub mod jwt;
pub mod keys;
pub mod logout;
pub mod pkce;
pub mod scope;
pub mod tokens;
pub mod upstream;
