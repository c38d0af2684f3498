//! Configuration: the YAML file (`--config`, `DOORMAN_CONFIG`, or `./doorman.yaml` if present),
//! overridden by environment variables and flags, validated once into one [`Config`] value.
//! An unknown key or a wrong type is an error naming the key, never silently ignored.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::credentials::password::HashingCost;
use crate::error::{Error, Result};
use crate::model::timestamp::Timestamp;
use crate::ops::init::check_issuer;

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
}

impl Config {
    /// Reads the config file (if any) and applies the overrides.
    pub fn load(overrides: Overrides) -> Result<Config> {
        let file = match &overrides.config {
            Some(path) => read_file(path)?,
            None if Path::new(DEFAULT_CONFIG_FILE).is_file() => {
                read_file(Path::new(DEFAULT_CONFIG_FILE))?
            }
            None => ConfigFile::default(),
        };
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
        assert_eq!(parsed.database, Some(PathBuf::from(DEFAULT_DATABASE)));
        assert_eq!(
            parsed.issuer.as_deref(),
            Some(crate::ops::init::DEFAULT_ISSUER)
        );
    }
}
