//! Registration: the register form's values checked all at once (every problem reported by
//! field, by the same rules `user create` applies), then the account created straight away
//! or, with `sign_up.verify`, once a code has proven the email or phone.

use rusqlite::Connection;

use crate::credentials::password::Hasher;
use crate::credentials::policy::Violation;
use crate::error::{Error, Result};
use crate::model::timestamp::Timestamp;
use crate::model::user::{PasswordInput, PendingRegistration, Profile, Secret, User};
use crate::ops::Doorman;
use crate::ops::accounts::users::{blank_user, create_in, identifier_fields, policy_violations};
use crate::ops::accounts::verification::{Purpose, payload_of, spend, verified};
use crate::store::{self};

/// Why a register form field was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum RegistrationProblem {
    /// Not a valid value of its kind.
    Invalid,
    /// Already used by an account (said without naming whose).
    Taken,
    /// The password breaks these rules.
    Password(Vec<Violation>),
}

/// A register form's outcome: the registration to create, or every problem by field.
pub type Prepared =
    std::result::Result<PendingRegistration, Vec<(&'static str, RegistrationProblem)>>;

impl Doorman {
    /// Checks a registration before its code is sent: the identifiers are valid and free, and
    /// the password passes the policy. Every problem is reported, keyed by field; without any,
    /// the pending registration comes back with the password hashed.
    pub fn prepare_registration(
        &self,
        username: Option<&str>,
        email: Option<&str>,
        phone: Option<&str>,
        password: Option<&str>,
        agreed_to_terms: bool,
    ) -> Result<Prepared> {
        let conn = self.store.conn();
        let mut problems = Vec::new();
        let mut user = blank_user(String::new(), self.clock.now());
        user.username = username.map(str::to_string);
        user.email = email.map(str::to_string);
        user.phone = phone.map(str::to_string);
        for (field, key, value, check) in identifier_fields(&user) {
            let Some(value) = value else { continue };
            if check(value).is_err() {
                problems.push((field, RegistrationProblem::Invalid));
            } else if store::users::find_by(conn, key, value)?.is_some() {
                problems.push((field, RegistrationProblem::Taken));
            }
        }
        if let Some(password) = password {
            let policy = store::settings::load(conn)?.password_policy;
            let broken = policy_violations(&policy, password, &user);
            if !broken.is_empty() {
                problems.push(("password", RegistrationProblem::Password(broken)));
            }
        }
        if !problems.is_empty() {
            return Ok(Err(problems));
        }
        Ok(Ok(PendingRegistration {
            username: user.username,
            email: user.email,
            phone: user.phone,
            password_hash: password.map(|p| self.hasher.hash(p)).transpose()?,
            agreed_to_terms,
        }))
    }

    /// Creates an account straight away (registration without a code).
    pub fn register(&mut self, pending: PendingRegistration) -> Result<User> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let user = create_registered(&tx, &self.actor, &self.hasher, now, pending, None)?;
        tx.commit()?;
        Ok(user)
    }

    /// Creates the account of a verified registration (the email or phone marked verified) and
    /// spends the verification, in one transaction.
    pub fn complete_registration(&mut self, id: &str) -> Result<User> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let stored = verified(&tx, id, Purpose::Register, now)?;
        let pending = payload_of(&stored)
            .registration
            .ok_or_else(|| Error::invalid("the verification holds no registration"))?;
        let user = create_registered(
            &tx,
            &self.actor,
            &self.hasher,
            now,
            pending,
            Some(&stored.target),
        )?;
        spend(&tx, stored, now)?;
        tx.commit()?;
        Ok(user)
    }
}

/// Creates the account of a registration inside the caller's transaction (through
/// [`create_in`], so every rule of `user create` holds); `verified` is the address a code
/// proved, if any.
fn create_registered(
    tx: &Connection,
    actor: &str,
    hasher: &Hasher,
    now: Timestamp,
    pending: PendingRegistration,
    verified: Option<&str>,
) -> Result<User> {
    let proven = |value: &Option<String>| value.is_some() && value.as_deref() == verified;
    let profile = Profile {
        email_verified: Some(proven(&pending.email)),
        phone_verified: Some(proven(&pending.phone)),
        username: pending.username,
        email: pending.email,
        phone: pending.phone,
        ..Profile::default()
    };
    let password = pending
        .password_hash
        .map(|h| PasswordInput::Hash(Secret::new(h)));
    create_in(
        tx,
        actor,
        hasher,
        now,
        &profile,
        password.as_ref(),
        pending.agreed_to_terms,
    )
}
