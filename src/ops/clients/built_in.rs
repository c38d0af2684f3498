//! doorman's own clients: the playground's and the account center's. Each is a public client
//! whose redirect URI is on doorman's own origin, registered by the server at start and pointed
//! at the origin it serves; an operator who deletes one keeps it deleted.

use serde_json::json;

use crate::error::Result;
use crate::model::app::{App, AppType};
use crate::ops::{Doorman, record};
use crate::store::apps::StoredApp;
use crate::store::{self};

/// A built-in client as the server registers it.
#[derive(Debug, Clone)]
pub struct BuiltIn<'a> {
    /// Its client id.
    pub client_id: &'a str,
    /// Its name, shown on the sign-in page.
    pub name: &'a str,
    /// The meta key that says it was registered once (so a deleted one stays deleted).
    pub registered_key: &'a str,
    /// Its one redirect URI.
    pub redirect_uri: String,
    /// Its one post-logout redirect URI.
    pub post_logout_redirect_uri: String,
}

impl Doorman {
    /// Registers `client` the first time, and points it at its URIs after. Writes only on a
    /// change.
    pub fn register_built_in(&mut self, client: &BuiltIn<'_>) -> Result<()> {
        let redirect_uris = vec![client.redirect_uri.clone()];
        let post_logout_redirect_uris = vec![client.post_logout_redirect_uri.clone()];
        let conn = self.store.conn();
        let existing = store::apps::find(conn, client.client_id)?;
        let registered = store::meta::get(conn, client.registered_key)?.is_some();
        let now = self.clock.now();
        match existing {
            Some(mut stored) if stored.app.built_in => {
                if stored.app.redirect_uris == redirect_uris
                    && stored.app.post_logout_redirect_uris == post_logout_redirect_uris
                {
                    return Ok(());
                }
                stored.app.redirect_uris = redirect_uris;
                stored.app.post_logout_redirect_uris = post_logout_redirect_uris;
                stored.app.updated_at = now;
                let tx = self.store.transaction()?;
                store::apps::update(&tx, &stored)?;
                tx.commit()
            }
            Some(_) => Ok(()),
            None if registered => Ok(()),
            None => {
                let app = App {
                    client_id: client.client_id.into(),
                    name: client.name.into(),
                    app_type: AppType::Spa,
                    redirect_uris,
                    post_logout_redirect_uris,
                    device_flow: false,
                    claims: serde_json::Map::new(),
                    backchannel_logout_uri: None,
                    is_third_party: false,
                    built_in: true,
                    created_at: now,
                    updated_at: now,
                };
                let tx = self.store.transaction()?;
                store::apps::insert(
                    &tx,
                    &StoredApp {
                        app,
                        secret_digest: None,
                    },
                )?;
                store::meta::set(&tx, client.registered_key, "1")?;
                record(
                    &tx,
                    &self.actor,
                    now,
                    "app.created",
                    None,
                    json!({ "client_id": client.client_id, "built_in": true }),
                )?;
                tx.commit()
            }
        }
    }
}
