//! Configuration: the YAML file (`--config`, `DOORMAN_CONFIG`, or `./doorman.yaml` if present),
//! overridden by environment variables and flags, validated once into one [`Config`] value.
//! An unknown key or a wrong type is an error naming the key, never silently ignored.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::credentials::password::HashingCost;
use crate::error::{Error, Result};
use crate::model::duration::parse_seconds;
use crate::model::outbox::Retention;
use crate::model::timestamp::Timestamp;
use crate::model::token::Lifetimes;
use crate::ops::admin::init::check_issuer;
use crate::ops::{Clock, Setup};

/// The default config file, read only when it exists.
pub const DEFAULT_CONFIG_FILE: &str = "doorman.yaml";
/// The default database file.
pub const DEFAULT_DATABASE: &str = "doorman.db";

/// The config file's shape. Every key is documented in `config.example.yaml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ConfigFile {
    /// The SQLite file, relative to the working directory.
    pub database: Option<PathBuf>,
    /// The issuer URL the server calls itself.
    pub issuer: Option<String>,
    /// The argon2id cost for new password hashes.
    pub password_hashing: HashingCost,
    /// `doorman serve`: listener, workers, lifetimes, rate limits.
    pub server: ServerConfig,
    /// Calls to upstream providers (connectors).
    pub connectors: ConnectorsConfig,
}

/// The `connectors` section: how doorman reaches upstream providers.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ConnectorsConfig {
    /// A PEM file of CA certificates trusted besides the system's (a company proxy's, an
    /// mkcert CA, a test upstream's own certificate).
    pub ca_file: Option<PathBuf>,
}

/// The `server` section: everything `doorman serve` needs beyond the database.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ServerConfig {
    /// Interface to listen on.
    pub host: String,
    /// Port to listen on.
    pub port: u16,
    /// Worker threads; the number of cores when absent.
    pub workers: Option<usize>,
    /// How long tokens, codes and sessions live.
    pub lifetimes: LifetimesConfig,
    /// Failed sign-in limits.
    pub rate_limits: RateLimitsConfig,
    /// The `/dev/outbox` page, which shows every verification code: on by default only when
    /// listening on loopback.
    pub dev_outbox: Option<bool>,
    /// How much of the outbox the server keeps.
    pub outbox: OutboxConfig,
    /// The playground at `/` and its built-in client: on by default only when listening on
    /// loopback.
    pub playground: Option<bool>,
    /// Host names served besides the issuer's, loopback and IP addresses (against DNS
    /// rebinding); `.example.com` allows a domain and its subdomains.
    pub allowed_hosts: Vec<String>,
    /// The test controls under `/dev/` (clock, scripted outcomes, headless sign-in of test
    /// users, reset): off unless asked for, and only ever on a loopback listener.
    pub test_controls: bool,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            host: "127.0.0.1".into(),
            port: 3001,
            workers: None,
            lifetimes: LifetimesConfig::default(),
            rate_limits: RateLimitsConfig::default(),
            dev_outbox: None,
            outbox: OutboxConfig::default(),
            playground: None,
            allowed_hosts: Vec::new(),
            test_controls: false,
        }
    }
}

impl ServerConfig {
    /// The lifetimes in seconds.
    pub fn lifetimes(&self) -> Result<Lifetimes> {
        let l = &self.lifetimes;
        let parse = |key: &str, v: &str| {
            parse_seconds(v).map_err(|e| e.context(format!("server.lifetimes.{key}")))
        };
        Ok(Lifetimes {
            id_token: parse("id_token", &l.id_token)?,
            access_token: parse("access_token", &l.access_token)?,
            refresh_token: parse("refresh_token", &l.refresh_token)?,
            session: parse("session", &l.session)?,
            authorization_code: parse("authorization_code", &l.authorization_code)?,
            interaction: Lifetimes::default().interaction,
        })
    }
}

/// Lifetimes as durations (`60s`, `1h`, `14d`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LifetimesConfig {
    /// ID tokens.
    pub id_token: String,
    /// Access tokens.
    pub access_token: String,
    /// Refresh tokens.
    pub refresh_token: String,
    /// Browser sessions.
    pub session: String,
    /// Authorization codes.
    pub authorization_code: String,
}

impl Default for LifetimesConfig {
    fn default() -> Self {
        LifetimesConfig {
            id_token: "1h".into(),
            access_token: "1h".into(),
            refresh_token: "14d".into(),
            session: "14d".into(),
            authorization_code: "60s".into(),
        }
    }
}

/// The outbox retention, as written in the config file.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct OutboxConfig {
    /// How long a message is kept (`7d`).
    pub keep_for: String,
    /// The newest messages kept per address.
    pub keep_per_address: u32,
    /// The newest messages kept in all.
    pub keep: u32,
}

impl Default for OutboxConfig {
    fn default() -> Self {
        let defaults = Retention::default();
        OutboxConfig {
            keep_for: "7d".into(),
            keep_per_address: defaults.per_recipient,
            keep: defaults.total,
        }
    }
}

impl OutboxConfig {
    /// The retention the server sweeps the outbox to.
    pub fn retention(&self) -> Result<Retention> {
        Ok(Retention {
            keep_for: parse_seconds(&self.keep_for)
                .map_err(|e| e.context("server.outbox.keep_for"))?,
            per_recipient: self.keep_per_address,
            total: self.keep,
        })
    }
}

/// Failed sign-in and one-time code limits.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RateLimitsConfig {
    /// Failures allowed per identifier within the window.
    pub failures_per_identifier: u32,
    /// Failures allowed per client IP within the window.
    pub failures_per_ip: u32,
    /// One-time codes sent to one address within the window.
    pub codes_per_address: u32,
    /// One-time codes sent for one client IP within the window.
    pub codes_per_ip: u32,
    /// Wrong one-time codes for one address within the window, across its verifications;
    /// then no code for it is checked until the window has passed.
    pub wrong_codes_per_address: u32,
    /// The window (`15m`).
    pub window: String,
    /// Whether the per-IP limits also count loopback clients (127.0.0.1, ::1). Off by default:
    /// locally every client shares that address.
    pub per_ip_on_loopback: bool,
}

impl Default for RateLimitsConfig {
    fn default() -> Self {
        RateLimitsConfig {
            failures_per_identifier: 5,
            failures_per_ip: 20,
            codes_per_address: 5,
            codes_per_ip: 30,
            wrong_codes_per_address: 10,
            window: "15m".into(),
            per_ip_on_loopback: false,
        }
    }
}

impl RateLimitsConfig {
    /// The window in seconds.
    pub fn window_seconds(&self) -> Result<i64> {
        parse_seconds(&self.window).map_err(|e| e.context("server.rate_limits.window"))
    }
}

/// What the command line and environment said, before the file is read.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    /// `--config` / `DOORMAN_CONFIG`.
    pub config: Option<PathBuf>,
    /// `--db` / `DOORMAN_DB`.
    pub database: Option<PathBuf>,
    /// `--issuer` on commands that take it.
    pub issuer: Option<String>,
    /// `DOORMAN_NOW`: pins the clock (RFC 3339), for tests of expiry rules.
    pub now: Option<String>,
}

/// The validated configuration a command runs with.
#[derive(Debug, Clone)]
pub struct Config {
    /// The SQLite file.
    pub database: PathBuf,
    /// The issuer, if configured (the database's or the default applies otherwise).
    pub issuer: Option<String>,
    /// The argon2id cost.
    pub password_hashing: HashingCost,
    /// A pinned clock.
    pub now: Option<Timestamp>,
    /// The `server` section.
    pub server: ServerConfig,
    /// The `connectors` section.
    pub connectors: ConnectorsConfig,
}

impl Config {
    /// What the operations need from this configuration, for
    /// [`Doorman::open`](crate::ops::Doorman::open); the CLI and
    /// every server worker start there.
    pub fn setup(&self) -> Result<Setup> {
        Ok(Setup {
            database: self.database.clone(),
            hashing: self.password_hashing,
            clock: self.now.map_or(Clock::System, Clock::Fixed),
            issuer: self.issuer.clone(),
            lifetimes: self.server.lifetimes()?,
            ca_file: self.connectors.ca_file.clone(),
        })
    }

    /// Reads the config file (if any) and applies the overrides.
    pub fn load(overrides: Overrides) -> Result<Config> {
        let file = match &overrides.config {
            Some(path) => read_file(path)?,
            None if Path::new(DEFAULT_CONFIG_FILE).is_file() => {
                read_file(Path::new(DEFAULT_CONFIG_FILE))?
            }
            None => ConfigFile::default(),
        };
        if let Some(path) = &file.connectors.ca_file {
            crate::ops::federation::upstream::read_ca_file(path)
                .map_err(|e| e.context("connectors.ca_file"))?;
        }
        let issuer = overrides.issuer.or(file.issuer);
        if let Some(issuer) = &issuer {
            check_issuer(issuer)?;
        }
        let now = overrides
            .now
            .as_deref()
            .map(|t| Timestamp::parse(t).map_err(|e| e.context("DOORMAN_NOW")))
            .transpose()?;
        Ok(Config {
            database: overrides
                .database
                .or(file.database)
                .unwrap_or_else(|| PathBuf::from(DEFAULT_DATABASE)),
            issuer,
            password_hashing: file.password_hashing,
            now,
            server: file.server,
            connectors: file.connectors,
        })
    }
}

fn read_file(path: &Path) -> Result<ConfigFile> {
    let text = std::fs::read_to_string(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => {
            Error::not_found(format!("config file '{}' not found", path.display()))
        }
        _ => Error::io(format!("reading config file '{}'", path.display()), e),
    })?;
    if text.trim().is_empty() {
        return Ok(ConfigFile::default());
    }
    serde_yaml::from_str(&text)
        .map_err(|e| Error::invalid(format!("config file '{}': {e}", path.display())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_are_named() {
        let err = serde_yaml::from_str::<ConfigFile>("databse: x.db\n").unwrap_err();
        assert!(err.to_string().contains("databse"), "{err}");
        let err = serde_yaml::from_str::<ConfigFile>("password_hashing:\n  memory_kib: lots\n")
            .unwrap_err();
        assert!(err.to_string().contains("memory_kib"), "{err}");
    }

    #[test]
    fn the_example_config_parses_to_the_defaults() {
        let example = include_str!("../config.example.yaml");
        let parsed: ConfigFile = serde_yaml::from_str(example).unwrap();
        assert_eq!(parsed.password_hashing, HashingCost::default());
        assert_eq!(parsed.server, ServerConfig::default());
        assert_eq!(parsed.server.lifetimes().unwrap(), Lifetimes::default());
        assert_eq!(parsed.database, Some(PathBuf::from(DEFAULT_DATABASE)));
        assert_eq!(
            parsed.issuer.as_deref(),
            Some(crate::ops::admin::init::DEFAULT_ISSUER)
        );
    }
}
