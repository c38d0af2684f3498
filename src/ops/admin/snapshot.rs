//! A copy of the whole database and its return: a server with test controls copies the
//! database once it has started and seeded, and `/dev/reset` brings every table back to that
//! copy in one transaction, so an app's tests start each case from the same fixtures without
//! restarting the server.

use std::path::Path;

use crate::error::{Error, Result};
use crate::ops::Doorman;

/// What a snapshot keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// Everything the database holds.
    Everything,
    /// The settings, the signing keys and doorman's own clients: an empty database otherwise.
    SettingsAndKeys,
}

/// The tables a [`Keep::SettingsAndKeys`] snapshot keeps whole.
const KEPT_TABLES: &[&str] = &["meta", "settings", "signing_keys", "applications"];

impl Doorman {
    /// Writes a compact copy of the database to `path` (which must not exist yet), keeping
    /// what `keep` says.
    pub fn snapshot_keeping(&self, path: &Path, keep: Keep) -> Result<()> {
        self.snapshot(path)?;
        if keep == Keep::Everything {
            return Ok(());
        }
        let copy = rusqlite::Connection::open(path)?;
        copy.execute_batch("PRAGMA foreign_keys = OFF; BEGIN")?;
        let tables: Vec<String> = {
            let mut statement = copy.prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            )?;
            statement
                .query_map([], |row| row.get(0))?
                .collect::<rusqlite::Result<_>>()?
        };
        for table in tables.iter().filter(|t| !KEPT_TABLES.contains(&t.as_str())) {
            copy.execute_batch(&format!("DELETE FROM \"{table}\""))?;
        }
        // Apps an operator made go; doorman's own (the playground's, the account center's) stay.
        copy.execute_batch("DELETE FROM applications WHERE built_in = 0; COMMIT; VACUUM")?;
        Ok(())
    }

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
        // The copy is consistent as a whole, and every table is emptied and refilled: foreign
        // keys would only get in the way (a cascade from a later delete, or a parent copied in
        // bulk that SQLite's deferred count never credits). They are back on before this ends.
        self.store
            .conn()
            .execute_batch("PRAGMA foreign_keys = OFF")?;
        let attached = self
            .store
            .conn()
            .execute("ATTACH DATABASE ?1 AS snapshot", [source]);
        let restored = attached.map_err(Into::into).and_then(|_| self.copy_back());
        let detached = self.store.conn().execute_batch("DETACH DATABASE snapshot");
        let keys_on = self.store.conn().execute_batch("PRAGMA foreign_keys = ON");
        restored?;
        detached?;
        keys_on?;
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
        // The bulk copy ran the counting triggers on top of the copied counter.
        crate::store::users::recount(&tx)?;
        tx.commit()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::credentials::password::{Hasher, HashingCost};
    use crate::ops::admin::fixtures::FixtureSource;
    use crate::ops::{Clock, Doorman};
    use crate::store::Store;

    const FIXTURE: &str = "
resources:
  - indicator: https://api.test
    name: API
    scopes: [{ name: read }, { name: write }]
roles:
  - { name: reader, type: user, permissions: ['https://api.test:read'] }
users:
  - { email: ada@example.com, roles: [reader] }
";

    /// A database in a temporary directory with [`FIXTURE`] seeded.
    fn seeded() -> (tempfile::TempDir, Doorman) {
        let dir = tempfile::tempdir().unwrap();
        let cheap = HashingCost {
            memory_kib: 1024,
            iterations: 1,
            parallelism: 1,
        };
        let store = Store::open(&dir.path().join("doorman.db")).unwrap();
        let mut doorman = Doorman::new(store, Hasher::new(cheap).unwrap(), "test", Clock::System);
        doorman.init(None).unwrap();
        let source = FixtureSource {
            name: "f.yaml".into(),
            text: FIXTURE.into(),
        };
        doorman.seed(&[source], false, &()).unwrap();
        (dir, doorman)
    }

    #[test]
    fn a_snapshot_of_settings_and_keys_restores_an_empty_database() {
        let (dir, mut doorman) = seeded();
        doorman
            .register_playground("http://localhost:3001")
            .unwrap();
        let jwks = doorman.jwks().unwrap();
        let copy = dir.path().join("copy.db");
        doorman
            .snapshot_keeping(&copy, super::Keep::SettingsAndKeys)
            .unwrap();
        doorman.restore(&copy).unwrap();

        assert!(doorman.find_user("ada@example.com").is_err(), "users go");
        let conn = doorman.store.conn();
        let count = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
        assert_eq!(count("SELECT count(*) FROM resources"), 0);
        assert_eq!(
            count("SELECT count(*) FROM applications WHERE built_in = 1"),
            1
        );
        assert_eq!(doorman.jwks().unwrap(), jwks, "the keys stay");
    }

    #[test]
    fn a_restore_brings_back_every_row_and_keeps_foreign_keys_on() {
        let (dir, mut doorman) = seeded();
        let copy = dir.path().join("copy.db");
        doorman.snapshot(&copy).unwrap();

        let ada = doorman.find_user("ada@example.com").unwrap();
        doorman.delete_user(&ada.id).unwrap();
        doorman
            .store
            .conn()
            .execute("DELETE FROM resources", [])
            .unwrap();
        doorman.restore(&copy).unwrap();

        let ada = doorman.find_user("ada@example.com").unwrap();
        let conn = doorman.store.conn();
        let count = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
        assert_eq!(count("SELECT count(*) FROM resource_scopes"), 2);
        assert_eq!(count("SELECT count(*) FROM role_permissions"), 1);
        let roles = "SELECT count(*) FROM user_roles WHERE user_id = ?1";
        let held: i64 = conn.query_row(roles, [&ada.id], |r| r.get(0)).unwrap();
        assert_eq!(held, 1, "the user's role came back with the user");
        assert_eq!(
            count("SELECT value FROM counters WHERE name = 'users'"),
            count("SELECT count(*) FROM users"),
            "the user counter counts the users copied back"
        );
        assert_eq!(count("PRAGMA foreign_keys"), 1, "foreign keys are on again");
        assert!(
            conn.execute("DELETE FROM resources", []).is_ok()
                && count("SELECT count(*) FROM resource_scopes") == 0,
            "cascades work again"
        );
    }
}
