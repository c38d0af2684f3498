//! What a user does with their own sign-ins through the Account API: the browser sessions they
//! have open (ending one ends what its apps were given, with back-channel notices) and the
//! grants their apps hold (revoking one ends its tokens). Only the user's own are found.

use serde_json::json;

use crate::error::Result;
use crate::model::app::App;
use crate::model::session::Session;
use crate::ops::accounts::sessions::LogoutNotice;
use crate::ops::{Doorman, record};
use crate::store::grants::StoredGrant;
use crate::store::{self};

/// A grant with the app that holds it (`None` when the app was deleted meanwhile).
#[derive(Debug, Clone)]
pub struct AuthorizedApp {
    /// The grant.
    pub grant: StoredGrant,
    /// Its app.
    pub app: Option<App>,
}

impl Doorman {
    /// The user's open sessions.
    pub fn open_sessions(&self, user_id: &str) -> Result<Vec<Session>> {
        store::sessions::open_for_user(self.store.conn(), user_id, self.clock.now())
    }

    /// Ends one of the user's sessions; `None` when it is not an open session of theirs.
    pub fn end_own_session(
        &mut self,
        user_id: &str,
        session_id: &str,
    ) -> Result<Option<Vec<LogoutNotice>>> {
        let own = store::sessions::find(self.store.conn(), session_id)?
            .is_some_and(|s| s.user_id == user_id && s.ended_at.is_none());
        if !own {
            return Ok(None);
        }
        self.end_session(session_id).map(Some)
    }

    /// The user's live grants, newest first, with their apps.
    pub fn authorized_apps(&self, user_id: &str) -> Result<Vec<AuthorizedApp>> {
        let conn = self.store.conn();
        store::grants::live_for_user(conn, user_id)?
            .into_iter()
            .map(|grant| {
                let app = store::apps::find(conn, &grant.client_id)?.map(|s| s.app);
                Ok(AuthorizedApp { grant, app })
            })
            .collect()
    }

    /// Revokes one of the user's grants (its tokens stop working); false when it is not a live
    /// grant of theirs.
    pub fn revoke_own_grant(&mut self, user_id: &str, grant_id: &str) -> Result<bool> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let own = store::grants::find(&tx, grant_id)?
            .is_some_and(|g| g.user_id == user_id && g.revoked_at.is_none());
        if !own || !store::grants::revoke(&tx, grant_id, now)? {
            return Ok(false);
        }
        record(
            &tx,
            &self.actor,
            now,
            "grant.revoked",
            Some(user_id),
            json!({ "grant_id": grant_id }),
        )?;
        tx.commit()?;
        Ok(true)
    }
}
