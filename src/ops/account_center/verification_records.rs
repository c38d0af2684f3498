//! Security verification for the Account API, as Logto's verification records: a user proves
//! who they are (their password, or a code to their own email or phone) and gets a record id
//! that a sensitive change names in the `logto-verification-id` header within ten minutes, once.
//! A code to a new address proves that address the same way. Records live beside the other
//! verifications; codes go through the outbox as everywhere.

use serde_json::json;

use crate::credentials::one_time_code::LIFETIME_SECONDS;
use crate::error::Result;
use crate::model::id::random_string;
use crate::model::timestamp::Timestamp;
use crate::model::user::User;
use crate::model::validate::same_email;
use crate::ops::accounts::verification::{Payload, Purpose, payload_of};
use crate::ops::{Doorman, record};
use crate::store::verifications::StoredVerification;
use crate::store::{self};

/// The records a user makes without a code (the codes' records are [`Purpose::Account`]),
/// by their stored purpose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RecordKind {
    /// A right password: proves the user.
    Password,
    /// A right code from the user's authenticator app: proves the user.
    Totp,
    /// One of the user's passkeys (a ceremony, then the browser's answer): proves the user.
    Passkey,
    /// A passkey the browser made for the user: proves nothing about them, but can be enrolled.
    NewPasskey,
}

impl RecordKind {
    /// The stored purpose.
    pub(crate) fn purpose(self) -> &'static str {
        match self {
            RecordKind::Password => "account_password",
            RecordKind::Totp => "account_totp",
            RecordKind::Passkey => "account_passkey",
            RecordKind::NewPasskey => "account_new_passkey",
        }
    }

    /// The kind a stored purpose names.
    pub(crate) fn of(purpose: &str) -> Option<RecordKind> {
        [
            RecordKind::Password,
            RecordKind::Totp,
            RecordKind::Passkey,
            RecordKind::NewPasskey,
        ]
        .into_iter()
        .find(|kind| kind.purpose() == purpose)
    }
}

/// Audits a failed attempt at a record (a wrong password, code or passkey), as a failed
/// sign-in is.
pub(crate) fn failed(
    conn: &rusqlite::Connection,
    actor: &str,
    now: Timestamp,
    user_id: &str,
    method: &str,
) -> Result<()> {
    record(
        conn,
        actor,
        now,
        "verification.failed",
        Some(user_id),
        json!({ "method": method }),
    )
}

/// Stores a record of `kind` for `user`, proven at `verified_at` or (a passkey ceremony under
/// way, its state in `payload`) not yet; it lapses ten minutes after it was made.
pub(crate) fn insert_record(
    conn: &rusqlite::Connection,
    kind: RecordKind,
    user: &User,
    payload: Option<String>,
    now: Timestamp,
    verified_at: Option<Timestamp>,
) -> Result<VerificationRecord> {
    let payload = match payload {
        Some(payload) => payload,
        None => serde_json::to_string(&Payload {
            registration: None,
            user_id: Some(user.id.clone()),
        })
        .map_err(|e| crate::Error::Runtime(format!("encoding a record failed: {e}")))?,
    };
    let stored = StoredVerification {
        id: random_string(24),
        purpose: kind.purpose().into(),
        channel: "account".into(),
        target: user.id.clone(),
        interaction: None,
        payload,
        code_digest: String::new(),
        attempts: 0,
        created_at: now,
        sent_at: now,
        expires_at: now.plus(LIFETIME_SECONDS),
        verified_at,
        consumed_at: None,
    };
    store::verifications::insert(conn, &stored)?;
    Ok(VerificationRecord {
        id: stored.id,
        expires_at: stored.expires_at,
    })
}

/// A verification record as the API answers it.
#[derive(Debug, Clone, PartialEq)]
pub struct VerificationRecord {
    /// What the `logto-verification-id` header names.
    pub id: String,
    /// When it lapses.
    pub expires_at: Timestamp,
}

/// What a record proves, when it proves anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Proof {
    /// That the caller is the account's owner (their password, or a code to their own email
    /// or phone).
    Identity,
    /// That the caller holds this new email or phone.
    NewIdentifier(String),
}

impl Doorman {
    /// A record for `user` when `password` is theirs; `None` when it is not (counted in the
    /// audit log, like a failed sign-in).
    pub fn verify_password(
        &mut self,
        user: &User,
        password: &str,
    ) -> Result<Option<VerificationRecord>> {
        let now = self.clock.now();
        let stored = store::users::find_by(self.store.conn(), store::users::Key::Id, &user.id)?;
        let hash = stored.as_ref().and_then(|s| s.password_hash.clone());
        let matched = match &hash {
            Some(hash) => self.hasher.verify(password, hash),
            None => {
                let decoy = self.decoy_hash()?;
                let _ = self.hasher.verify(password, &decoy);
                false
            }
        };
        let tx = self.store.transaction()?;
        if !matched {
            failed(&tx, &self.actor, now, &user.id, "password")?;
            tx.commit()?;
            return Ok(None);
        }
        let record = insert_record(&tx, RecordKind::Password, user, None, now, Some(now))?;
        tx.commit()?;
        Ok(Some(record))
    }

    /// What the record `id` proves for `user` now: nothing when it is unknown, unproven, spent,
    /// older than ten minutes since it was proven, or someone else's.
    pub fn record_proof(&self, user: &User, id: &str) -> Result<Option<Proof>> {
        let now = self.clock.now().unix();
        let Some(stored) = store::verifications::find(self.store.conn(), id)? else {
            return Ok(None);
        };
        let live = stored.consumed_at.is_none()
            && stored
                .verified_at
                .is_some_and(|at| now - at.unix() <= LIFETIME_SECONDS);
        if !live {
            return Ok(None);
        }
        if let Some(kind) = RecordKind::of(&stored.purpose) {
            let own = stored.target == user.id
                && (kind != RecordKind::Password
                    || payload_of(&stored).user_id.as_deref() == Some(user.id.as_str()));
            return Ok((own && kind != RecordKind::NewPasskey).then_some(Proof::Identity));
        }
        if stored.purpose != Purpose::Account.as_str() {
            return Ok(None);
        }
        let target = stored.target.as_str();
        let own = user.email.as_deref().is_some_and(|e| same_email(e, target))
            || user.phone.as_deref() == Some(target);
        Ok(Some(if own {
            Proof::Identity
        } else {
            Proof::NewIdentifier(target.to_string())
        }))
    }

    /// Spends a record: each proves one change.
    pub fn spend_record(&mut self, id: &str) -> Result<()> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        if let Some(mut stored) = store::verifications::find(&tx, id)? {
            stored.consumed_at = Some(now);
            store::verifications::update(&tx, &stored)?;
        }
        tx.commit()
    }
}
