//! The second-factor step of a sign-in: whether the user is asked to verify a factor or to enrol
//! one (the settings' policy, an organization that requires MFA, a prompt skipped before), the
//! checks of TOTP and backup codes (a TOTP code is refused a second time; a backup code works
//! once), and the step's state, kept with the interaction between pages.

use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::credentials::{backup_codes, totp};
use crate::error::{Error, Result};
use crate::model::mfa::{Factor, FactorKind};
use crate::model::settings::{MfaFactor, MfaPolicy, OrganizationMfaPolicy};
use crate::ops::accounts::mfa::{BackupCodeSet, account_label, store_backup_codes, store_totp};
use crate::ops::accounts::verification::CodeCheck;
use crate::ops::{Doorman, record};
use crate::store::interactions::Slot;
use crate::store::{self, mfa as table};

/// What a sign-in needs once the first factor is proved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MfaStep {
    /// Nothing more.
    Done,
    /// Prove one of these enrolled factors.
    Verify(Vec<FactorKind>),
    /// Enrol an authenticator app; `skippable` unless the policy or an organization insists.
    Enrol {
        /// Whether a "skip" button is offered.
        skippable: bool,
    },
}

/// A sign-in waiting at `/mfa`, stored with its interaction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingMfa {
    /// Who proved the first factor.
    pub user_id: String,
    /// How (RFC 8176 values), before the second factor is added.
    pub amr: Vec<String>,
    /// Whether the first factor was a sign-up.
    pub sign_up: bool,
    /// The email or phone a code proved as the first factor, which no second-factor code may
    /// go to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_channel: Option<FactorKind>,
    /// An authenticator secret being enrolled, shown on the page until a code proves it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totp_secret: Option<String>,
    /// A passkey ceremony under way (registration or authentication state, JSON).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passkey_state: Option<String>,
    /// The verification of a code sent to the user's email or phone, once one was sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_verification: Option<String>,
    /// How the second factor was proved (`otp`, `hwk`), once it was: the backup codes page may
    /// still be showing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proved_with: Option<String>,
}

impl PendingMfa {
    /// The `amr` of the finished sign-in: the first factor's, then the second's (`otp` for
    /// codes, `hwk` for a passkey) and `mfa`.
    pub fn amr_with(&self, second: &str) -> Vec<String> {
        let mut amr = self.amr.clone();
        for value in [second, "mfa"] {
            if !amr.iter().any(|a| a == value) {
                amr.push(value.to_string());
            }
        }
        amr
    }
}

/// The backup codes made when a user enrols their first factor, when the settings offer them.
pub(crate) fn first_backup_codes(
    conn: &rusqlite::Connection,
    user_id: &str,
    offered: bool,
    now: crate::model::timestamp::Timestamp,
) -> Result<Option<BackupCodeSet>> {
    if !offered {
        return Ok(None);
    }
    let codes = backup_codes::generate();
    let digests: Vec<String> = codes.iter().map(|c| backup_codes::digest(c)).collect();
    let factor = store_backup_codes(conn, user_id, &digests, now)?;
    Ok(Some(BackupCodeSet { factor, codes }))
}

impl Doorman {
    /// What the sign-in of `user_id` needs after its first factor. A code to the user's email
    /// or phone counts as a second factor only when no stronger one (an authenticator app, a
    /// passkey, backup codes) is enrolled, and never to `first_channel`, the address whose code
    /// was the first factor: one mailbox must not pass both.
    pub fn mfa_step(
        &self,
        user_id: &str,
        sign_up: bool,
        first_channel: Option<FactorKind>,
    ) -> Result<MfaStep> {
        let conn = self.store.conn();
        let enrolled: Vec<FactorKind> = table::list(conn, user_id)?
            .into_iter()
            .map(|f| f.factor.kind)
            .collect();
        let mfa = self.settings()?.mfa;
        let forced = || -> Result<bool> {
            Ok(mfa.policy == MfaPolicy::Mandatory
                || (mfa.organization_required_mfa_policy == OrganizationMfaPolicy::Mandatory
                    && table::required_by_organization(conn, user_id)?))
        };
        if !enrolled.is_empty() {
            // A user who opted out is not asked, unless the policy or an organization insists.
            if table::opted_out_at_sign_in(conn, user_id)? && !forced()? {
                return Ok(MfaStep::Done);
            }
            return Ok(MfaStep::Verify(enrolled));
        }
        let forced = forced()?;
        if forced {
            // A verified address the settings accept as a factor is one already: nothing to
            // enrol.
            let codes: Vec<FactorKind> = self
                .mfa_code_targets(user_id)?
                .into_iter()
                .map(|(kind, _)| kind)
                .filter(|kind| Some(*kind) != first_channel)
                .collect();
            if !codes.is_empty() {
                return Ok(MfaStep::Verify(codes));
            }
        }
        let enrollable = mfa.factors.contains(&MfaFactor::Totp) || self.passkeys_offered()?;
        if !enrollable {
            return Ok(MfaStep::Done);
        }
        if forced {
            return Ok(MfaStep::Enrol { skippable: false });
        }
        let prompts = match mfa.policy {
            MfaPolicy::PromptAtSignInAndSignUp => true,
            MfaPolicy::PromptOnlyAtSignIn => !sign_up,
            MfaPolicy::NoPrompt | MfaPolicy::Mandatory => false,
        };
        Ok(if prompts && !table::skipped(conn, user_id)? {
            MfaStep::Enrol { skippable: true }
        } else {
            MfaStep::Done
        })
    }

    /// Where a user can get a second-factor code: their verified email and phone, as far as
    /// the settings list `email_verification_code` and `phone_verification_code`.
    pub fn mfa_code_targets(&self, user_id: &str) -> Result<Vec<(FactorKind, String)>> {
        let factors = self.settings()?.mfa.factors;
        let by_code = [
            MfaFactor::EmailVerificationCode,
            MfaFactor::PhoneVerificationCode,
        ];
        if !by_code.iter().any(|f| factors.contains(f)) {
            return Ok(Vec::new());
        }
        let user = crate::ops::resolve::user(self.store.conn(), user_id)?.user;
        let mut targets = Vec::new();
        if factors.contains(&MfaFactor::EmailVerificationCode)
            && user.email_verified
            && let Some(email) = user.email
        {
            targets.push((FactorKind::Email, email));
        }
        if factors.contains(&MfaFactor::PhoneVerificationCode)
            && user.phone_verified
            && let Some(phone) = user.phone
        {
            targets.push((FactorKind::Phone, phone));
        }
        Ok(targets)
    }

    /// Checks the code sent to the user's email or phone for this sign-in.
    pub fn verify_mfa_code(&mut self, pending: &PendingMfa, code: &str) -> Result<bool> {
        let Some(id) = &pending.code_verification else {
            return Ok(false);
        };
        match self.check_code(id, code)? {
            CodeCheck::Verified(_) => self.complete_mfa_code(id, &pending.user_id),
            _ => Ok(false),
        }
    }

    /// The second-factor state of an interaction.
    pub fn pending_mfa(&self, interaction: &str) -> Result<Option<PendingMfa>> {
        Ok(
            store::interactions::slot(self.store.conn(), interaction, Slot::Mfa)?
                .and_then(|text| serde_json::from_str(&text).ok()),
        )
    }

    /// Stores (or clears) the second-factor state of an interaction.
    pub fn set_pending_mfa(
        &mut self,
        interaction: &str,
        pending: Option<&PendingMfa>,
    ) -> Result<()> {
        let text = pending
            .map(serde_json::to_string)
            .transpose()
            .map_err(|e| Error::Runtime(format!("encoding the MFA step failed: {e}")))?;
        let tx = self.store.transaction()?;
        store::interactions::set_slot(&tx, interaction, Slot::Mfa, text.as_deref())?;
        tx.commit()
    }

    /// Checks an authenticator code of the user's TOTP factor; a code whose step was accepted
    /// before is refused.
    pub fn verify_totp(&mut self, user_id: &str, code: &str) -> Result<bool> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let Some(factor) = table::find_kind(&tx, user_id, FactorKind::Totp)? else {
            return Ok(false);
        };
        let secret = factor.secret.unwrap_or_default();
        let accepted = match totp::matching_step(&secret, code, now.unix())? {
            Some(step) => table::accept_totp_step(&tx, &factor.factor.id, step, now)?,
            None => false,
        };
        tx.commit()?;
        Ok(accepted)
    }

    /// Uses up one of the user's backup codes.
    pub fn verify_backup_code(&mut self, user_id: &str, code: &str) -> Result<bool> {
        let Some(code) = backup_codes::normalize(code) else {
            return Ok(false);
        };
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let Some(factor) = table::find_kind(&tx, user_id, FactorKind::BackupCode)? else {
            return Ok(false);
        };
        let used = table::use_code(&tx, &factor.factor.id, &backup_codes::digest(&code), now)?;
        if used {
            record(
                &tx,
                &self.actor,
                now,
                "mfa.backup_code_used",
                Some(user_id),
                json!({ "remaining": factor.factor.remaining_codes.unwrap_or(1) - 1 }),
            )?;
        }
        tx.commit()?;
        Ok(used)
    }

    /// Enrols the authenticator app whose secret the page showed, if `code` proves the app has
    /// it; with backup codes when the settings offer them (shown once, by the caller).
    pub fn enrol_totp(
        &mut self,
        user_id: &str,
        secret: &str,
        code: &str,
    ) -> Result<Option<(Factor, Option<BackupCodeSet>)>> {
        let now = self.clock.now();
        let Some(step) = totp::matching_step(secret, code, now.unix())? else {
            return Ok(None);
        };
        let offers_codes = self
            .settings()?
            .mfa
            .factors
            .contains(&MfaFactor::BackupCode);
        let tx = self.store.transaction()?;
        let factor = store_totp(&tx, user_id, secret, Some(step), now)?;
        let set = first_backup_codes(&tx, user_id, offers_codes, now)?;
        record(
            &tx,
            &self.actor,
            now,
            "mfa.totp_added",
            Some(user_id),
            json!({ "factor_id": factor.id, "at_sign_in": true }),
        )?;
        tx.commit()?;
        Ok(Some((factor, set)))
    }

    /// Remembers that the user skipped a skippable enrolment prompt.
    pub fn skip_mfa(&mut self, user_id: &str) -> Result<()> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        table::skip(&tx, user_id, now)?;
        tx.commit()
    }

    /// The `otpauth://` URI of a secret being enrolled, labelled with the user's account.
    pub fn enrolment_uri(&self, user_id: &str, secret: &str) -> Result<String> {
        let conn = self.store.conn();
        let user = crate::ops::resolve::user(conn, user_id)?.user;
        let issuer = store::settings::load(conn)?.branding.app_name;
        totp::otpauth_uri(secret, &account_label(&user), &issuer)
    }
}
