//! Schema versions. Each migration is an embedded SQL file applied once, in order, inside its own
//! transaction together with the bump of `PRAGMA user_version`, so a database is always at
//! exactly one known version. A file from a newer doorman is refused rather than guessed at.

use rusqlite::Connection;

use crate::error::{Error, Result};

/// The migrations, oldest first; version N is `MIGRATIONS[N - 1]`. Append only.
pub const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_init.sql"),
    include_str!("../../migrations/0002_organizations.sql"),
    include_str!("../../migrations/0003_applications.sql"),
    include_str!("../../migrations/0004_signing_keys.sql"),
    include_str!("../../migrations/0005_oidc_state.sql"),
    include_str!("../../migrations/0006_verification.sql"),
    include_str!("../../migrations/0007_resources.sql"),
    include_str!("../../migrations/0008_organization_apps.sql"),
    include_str!("../../migrations/0009_mfa.sql"),
    include_str!("../../migrations/0010_playground.sql"),
    include_str!("../../migrations/0011_connectors.sql"),
    include_str!("../../migrations/0012_bindings.sql"),
    include_str!("../../migrations/0013_device_flow.sql"),
    include_str!("../../migrations/0014_personal_access_tokens.sql"),
    include_str!("../../migrations/0015_standard_claims.sql"),
    include_str!("../../migrations/0016_custom_claims.sql"),
    include_str!("../../migrations/0017_test_users.sql"),
    include_str!("../../migrations/0018_one_time_tokens.sql"),
    include_str!("../../migrations/0019_account_mfa.sql"),
    include_str!("../../migrations/0020_user_count.sql"),
    include_str!("../../migrations/0021_saml.sql"),
    include_str!("../../migrations/0022_saml_sp_keys.sql"),
];

/// The schema version this binary writes.
pub fn latest() -> u32 {
    MIGRATIONS.len() as u32
}

/// The schema version of an open database.
pub fn version(conn: &Connection) -> Result<u32> {
    Ok(conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
}

/// Brings the database up to [`latest`].
pub fn migrate(conn: &mut Connection) -> Result<()> {
    migrate_to(conn, latest())
}

/// Brings the database up to `target`; tests use it to build every earlier version.
pub fn migrate_to(conn: &mut Connection, target: u32) -> Result<()> {
    let current = version(conn)?;
    if current > latest() {
        return Err(Error::Runtime(format!(
            "the database schema is version {current}, newer than this doorman understands ({}); upgrade doorman",
            latest()
        )));
    }
    for v in current..target.min(latest()) {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        // Another process may have migrated while we waited for the lock.
        if version(&tx)? > v {
            continue;
        }
        tx.execute_batch(MIGRATIONS[v as usize])?;
        tx.pragma_update(None, "user_version", v + 1)?;
        tx.commit()?;
        tracing::debug!(version = v + 1, "applied migration");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrates_from_every_earlier_version() {
        for start in 0..=latest() {
            let mut conn = Connection::open_in_memory().unwrap();
            migrate_to(&mut conn, start).unwrap();
            assert_eq!(version(&conn).unwrap(), start);
            migrate(&mut conn).unwrap();
            assert_eq!(version(&conn).unwrap(), latest());
            let n: i64 = conn
                .query_row("SELECT count(*) FROM users", [], |r| r.get(0))
                .unwrap();
            assert_eq!(n, 0);
        }
    }

    #[test]
    fn data_survives_later_migrations() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "foreign_keys", true).unwrap();
        migrate_to(&mut conn, 1).unwrap();
        conn.execute(
            "INSERT INTO users (id, username, created_at, updated_at) VALUES ('u1', 'ada', 1, 1)",
            [],
        )
        .unwrap();
        migrate(&mut conn).unwrap();
        let counted = |conn: &Connection| -> i64 {
            conn.query_row("SELECT value FROM counters WHERE name = 'users'", [], |r| {
                r.get(0)
            })
            .unwrap()
        };
        assert_eq!(
            counted(&conn),
            1,
            "the user counter starts from the users there are"
        );
        conn.execute_batch(
            "INSERT INTO organizations (id, name, created_at) VALUES ('o1', 'Acme', 1);
             INSERT INTO memberships (organization_id, user_id, created_at) VALUES ('o1', 'u1', 1);
             DELETE FROM users WHERE id = 'u1';",
        )
        .unwrap();
        let left: i64 = conn
            .query_row("SELECT count(*) FROM memberships", [], |r| r.get(0))
            .unwrap();
        assert_eq!(left, 0, "deleting the user cascaded to its membership");
        assert_eq!(counted(&conn), 0, "and the counter followed");
    }

    #[test]
    fn refuses_a_newer_database() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", latest() + 1)
            .unwrap();
        let err = migrate(&mut conn).unwrap_err();
        assert!(err.to_string().contains("newer"), "{err}");
    }
}
