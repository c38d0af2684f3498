//! The use cases. The CLI and the server call these and nothing below them, so each rule
//! lives here once. Every operation that writes runs in exactly one transaction, committed at its
//! end: a failure anywhere leaves the database as it was. (The server defers the commits of a
//! request's operations to its end, where they land together; each is still all-or-nothing.)

pub mod account_center;
pub mod accounts;
pub mod admin;
pub mod clients;
pub mod clock;
pub mod federation;
pub mod organizations;
pub mod resolve;

use std::cell::{OnceCell, RefCell};
use std::path::PathBuf;
use std::sync::Arc;

use rusqlite::Connection;

use crate::credentials::password::{Hasher, HashingCost};
use crate::error::{Error, Result};
use crate::model::id::new_id;
use crate::model::timestamp::Timestamp;
use crate::model::token::Lifetimes;
use crate::store::{self, Store};
pub use clock::{Clock, ControlledClock};

/// Everything an operation needs: the database, how to hash passwords, who is acting, and the
/// clock.
pub struct Doorman {
    /// The open database.
    pub store: Store,
    /// The password hasher at the configured cost.
    pub hasher: Hasher,
    /// Who the audit log says did it.
    pub actor: String,
    /// The clock.
    pub clock: Clock,
    /// The issuer from flags or config, which wins over the one `init` stored.
    pub issuer: Option<String>,
    /// Token and session lifetimes.
    pub lifetimes: Lifetimes,
    /// Whether built-in clients (the playground's) may sign in: a server with the playground
    /// off refuses its client like an unknown one.
    pub built_in_clients: bool,
    /// Calls to upstream providers (connectors), with their discovery and key caches.
    pub upstreams: federation::upstream::Upstreams,
    /// A hash to verify against when a sign-in names nobody, made on first need.
    decoy: OnceCell<String>,
    /// The current signing key, parsed once per rotation.
    signer_cache: RefCell<Option<Arc<crate::oidc::keys::Signer>>>,
    /// The settings last parsed, kept until the stored document changes.
    settings_cache: store::settings::Cache,
    /// The published signing keys, kept until the set of published key ids changes.
    jwks_cache: RefCell<Option<clients::keys::PublishedKeys>>,
}

/// What opening the operations context needs, as the validated configuration gives it: the
/// CLI and every server worker open a [`Doorman`] from one of these.
#[derive(Debug, Clone)]
pub struct Setup {
    /// The SQLite file.
    pub database: PathBuf,
    /// The argon2id cost.
    pub hashing: HashingCost,
    /// The clock (a pinned one for tests of expiry rules).
    pub clock: Clock,
    /// The configured issuer, which wins over the one `init` stored.
    pub issuer: Option<String>,
    /// Token and session lifetimes.
    pub lifetimes: Lifetimes,
    /// CA certificates trusted besides the system's for calls to upstream providers.
    pub ca_file: Option<PathBuf>,
}

impl Doorman {
    /// Opens the database and builds the operations context `setup` describes, acting as
    /// `actor` in the audit log.
    pub fn open(setup: &Setup, actor: impl Into<String>) -> Result<Doorman> {
        let store = Store::open(&setup.database)?;
        let hasher = Hasher::new(setup.hashing)?;
        let mut doorman = Doorman::new(store, hasher, actor, setup.clock);
        doorman.issuer = setup.issuer.clone();
        doorman.lifetimes = setup.lifetimes;
        if setup.ca_file.is_some() {
            doorman.upstreams = federation::upstream::Upstreams::new(Box::new(
                federation::upstream::Ureq::trusting(setup.ca_file.clone()),
            ));
        }
        Ok(doorman)
    }

    /// Bundles the pieces.
    pub fn new(store: Store, hasher: Hasher, actor: impl Into<String>, clock: Clock) -> Self {
        Doorman {
            store,
            hasher,
            actor: actor.into(),
            clock,
            issuer: None,
            lifetimes: Lifetimes::default(),
            built_in_clients: true,
            upstreams: federation::upstream::Upstreams::default(),
            decoy: OnceCell::new(),
            signer_cache: RefCell::new(None),
            settings_cache: store::settings::Cache::default(),
            jwks_cache: RefCell::new(None),
        }
    }

    /// A server request begins: the settings it reads are read from the database once and used
    /// again for the rest of the request (a sign-in flow asked a dozen times per request),
    /// unless this process saves new ones meanwhile.
    pub fn begin_request(&self) {
        self.settings_cache.pin_from_now();
    }

    /// Runs `operation` with `actor` as the audit log's actor (an API's caller), and restores
    /// the connection's own actor after: a server worker's `Doorman` serves every request.
    pub fn acting_as<T>(&mut self, actor: String, operation: impl FnOnce(&mut Doorman) -> T) -> T {
        let own = std::mem::replace(&mut self.actor, actor);
        let result = operation(self);
        self.actor = own;
        result
    }

    /// The issuer URL: configured (flag or config file), else the one the last `serve` on
    /// this database ran as (so `token issue` mints what a server on a random port accepts),
    /// else recorded by `init`, else the default.
    pub fn issuer(&self) -> Result<String> {
        if let Some(issuer) = &self.issuer {
            return Ok(issuer.clone());
        }
        if let Some(served) = self.served_issuer()? {
            return Ok(served);
        }
        Ok(self
            .stored_issuer()?
            .unwrap_or_else(|| admin::init::DEFAULT_ISSUER.to_string()))
    }

    /// Where the hosted pages live: the issuer's scheme, host and port
    /// (`http://localhost:3001`).
    pub fn base_url(&self) -> Result<String> {
        let issuer = self.issuer()?;
        let url = url::Url::parse(&issuer)
            .map_err(|e| Error::invalid(format!("invalid issuer '{issuer}': {e}")))?;
        Ok(url[..url::Position::BeforePath].to_string())
    }
}

/// Appends an audit event inside the caller's transaction.
pub(crate) fn record(
    conn: &Connection,
    actor: &str,
    now: Timestamp,
    event: &str,
    user_id: Option<&str>,
    detail: serde_json::Value,
) -> Result<()> {
    store::audit::insert(
        conn,
        &crate::model::audit::Event {
            id: new_id(),
            at: now,
            actor: actor.to_string(),
            event: event.to_string(),
            user_id: user_id.map(str::to_string),
            detail,
        },
    )
}

#[cfg(test)]
pub(crate) mod tests;
