//! The engine under every handler: hyper's transport and the worker threads, the listener and
//! shutdown, the host allow-list, the router, the state handlers share, and the sweeper. Nothing
//! here knows what a page or an endpoint says.

pub mod host;
pub mod router;
pub mod server;
pub mod state;
pub mod sweeper;
pub mod tls;
pub mod transport;
