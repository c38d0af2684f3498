//! The one settings row. An absent row means the defaults, so a fresh database needs no seeding.

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::{Error, Result};
use crate::model::settings::Settings;
use crate::model::timestamp::Timestamp;

/// The stored settings, or the defaults when none were saved.
pub fn load(conn: &Connection) -> Result<Settings> {
    let doc: Option<String> = conn
        .prepare_cached("SELECT document FROM settings WHERE id = 1")?
        .query_row([], |r| r.get(0))
        .optional()?;
    match doc {
        None => Ok(Settings::default()),
        Some(text) => {
            let value = serde_json::from_str(&text)
                .map_err(|e| Error::Runtime(format!("stored settings are not JSON: {e}")))?;
            Settings::from_json(value).map_err(|e| Error::Runtime(format!("stored {e}")))
        }
    }
}

/// Saves the settings document.
pub fn save(conn: &Connection, settings: &Settings, now: Timestamp) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO settings (id, document, updated_at) VALUES (1, ?1, ?2)
         ON CONFLICT (id) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at",
    )?
    .execute(params![settings.to_json().to_string(), now.unix()])?;
    Ok(())
}
