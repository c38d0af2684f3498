//! The one settings row. An absent row means the defaults, so a fresh database needs no seeding.

use std::cell::RefCell;

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::{Error, Result};
use crate::model::settings::Settings;
use crate::model::timestamp::Timestamp;

/// The stored settings, or the defaults when none were saved.
pub fn load(conn: &Connection) -> Result<Settings> {
    parse(document(conn)?.as_deref())
}

/// The last settings a connection parsed, with the document they came from.
#[derive(Debug, Default)]
pub struct Cache(RefCell<Option<(Option<String>, Settings)>>);

/// [`load`], parsing only when the stored document differs from the one `cache` last parsed.
/// The server reads the settings on nearly every request, and parsing and validating the
/// document costs far more than reading it; comparing the text also sees a change another
/// process (the CLI) saved, which a clock or counter kept here could not.
pub fn load_cached(conn: &Connection, cache: &Cache) -> Result<Settings> {
    let doc = document(conn)?;
    if let Some((cached_doc, settings)) = cache.0.borrow().as_ref()
        && *cached_doc == doc
    {
        return Ok(settings.clone());
    }
    let settings = parse(doc.as_deref())?;
    *cache.0.borrow_mut() = Some((doc, settings.clone()));
    Ok(settings)
}

fn document(conn: &Connection) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT document FROM settings WHERE id = 1")?
        .query_row([], |r| r.get(0))
        .optional()?)
}

fn parse(doc: Option<&str>) -> Result<Settings> {
    match doc {
        None => Ok(Settings::default()),
        Some(text) => {
            let value = serde_json::from_str(text)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    #[test]
    fn the_cache_sees_a_change_saved_by_another_connection() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("doorman.db");
        let server = Store::open(&path).unwrap();
        let cli = Store::open(&path).unwrap();
        let cache = Cache::default();
        assert_eq!(
            load_cached(server.conn(), &cache).unwrap(),
            Settings::default()
        );

        let mut changed = Settings::default();
        changed.password_policy.min_length = 12;
        save(cli.conn(), &changed, Timestamp::from_unix(1)).unwrap();
        assert_eq!(load_cached(server.conn(), &cache).unwrap(), changed);

        changed.password_policy.min_length = 13;
        save(cli.conn(), &changed, Timestamp::from_unix(1)).unwrap();
        let seen = load_cached(server.conn(), &cache).unwrap();
        assert_eq!(
            seen.password_policy.min_length, 13,
            "same second, still seen"
        );
    }
}
