//! Plain data types shared by the CLI, the operations and the store, with the validation rules
//! that decide whether a value may exist at all (an email's shape, a phone's E.164 form).

pub mod account_center;
pub mod app;
pub mod audit;
pub mod connector;
pub mod duration;
pub mod id;
pub mod mfa;
pub mod organization;
pub mod outbox;
pub mod principal;
pub mod resource;
pub mod saml;
pub mod session;
pub mod settings;
pub mod standard_claims;
pub mod timestamp;
pub mod token;
pub mod user;
pub mod validate;
