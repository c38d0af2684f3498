//! The authorization_codes table: single-use, short-lived codes, stored as digests.

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::Result;
use crate::model::timestamp::Timestamp;

/// A stored authorization code.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredCode {
    /// SHA-256 of the code.
    pub digest: String,
    /// The grant it redeems into.
    pub grant_id: String,
    /// The redirect URI it was sent to; the token request must repeat it.
    pub redirect_uri: String,
    /// The PKCE S256 challenge, if the request had one.
    pub code_challenge: Option<String>,
    /// When it lapses.
    pub expires_at: Timestamp,
    /// When it was redeemed.
    pub used_at: Option<Timestamp>,
}

/// Stores a new code.
pub fn insert(conn: &Connection, c: &StoredCode) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO authorization_codes (digest, grant_id, redirect_uri, code_challenge, expires_at, used_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        c.digest,
        c.grant_id,
        c.redirect_uri,
        c.code_challenge,
        c.expires_at.unix(),
        c.used_at.map(Timestamp::unix)
    ])?;
    Ok(())
}

/// A code by digest.
pub fn find(conn: &Connection, digest: &str) -> Result<Option<StoredCode>> {
    Ok(conn
        .prepare_cached(
            "SELECT digest, grant_id, redirect_uri, code_challenge, expires_at, used_at
             FROM authorization_codes WHERE digest = ?1",
        )?
        .query_row([digest], |r| {
            Ok(StoredCode {
                digest: r.get(0)?,
                grant_id: r.get(1)?,
                redirect_uri: r.get(2)?,
                code_challenge: r.get(3)?,
                expires_at: Timestamp::from_unix(r.get(4)?),
                used_at: r.get::<_, Option<i64>>(5)?.map(Timestamp::from_unix),
            })
        })
        .optional()?)
}

/// Deletes codes that lapsed before `before`; how many went. A lapsed code is refused whether
/// it is there or not.
///
/// Codes are inserted in the order they expire (one lifetime for all), so the oldest rows are
/// the expired ones: the sweep reads from the oldest to the first code still good and deletes
/// what lies before it, a cost in the codes it deletes rather than in every code kept. A code
/// issued under a shorter lifetime after a longer one waits for a later sweep.
pub fn purge_expired(conn: &Connection, before: Timestamp) -> Result<usize> {
    Ok(conn
        .prepare_cached(
            "DELETE FROM authorization_codes
             WHERE rowid < coalesce(
                     (SELECT rowid FROM authorization_codes WHERE expires_at >= ?1
                      ORDER BY rowid LIMIT 1),
                     (SELECT max(rowid) + 1 FROM authorization_codes))
               AND expires_at < ?1",
        )?
        .execute([before.unix()])?)
}

/// Marks a code redeemed; false when it already was (a replay).
pub fn mark_used(conn: &Connection, digest: &str, now: Timestamp) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "UPDATE authorization_codes SET used_at = ?2 WHERE digest = ?1 AND used_at IS NULL",
        )?
        .execute(params![digest, now.unix()])?
        > 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    fn code(conn: &Connection, digest: &str, expires_at: i64) {
        conn.execute_batch("PRAGMA foreign_keys = OFF").unwrap();
        insert(
            conn,
            &StoredCode {
                digest: digest.into(),
                grant_id: "g".into(),
                redirect_uri: "http://localhost/cb".into(),
                code_challenge: None,
                expires_at: Timestamp::from_unix(expires_at),
                used_at: None,
            },
        )
        .unwrap();
    }

    fn left(conn: &Connection) -> Vec<String> {
        let mut statement = conn
            .prepare("SELECT digest FROM authorization_codes ORDER BY rowid")
            .unwrap();
        statement
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(|d| d.unwrap())
            .collect()
    }

    #[test]
    fn the_sweep_deletes_the_lapsed_codes_before_the_first_good_one() {
        let store = Store::open_in_memory().unwrap();
        let conn = store.conn();
        for (digest, expires) in [("a", 10), ("b", 20), ("c", 100), ("d", 30), ("e", 110)] {
            code(conn, digest, expires);
        }
        assert_eq!(purge_expired(conn, Timestamp::from_unix(50)).unwrap(), 2);
        // `d` lapsed too, but after a good code: the next sweep takes it.
        assert_eq!(left(conn), ["c", "d", "e"]);
        assert_eq!(purge_expired(conn, Timestamp::from_unix(105)).unwrap(), 2);
        assert_eq!(left(conn), ["e"]);
        assert_eq!(purge_expired(conn, Timestamp::from_unix(200)).unwrap(), 1);
        assert!(left(conn).is_empty());
        assert_eq!(purge_expired(conn, Timestamp::from_unix(300)).unwrap(), 0);
    }
}
