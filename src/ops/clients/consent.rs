//! What a user has let a third-party app have, remembered per user and app so the page is not
//! shown again for what they allowed: the scopes doorman itself knows (`openid`, `email`, ...)
//! and, per API resource, the permissions of that API. A permission is consented for one API
//! only: `read` allowed for Photos is not `read` for a bank's API that also defines `read`.

use serde_json::json;

use crate::error::Result;
use crate::model::app::App;
use crate::oidc::scope;
use crate::ops::{Doorman, record};
use crate::store;

/// What an authorization request asks the user to allow.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConsentRequest {
    /// The scopes doorman itself knows, as asked for.
    pub user_scopes: Vec<String>,
    /// Per registered API asked for: its name, its indicator and the permissions it defines
    /// among the scopes asked for (APIs that get none are left out).
    pub apis: Vec<ApiConsent>,
}

/// An API's part of a consent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiConsent {
    /// Display name.
    pub name: String,
    /// Resource indicator.
    pub indicator: String,
    /// Its permissions asked for.
    pub scopes: Vec<String>,
}

impl ConsentRequest {
    /// The entries a stored consent holds for this request: user scopes as they are, and an
    /// API's permission as `<indicator>#<scope>` (an indicator has no fragment, RFC 8707 §2).
    fn entries(&self) -> Vec<String> {
        let mut entries = self.user_scopes.clone();
        for api in &self.apis {
            entries.extend(api.scopes.iter().map(|s| format!("{}#{s}", api.indicator)));
        }
        entries
    }
}

impl Doorman {
    /// What a request for `scopes` and `resources` asks the user to allow. A scope that is
    /// neither one doorman knows nor a permission of a requested API grants nothing, and is not
    /// asked about.
    pub fn consent_request(
        &self,
        scopes: &[String],
        resources: &[String],
    ) -> Result<ConsentRequest> {
        let conn = self.store.conn();
        let mut apis = Vec::new();
        for indicator in resources {
            let Some(resource) = store::resources::find_by_indicator(conn, indicator)? else {
                continue;
            };
            let asked: Vec<String> = resource
                .scopes
                .iter()
                .filter(|s| scope::has(scopes, &s.name))
                .map(|s| s.name.clone())
                .collect();
            if !asked.is_empty() {
                apis.push(ApiConsent {
                    name: resource.name,
                    indicator: resource.indicator,
                    scopes: asked,
                });
            }
        }
        Ok(ConsentRequest {
            user_scopes: scope::user_scopes(scopes),
            apis,
        })
    }

    /// Whether the user's stored consent to this app covers the request: every user scope, and
    /// every API permission for that same API.
    pub fn consent_covers(
        &self,
        app: &App,
        user_id: &str,
        request: &ConsentRequest,
    ) -> Result<bool> {
        let given = store::consents::find(self.store.conn(), user_id, &app.client_id)?;
        Ok(given.is_some_and(|g| scope::covers(&scope::parse(&g), &request.entries())))
    }

    /// Remembers that the user let the app have what the request asked (added to what they
    /// allowed before).
    pub fn record_consent(
        &mut self,
        app: &App,
        user_id: &str,
        request: &ConsentRequest,
    ) -> Result<()> {
        let now = self.clock.now();
        let entries = request.entries();
        let tx = self.store.transaction()?;
        let mut all = store::consents::find(&tx, user_id, &app.client_id)?
            .map(|s| scope::parse(&s))
            .unwrap_or_default();
        for entry in &entries {
            if !scope::has(&all, entry) {
                all.push(entry.clone());
            }
        }
        store::consents::upsert(&tx, user_id, &app.client_id, &scope::join(&all), now)?;
        record(
            &tx,
            &self.actor,
            now,
            "consent.granted",
            Some(user_id),
            json!({ "client_id": app.client_id, "scope": scope::join(&entries) }),
        )?;
        tx.commit()?;
        Ok(())
    }
}
