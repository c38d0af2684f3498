//! Reading the audit trail.

use crate::error::Result;
use crate::model::audit::Event;
use crate::ops::Doorman;
use crate::ops::resolve;
use crate::store::audit;

impl Doorman {
    /// Events newest first, optionally about one user (given as id, email, username or phone).
    /// A deleted user's events are still found by their id.
    pub fn audit(&self, user: Option<&str>, limit: u32) -> Result<Vec<Event>> {
        let conn = self.store.conn();
        let user_id = user.map(|key| match resolve::user(conn, key) {
            Ok(found) => found.user.id,
            Err(_) => key.to_string(),
        });
        audit::list(conn, user_id.as_deref(), limit)
    }
}
