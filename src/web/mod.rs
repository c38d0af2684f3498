//! `doorman serve`: the OpenID Connect provider over tiny_http. Worker threads each hold their
//! own database connection and pull requests from one shared listener; shutdown on SIGINT or
//! SIGTERM lets every request in flight finish. Handlers turn requests into `ops` calls and the
//! results into responses: protocol rules live in `oidc`, data in `ops` and `store`.

pub mod backchannel;
pub mod endpoints;
pub mod flow;
pub mod http;
pub mod logout;
pub mod pages;
pub mod ratelimit;
pub mod router;
pub mod server;

pub use server::{ServeOptions, Started, serve, start};
