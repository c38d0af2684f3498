//! What an administrator does to accounts beyond the CLI's everyday commands, as Logto's
//! Management API offers it: count users for pagination, check a password, and end every
//! session of a user (a suspension signs them out everywhere). An administrator's password
//! is exempt from the policy by being hashed before it is set (`PasswordInput::Hash`).

use crate::error::Result;
use crate::model::user::UserFilter;
use crate::ops::accounts::sessions::{LogoutNotice, end_user_sessions_in};
use crate::ops::{Doorman, resolve};
use crate::store::users as table;
use crate::store::{self};

impl Doorman {
    /// How many users a filter matches.
    pub fn count_users(&self, filter: &UserFilter) -> Result<u64> {
        table::count(self.store.conn(), filter)
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
        let notices = end_user_sessions_in(&tx, &self.actor, &issuer, &signer, user_id, now)?;
        tx.commit()?;
        Ok(notices)
    }
}
