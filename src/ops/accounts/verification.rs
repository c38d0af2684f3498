//! One-time-code verifications: starting one (and sending its code), resending, checking a
//! code, and sign-in with a code. Registration (`ops::registration`) and password reset
//! (`ops::password_reset`) finish with a proven verification.
//!
//! No enumeration: sign-in and reset start a verification whether or not an account uses the
//! address; only when one does is a message written to the outbox. A verification without an
//! account can never be completed, because nobody ever saw its code.

use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::credentials::one_time_code::{self, LIFETIME_SECONDS, MAX_ATTEMPTS};
use crate::error::{Error, Result};
use crate::model::id::random_string;
use crate::model::outbox::Channel;
use crate::model::settings::Identifier;
use crate::model::timestamp::Timestamp;
use crate::model::user::{PendingRegistration, User};
use crate::model::validate;
use crate::ops::admin::outbox::deliver;
use crate::ops::federation::identity_links::drop_unverified_claims;
use crate::ops::{Doorman, record};
use crate::store::users::Key;
use crate::store::verifications::StoredVerification;
use crate::store::{self};

/// Why a code was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Proving an email or phone before the account is created.
    Register,
    /// Signing in with a code instead of a password.
    SignIn,
    /// Proving ownership before choosing a new password.
    ResetPassword,
    /// A second factor: a code to the account's verified email or phone, on `/mfa`.
    Mfa,
    /// Proving the email a connector sign-in did not vouch for, on `/continue/email`.
    ConnectorEmail,
    /// A security verification of the Account API (`/api/verifications/verification-code`):
    /// the user's own address before a sensitive change, or a new address to add.
    Account,
}

impl Purpose {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Purpose::Register => "register",
            Purpose::SignIn => "sign_in",
            Purpose::ResetPassword => "reset_password",
            Purpose::Mfa => "mfa",
            Purpose::ConnectorEmail => "connector_email",
            Purpose::Account => "account",
        }
    }

    fn parse(value: &str) -> Option<Purpose> {
        match value {
            "register" => Some(Purpose::Register),
            "sign_in" => Some(Purpose::SignIn),
            "reset_password" => Some(Purpose::ResetPassword),
            "mfa" => Some(Purpose::Mfa),
            "connector_email" => Some(Purpose::ConnectorEmail),
            "account" => Some(Purpose::Account),
            _ => None,
        }
    }
}

/// A verification as the pages see it.
#[derive(Debug, Clone, PartialEq)]
pub struct Verification {
    /// Random id, carried in the page URL.
    pub id: String,
    /// Why.
    pub purpose: Purpose,
    /// Where the code went.
    pub target: String,
    /// The authorization request it continues, if any.
    pub interaction: Option<String>,
    /// Whether a right code was entered.
    pub verified: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct Payload {
    /// The registration a code proves, for `Purpose::Register`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) registration: Option<PendingRegistration>,
    /// The account a sign-in or reset code reaches, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) user_id: Option<String>,
}

/// What entering a code came to.
#[derive(Debug, Clone, PartialEq)]
pub enum CodeCheck {
    /// Right: the verification is proven.
    Verified(Verification),
    /// Wrong; this many attempts are left.
    Wrong(u32),
    /// The code has lapsed.
    Expired,
    /// Too many wrong codes.
    TooManyAttempts,
    /// Already used, or unknown.
    Gone,
}

/// What asking for another code came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resend {
    /// Sent (or, without an account, pretended to be).
    Sent,
    /// Too soon: this many seconds to wait.
    Wait(i64),
    /// The verification is spent or unknown.
    Gone,
}

/// The kind of address a typed identifier is, for code delivery.
pub fn channel_of(target: &str) -> Option<(Identifier, Channel)> {
    match Identifier::of(target) {
        Identifier::Email if validate::email(target).is_ok() => {
            Some((Identifier::Email, Channel::Email))
        }
        Identifier::Phone if validate::phone(target).is_ok() => {
            Some((Identifier::Phone, Channel::Sms))
        }
        _ => None,
    }
}

fn channel_name(channel: Channel) -> &'static str {
    match channel {
        Channel::Email => "email",
        Channel::Sms => "sms",
    }
}

fn to_view(v: &StoredVerification) -> Option<Verification> {
    Some(Verification {
        id: v.id.clone(),
        purpose: Purpose::parse(&v.purpose)?,
        target: v.target.clone(),
        interaction: v.interaction.clone(),
        verified: v.verified_at.is_some(),
    })
}

pub(crate) fn payload_of(v: &StoredVerification) -> Payload {
    serde_json::from_str(&v.payload).unwrap_or_default()
}

impl Doorman {
    /// Starts a verification and sends its code. For sign-in and reset the code is only sent
    /// when a (not suspended) account uses `target`; the caller cannot tell the difference.
    pub fn start_verification(
        &mut self,
        purpose: Purpose,
        target: &str,
        interaction: Option<&str>,
        registration: Option<PendingRegistration>,
    ) -> Result<Verification> {
        let (kind, channel) = channel_of(target).ok_or_else(|| {
            Error::invalid(format!("'{target}' is neither an email nor a phone number"))
        })?;
        let now = self.clock.now();
        let settings = self.settings()?;
        let id = random_string(24);
        let code = one_time_code::generate();
        let tx = self.store.transaction()?;
        let account = match purpose {
            Purpose::Register | Purpose::ConnectorEmail | Purpose::Account => None,
            Purpose::SignIn | Purpose::ResetPassword | Purpose::Mfa => {
                store::users::find_by(&tx, Key::from(kind), target)?.filter(|u| !u.user.suspended)
            }
        };
        let send = account.is_some()
            || matches!(
                purpose,
                Purpose::Register | Purpose::ConnectorEmail | Purpose::Account
            );
        let payload = Payload {
            registration,
            user_id: account.map(|u| u.user.id),
        };
        let stored = StoredVerification {
            id: id.clone(),
            purpose: purpose.as_str().into(),
            channel: channel_name(channel).into(),
            target: target.to_string(),
            interaction: interaction.map(str::to_string),
            payload: serde_json::to_string(&payload)
                .map_err(|e| Error::Runtime(format!("encoding a verification failed: {e}")))?,
            code_digest: one_time_code::digest(&id, &code),
            attempts: 0,
            created_at: now,
            sent_at: now,
            expires_at: now.plus(LIFETIME_SECONDS),
            verified_at: None,
            consumed_at: None,
        };
        store::verifications::insert(&tx, &stored)?;
        record(
            &tx,
            &self.actor,
            now,
            "verification.started",
            payload.user_id.as_deref(),
            json!({ "purpose": purpose.as_str(), "channel": stored.channel, "target": target }),
        )?;
        if send {
            send_code(
                &tx,
                now,
                channel,
                target,
                &code,
                &settings.branding.app_name,
            )?;
        }
        tx.commit()?;
        to_view(&stored).ok_or_else(|| Error::Runtime("unknown verification purpose".into()))
    }

    /// A verification that is neither spent nor unknown.
    pub fn verification(&self, id: &str) -> Result<Option<Verification>> {
        Ok(store::verifications::find(self.store.conn(), id)?
            .filter(|v| v.consumed_at.is_none())
            .and_then(|v| to_view(&v)))
    }

    /// Sends a fresh code for the verification, at most once per cooldown; the old code stops
    /// working and the attempts start again.
    pub fn resend_code(&mut self, id: &str) -> Result<Resend> {
        let now = self.clock.now();
        let settings = self.settings()?;
        let tx = self.store.transaction()?;
        let Some(mut stored) = store::verifications::find(&tx, id)? else {
            return Ok(Resend::Gone);
        };
        if stored.consumed_at.is_some() || stored.verified_at.is_some() {
            return Ok(Resend::Gone);
        }
        let ready_at = stored.sent_at.unix() + one_time_code::RESEND_COOLDOWN_SECONDS;
        if now.unix() < ready_at {
            return Ok(Resend::Wait(ready_at - now.unix()));
        }
        let code = one_time_code::generate();
        stored.code_digest = one_time_code::digest(&stored.id, &code);
        stored.attempts = 0;
        stored.sent_at = now;
        stored.expires_at = now.plus(LIFETIME_SECONDS);
        store::verifications::update(&tx, &stored)?;
        let purpose = Purpose::parse(&stored.purpose);
        let account = payload_of(&stored).user_id;
        record(
            &tx,
            &self.actor,
            now,
            "verification.resent",
            account.as_deref(),
            json!({ "purpose": stored.purpose, "channel": stored.channel, "target": stored.target }),
        )?;
        let has_account = account.is_some();
        if purpose == Some(Purpose::Register) || has_account {
            let channel = if stored.channel == "sms" {
                Channel::Sms
            } else {
                Channel::Email
            };
            send_code(
                &tx,
                now,
                channel,
                &stored.target,
                &code,
                &settings.branding.app_name,
            )?;
        }
        tx.commit()?;
        Ok(Resend::Sent)
    }

    /// Checks a typed code: single use, [`MAX_ATTEMPTS`] wrong ones kill it, and it lapses after
    /// [`LIFETIME_SECONDS`].
    pub fn check_code(&mut self, id: &str, code: &str) -> Result<CodeCheck> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let Some(mut stored) = store::verifications::find(&tx, id)? else {
            return Ok(CodeCheck::Gone);
        };
        if stored.consumed_at.is_some() || stored.verified_at.is_some() {
            return Ok(CodeCheck::Gone);
        }
        if stored.attempts >= MAX_ATTEMPTS {
            return Ok(CodeCheck::TooManyAttempts);
        }
        if stored.expires_at <= now {
            return Ok(CodeCheck::Expired);
        }
        let outcome = if one_time_code::matches(&stored.id, code, &stored.code_digest) {
            stored.verified_at = Some(now);
            match to_view(&stored) {
                Some(view) => CodeCheck::Verified(view),
                None => CodeCheck::Gone,
            }
        } else {
            stored.attempts += 1;
            record(
                &tx,
                &self.actor,
                now,
                "verification.failed",
                payload_of(&stored).user_id.as_deref(),
                json!({ "purpose": stored.purpose, "target": stored.target, "attempts": stored.attempts }),
            )?;
            if stored.attempts >= MAX_ATTEMPTS {
                CodeCheck::TooManyAttempts
            } else {
                CodeCheck::Wrong(MAX_ATTEMPTS - stored.attempts)
            }
        };
        store::verifications::update(&tx, &stored)?;
        tx.commit()?;
        Ok(outcome)
    }

    /// Records that the wrong codes for `target` reached their limit: no code for it is checked
    /// until the limit's window has passed.
    pub fn record_code_lockout(&mut self, target: &str, retry_after: i64) -> Result<()> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        record(
            &tx,
            &self.actor,
            now,
            "verification.locked",
            None,
            json!({ "target": target, "seconds": retry_after }),
        )?;
        tx.commit()
    }

    /// The user a verified sign-in code proves, spending the verification; `last_sign_in_at`
    /// is set and the sign-in audited.
    pub fn complete_code_sign_in(&mut self, id: &str) -> Result<User> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let stored = verified(&tx, id, Purpose::SignIn, now)?;
        let user = account_of(&tx, &stored)?;
        let mut updated = user.clone();
        updated.user.last_sign_in_at = Some(now);
        store::users::update(&tx, &updated)?;
        record(
            &tx,
            &self.actor,
            now,
            "sign_in.succeeded",
            Some(&user.user.id),
            json!({ "method": "verification_code", "channel": stored.channel }),
        )?;
        if stored.target.contains('@') {
            drop_unverified_claims(&tx, &self.actor, now, &updated.user.id, &stored.target)?;
        }
        spend(&tx, stored, now)?;
        tx.commit()?;
        Ok(updated.user)
    }
}

impl Doorman {
    /// Spends a verification proven with a right code as the second factor of `user_id`'s
    /// sign-in; false when it is not theirs or not an MFA code.
    pub fn complete_mfa_code(&mut self, id: &str, user_id: &str) -> Result<bool> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let Ok(stored) = verified(&tx, id, Purpose::Mfa, now) else {
            return Ok(false);
        };
        if payload_of(&stored).user_id.as_deref() != Some(user_id) {
            return Ok(false);
        }
        spend(&tx, stored, now)?;
        tx.commit()?;
        Ok(true)
    }
}

/// A verification proven with a right code, not yet spent, for `purpose`, and not older than a
/// code's lifetime since it was proven.
pub(crate) fn verified(
    conn: &rusqlite::Connection,
    id: &str,
    purpose: Purpose,
    now: Timestamp,
) -> Result<StoredVerification> {
    let stored = store::verifications::find(conn, id)?
        .filter(|v| v.consumed_at.is_none() && v.purpose == purpose.as_str())
        .ok_or_else(|| Error::not_found("the verification is unknown or already used"))?;
    match stored.verified_at {
        Some(at) if now.unix() - at.unix() <= LIFETIME_SECONDS => Ok(stored),
        Some(_) => Err(Error::invalid("the verification has expired")),
        None => Err(Error::invalid("the code has not been entered")),
    }
}

pub(crate) fn spend(
    conn: &rusqlite::Connection,
    mut stored: StoredVerification,
    now: Timestamp,
) -> Result<()> {
    stored.consumed_at = Some(now);
    store::verifications::update(conn, &stored)
}

pub(crate) fn account_of(
    conn: &rusqlite::Connection,
    stored: &StoredVerification,
) -> Result<store::users::StoredUser> {
    let user_id = payload_of(stored)
        .user_id
        .ok_or_else(|| Error::not_found("no account uses this address"))?;
    store::users::find_by(conn, Key::Id, &user_id)?
        .filter(|u| !u.user.suspended)
        .ok_or_else(|| Error::not_found("the account is gone or suspended"))
}

fn send_code(
    conn: &rusqlite::Connection,
    now: Timestamp,
    channel: Channel,
    to: &str,
    code: &str,
    product: &str,
) -> Result<()> {
    let minutes = LIFETIME_SECONDS / 60;
    let body = format!(
        "Your {product} verification code is {code}. It is valid for {minutes} minutes. \
         If you did not ask for it, ignore this message."
    );
    let subject = format!("{product} verification code: {code}");
    let subject = (channel == Channel::Email).then_some(subject.as_str());
    deliver(conn, now, channel, to, subject, &body).map(|_| ())
}
