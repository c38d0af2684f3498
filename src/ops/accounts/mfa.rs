//! Second factors from the admin side (`user mfa ...`, fixtures): enrol an authenticator app,
//! make a set of backup codes, list and remove factors. Secrets print once, in the value the
//! enrolling call returns. What a sign-in asks for is in [`crate::ops::accounts::mfa_sign_in`].

use serde::Serialize;
use serde_json::json;

use crate::credentials::{backup_codes, totp};
use crate::error::{Error, Result};
use crate::model::id::new_id;
use crate::model::mfa::{Factor, FactorKind};
use crate::model::timestamp::Timestamp;
use crate::model::user::User;
use crate::ops::{Doorman, record, resolve};
use crate::store::mfa::{self as table, StoredFactor};

/// An authenticator app just enrolled: the secret and the URI to scan, shown this once.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TotpEnrolment {
    /// The factor.
    #[serde(flatten)]
    pub factor: Factor,
    /// The base32 secret.
    pub secret: String,
    /// The `otpauth://` URI (what the QR code holds).
    pub otpauth_uri: String,
}

/// A new set of backup codes, shown this once.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BackupCodeSet {
    /// The factor.
    #[serde(flatten)]
    pub factor: Factor,
    /// The codes.
    pub codes: Vec<String>,
}

/// The name an authenticator app shows for the account.
pub(crate) fn account_label(user: &User) -> String {
    user.email
        .clone()
        .or_else(|| user.username.clone())
        .or_else(|| user.phone.clone())
        .unwrap_or_else(|| user.id.clone())
}

/// Stores a TOTP factor for a user (inside the caller's transaction), the step its first code
/// proved already used when there is one.
pub(crate) fn store_totp(
    conn: &rusqlite::Connection,
    user_id: &str,
    secret: &str,
    first_step: Option<u64>,
    now: Timestamp,
) -> Result<Factor> {
    if table::find_kind(conn, user_id, FactorKind::Totp)?.is_some() {
        return Err(Error::conflict(
            "the user already has an authenticator app: remove it first",
        ));
    }
    let factor = Factor {
        id: new_id(),
        kind: FactorKind::Totp,
        created_at: now,
        last_used_at: None,
        remaining_codes: None,
        name: None,
    };
    table::insert(
        conn,
        &StoredFactor {
            factor: factor.clone(),
            user_id: user_id.to_string(),
            secret: Some(secret.to_string()),
            credential_id: None,
        },
    )?;
    if let Some(step) = first_step {
        table::accept_totp_step(conn, &factor.id, step, now)?;
    }
    Ok(factor)
}

/// Replaces a user's backup codes with `digests` (inside the caller's transaction).
pub(crate) fn store_backup_codes(
    conn: &rusqlite::Connection,
    user_id: &str,
    digests: &[String],
    now: Timestamp,
) -> Result<Factor> {
    table::delete_kind(conn, user_id, FactorKind::BackupCode)?;
    let factor = Factor {
        id: new_id(),
        kind: FactorKind::BackupCode,
        created_at: now,
        last_used_at: None,
        name: None,
        remaining_codes: Some(digests.len() as u32),
    };
    table::insert(
        conn,
        &StoredFactor {
            factor: factor.clone(),
            user_id: user_id.to_string(),
            secret: None,
            credential_id: None,
        },
    )?;
    table::insert_codes(conn, &factor.id, digests)?;
    Ok(factor)
}

impl Doorman {
    /// A user's enrolled factors.
    pub fn mfa_factors(&self, user: &str) -> Result<Vec<Factor>> {
        let conn = self.store.conn();
        let user = resolve::user(conn, user)?.user;
        Ok(table::list(conn, &user.id)?
            .into_iter()
            .map(|f| f.factor)
            .collect())
    }

    /// Enrols an authenticator app with a new secret, or with `secret` (base32) to match one an
    /// app already holds.
    pub fn add_totp(&mut self, user: &str, secret: Option<&str>) -> Result<TotpEnrolment> {
        let secret = match secret {
            Some(text) => totp::normalize_secret(text)?,
            None => totp::generate_secret(),
        };
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let user = resolve::user(&tx, user)?.user;
        let issuer = crate::store::settings::load(&tx)?.branding.app_name;
        let factor = store_totp(&tx, &user.id, &secret, None, now)?;
        let otpauth_uri = totp::otpauth_uri(&secret, &account_label(&user), &issuer)?;
        record(
            &tx,
            &self.actor,
            now,
            "mfa.totp_added",
            Some(&user.id),
            json!({ "factor_id": factor.id }),
        )?;
        tx.commit()?;
        Ok(TotpEnrolment {
            factor,
            secret,
            otpauth_uri,
        })
    }

    /// Makes a new set of backup codes, replacing the old set.
    pub fn new_backup_codes(&mut self, user: &str) -> Result<BackupCodeSet> {
        let codes = backup_codes::generate();
        let digests: Vec<String> = codes.iter().map(|c| backup_codes::digest(c)).collect();
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let user = resolve::user(&tx, user)?.user;
        let factor = store_backup_codes(&tx, &user.id, &digests, now)?;
        record(
            &tx,
            &self.actor,
            now,
            "mfa.backup_codes_created",
            Some(&user.id),
            json!({ "factor_id": factor.id }),
        )?;
        tx.commit()?;
        Ok(BackupCodeSet { factor, codes })
    }

    /// Removes one of a user's factors.
    pub fn remove_factor(&mut self, user: &str, factor_id: &str) -> Result<Factor> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let user = resolve::user(&tx, user)?.user;
        let found = table::list(&tx, &user.id)?
            .into_iter()
            .find(|f| f.factor.id == factor_id)
            .ok_or_else(|| Error::not_found(format!("the user has no MFA factor '{factor_id}'")))?;
        table::delete(&tx, &user.id, factor_id)?;
        record(
            &tx,
            &self.actor,
            now,
            "mfa.factor_removed",
            Some(&user.id),
            json!({ "factor_id": factor_id, "type": found.factor.kind }),
        )?;
        tx.commit()?;
        Ok(found.factor)
    }
}
