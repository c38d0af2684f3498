//! `doorman serve`: the OpenID Connect provider over a small HTTP/1.1 transport of its own.
//! Each connection gets a thread, which borrows one of `server.workers` database connections
//! for each request; shutdown on SIGINT or SIGTERM lets every request in flight finish. Handlers turn requests into `ops` calls and the
//! results into responses: protocol rules live in `oidc`, data in `ops` and `store`.

pub mod account;
pub mod backchannel;
pub mod endpoints;
pub mod flow;
pub mod http;
pub mod i18n;
pub mod logout;
pub mod pages;
pub mod ratelimit;
pub mod router;
pub mod server;
pub mod transport;

pub use server::{ServeOptions, Started, serve, start};
