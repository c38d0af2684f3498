//! doorman: a local identity provider in one binary.
//!
//! The admin CLI and (later) the OpenID Connect server share one SQLite file and one set of
//! operations. Data flows one way: `cli` (or the server) → `ops` → `store`; `model` holds the plain
//! types and their validation, `credentials` the password machinery, and `output` is the only
//! place that prints.

#![forbid(unsafe_code)]

pub mod cli;
pub mod config;
pub mod credentials;
pub mod error;
pub mod model;
pub mod oidc;
pub mod ops;
pub mod output;
pub mod saml;
pub mod store;
pub mod web;

pub use error::{Error, Result};
