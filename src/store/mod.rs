//! The SQLite file. Opening it sets the pragmas that let the CLI and a running server share it
//! (WAL, a busy timeout), turns on foreign keys, and migrates the schema forward. Table modules
//! hold the SQL; they take a `&Connection` (a transaction derefs to one) and never decide policy.

pub mod apps;
pub mod audit;
pub mod codes;
pub mod consents;
pub mod grants;
pub mod interactions;
pub mod invitations;
pub mod keys;
pub mod meta;
pub mod migrations;
pub mod orgs;
pub mod outbox;
pub mod sessions;
pub mod settings;
pub mod tokens;
pub mod users;
pub mod verifications;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::error::{Error, Result};

/// How long a writer waits for another process's write lock before giving up.
const BUSY_TIMEOUT_MS: u32 = 5_000;

/// Busy handler: wait 100 µs and retry, for at most [`BUSY_TIMEOUT_MS`] in all.
fn retry_briefly(attempt: i32) -> bool {
    std::thread::sleep(std::time::Duration::from_micros(100));
    i64::from(attempt) < i64::from(BUSY_TIMEOUT_MS) * 10
}

/// An open, migrated database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens (creating with mode 0600 if missing) and migrates the database at `path`.
    pub fn open(path: &Path) -> Result<Self> {
        create_private_file(path)?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| Error::Runtime(format!("cannot open database '{}': {e}", path.display())))?;
        Self::configure(conn, path)
    }

    /// A private in-memory database, for unit tests.
    pub fn open_in_memory() -> Result<Self> {
        Self::configure(Connection::open_in_memory()?, Path::new(":memory:"))
    }

    fn configure(mut conn: Connection, path: &Path) -> Result<Self> {
        // SQLite's own busy handler sleeps in steps of up to 100 ms, so two server workers that
        // meet on the write lock for a few microseconds would lose a tenth of a second. Retrying
        // every 100 µs keeps the same overall limit.
        conn.busy_handler(Some(retry_briefly))?;
        conn.pragma_update(None, "foreign_keys", true)?;
        if path != Path::new(":memory:") {
            let mode: String =
                conn.pragma_update_and_check(None, "journal_mode", "wal", |r| r.get(0))?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(Error::Runtime(format!(
                    "database '{}' cannot use WAL mode (got {mode})",
                    path.display()
                )));
            }
            // Safe with WAL: a power cut may lose the last commit, never corrupt the file.
            conn.pragma_update(None, "synchronous", "NORMAL")?;
            // Pages are read through a memory map rather than copied in by read(2): a server
            // worker's cache is invalidated by every other worker's write, so it re-reads often.
            conn.pragma_update(None, "mmap_size", 256 * 1024 * 1024)?;
        }
        // Query-planner stability: plans never depend on bound values. Without it SQLite marks
        // some statements (an equality on a parameter joined or ordered on another column) to be
        // re-planned whenever their parameters change, and the statement cache clears every
        // statement's bindings when it is returned, so those statements were parsed afresh on
        // every use. We keep no statistics for value-based plans to gain from.
        conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
            true,
        )?;
        conn.set_prepared_statement_cache_capacity(64);
        migrations::migrate(&mut conn)
            .map_err(|e| e.context(format!("migrating '{}'", path.display())))?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// The file this store reads and writes.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A read connection for queries that need no transaction.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Starts the one transaction an operation runs in. It takes the write lock at once
    /// (`BEGIN IMMEDIATE`) so two writers queue on the busy timeout instead of failing mid-way.
    pub fn transaction(&mut self) -> Result<Transaction<'_>> {
        Ok(self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cached_statements_are_not_reprepared_for_new_parameters() {
        let store = Store::open_in_memory().unwrap();
        let sql = "SELECT o.id FROM memberships m JOIN organizations o ON o.id = m.organization_id
                   WHERE m.user_id = ?1 ORDER BY o.name";
        for user in ["u1", "u2", "u3"] {
            let mut stmt = store.conn().prepare_cached(sql).unwrap();
            let mut rows = stmt.query([user]).unwrap();
            while rows.next().unwrap().is_some() {}
            drop(rows);
            assert_eq!(
                stmt.get_status(rusqlite::StatementStatus::RePrepare),
                0,
                "re-prepared for {user}"
            );
        }
    }
}

#[cfg(unix)]
fn create_private_file(path: &Path) -> Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    if path.exists() {
        return Ok(());
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && !dir.is_dir()
    {
        return Err(Error::not_found(format!(
            "database directory '{}' does not exist",
            dir.display()
        )));
    }
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map(drop)
        .or_else(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => Ok(()),
            _ => Err(Error::io(
                format!("creating database '{}'", path.display()),
                e,
            )),
        })
}

#[cfg(not(unix))]
fn create_private_file(_path: &Path) -> Result<()> {
    Ok(())
}

/// Whether a rusqlite error is a UNIQUE constraint failure, the store's way of saying "taken".
pub fn is_unique_violation(err: &rusqlite::Error) -> bool {
    matches!(
        err,
        rusqlite::Error::SqliteFailure(e, _)
            if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                || e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY
    )
}
