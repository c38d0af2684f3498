//! A copy of the whole database and its return: a server with test controls copies the
//! database once it has started and seeded, and `/dev/reset` brings every table back to that
//! copy in one transaction, so an app's tests start each case from the same fixtures without
//! restarting the server.

use std::path::Path;

use crate::error::{Error, Result};
use crate::ops::Doorman;

impl Doorman {
    /// Writes a compact copy of the database to `path` (which must not exist yet).
    pub fn snapshot(&self, path: &Path) -> Result<()> {
        let target = path.to_str().ok_or_else(|| {
            Error::invalid(format!("snapshot path '{}' is not UTF-8", path.display()))
        })?;
        self.store
            .conn()
            .execute("VACUUM INTO ?1", [target])
            .map_err(|e| Error::Runtime(format!("cannot copy the database to '{target}': {e}")))?;
        Ok(())
    }

    /// Makes every table hold exactly what the copy at `path` holds, in one transaction: rows
    /// made since are gone, rows changed since are back, and other connections see the change
    /// as any other write. Must run outside a transaction (it attaches the copy).
    pub fn restore(&mut self, path: &Path) -> Result<()> {
        let source = path.to_str().ok_or_else(|| {
            Error::invalid(format!("snapshot path '{}' is not UTF-8", path.display()))
        })?;
        self.store
            .conn()
            .execute("ATTACH DATABASE ?1 AS snapshot", [source])?;
        let restored = self.copy_back();
        let detached = self.store.conn().execute_batch("DETACH DATABASE snapshot");
        restored?;
        detached?;
        Ok(())
    }

    fn copy_back(&mut self) -> Result<()> {
        let tables: Vec<String> = {
            let conn = self.store.conn();
            let mut statement = conn.prepare(
                "SELECT name FROM snapshot.sqlite_master WHERE type = 'table' \
                 AND name NOT LIKE 'sqlite_%' ORDER BY name",
            )?;
            statement
                .query_map([], |row| row.get(0))?
                .collect::<rusqlite::Result<_>>()?
        };
        let tx = self.store.transaction()?;
        // Rows come back in any order; their references are checked once all are back.
        tx.execute_batch("PRAGMA defer_foreign_keys = ON")?;
        // Everything goes before anything comes back: a cascade from a later delete would
        // otherwise take rows already restored.
        for table in &tables {
            tx.execute_batch(&format!("DELETE FROM main.\"{table}\""))?;
        }
        for table in &tables {
            tx.execute_batch(&format!(
                "INSERT INTO main.\"{table}\" SELECT * FROM snapshot.\"{table}\""
            ))?;
        }
        let sequences: bool = tx.query_row(
            "SELECT count(*) FROM snapshot.sqlite_master WHERE name = 'sqlite_sequence'",
            [],
            |row| row.get::<_, i64>(0).map(|n| n > 0),
        )?;
        if sequences {
            tx.execute_batch(
                "DELETE FROM main.sqlite_sequence; \
                 INSERT INTO main.sqlite_sequence SELECT * FROM snapshot.sqlite_sequence",
            )?;
        }
        tx.commit()?;
        Ok(())
    }
}
