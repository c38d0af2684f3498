//! The one settings row. An absent row means the defaults, so a fresh database needs no seeding.

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicU64, Ordering};

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::{Error, Result};
use crate::model::settings::Settings;
use crate::model::timestamp::Timestamp;

/// The stored settings, or the defaults when none were saved.
pub fn load(conn: &Connection) -> Result<Settings> {
    parse(document(conn)?.as_deref())
}

/// Saves of the settings made by this process, so a pinned [`Cache`] knows when to look again.
static SAVES: AtomicU64 = AtomicU64::new(0);

/// The last settings a connection parsed, with the document they came from, and whether they
/// may be used again without asking the database.
#[derive(Debug, Default)]
pub struct Cache {
    last: RefCell<Option<(Option<String>, Settings)>>,
    /// While pinned: the count of this process's saves when the settings were last read.
    pinned_at: Cell<Option<u64>>,
    pinning: Cell<bool>,
}

impl Cache {
    /// Starts a span (a server request) in which the settings, once read, are used again
    /// without asking the database, until a save by this process. A change another process (the
    /// CLI) saves is seen by the next span.
    pub fn pin_from_now(&self) {
        self.pinning.set(true);
        self.pinned_at.set(None);
    }
}

/// [`load`], parsing only when the stored document differs from the one `cache` last parsed,
/// and not even reading it again inside a pinned span. The server reads the settings a dozen
/// times in a sign-in flow, and parsing and validating the document costs far more than reading
/// it; comparing the text also sees a change another process (the CLI) saved, which a clock or
/// counter kept here could not.
pub fn load_cached(conn: &Connection, cache: &Cache) -> Result<Settings> {
    let saves = SAVES.load(Ordering::Acquire);
    if cache.pinned_at.get() == Some(saves)
        && let Some((_, settings)) = cache.last.borrow().as_ref()
    {
        return Ok(settings.clone());
    }
    let doc = document(conn)?;
    if cache.pinning.get() {
        cache.pinned_at.set(Some(saves));
    }
    if let Some((cached_doc, settings)) = cache.last.borrow().as_ref()
        && *cached_doc == doc
    {
        return Ok(settings.clone());
    }
    let settings = parse(doc.as_deref())?;
    *cache.last.borrow_mut() = Some((doc, settings.clone()));
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
    SAVES.fetch_add(1, Ordering::Release);
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

    #[test]
    fn a_pinned_span_reads_once_and_sees_its_own_saves() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("doorman.db");
        let server = Store::open(&path).unwrap();
        let cli = Store::open(&path).unwrap();
        let cache = Cache::default();
        cache.pin_from_now();
        let first = load_cached(server.conn(), &cache).unwrap();
        // Another connection's change written behind the cache's back (as another process
        // would, without this process's save counter) waits for the next span...
        let mut changed = first.clone();
        changed.password_policy.min_length = 12;
        cli.conn()
            .execute(
                "INSERT INTO settings (id, document, updated_at) VALUES (1, ?1, 0)
                 ON CONFLICT (id) DO UPDATE SET document = excluded.document",
                [changed.to_json().to_string()],
            )
            .unwrap();
        assert_eq!(load_cached(server.conn(), &cache).unwrap(), first);
        cache.pin_from_now();
        assert_eq!(load_cached(server.conn(), &cache).unwrap(), changed);
        // ...while a save through this process is seen at once, pinned or not.
        changed.password_policy.min_length = 14;
        save(cli.conn(), &changed, Timestamp::from_unix(1)).unwrap();
        assert_eq!(load_cached(server.conn(), &cache).unwrap(), changed);
    }
}
