//! The applications that ask for tokens and what they get: apps and their secrets, consent,
//! signing keys, the grants and tokens, and the playground's built-in client.

pub mod apps;
pub mod built_in;
pub mod consent;
pub mod keys;
pub mod management_access;
pub mod playground;
pub mod tokens;
