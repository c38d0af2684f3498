//! `doorman serve`: the OpenID Connect provider, over hyper's HTTP/1.1. Each of the
//! `server.workers` threads runs a single-threaded tokio runtime with its own database
//! connection; connections are tasks on the worker that accepted them; shutdown on SIGINT or
//! SIGTERM closes idle connections and lets every request in flight finish. Handlers turn requests into `ops` calls and the results
//! into responses: protocol rules live in `oidc`, data in `ops` and `store`.

pub mod api;
pub mod common;
pub mod engine;
pub mod oidc;
pub mod pages;
pub mod saml;
pub mod testing;

pub use engine::server::{ServeOptions, Started, serve, start};
