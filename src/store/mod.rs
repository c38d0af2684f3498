//! The SQLite file. Opening it sets the pragmas that let the CLI and a running server share it
//! (WAL, a busy timeout), turns on foreign keys, and migrates the schema forward. Table modules
//! hold the SQL; they take a `&Connection` (a transaction derefs to one) and never decide policy.

pub mod apps;
pub mod audit;
pub mod checkpointer;
pub mod codes;
pub mod connectors;
pub mod consents;
pub mod devices;
pub mod grants;
pub mod interactions;
pub mod invitations;
pub mod keys;
pub mod memberships;
pub mod meta;
pub mod mfa;
pub mod migrations;
pub mod one_time_tokens;
pub mod orgs;
pub mod outbox;
pub mod personal_tokens;
pub mod playground;
pub mod resources;
pub mod roles;
pub mod sessions;
pub mod settings;
pub mod tokens;
pub mod users;
pub mod verifications;

use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex};

use std::ops::Deref;

use rusqlite::{Connection, OpenFlags};

use crate::error::{Error, Result};

/// How long a writer waits for another process's write lock before giving up.
const BUSY_TIMEOUT_MS: u32 = 5_000;

/// Busy handler: wait 100 µs and retry, for at most [`BUSY_TIMEOUT_MS`] in all.
fn retry_briefly(attempt: i32) -> bool {
    std::thread::sleep(std::time::Duration::from_micros(100));
    i64::from(attempt) < i64::from(BUSY_TIMEOUT_MS) * 10
}

/// Who of this process's connections holds a request transaction (SQLite's write lock). The
/// server's workers queue here, woken the moment the holder commits, instead of meeting on
/// SQLite's lock and polling it every 100 µs: under load a worker slept 0.7 times per sign-in
/// flow, longer each time than the holder needed. Other processes (the CLI) still meet the
/// workers on SQLite's lock, with the busy handler.
struct WriteGate {
    taken: Mutex<bool>,
    freed: Condvar,
}

static WRITE_GATE: WriteGate = WriteGate {
    taken: Mutex::new(false),
    freed: Condvar::new(),
};

impl WriteGate {
    /// Waits for the gate, for at most the busy timeout: a holder that never let go (a worker
    /// that panicked) then leaves the waiter to SQLite's own lock rather than stopping it.
    fn enter(&self) {
        let mut taken = self.taken.lock().unwrap_or_else(|p| p.into_inner());
        let limit = std::time::Duration::from_millis(u64::from(BUSY_TIMEOUT_MS));
        let started = std::time::Instant::now();
        while *taken {
            let Some(left) = limit.checked_sub(started.elapsed()) else {
                break;
            };
            taken = self
                .freed
                .wait_timeout(taken, left)
                .unwrap_or_else(|p| p.into_inner())
                .0;
        }
        *taken = true;
    }

    fn leave(&self) {
        *self.taken.lock().unwrap_or_else(|p| p.into_inner()) = false;
        self.freed.notify_one();
    }
}

/// An open, migrated database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Whether commits are deferred (see [`Store::defer_commits`]). Whether the enclosing
    /// transaction has begun is the connection's own state (`is_autocommit`), not kept here.
    deferring: bool,
    /// Whether this store holds the process's [`WriteGate`] (a deferred transaction is open).
    gated: bool,
    /// Whether the open transaction is a request's read snapshot ([`Store::begin_request`]),
    /// which has written nothing.
    reading: bool,
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
            deferring: false,
            gated: false,
            reading: false,
        })
    }

    /// Tunes a connection that serves requests: SQLite's automatic checkpoint inside a commit
    /// is off, and past [`checkpointer::ASK_AT_PAGES`] in the WAL its commits ask `checkpoints`
    /// to copy the WAL back instead.
    pub fn tune_for_serving(
        &mut self,
        checkpoints: checkpointer::CheckpointRequests,
    ) -> Result<()> {
        self.conn.wal_hook(Some(
            move |wal: &mut rusqlite::hooks::Wal, pages: std::ffi::c_int| {
                checkpoints.after_commit(wal, i64::from(pages))
            },
        ))?;
        Ok(())
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
    /// While commits are deferred it is a savepoint inside the request's transaction instead:
    /// still all-or-nothing on its own, but written to disk with the rest.
    pub fn transaction(&mut self) -> Result<Tx<'_>> {
        let savepoint = self.deferring;
        self.end_reading()?;
        if savepoint && self.conn.is_autocommit() {
            WRITE_GATE.enter();
            self.gated = true;
            if let Err(e) = control(&self.conn, "BEGIN IMMEDIATE") {
                self.ungate();
                return Err(e);
            }
        }
        control(
            &self.conn,
            if savepoint {
                "SAVEPOINT op"
            } else {
                "BEGIN IMMEDIATE"
            },
        )?;
        Ok(Tx {
            conn: &self.conn,
            savepoint,
            done: false,
        })
    }

    /// Defers commits until [`Store::commit_deferred`]: every operation until then lands in one
    /// transaction, begun (and the write lock taken) by the first that writes. The server does
    /// this per request, so a sign-in's several operations cost one write to the log, not four.
    pub fn defer_commits(&mut self) {
        self.deferring = true;
    }

    /// Defers commits (as [`Store::defer_commits`]) and reads in one snapshot until the first
    /// write: one transaction for a request's reads instead of one per statement, each of which
    /// took and let go of a lock on the WAL index (two system calls; 13 per request). The
    /// snapshot ends before the write transaction begins, so a write never waits on a stale
    /// snapshot.
    pub fn begin_request(&mut self) -> Result<()> {
        self.defer_commits();
        if self.conn.is_autocommit() {
            // Deferred: no lock is taken until the first read.
            control(&self.conn, "BEGIN")?;
            self.reading = true;
        }
        Ok(())
    }

    /// Ends the request's read snapshot, if it is open.
    fn end_reading(&mut self) -> Result<()> {
        if !std::mem::take(&mut self.reading) {
            return Ok(());
        }
        debug_assert_ne!(
            self.conn.transaction_state(None::<&str>).ok(),
            Some(rusqlite::TransactionState::Write),
            "a write outside Store::transaction in a request's read snapshot"
        );
        control(&self.conn, "COMMIT")
    }

    /// Commits what the deferred operations wrote so far and keeps deferring. For what must
    /// be durable before someone outside hears of it (a back-channel logout).
    pub fn flush_deferred(&mut self) -> Result<()> {
        self.end_reading()?;
        let mut result = Ok(());
        if self.deferring
            && !self.conn.is_autocommit()
            && let Err(e) = control(&self.conn, "COMMIT")
        {
            let _ = control(&self.conn, "ROLLBACK");
            result = Err(e);
        }
        if self.conn.is_autocommit() {
            self.ungate();
        }
        result
    }

    fn ungate(&mut self) {
        if self.gated {
            self.gated = false;
            WRITE_GATE.leave();
        }
    }

    /// Commits what the deferred operations wrote and goes back to committing each one.
    pub fn commit_deferred(&mut self) -> Result<()> {
        let flushed = self.flush_deferred();
        self.deferring = false;
        flushed
    }
}

impl Drop for Store {
    fn drop(&mut self) {
        self.ungate();
    }
}

/// One operation's transaction: a real transaction, or a savepoint while commits are deferred.
/// Dropped without [`Tx::commit`], it rolls back what it wrote.
pub struct Tx<'a> {
    conn: &'a Connection,
    savepoint: bool,
    done: bool,
}

impl Tx<'_> {
    /// Keeps what the operation wrote. Should that fail, dropping `self` rolls it back, so the
    /// connection is never left inside a transaction.
    pub fn commit(mut self) -> Result<()> {
        control(
            self.conn,
            if self.savepoint {
                "RELEASE op"
            } else {
                "COMMIT"
            },
        )?;
        self.done = true;
        Ok(())
    }

    /// Undoes what the operation wrote.
    pub fn rollback(mut self) -> Result<()> {
        self.done = true;
        self.undo()
    }

    fn undo(&self) -> Result<()> {
        if self.savepoint {
            control(self.conn, "ROLLBACK TO op")?;
            control(self.conn, "RELEASE op")
        } else {
            control(self.conn, "ROLLBACK")
        }
    }
}

/// Runs a transaction-control statement, prepared once per connection: these run several times
/// a request, and parsing them each time showed in profiles.
fn control(conn: &Connection, sql: &str) -> Result<()> {
    conn.prepare_cached(sql)?.execute([])?;
    Ok(())
}

impl Deref for Tx<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        self.conn
    }
}

impl Drop for Tx<'_> {
    fn drop(&mut self) {
        if !self.done {
            let _ = self.undo();
        }
    }
}

/// Creates the database file readable by its owner alone, or narrows an existing one (and its
/// WAL files) to that: it holds password hashes and signing keys. A file someone else owns is
/// left alone (the change is refused), with a warning.
#[cfg(unix)]
fn create_private_file(path: &Path) -> Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    if path.exists() {
        for suffix in ["", "-wal", "-shm"] {
            let mut file = path.as_os_str().to_owned();
            file.push(suffix);
            make_private(Path::new(&file));
        }
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

/// Takes away group and other access from an existing file.
#[cfg(unix)]
fn make_private(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let Ok(meta) = std::fs::metadata(path) else {
        return;
    };
    if !meta.is_file() || meta.permissions().mode() & 0o077 == 0 {
        return;
    }
    match std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)) {
        Ok(()) => tracing::warn!("'{}' was readable by others; made it 0600", path.display()),
        Err(e) => tracing::warn!(
            "'{}' is readable by others and cannot be made private: {e}",
            path.display()
        ),
    }
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

#[cfg(test)]
mod tests;
