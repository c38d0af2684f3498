//! Second factors a user brings themselves (the Account API): an authenticator app's
//! secret, checked against a first code when one is given, and a set of backup codes the user
//! chose to keep, which cannot be someone's only factor and do not replace a set still in use.

use serde_json::json;

use crate::credentials::{backup_codes, totp};
use crate::error::{Error, Result};
use crate::model::mfa::{Factor, FactorKind};
use crate::ops::accounts::mfa::{store_backup_codes, store_totp};
use crate::ops::{Doorman, record};
use crate::store::mfa as table;

/// Why an enrolment was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// The first code does not match the secret.
    WrongCode,
    /// The user has an authenticator app already.
    TotpTaken,
    /// The user has backup codes still unused.
    BackupCodesInUse,
    /// Backup codes would be the user's only factor.
    BackupCodesAlone,
    /// A code is not 6 to 32 letters and digits.
    BadBackupCode(String),
    /// The record named holds no proven new passkey of the user's.
    NoNewPasskey,
}

/// What a new authenticator app does to one the user has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TotpChange {
    /// Refused when the user has one.
    Add,
    /// Takes its place (Logto's `PUT .../mfa-verifications/totp`; the code is required).
    Replace,
}

impl Doorman {
    /// Enrols an authenticator app with `secret` (base32), proved by `code` when given.
    pub fn bring_totp(
        &mut self,
        user_id: &str,
        secret: &str,
        code: Option<&str>,
        how: TotpChange,
    ) -> Result<std::result::Result<Factor, Refused>> {
        let secret = totp::normalize_secret(secret)?;
        let now = self.clock.now();
        let first_step = match code {
            Some(code) => match totp::matching_step(&secret, code, now.unix())? {
                Some(step) => Some(step),
                None => return Ok(Err(Refused::WrongCode)),
            },
            None => None,
        };
        if how == TotpChange::Replace && first_step.is_none() {
            return Ok(Err(Refused::WrongCode));
        }
        let tx = self.store.transaction()?;
        let replaced = match table::find_kind(&tx, user_id, FactorKind::Totp)? {
            Some(_) if how == TotpChange::Add => return Ok(Err(Refused::TotpTaken)),
            Some(old) => {
                table::delete(&tx, user_id, &old.factor.id)?;
                Some(old.factor.id)
            }
            None => None,
        };
        let factor = store_totp(&tx, user_id, &secret, first_step, now)?;
        let (action, detail) = match replaced {
            Some(old) => (
                "mfa.totp_replaced",
                json!({ "factor_id": factor.id, "replaced": old }),
            ),
            None => ("mfa.totp_added", json!({ "factor_id": factor.id })),
        };
        record(&tx, &self.actor, now, action, Some(user_id), detail)?;
        tx.commit()?;
        Ok(Ok(factor))
    }

    /// Enrols backup codes the user generated and kept.
    pub fn bring_backup_codes(
        &mut self,
        user_id: &str,
        codes: &[String],
    ) -> Result<std::result::Result<Factor, Refused>> {
        let mut digests = Vec::with_capacity(codes.len());
        for code in codes {
            match backup_codes::normalize(code) {
                Some(normal) => digests.push(backup_codes::digest(&normal)),
                None => return Ok(Err(Refused::BadBackupCode(code.clone()))),
            }
        }
        if digests.is_empty() {
            return Err(Error::invalid("no backup codes were given"));
        }
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let factors = table::list(&tx, user_id)?;
        if factors.iter().any(|f| {
            f.factor.kind == FactorKind::BackupCode && f.factor.remaining_codes.unwrap_or(0) > 0
        }) {
            return Ok(Err(Refused::BackupCodesInUse));
        }
        if !factors
            .iter()
            .any(|f| f.factor.kind != FactorKind::BackupCode)
        {
            return Ok(Err(Refused::BackupCodesAlone));
        }
        let factor = store_backup_codes(&tx, user_id, &digests, now)?;
        record(
            &tx,
            &self.actor,
            now,
            "mfa.backup_codes_created",
            Some(user_id),
            json!({ "factor_id": factor.id }),
        )?;
        tx.commit()?;
        Ok(Ok(factor))
    }
}
