//! Running an installation: first-use setup, the sign-in experience settings, fixtures, the
//! way up to Logto and back, the audit trail, the outbox and housekeeping.

pub mod audit;
pub mod fixtures;
pub mod housekeeping;
pub mod init;
pub mod logto;
pub mod outbox;
pub mod settings;
pub mod snapshot;
