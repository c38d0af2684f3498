//! `doorman serve`: the OpenID Connect provider, over hyper's HTTP/1.1. Each of the
//! `server.workers` threads runs a single-threaded tokio runtime with its own database
//! connection; connections are tasks on the worker that accepted them; shutdown on SIGINT or
//! SIGTERM closes idle connections and lets every request in flight finish. Handlers turn requests into `ops` calls and the results
//! into responses: protocol rules live in `oidc`, data in `ops` and `store`.

pub mod authorize;
pub mod backchannel;
pub mod code_limits;
pub mod connectors;
pub mod consent;
pub mod endpoints;
pub mod home;
pub mod host;
pub mod http;
pub mod i18n;
pub mod identifiers;
pub mod mfa;
pub mod outbox;
pub mod page_context;
pub mod pages;
pub mod parked;
pub mod passkey;
pub mod playground;
pub mod playground_pages;
pub mod ratelimit;
pub mod register;
pub mod reset;
pub mod responses;
pub mod router;
pub mod server;
pub mod session;
pub mod sign_in;
pub mod sign_out;
pub mod state;
pub mod sweeper;
pub mod transport;
pub mod verify;

pub use server::{ServeOptions, Started, serve, start};
