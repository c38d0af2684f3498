//! Copying the WAL back into the database file on a thread of its own. SQLite's automatic
//! checkpoint runs inside whichever commit crosses the limit, so one request in a few hundred
//! paid for copying thousands of pages and syncing the file (4% of a sign-in flow's CPU, all of
//! it on someone's response time). The serving connections instead ask this thread, which runs
//! a passive checkpoint (it never waits for, nor blocks, a reader or a writer) beside them.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use rusqlite::{Connection, OpenFlags};

enum Message {
    Checkpoint,
    Stop,
}

/// Pages (4 KiB each) the WAL may hold before a serving connection asks for a checkpoint.
/// SQLite's default of 1,000 had a busy server copy the WAL back every few dozen sign-ins, each
/// time writing the pages that random keys scatter over the indexes and syncing the file. Ten
/// times the pages amortise one copy and sync over ten times the commits, many of which touch
/// the same pages; the WAL file stays under about 40 MiB and goes away when the server stops.
pub const ASK_AT_PAGES: i64 = 10_000;

/// Should the checkpoint thread fall this far behind (or be gone), the committing connection
/// copies the WAL back itself, so the file never grows without bound.
pub const COPY_AT_PAGES: i64 = 4 * ASK_AT_PAGES;

/// What a serving connection holds to ask for a checkpoint; cheap to clone, one per worker.
#[derive(Clone)]
pub struct CheckpointRequests {
    /// Set from a request until the checkpoint starts, so a burst of commits past the limit
    /// sends one message.
    pending: Arc<AtomicBool>,
    thread: Arc<Lazy>,
    ask_at: i64,
    copy_at: i64,
}

/// The checkpoint thread, started by the first request for a checkpoint: a server that never
/// writes 40 MiB of WAL never starts it, and a server's start does not wait for it.
struct Lazy {
    path: PathBuf,
    running: Mutex<Running>,
}

#[derive(Default)]
struct Running {
    thread: Option<(Sender<Message>, JoinHandle<()>)>,
    stopped: bool,
}

impl Lazy {
    /// Asks the thread for a checkpoint, starting it first if need be.
    fn ask(&self, pending: &Arc<AtomicBool>) {
        let mut running = self.running.lock().unwrap_or_else(|p| p.into_inner());
        if running.stopped {
            return;
        }
        if running.thread.is_none() {
            let (wake, woken) = channel();
            let (path, shared) = (self.path.clone(), pending.clone());
            match std::thread::Builder::new()
                .name("checkpoint".into())
                .spawn(move || run(&path, &shared, &woken))
            {
                Ok(thread) => running.thread = Some((wake, thread)),
                Err(e) => {
                    // The next commit past the limit asks again; far past it, the committing
                    // connection copies the WAL back itself.
                    tracing::warn!("cannot start the checkpoint thread: {e}");
                    pending.store(false, Ordering::Release);
                    return;
                }
            }
        }
        if let Some((wake, _)) = &running.thread {
            let _ = wake.send(Message::Checkpoint);
        }
    }
}

impl CheckpointRequests {
    /// What a commit that left `pages` in the WAL does: nothing, ask the thread for a
    /// checkpoint (unless one is already asked for), or, far past the limit, copy the WAL back
    /// on the committing connection.
    pub fn after_commit(&self, wal: &mut rusqlite::hooks::Wal, pages: i64) -> rusqlite::Result<()> {
        if pages >= self.copy_at {
            // Best effort: the commit happened whatever this does, and an error returned from
            // this hook would be reported as the commit's (the caller would answer 500 for
            // what it wrote). Busy means another checkpoint is under way, as wanted anyway.
            match wal.checkpoint() {
                Ok(()) => {}
                Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy) => {}
                Err(e) => tracing::warn!("checkpoint after a commit failed: {e}"),
            }
        } else if pages >= self.ask_at && !self.pending.swap(true, Ordering::AcqRel) {
            self.thread.ask(&self.pending);
        }
        Ok(())
    }
}

/// The checkpoints of one database, until [`Checkpointer::stop`].
pub struct Checkpointer {
    requests: CheckpointRequests,
}

impl Checkpointer {
    /// Checkpoints for the database at `path`. Its thread, and the thread's connection, start
    /// with the first request, not beside the server's start-up.
    pub fn start(path: &Path) -> Checkpointer {
        Self::start_with(path, ASK_AT_PAGES, COPY_AT_PAGES)
    }

    fn start_with(path: &Path, ask_at: i64, copy_at: i64) -> Checkpointer {
        Checkpointer {
            requests: CheckpointRequests {
                pending: Arc::new(AtomicBool::new(false)),
                thread: Arc::new(Lazy {
                    path: path.to_path_buf(),
                    running: Mutex::new(Running::default()),
                }),
                ask_at,
                copy_at,
            },
        }
    }

    /// The handle the serving connections ask through.
    pub fn requests(&self) -> CheckpointRequests {
        self.requests.clone()
    }

    /// Stops the thread, if it started (after the checkpoint under way, if any); later
    /// requests are ignored.
    pub fn stop(self) {
        let thread = {
            let lazy = &self.requests.thread;
            let mut running = lazy.running.lock().unwrap_or_else(|p| p.into_inner());
            running.stopped = true;
            running.thread.take()
        };
        if let Some((wake, thread)) = thread {
            let _ = wake.send(Message::Stop);
            let _ = thread.join();
        }
    }
}

fn run(path: &Path, pending: &AtomicBool, woken: &Receiver<Message>) {
    let mut conn = None;
    while let Ok(Message::Checkpoint) = woken.recv() {
        pending.store(false, Ordering::Release);
        if conn.is_none() {
            match open(path) {
                Ok(opened) => conn = Some(opened),
                Err(e) => {
                    tracing::warn!("checkpoints stopped: cannot open '{}': {e}", path.display());
                    return;
                }
            }
        }
        if let Some(conn) = &conn {
            match conn.wal_checkpoint_v2(None::<&str>, rusqlite::wal::CheckpointMode::PASSIVE) {
                Ok((frames, copied)) => tracing::debug!(frames, copied, "checkpoint"),
                // Another connection checkpointing or restarting the WAL: the next commit past
                // the limit asks again.
                Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy) => {
                    tracing::debug!("checkpoint deferred: {e}");
                }
                Err(e) => tracing::warn!("checkpoint failed: {e}"),
            }
        }
    }
}

/// A connection of its own. A connection checkpoints only once it has looked at the file and
/// found it in WAL mode, so it asks for the mode first (and refuses a file not in it).
fn open(path: &Path) -> rusqlite::Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(rusqlite::Error::InvalidParameterName(format!(
            "journal mode {mode}, not WAL"
        )));
    }
    Ok(conn)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    /// How many of 20 rows (a page each) committed on a served database its main file holds on
    /// its own (a copy without the WAL), once the checkpoint thread has stopped. Once copied
    /// back, the WAL starts again from its beginning, so the last commits that stayed under
    /// the limit are still only in the WAL.
    fn rows_in_the_main_file(ask_at: i64, copy_at: i64) -> i64 {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("doorman.db");
        let mut store = Store::open(&path).unwrap();
        let checkpointer = Checkpointer::start_with(&path, ask_at, copy_at);
        store.tune_for_serving(checkpointer.requests()).unwrap();
        let conn = store.conn();
        conn.execute_batch("CREATE TABLE filler (b BLOB)").unwrap();
        for _ in 0..20 {
            conn.execute("INSERT INTO filler VALUES (zeroblob(4000))", [])
                .unwrap();
        }
        // Stopping lets the thread finish what it was asked first.
        checkpointer.stop();
        let copy = dir.path().join("main-file-only.db");
        std::fs::copy(&path, &copy).unwrap();
        Connection::open(&copy)
            .unwrap()
            .query_row("SELECT count(*) FROM filler", [], |r| r.get(0))
            .unwrap_or(0)
    }

    #[test]
    fn the_thread_copies_the_wal_back_once_a_commit_passes_the_limit() {
        assert!(rows_in_the_main_file(8, i64::MAX) >= 16);
    }

    #[test]
    fn far_past_the_limit_the_committing_connection_copies_it_back_itself() {
        assert!(rows_in_the_main_file(i64::MAX, 8) >= 16);
    }

    /// Two serving connections that both copy the WAL back after every commit meet each
    /// other's checkpoint (busy): their commits still succeed.
    #[test]
    fn a_checkpoint_that_finds_another_under_way_never_fails_the_commit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("doorman.db");
        Store::open(&path)
            .unwrap()
            .conn()
            .execute_batch("CREATE TABLE filler (b BLOB)")
            .unwrap();
        let checkpointer = Checkpointer::start_with(&path, i64::MAX, 1);
        let writers: Vec<_> = (0..2)
            .map(|_| {
                let (path, requests) = (path.clone(), checkpointer.requests());
                std::thread::spawn(move || {
                    let mut store = Store::open(&path).unwrap();
                    store.tune_for_serving(requests).unwrap();
                    (0..300)
                        .filter(|_| {
                            store
                                .conn()
                                .execute("INSERT INTO filler VALUES (zeroblob(4000))", [])
                                .is_err()
                        })
                        .count()
                })
            })
            .collect();
        let failed: usize = writers.into_iter().map(|w| w.join().unwrap()).sum();
        assert_eq!(failed, 0);
        checkpointer.stop();
    }

    #[test]
    fn below_the_limit_nothing_is_copied_back() {
        assert_eq!(rows_in_the_main_file(i64::MAX, i64::MAX), 0);
    }
}
