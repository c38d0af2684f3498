//! The outbox: where every email and SMS doorman would send is written instead, so developers and
//! tests read verification codes and invitation links without a mail server.

use rusqlite::Connection;

use crate::error::Result;
use crate::model::id::new_id;
use crate::model::outbox::{Channel, Message};
use crate::model::timestamp::Timestamp;
use crate::ops::Doorman;
use crate::store::outbox;

/// Writes a message into the outbox inside the caller's transaction.
pub fn deliver(
    conn: &Connection,
    now: Timestamp,
    channel: Channel,
    to: &str,
    subject: Option<&str>,
    body: &str,
) -> Result<Message> {
    let message = Message {
        id: new_id(),
        created_at: now,
        channel,
        to: to.to_string(),
        subject: subject.map(str::to_string),
        body: body.to_string(),
    };
    outbox::insert(conn, &message)?;
    Ok(message)
}

impl Doorman {
    /// Messages newest first, optionally only to one address, optionally only the newest.
    pub fn outbox(&self, to: Option<&str>, last: bool) -> Result<Vec<Message>> {
        outbox::list(self.store.conn(), to, last.then_some(1), 0)
    }

    /// One page of messages, newest first: `limit` of them after skipping `offset`.
    pub fn outbox_page(&self, to: Option<&str>, limit: u32, offset: u32) -> Result<Vec<Message>> {
        outbox::list(self.store.conn(), to, Some(limit), offset)
    }

    /// Sends a message now (to the outbox), in its own transaction.
    pub fn send_message(
        &mut self,
        channel: Channel,
        to: &str,
        subject: Option<&str>,
        body: &str,
    ) -> Result<Message> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let message = deliver(&tx, now, channel, to, subject, body)?;
        tx.commit()?;
        Ok(message)
    }
}
