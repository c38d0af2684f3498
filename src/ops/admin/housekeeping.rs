//! Housekeeping: what the server clears away now and then so the database does not grow with
//! traffic. Lapsed verifications (with the pending registrations they carry) and authorization
//! codes go a day after they lapse (until then a late attempt still gets "expired" rather than
//! "unknown"); the outbox is cut to its [`Retention`].

use serde::Serialize;

use crate::error::Result;
use crate::model::outbox::Retention;
use crate::model::timestamp::Timestamp;
use crate::ops::Doorman;
use crate::store::{codes, devices, outbox, verifications};

/// How long after lapsing a record is kept.
pub const GRACE_SECONDS: i64 = 86_400;

/// What one sweep removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Swept {
    /// Verifications, pending registrations among them.
    pub verifications: usize,
    /// Authorization codes.
    pub codes: usize,
    /// Device requests.
    pub devices: usize,
    /// Outbox messages.
    pub messages: usize,
}

impl Doorman {
    /// Removes what has lapsed and what the outbox retention leaves out, in one transaction.
    pub fn sweep(&mut self, retention: &Retention) -> Result<Swept> {
        let now = self.clock.now().unix();
        let tx = self.store.transaction()?;
        let lapsed = Timestamp::from_unix(now - GRACE_SECONDS);
        let swept = Swept {
            verifications: verifications::purge_expired(&tx, lapsed)?,
            codes: codes::purge_expired(&tx, lapsed)?,
            devices: devices::purge_expired(&tx, lapsed)?,
            messages: outbox::prune(
                &tx,
                Timestamp::from_unix(now - retention.keep_for),
                retention.per_recipient,
                retention.total,
            )?,
        };
        tx.commit()?;
        Ok(swept)
    }
}
