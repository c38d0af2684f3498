//! What a user has let a third-party app have: the scopes they allowed on the consent page,
//! remembered per user and app so the page is not shown again for the same scopes.

use serde_json::json;

use crate::error::Result;
use crate::model::app::App;
use crate::oidc::scope;
use crate::ops::{Doorman, record};
use crate::store;

impl Doorman {
    /// Whether the user's stored consent to this app covers these scopes.
    pub fn consent_covers(&self, app: &App, user_id: &str, scopes: &[String]) -> Result<bool> {
        let given = store::consents::find(self.store.conn(), user_id, &app.client_id)?;
        Ok(given.is_some_and(|g| scope::covers(&scope::parse(&g), scopes)))
    }

    /// Remembers that the user let the app have these scopes (added to what they allowed
    /// before).
    pub fn record_consent(&mut self, app: &App, user_id: &str, scopes: &[String]) -> Result<()> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let mut all = store::consents::find(&tx, user_id, &app.client_id)?
            .map(|s| scope::parse(&s))
            .unwrap_or_default();
        for s in scopes {
            if !scope::has(&all, s) {
                all.push(s.clone());
            }
        }
        store::consents::upsert(&tx, user_id, &app.client_id, &scope::join(&all), now)?;
        record(
            &tx,
            &self.actor,
            now,
            "consent.granted",
            Some(user_id),
            json!({ "client_id": app.client_id, "scope": scope::join(scopes) }),
        )?;
        tx.commit()?;
        Ok(())
    }
}
