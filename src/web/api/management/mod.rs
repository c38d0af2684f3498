//! Logto's Management API: what a back office or a script does with doorman's data, authorised
//! as Logto authorises it, by a machine-to-machine app's JWT for `https://default.logto.app/api`
//! with the scope `all`. Every write goes through the same operations as the CLI, audited with
//! the app as the actor.

pub mod admin;
pub mod resources;
pub mod users;
