//! Verification records made with a second factor, for the Account API: a code from the user's
//! authenticator app or one of their passkeys proves who they are (as a password does), and a
//! passkey their browser just made is held in a record of its own until the user enrols it.
//! A passkey ceremony keeps its state in the record that the browser's answer proves, so the
//! answer counts only for the ceremony the server started for that user, once.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::credentials::passkey::{self, StoredPasskey};
use crate::error::{Error, Result};
use crate::model::mfa::{Factor, FactorKind};
use crate::model::user::User;
use crate::ops::account_center::verification_records::{
    RecordKind, VerificationRecord, failed, insert_record,
};
use crate::ops::accounts::passkeys::insert_passkey;
use crate::ops::{Doorman, record};
use crate::store::{self, mfa as table};

/// What a passkey record holds: the ceremony's state until the browser answers, then (for a
/// new passkey) the passkey it made.
#[derive(Debug, Default, Serialize, Deserialize)]
struct PasskeyPayload {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ceremony: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    credential_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    credential: Option<String>,
}

/// How the browser's answer to a passkey ceremony came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CeremonyOutcome {
    /// The record is proven.
    Proven,
    /// The answer did not prove it (wrong passkey, a passkey registered already, a forged
    /// answer); the record cannot be proven any more.
    Refused,
    /// No ceremony under way for this user by that id (unknown, someone else's, lapsed, done).
    NotFound,
}

fn encode(payload: &PasskeyPayload) -> Result<String> {
    serde_json::to_string(payload).map_err(|e| Error::Runtime(format!("encoding a record: {e}")))
}

impl Doorman {
    /// A record for `user` when `code` is a current code of their authenticator app (each code
    /// proves once); `None` when it is not (audited like a failed sign-in).
    pub fn verify_totp_record(
        &mut self,
        user: &User,
        code: &str,
    ) -> Result<Option<VerificationRecord>> {
        let accepted = self.verify_totp(&user.id, code)?;
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let made = if accepted {
            Some(insert_record(
                &tx,
                RecordKind::Totp,
                user,
                None,
                now,
                Some(now),
            )?)
        } else {
            failed(&tx, &self.actor, now, &user.id, "totp")?;
            None
        };
        tx.commit()?;
        Ok(made)
    }

    /// Starts a passkey ceremony for `user`: registering a new passkey (`new`), or proving
    /// who they are with one of theirs. The options for the browser (WebAuthn's JSON form) and
    /// the record its answer will prove; `None` when passkeys are not offered here or the user
    /// has none to prove with.
    pub fn start_passkey_record(
        &mut self,
        user: &User,
        new: bool,
    ) -> Result<Option<(Value, VerificationRecord)>> {
        let Some(rp) = self.relying_party()? else {
            return Ok(None);
        };
        let (options, state, kind) = if new {
            let Some((options, state)) = self.own_passkey_options(&user.id)? else {
                return Ok(None);
            };
            (options, state, RecordKind::NewPasskey)
        } else {
            let keys: Vec<String> =
                table::list_kind(self.store.conn(), &user.id, FactorKind::Webauthn)?
                    .into_iter()
                    .filter_map(|f| f.secret)
                    .collect();
            if keys.is_empty() {
                return Ok(None);
            }
            let (options, state) = passkey::start_authentication(&rp, &keys)?;
            (options, state, RecordKind::Passkey)
        };
        let payload = encode(&PasskeyPayload {
            ceremony: Some(state),
            ..PasskeyPayload::default()
        })?;
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let made = insert_record(&tx, kind, user, Some(payload), now, None)?;
        tx.commit()?;
        // WebAuthn's JSON form, as Logto answers it: the inner `publicKey` options.
        let options = options.get("publicKey").cloned().unwrap_or(options);
        Ok(Some((options, made)))
    }

    /// Proves the passkey record `id` of `user` with the browser's answer `credential`.
    pub fn prove_passkey_record(
        &mut self,
        user: &User,
        id: &str,
        credential: &str,
    ) -> Result<CeremonyOutcome> {
        let now = self.clock.now();
        let Some(mut stored) = store::verifications::find(self.store.conn(), id)? else {
            return Ok(CeremonyOutcome::NotFound);
        };
        let kind = RecordKind::of(&stored.purpose);
        let under_way = matches!(kind, Some(RecordKind::Passkey | RecordKind::NewPasskey))
            && stored.target == user.id
            && stored.verified_at.is_none()
            && stored.consumed_at.is_none()
            && now.unix() <= stored.expires_at.unix();
        let mut payload: PasskeyPayload = serde_json::from_str(&stored.payload).unwrap_or_default();
        let (true, Some(state)) = (under_way, payload.ceremony.take()) else {
            return Ok(CeremonyOutcome::NotFound);
        };
        let proven = if kind == Some(RecordKind::NewPasskey) {
            match self.finish_new_passkey(&state, credential)? {
                Some(made) => {
                    payload.credential_id = Some(made.credential_id);
                    payload.credential = Some(made.json);
                    true
                }
                None => false,
            }
        } else {
            self.check_own_passkey(&user.id, &state, credential)?
        };
        // Proven or not, the ceremony is over: its state goes, and a refused record is spent.
        stored.payload = encode(&payload)?;
        if proven {
            stored.verified_at = Some(now);
        } else {
            stored.consumed_at = Some(now);
        }
        let tx = self.store.transaction()?;
        store::verifications::update(&tx, &stored)?;
        if !proven {
            failed(&tx, &self.actor, now, &user.id, "passkey")?;
        }
        tx.commit()?;
        Ok(if proven {
            CeremonyOutcome::Proven
        } else {
            CeremonyOutcome::Refused
        })
    }

    /// The passkey a browser made for this ceremony, unless it is registered already.
    fn finish_new_passkey(&self, state: &str, credential: &str) -> Result<Option<StoredPasskey>> {
        let Some(rp) = self.relying_party()? else {
            return Ok(None);
        };
        match passkey::finish_registration(&rp, state, credential) {
            Ok(made) => {
                let taken =
                    table::find_by_credential(self.store.conn(), &made.credential_id)?.is_some();
                Ok((!taken).then_some(made))
            }
            Err(refusal) => {
                tracing::info!("{}", refusal.0);
                Ok(None)
            }
        }
    }

    /// Enrols the passkey proven by the record `id` as one of `user`'s factors, named `name`,
    /// and spends the record; `None` when the record holds no proven new passkey of theirs
    /// (unknown, lapsed, spent, someone else's).
    pub fn enrol_passkey_record(
        &mut self,
        user: &User,
        id: &str,
        name: Option<&str>,
    ) -> Result<Option<Factor>> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let Some(mut stored) = store::verifications::find(&tx, id)? else {
            return Ok(None);
        };
        let proven = RecordKind::of(&stored.purpose) == Some(RecordKind::NewPasskey)
            && stored.target == user.id
            && stored.consumed_at.is_none()
            && stored.verified_at.is_some_and(|at| {
                now.unix() - at.unix() <= crate::credentials::one_time_code::LIFETIME_SECONDS
            });
        let payload: PasskeyPayload = serde_json::from_str(&stored.payload).unwrap_or_default();
        let (true, Some(credential_id), Some(json)) =
            (proven, payload.credential_id, payload.credential)
        else {
            return Ok(None);
        };
        let made = StoredPasskey {
            credential_id,
            json,
        };
        let mut factor = insert_passkey(&tx, &user.id, made, now)?;
        if let Some(name) = name {
            table::rename_passkey(&tx, &user.id, &factor.id, name)?;
            factor.name = Some(name.to_string());
        }
        stored.consumed_at = Some(now);
        store::verifications::update(&tx, &stored)?;
        record(
            &tx,
            &self.actor,
            now,
            "mfa.passkey_added",
            Some(&user.id),
            json!({ "factor_id": factor.id, "at_sign_in": false }),
        )?;
        tx.commit()?;
        Ok(Some(factor))
    }

    /// Names one of `user_id`'s passkeys; false when they have no such passkey.
    pub fn rename_passkey(&mut self, user_id: &str, id: &str, name: &str) -> Result<bool> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let renamed = table::rename_passkey(&tx, user_id, id, name)?;
        if renamed {
            record(
                &tx,
                &self.actor,
                now,
                "mfa.passkey_renamed",
                Some(user_id),
                json!({ "factor_id": id }),
            )?;
        }
        tx.commit()?;
        Ok(renamed)
    }

    /// Whether `user_id` opted out of the second factor at sign-in.
    pub fn skips_mfa_on_sign_in(&self, user_id: &str) -> Result<bool> {
        table::opted_out_at_sign_in(self.store.conn(), user_id)
    }

    /// Opts `user_id` out of the second factor at sign-in (`skip`), or back in. A mandatory
    /// policy, and an organization that requires MFA, still ask.
    pub fn set_skip_mfa_on_sign_in(&mut self, user_id: &str, skip: bool) -> Result<()> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        table::set_sign_in_opt_out(&tx, user_id, skip, now)?;
        record(
            &tx,
            &self.actor,
            now,
            "mfa.sign_in_setting_changed",
            Some(user_id),
            json!({ "skip_mfa_on_sign_in": skip }),
        )?;
        tx.commit()
    }
}
