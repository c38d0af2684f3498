//! Passkeys in sign-ins: the options a page's script asks for (the ceremony's state kept with
//! the interaction), a passkey as the second factor or enrolled as one, and a discoverable
//! passkey as the first factor (`amr: ["hwk"]`). Offered only when the settings list `webauthn`
//! and the issuer's host is a name (browsers refuse IP addresses as relying parties).

use serde_json::{Value, json};
use webauthn_rs::Webauthn;

use crate::credentials::passkey::{self, Refused, StoredPasskey};
use crate::error::{Error, Result};
use crate::model::id::new_id;
use crate::model::mfa::{Factor, FactorKind};
use crate::model::settings::MfaFactor;
use crate::ops::accounts::mfa::{BackupCodeSet, account_label};
use crate::ops::accounts::mfa_sign_in::{PendingMfa, first_backup_codes};
use crate::ops::accounts::sessions::{SignIn, conclude_sign_in};
use crate::ops::{Doorman, record};
use crate::store::interactions::Slot;
use crate::store::mfa::{self as table, StoredFactor};
use crate::store::{self};

/// Which ceremony a page starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasskeyPurpose {
    /// The first factor, with any discoverable passkey.
    SignIn,
    /// The second factor, with one of the user's passkeys.
    Verify,
    /// Enrolling a passkey as the second factor.
    Register,
}

impl PasskeyPurpose {
    /// Parses the page's `purpose` field.
    pub fn parse(text: &str) -> Option<PasskeyPurpose> {
        match text {
            "sign_in" => Some(PasskeyPurpose::SignIn),
            "verify" => Some(PasskeyPurpose::Verify),
            "register" => Some(PasskeyPurpose::Register),
            _ => None,
        }
    }
}

fn stored(factor: &StoredFactor) -> Option<StoredPasskey> {
    Some(StoredPasskey {
        credential_id: factor.credential_id.clone()?,
        json: factor.secret.clone()?,
    })
}

/// Stores a passkey the browser just made as one of the user's factors; a passkey registered
/// already (to anyone) is refused.
pub(crate) fn insert_passkey(
    conn: &rusqlite::Connection,
    user_id: &str,
    made: StoredPasskey,
    now: crate::model::timestamp::Timestamp,
) -> Result<Factor> {
    if table::find_by_credential(conn, &made.credential_id)?.is_some() {
        return Err(Error::conflict("this passkey is registered already"));
    }
    let factor = Factor {
        id: new_id(),
        kind: FactorKind::Webauthn,
        created_at: now,
        last_used_at: Some(now),
        remaining_codes: None,
        name: None,
    };
    table::insert(
        conn,
        &StoredFactor {
            factor: factor.clone(),
            user_id: user_id.to_string(),
            secret: Some(made.json),
            credential_id: Some(made.credential_id),
        },
    )?;
    Ok(factor)
}

/// Logs why a ceremony failed; the page only says it did not work.
fn refused(refusal: Refused) -> Result<bool> {
    tracing::info!("{}", refusal.0);
    Ok(false)
}

impl Doorman {
    /// Whether passkeys are offered here: the settings list `webauthn` and the issuer's host is
    /// a name. Pages ask this on every render, so it builds nothing.
    pub fn passkeys_offered(&self) -> Result<bool> {
        Ok(self.settings()?.mfa.factors.contains(&MfaFactor::Webauthn)
            && passkey::available(&self.issuer()?))
    }

    /// The relying party for this server, when passkeys are offered here: for the ceremonies.
    pub fn relying_party(&self) -> Result<Option<Webauthn>> {
        let settings = self.settings()?;
        if !settings.mfa.factors.contains(&MfaFactor::Webauthn) {
            return Ok(None);
        }
        Ok(passkey::relying_party(
            &self.issuer()?,
            &settings.branding.app_name,
        ))
    }

    /// The options of a ceremony for the browser, or none when it cannot start (passkeys not
    /// offered, no sign-in waiting at `/mfa`, no passkey to verify). The state is kept with the
    /// interaction.
    pub fn passkey_options(
        &mut self,
        interaction: &str,
        purpose: PasskeyPurpose,
    ) -> Result<Option<Value>> {
        let Some(rp) = self.relying_party()? else {
            return Ok(None);
        };
        if purpose == PasskeyPurpose::SignIn {
            let (options, state) = passkey::start_discoverable(&rp)?;
            let tx = self.store.transaction()?;
            store::interactions::set_slot(&tx, interaction, Slot::Passkey, Some(&state))?;
            tx.commit()?;
            return Ok(Some(options));
        }
        let Some(mut pending) = self.pending_mfa(interaction)? else {
            return Ok(None);
        };
        let conn = self.store.conn();
        let keys: Vec<String> = table::list_kind(conn, &pending.user_id, FactorKind::Webauthn)?
            .into_iter()
            .filter_map(|f| f.secret)
            .collect();
        let (options, state) = if purpose == PasskeyPurpose::Verify {
            if keys.is_empty() {
                return Ok(None);
            }
            passkey::start_authentication(&rp, &keys)?
        } else {
            let user = crate::ops::resolve::user(conn, &pending.user_id)?.user;
            let label = account_label(&user);
            let display = user.name.clone().unwrap_or_else(|| label.clone());
            passkey::start_registration(&rp, &user.id, &label, &display, &keys)?
        };
        pending.passkey_state = Some(state);
        self.set_pending_mfa(interaction, Some(&pending))?;
        Ok(Some(options))
    }

    /// Checks the second factor with one of the user's passkeys.
    pub fn verify_passkey(&mut self, pending: &PendingMfa, credential: &str) -> Result<bool> {
        match &pending.passkey_state {
            Some(state) => self.check_own_passkey(&pending.user_id, state, credential),
            None => Ok(false),
        }
    }

    /// Checks what the browser answered to the authentication ceremony `state` with one of
    /// `user_id`'s passkeys, and stores the passkey's new signature counter.
    pub(crate) fn check_own_passkey(
        &mut self,
        user_id: &str,
        state: &str,
        credential: &str,
    ) -> Result<bool> {
        let Some(rp) = self.relying_party()? else {
            return Ok(false);
        };
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let factors = table::list_kind(&tx, user_id, FactorKind::Webauthn)?;
        let keys: Vec<StoredPasskey> = factors.iter().filter_map(stored).collect();
        let used = match passkey::finish_authentication(&rp, state, credential, &keys) {
            Ok(used) => used,
            Err(refusal) => return refused(refusal),
        };
        if let Some(factor) = factors
            .iter()
            .find(|f| f.credential_id.as_deref() == Some(used.credential_id.as_str()))
        {
            table::passkey_used(&tx, &factor.factor.id, &used.json, now)?;
        }
        tx.commit()?;
        Ok(true)
    }

    /// Enrols the passkey the browser just made (the registration the page started), with
    /// backup codes when the settings offer them. None when the browser's answer is refused.
    pub fn enrol_passkey(
        &mut self,
        pending: &PendingMfa,
        credential: &str,
    ) -> Result<Option<(Factor, Option<BackupCodeSet>)>> {
        let (Some(rp), Some(state)) = (self.relying_party()?, &pending.passkey_state) else {
            return Ok(None);
        };
        let made = match passkey::finish_registration(&rp, state, credential) {
            Ok(made) => made,
            Err(refusal) => {
                refused(refusal)?;
                return Ok(None);
            }
        };
        let offers_codes = self
            .settings()?
            .mfa
            .factors
            .contains(&MfaFactor::BackupCode);
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let factor = insert_passkey(&tx, &pending.user_id, made, now)?;
        let has_codes = table::find_kind(&tx, &pending.user_id, FactorKind::BackupCode)?.is_some();
        let set = first_backup_codes(&tx, &pending.user_id, offers_codes && !has_codes, now)?;
        record(
            &tx,
            &self.actor,
            now,
            "mfa.passkey_added",
            Some(&pending.user_id),
            json!({ "factor_id": factor.id, "at_sign_in": true }),
        )?;
        tx.commit()?;
        Ok(Some((factor, set)))
    }

    /// Signs in with a discoverable passkey (the first factor): the user whose passkey answered
    /// the challenge the interaction holds. Audited like a password sign-in.
    pub fn sign_in_with_passkey(&mut self, interaction: &str, credential: &str) -> Result<SignIn> {
        let Some(rp) = self.relying_party()? else {
            return Ok(SignIn::WrongCredentials);
        };
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let Some(state) = store::interactions::slot(&tx, interaction, Slot::Passkey)? else {
            return Ok(SignIn::WrongCredentials);
        };
        // A challenge answers once.
        store::interactions::set_slot(&tx, interaction, Slot::Passkey, None)?;
        let factor = match passkey::credential_id_of(credential) {
            Ok(id) => table::find_by_credential(&tx, &id)?,
            Err(refusal) => {
                refused(refusal)?;
                None
            }
        };
        let used = factor.as_ref().and_then(|factor| {
            let key = stored(factor)?;
            passkey::finish_discoverable(&rp, &state, credential, &key)
                .map_err(|refusal| tracing::info!("{}", refusal.0))
                .ok()
        });
        let proved = match (factor, used) {
            (Some(factor), Some(used)) => {
                table::passkey_used(&tx, &factor.factor.id, &used.json, now)?;
                Some(crate::ops::resolve::user(&tx, &factor.user_id)?)
            }
            _ => None,
        };
        let outcome = conclude_sign_in(
            &tx,
            &self.actor,
            now,
            proved,
            json!({ "method": "passkey" }),
        )?;
        tx.commit()?;
        Ok(outcome)
    }
}
