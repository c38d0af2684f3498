//! Setting up a database for first use: the issuer, default settings and a signing key. Any command creates the schema on first use; `init` marks the database as set up.

use serde::Serialize;
use serde_json::json;

use crate::error::{Error, Result};
use crate::ops::{Doorman, record};
use crate::store;

/// The issuer a fresh installation uses (SPEC §5).
pub const DEFAULT_ISSUER: &str = "http://localhost:3001/oidc";

/// What `init` did.
#[derive(Debug, Clone, Serialize)]
pub struct InitReport {
    /// The database file.
    pub database: String,
    /// The issuer recorded in the database.
    pub issuer: String,
    /// The schema version.
    pub schema_version: u32,
    /// The key id of the current signing key.
    pub signing_key: String,
}

impl Doorman {
    /// Records the issuer, the default settings and a signing key. Refuses a database that was
    /// already set up.
    pub fn init(&mut self, issuer: Option<&str>) -> Result<InitReport> {
        let issuer = issuer.unwrap_or(DEFAULT_ISSUER);
        check_issuer(issuer)?;
        let now = self.clock.now();
        let database = self.store.path().display().to_string();
        let tx = self.store.transaction()?;
        if store::meta::get(&tx, "initialized_at")?.is_some() {
            return Err(Error::conflict(format!(
                "database '{database}' is already initialized; use --force to recreate it"
            )));
        }
        store::meta::set(&tx, "initialized_at", &now.to_rfc3339())?;
        store::meta::set(&tx, "issuer", issuer)?;
        let settings = store::settings::load(&tx)?;
        store::settings::save(&tx, &settings, now)?;
        let signing_key = crate::ops::clients::keys::ensure_current(&tx, now)?;
        record(
            &tx,
            &self.actor,
            now,
            "database.initialized",
            None,
            json!({ "issuer": issuer }),
        )?;
        let schema_version = store::migrations::version(&tx)?;
        tx.commit()?;
        Ok(InitReport {
            database,
            issuer: issuer.to_string(),
            schema_version,
            signing_key,
        })
    }

    /// The issuer recorded by `init`, if any.
    pub fn stored_issuer(&self) -> Result<Option<String>> {
        store::meta::get(self.store.conn(), "issuer")
    }

    /// The issuer the last `serve` on this database ran as, if any.
    pub fn served_issuer(&self) -> Result<Option<String>> {
        store::meta::get(self.store.conn(), "served_issuer")
    }

    /// The key the server signs the CSRF tokens of forms with, made on first need and kept so
    /// that a restart does not expire the forms open in browsers.
    pub fn csrf_key(&mut self) -> Result<String> {
        if let Some(key) = store::meta::get(self.store.conn(), "csrf_key")? {
            return Ok(key);
        }
        let key = crate::model::id::random_string(64);
        let tx = self.store.transaction()?;
        store::meta::set(&tx, "csrf_key", &key)?;
        tx.commit()?;
        Ok(key)
    }

    /// Records the issuer a starting server runs as, for the CLI's tokens and links (a write
    /// only when it changed, so a restart costs nothing).
    pub fn record_served_issuer(&mut self, issuer: &str) -> Result<()> {
        if self.served_issuer()?.as_deref() == Some(issuer) {
            return Ok(());
        }
        let tx = self.store.transaction()?;
        store::meta::set(&tx, "served_issuer", issuer)?;
        tx.commit()
    }
}

/// An issuer is an absolute http(s) URL without query or fragment (OIDC Discovery §3).
pub fn check_issuer(issuer: &str) -> Result<()> {
    let ok = crate::model::validate::web_url(issuer).is_some()
        && !issuer.contains(['?', '#'])
        && !issuer.ends_with('/');
    if ok {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "invalid issuer '{issuer}': use an absolute http(s) URL without a trailing slash, query or fragment"
        )))
    }
}
