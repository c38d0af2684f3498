//! Password reset: after a proven reset code, a new password checked by the policy; every
//! session of the user ends and their apps are told by back-channel logout.

use serde_json::json;

use crate::credentials::policy::Violation;
use crate::error::Result;
use crate::ops::accounts::sessions::{LogoutNotice, end_user_sessions_in};
use crate::ops::accounts::users::policy_violations;
use crate::ops::accounts::verification::{Purpose, account_of, spend, verified};
use crate::ops::federation::identity_links::drop_unverified_claims;
use crate::ops::{Doorman, record};
use crate::store::{self};

/// What a password reset came to.
#[derive(Debug, Clone)]
pub enum PasswordReset {
    /// Changed; the apps of the ended sessions are to be told.
    Done(Vec<LogoutNotice>),
    /// The policy refused the password; nothing changed.
    Refused(Vec<Violation>),
}

impl Doorman {
    /// Sets a new password after a verified reset code, checked by the policy, and ends every
    /// session of the user (their apps are told by back-channel logout). A password the policy
    /// refuses changes nothing and comes back with every broken rule.
    pub fn complete_password_reset(&mut self, id: &str, password: &str) -> Result<PasswordReset> {
        let now = self.clock.now();
        let issuer = self.issuer()?;
        let signer = self.current_signer()?;
        let tx = self.store.transaction()?;
        let stored = verified(&tx, id, Purpose::ResetPassword, now)?;
        let mut account = account_of(&tx, &stored)?;
        let policy = store::settings::load(&tx)?.password_policy;
        let broken = policy_violations(&policy, password, &account.user);
        if !broken.is_empty() {
            return Ok(PasswordReset::Refused(broken));
        }
        account.password_hash = Some(self.hasher.hash(password)?);
        account.user.has_password = true;
        account.user.updated_at = now;
        store::users::update(&tx, &account)?;
        let notices =
            end_user_sessions_in(&tx, &self.actor, &issuer, &signer, &account.user.id, now)?;
        record(
            &tx,
            &self.actor,
            now,
            "user.password_reset",
            Some(&account.user.id),
            json!({ "channel": stored.channel }),
        )?;
        if stored.target.contains('@') {
            drop_unverified_claims(&tx, &self.actor, now, &account.user.id, &stored.target)?;
        }
        spend(&tx, stored, now)?;
        tx.commit()?;
        Ok(PasswordReset::Done(notices))
    }
}
