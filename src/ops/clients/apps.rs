//! Application administration, shared by the CLI and (for client authentication) the server.

use serde_json::json;

use crate::credentials::client_secret;
use crate::error::{Error, Result};
use crate::model::app::{
    App, AppType, AppWithSecret, check_backchannel_uri, check_client_id, check_redirect_uri,
};
use crate::model::id::random_string;
use crate::model::validate;
use crate::ops::{Doorman, record, resolve};
use crate::store::apps::{self as table, StoredApp};

/// What `app create` asks for.
#[derive(Debug, Clone)]
pub struct NewApp {
    /// Display name.
    pub name: String,
    /// Kind of client.
    pub app_type: AppType,
    /// Redirect URIs.
    pub redirect_uris: Vec<String>,
    /// Post-logout redirect URIs.
    pub post_logout_redirect_uris: Vec<String>,
    /// Back-channel logout URI.
    pub backchannel_logout_uri: Option<String>,
    /// Ask users for consent.
    pub is_third_party: bool,
    /// A fixed client id; random when absent.
    pub client_id: Option<String>,
    /// A native app that may use the device authorization grant.
    pub device_flow: bool,
}

/// What `app update` changes; `None` leaves a field alone.
#[derive(Debug, Clone, Default)]
pub struct AppChanges {
    /// New name.
    pub name: Option<String>,
    /// New redirect URIs (the whole list).
    pub redirect_uris: Option<Vec<String>>,
    /// New post-logout redirect URIs (the whole list).
    pub post_logout_redirect_uris: Option<Vec<String>>,
    /// New back-channel URI; `Some(None)` clears it.
    pub backchannel_logout_uri: Option<Option<String>>,
    /// Third-party or not.
    pub is_third_party: Option<bool>,
    /// Device flow on or off.
    pub device_flow: Option<bool>,
    /// Custom claims to set for the app's users' tokens.
    pub claims: Vec<(String, serde_json::Value)>,
    /// Custom claims to remove.
    pub unset_claims: Vec<String>,
}

/// The most redirect and post-logout redirect URIs an app may have, together.
pub const MAX_REDIRECT_URIS: usize = 100;

/// Checks everything about an app that its type decides.
pub(crate) fn check_app(app: &App) -> Result<()> {
    if app.name.trim().is_empty() || app.name.chars().count() > 256 {
        return Err(Error::invalid(format!(
            "invalid app name '{}': use 1-256 characters",
            validate::shown(&app.name)
        )));
    }
    let uris = app.redirect_uris.len() + app.post_logout_redirect_uris.len();
    if uris > MAX_REDIRECT_URIS {
        return Err(Error::invalid(format!(
            "too many redirect URIs ({uris}): at most {MAX_REDIRECT_URIS} in all"
        )));
    }
    check_client_id(&app.client_id)?;
    for uri in app
        .redirect_uris
        .iter()
        .chain(&app.post_logout_redirect_uris)
    {
        check_redirect_uri(app.app_type, uri)?;
    }
    if let Some(uri) = &app.backchannel_logout_uri {
        check_backchannel_uri(app.app_type, uri)?;
    }
    if app.is_third_party && !app.app_type.signs_users_in() {
        return Err(Error::invalid(
            "machine-to-machine apps cannot be third-party",
        ));
    }
    if app.device_flow && app.app_type != AppType::Native {
        return Err(Error::invalid(format!(
            "a {} app cannot use the device flow: only native apps can (--type native --device-flow)",
            app.app_type.as_str()
        )));
    }
    Ok(())
}

impl Doorman {
    /// Creates an app; confidential apps get a secret, returned this once.
    pub fn create_app(&mut self, new: NewApp) -> Result<AppWithSecret> {
        let now = self.clock.now();
        let app = App {
            client_id: new.client_id.unwrap_or_else(|| random_string(21)),
            name: new.name,
            app_type: new.app_type,
            redirect_uris: dedup(new.redirect_uris),
            post_logout_redirect_uris: dedup(new.post_logout_redirect_uris),
            backchannel_logout_uri: new.backchannel_logout_uri,
            is_third_party: new.is_third_party,
            built_in: false,
            device_flow: new.device_flow,
            claims: serde_json::Map::new(),
            created_at: now,
            updated_at: now,
        };
        check_app(&app)?;
        let secret = app.app_type.is_confidential().then(client_secret::generate);
        let tx = self.store.transaction()?;
        if table::find(&tx, &app.client_id)?.is_some() {
            return Err(Error::conflict(format!(
                "client id '{}' is already used",
                app.client_id
            )));
        }
        let stored = StoredApp {
            app: app.clone(),
            secret_digest: secret.as_deref().map(client_secret::digest),
        };
        table::insert(&tx, &stored)?;
        record(
            &tx,
            &self.actor,
            now,
            "app.created",
            None,
            json!({ "client_id": app.client_id, "type": app.app_type.as_str() }),
        )?;
        tx.commit()?;
        Ok(AppWithSecret {
            app,
            client_secret: secret,
        })
    }

    /// All apps in creation order.
    pub fn list_apps(&self) -> Result<Vec<App>> {
        Ok(table::list(self.store.conn())?
            .into_iter()
            .map(|s| s.app)
            .collect())
    }

    /// The app with exactly this client id (the protocol never goes by name). With the
    /// playground off, its built-in client is as unknown as any; the account center's stays.
    pub fn find_client(&self, client_id: &str) -> Result<Option<App>> {
        Ok(table::find(self.store.conn(), client_id)?
            .map(|s| s.app)
            .filter(|app| {
                self.built_in_clients
                    || !app.built_in
                    || app.client_id == crate::ops::account_center::hosted::CLIENT_ID
            }))
    }

    /// One app by client id or unique name.
    pub fn show_app(&self, key: &str) -> Result<App> {
        Ok(resolve::app(self.store.conn(), key)?.app)
    }

    /// Changes an app's settings (not its type or client id).
    pub fn update_app(&mut self, key: &str, changes: AppChanges) -> Result<App> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let mut stored = resolve::app(&tx, key)?;
        let before = stored.clone();
        let app = &mut stored.app;
        if let Some(name) = changes.name {
            app.name = name;
        }
        if let Some(uris) = changes.redirect_uris {
            app.redirect_uris = dedup(uris);
        }
        if let Some(uris) = changes.post_logout_redirect_uris {
            app.post_logout_redirect_uris = dedup(uris);
        }
        if let Some(uri) = changes.backchannel_logout_uri {
            app.backchannel_logout_uri = uri;
        }
        if let Some(third) = changes.is_third_party {
            app.is_third_party = third;
        }
        if let Some(device) = changes.device_flow {
            app.device_flow = device;
        }
        for (name, value) in changes.claims {
            crate::oidc::custom_claims::check_name(&name)?;
            app.claims.insert(name, value);
        }
        for name in &changes.unset_claims {
            app.claims.remove(name);
        }
        check_app(app)?;
        if stored != before {
            stored.app.updated_at = now;
            table::update(&tx, &stored)?;
            record(
                &tx,
                &self.actor,
                now,
                "app.updated",
                None,
                json!({ "client_id": stored.app.client_id }),
            )?;
        }
        tx.commit()?;
        Ok(stored.app)
    }

    /// Deletes an app.
    pub fn delete_app(&mut self, key: &str) -> Result<App> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let stored = resolve::app(&tx, key)?;
        table::delete(&tx, &stored.app.client_id)?;
        record(
            &tx,
            &self.actor,
            now,
            "app.deleted",
            None,
            json!({ "client_id": stored.app.client_id }),
        )?;
        tx.commit()?;
        Ok(stored.app)
    }

    /// Replaces a confidential app's secret; the old one stops working at once.
    pub fn rotate_app_secret(&mut self, key: &str) -> Result<AppWithSecret> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let mut stored = resolve::app(&tx, key)?;
        if !stored.app.app_type.is_confidential() {
            return Err(Error::invalid(format!(
                "app '{}' is a public {} client and has no secret",
                stored.app.client_id,
                stored.app.app_type.as_str()
            )));
        }
        let secret = client_secret::generate();
        stored.secret_digest = Some(client_secret::digest(&secret));
        stored.app.updated_at = now;
        table::update(&tx, &stored)?;
        record(
            &tx,
            &self.actor,
            now,
            "app.secret_rotated",
            None,
            json!({ "client_id": stored.app.client_id }),
        )?;
        tx.commit()?;
        Ok(AppWithSecret {
            app: stored.app,
            client_secret: Some(secret),
        })
    }

    /// Authenticates a confidential client by id and secret (constant-time). The same error for
    /// an unknown client and a wrong secret, so neither can be probed.
    pub fn authenticate_client(&self, client_id: &str, secret: &str) -> Result<App> {
        let refused = || Error::invalid("client authentication failed");
        let stored = table::find(self.store.conn(), client_id)?.ok_or_else(refused)?;
        match &stored.secret_digest {
            Some(d) if client_secret::matches(secret, d) => Ok(stored.app),
            _ => Err(refused()),
        }
    }
}

fn dedup(list: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(list.len());
    for item in list {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}
