//! Deleting an account, from the CLI or by its owner through the Account API: the user's open
//! sessions end first (their apps are owed back-channel logouts), then the user goes with
//! everything that hangs off them by cascade; the audit log keeps the event.

use serde_json::json;

use crate::error::Result;
use crate::model::user::User;
use crate::ops::accounts::sessions::{LogoutNotice, end_user_sessions_in};
use crate::ops::{Doorman, record, resolve};
use crate::store::users as table;
use crate::store::{self};

impl Doorman {
    /// Deletes a user and, by cascade, everything that belongs to them (grants and their
    /// tokens, memberships, identities, factors); the audit log keeps the event. Their open
    /// sessions end first, so the apps of each hear of it: the notices to send come back.
    pub fn delete_user(&mut self, key: &str) -> Result<Deleted> {
        let now = self.clock.now();
        let id = resolve::user(self.store.conn(), key)?.user.id;
        // Signing needs the issuer and a key, which a database nobody signed in to may lack.
        let signing = match store::sessions::open_for_user(self.store.conn(), &id, now)?.is_empty()
        {
            true => None,
            false => Some((self.issuer()?, self.current_signer()?)),
        };
        let tx = self.store.transaction()?;
        let stored = resolve::user(&tx, &id)?;
        let notices = match &signing {
            Some((issuer, signer)) => {
                end_user_sessions_in(&tx, &self.actor, issuer, signer, &stored.user.id, now)?
            }
            None => Vec::new(),
        };
        table::delete(&tx, &stored.user.id)?;
        let who = json!({ "username": stored.user.username, "email": stored.user.email });
        record(
            &tx,
            &self.actor,
            now,
            "user.deleted",
            Some(&stored.user.id),
            who,
        )?;
        tx.commit()?;
        Ok(Deleted {
            user: stored.user,
            notices,
        })
    }
}

/// A deleted user, and the back-channel logout notices their ended sessions owe their apps.
#[derive(Debug)]
pub struct Deleted {
    /// The user as they were.
    pub user: User,
    /// What to tell the apps of their sessions.
    pub notices: Vec<LogoutNotice>,
}
