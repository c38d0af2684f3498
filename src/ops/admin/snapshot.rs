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

    #[test]
    fn a_restore_brings_back_every_row_and_keeps_foreign_keys_on() {
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
        assert_eq!(count("PRAGMA foreign_keys"), 1, "foreign keys are on again");
        assert!(
            conn.execute("DELETE FROM resources", []).is_ok()
                && count("SELECT count(*) FROM resource_scopes") == 0,
            "cascades work again"
        );
    }
}
