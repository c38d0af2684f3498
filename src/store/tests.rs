//! The store in process: transactions, deferred commits, the write gate and statement caching.

use super::*;

fn count(store: &Store) -> i64 {
    store
        .conn()
        .query_row("SELECT count(*) FROM organizations", [], |r| r.get(0))
        .unwrap()
}

fn add_org(store: &mut Store, id: &str, keep: bool) {
    let tx = store.transaction().unwrap();
    tx.execute(
        "INSERT INTO organizations (id, name, created_at) VALUES (?1, ?1, 1)",
        [id],
    )
    .unwrap();
    if keep {
        tx.commit().unwrap();
    }
}

/// Two connections to one database file in a temporary directory: a server worker's and
/// another process's.
fn server_and_other() -> (tempfile::TempDir, Store, Store) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doorman.db");
    let server = Store::open(&path).unwrap();
    let other = Store::open(&path).unwrap();
    (dir, server, other)
}

#[test]
fn a_transaction_dropped_without_commit_rolls_back() {
    let mut store = Store::open_in_memory().unwrap();
    add_org(&mut store, "kept", true);
    add_org(&mut store, "dropped", false);
    assert_eq!(count(&store), 1);
}

#[test]
fn a_failed_commit_leaves_no_transaction_open() {
    let mut store = Store::open_in_memory().unwrap();
    let tx = store.transaction().unwrap();
    // A foreign key checked only at COMMIT makes the commit itself fail.
    tx.pragma_update(None, "defer_foreign_keys", true).unwrap();
    tx.execute(
        "INSERT INTO memberships (organization_id, user_id, created_at) VALUES ('nobody', 'none', 1)",
        [],
    )
    .unwrap();
    assert!(tx.commit().is_err());
    assert!(store.conn().is_autocommit(), "rolled back, not left open");
    add_org(&mut store, "next", true);
    assert_eq!(count(&store), 1);
}

#[test]
fn deferred_commits_land_together_and_only_when_committed() {
    let (_dir, mut server, other) = server_and_other();
    server.defer_commits();
    add_org(&mut server, "a", true);
    add_org(&mut server, "undone", false);
    add_org(&mut server, "b", true);
    assert_eq!(count(&server), 2, "the request sees its own writes");
    assert_eq!(count(&other), 0, "nobody else sees them before the commit");
    server.flush_deferred().unwrap();
    assert_eq!(count(&other), 2);
    add_org(&mut server, "c", true);
    assert_eq!(count(&other), 2, "still deferring after a flush");
    server.commit_deferred().unwrap();
    assert_eq!(count(&other), 3);
    add_org(&mut server, "d", true);
    assert_eq!(count(&other), 4, "back to committing each one");
}

#[test]
fn deferring_with_nothing_written_takes_no_lock() {
    let (_dir, mut server, mut other) = server_and_other();
    server.defer_commits();
    assert_eq!(count(&server), 0);
    add_org(&mut other, "a", true);
    server.commit_deferred().unwrap();
    assert_eq!(count(&server), 1);
}

#[test]
fn a_second_request_transaction_waits_at_the_gate_until_the_first_commits() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doorman.db");
    let mut first = Store::open(&path).unwrap();
    first.defer_commits();
    add_org(&mut first, "a", true);
    let (entered, waiting) = std::sync::mpsc::channel();
    let second = std::thread::spawn({
        let path = path.clone();
        move || {
            let mut second = Store::open(&path).unwrap();
            second.defer_commits();
            entered.send(()).unwrap();
            // Blocks at the gate until the first commits, then sees its row.
            add_org(&mut second, "b", true);
            let seen = count(&second);
            second.commit_deferred().unwrap();
            seen
        }
    });
    waiting.recv().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(50));
    assert!(!second.is_finished(), "the second went past the gate");
    first.commit_deferred().unwrap();
    assert_eq!(second.join().unwrap(), 2);
    assert!(!first.gated);
}

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

#[test]
fn a_request_reads_one_snapshot_and_its_first_write_starts_from_the_latest() {
    let (_dir, mut server, mut other) = server_and_other();
    server.begin_request().unwrap();
    assert_eq!(count(&server), 0);
    add_org(&mut other, "a", true);
    assert_eq!(count(&server), 0, "the request's reads share one snapshot");
    // Writing from a snapshot someone has since changed would fail (SQLITE_BUSY_SNAPSHOT): the
    // snapshot ends first, and the write sees the other connection's row.
    add_org(&mut server, "b", true);
    assert_eq!(count(&server), 2);
    server.commit_deferred().unwrap();
    assert_eq!(count(&other), 2);
    assert!(server.conn().is_autocommit());
}

#[test]
fn a_request_that_only_reads_ends_its_snapshot_at_the_commit() {
    let (_dir, mut server, mut other) = server_and_other();
    server.begin_request().unwrap();
    assert_eq!(count(&server), 0);
    server.commit_deferred().unwrap();
    assert!(server.conn().is_autocommit());
    add_org(&mut other, "a", true);
    assert_eq!(count(&server), 1);
}
