//! What an administrator does to accounts beyond the CLI's everyday commands, as Logto's
//! Management API offers it: count users for pagination, set a password outside the password
//! policy (admin actions are exempt, as in Logto), check a password, and end every session of a
//! user (a suspension signs them out everywhere).

use serde_json::json;

use crate::error::Result;
use crate::model::user::{User, UserFilter};
use crate::ops::accounts::sessions::{LogoutNotice, end_session_in};
use crate::ops::{Doorman, record, resolve};
use crate::store::users as table;
use crate::store::{self};

impl Doorman {
    /// How many users a filter matches.
    pub fn count_users(&self, filter: &UserFilter) -> Result<u64> {
        table::count(self.store.conn(), filter)
    }

    /// Sets a password without the policy's rules (an administrator's choice).
    pub fn set_password_exempt(&mut self, user: &str, password: &str) -> Result<User> {
        let hash = self.hasher.hash(password)?;
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let mut stored = resolve::user(&tx, user)?;
        stored.password_hash = Some(hash);
        stored.user.has_password = true;
        stored.user.updated_at = now;
        table::update(&tx, &stored)?;
        record(
            &tx,
            &self.actor,
            now,
            "user.password_set",
            Some(&stored.user.id),
            json!({ "policy": "exempt" }),
        )?;
        tx.commit()?;
        Ok(stored.user)
    }

    /// Whether `password` is the user's.
    pub fn check_user_password(&self, user: &str, password: &str) -> Result<bool> {
        let stored = resolve::user(self.store.conn(), user)?;
        Ok(stored
            .password_hash
            .as_deref()
            .is_some_and(|hash| self.hasher.verify(password, hash)))
    }

    /// Ends every open session of a user; the back-channel notices their apps are owed.
    pub fn sign_out_everywhere(&mut self, user_id: &str) -> Result<Vec<LogoutNotice>> {
        let now = self.clock.now();
        if store::sessions::open_for_user(self.store.conn(), user_id, now)?.is_empty() {
            return Ok(Vec::new());
        }
        let issuer = self.issuer()?;
        let signer = self.current_signer()?;
        let tx = self.store.transaction()?;
        let mut notices = Vec::new();
        for session in store::sessions::open_for_user(&tx, user_id, now)? {
            notices.extend(end_session_in(
                &tx,
                &self.actor,
                &issuer,
                &signer,
                &session,
                now,
            )?);
        }
        tx.commit()?;
        Ok(notices)
    }
}
