//! Fixtures (SPEC §4): `seed` upserts everything a YAML file names, keyed by natural keys, in one
//! transaction; `export` writes the whole database as a fixture that `seed` reproduces.
//!
//! A file grows by section: each top-level key has its own record type and its own seeding step,
//! run in dependency order (settings, then users, then what refers to users).

use std::collections::HashMap;
use std::thread;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use crate::credentials::password::{Hasher, check_importable_hash};
use crate::error::{Error, Result};
use crate::model::id::new_id;
use crate::model::settings::{PasswordPolicy, Settings};
use crate::model::timestamp::Timestamp;
use crate::model::user::User;
use crate::model::validate;
use crate::ops::users::{blank_user, check_policy, check_user};
use crate::ops::{Doorman, record, settings::merge};
use crate::store::users::{self as table, Filter, Key, StoredUser};
use crate::store::{self};

/// A fixture file: every section optional.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fixture {
    /// A partial settings document merged into the current settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<Value>,
    /// Users, keyed by id, username, email or phone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub users: Vec<UserRecord>,
}

/// A user as a fixture names it. Absent fields leave an existing user's value alone.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserRecord {
    /// A fixed id; random when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Username.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Email verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_verified: Option<bool>,
    /// Phone (E.164).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Phone verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_verified: Option<bool>,
    /// Display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Avatar URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
    /// Custom data, replacing the existing object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_data: Option<Map<String, Value>>,
    /// Suspended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suspended: Option<bool>,
    /// A plaintext password, checked by the policy and hashed on seed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// A PHC or bcrypt hash kept as it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_hash: Option<String>,
    /// Creation time, used when the user is created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// Last change, used when the user is created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    /// Last sign-in, used when the user is created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_sign_in_at: Option<Timestamp>,
}

/// One fixture file's name (for messages) and text.
#[derive(Debug, Clone)]
pub struct FixtureSource {
    /// The path or `-`, as the user named it.
    pub name: String,
    /// The YAML text.
    pub text: String,
}

/// What a seed did, counted by record.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct SeedReport {
    /// Records that did not exist.
    pub created: u64,
    /// Records that existed and differed.
    pub updated: u64,
    /// Records that existed as given.
    pub unchanged: u64,
}

impl std::fmt::Display for SeedReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} created, {} updated, {} unchanged",
            self.created, self.updated, self.unchanged
        )
    }
}

/// Told how far a seed has got, so the CLI can draw a progress bar. Operations never print.
pub trait Progress {
    /// The number of records about to be seeded.
    fn start(&self, total: u64);
    /// `n` more records are done.
    fn advance(&self, n: u64);
}

/// A [`Progress`] that reports nowhere.
pub struct NoProgress;

impl Progress for NoProgress {
    fn start(&self, _total: u64) {}
    fn advance(&self, _n: u64) {}
}

/// Parses a fixture file; the error names the file, the record path and the field.
pub fn parse(source: &FixtureSource) -> Result<Fixture> {
    if source.text.trim().is_empty() {
        return Ok(Fixture::default());
    }
    serde_yaml::from_str(&source.text).map_err(|e| Error::invalid(format!("{}: {e}", source.name)))
}

enum Outcome {
    Created,
    Updated,
    Unchanged,
}

impl Doorman {
    /// Upserts every file in order, all in one transaction. With `dry_run` the transaction is
    /// rolled back, so the counts say what would happen.
    pub fn seed(
        &mut self,
        sources: &[FixtureSource],
        dry_run: bool,
        progress: &dyn Progress,
    ) -> Result<SeedReport> {
        let fixtures: Vec<(&str, Fixture)> = sources
            .iter()
            .map(|s| Ok((s.name.as_str(), parse(s)?)))
            .collect::<Result<_>>()?;
        let total: usize = fixtures
            .iter()
            .map(|(_, f)| usize::from(f.settings.is_some()) + f.users.len())
            .sum();
        progress.start(total as u64);
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let mut report = SeedReport::default();
        for (name, fixture) in fixtures {
            let mut tally = |o: Outcome| match o {
                Outcome::Created => report.created += 1,
                Outcome::Updated => report.updated += 1,
                Outcome::Unchanged => report.unchanged += 1,
            };
            if let Some(patch) = fixture.settings {
                tally(
                    seed_settings(&tx, patch, now)
                        .map_err(|e| e.context(format!("{name}: settings")))?,
                );
                progress.advance(1);
            }
            let policy = store::settings::load(&tx)?.password_policy;
            let outcomes = seed_users(&tx, &self.hasher, &policy, fixture.users, now, progress)
                .map_err(|e| e.context(name))?;
            outcomes.into_iter().for_each(&mut tally);
        }
        if dry_run {
            tx.rollback()?;
        } else {
            let files: Vec<&str> = sources.iter().map(|s| s.name.as_str()).collect();
            let detail = json!({ "files": files, "created": report.created, "updated": report.updated, "unchanged": report.unchanged });
            record(&tx, &self.actor, now, "seed.applied", None, detail)?;
            tx.commit()?;
        }
        Ok(report)
    }

    /// The whole database as a fixture. Password hashes only `with_secrets`.
    pub fn export(&self, with_secrets: bool) -> Result<Fixture> {
        let conn = self.store.conn();
        let settings = store::settings::load(conn)?;
        let users = table::list(conn, &Filter::default())?
            .into_iter()
            .map(|s| user_record(s, with_secrets))
            .collect();
        Ok(Fixture {
            settings: Some(settings.to_json()),
            users,
        })
    }
}

fn seed_settings(conn: &Connection, patch: Value, now: Timestamp) -> Result<Outcome> {
    let current = store::settings::load(conn)?;
    let mut doc = current.to_json();
    merge(&mut doc, patch)?;
    let next = Settings::from_json(doc)?;
    if next == current {
        return Ok(Outcome::Unchanged);
    }
    store::settings::save(conn, &next, now)?;
    Ok(Outcome::Updated)
}

/// A planned user write: the record's index, the row as it is, the row as it will be, and the
/// password work still to do.
struct Planned {
    index: usize,
    existing: Option<StoredUser>,
    target: StoredUser,
    plaintext: Option<String>,
}

fn seed_users(
    conn: &Connection,
    hasher: &Hasher,
    policy: &PasswordPolicy,
    records: Vec<UserRecord>,
    now: Timestamp,
    progress: &dyn Progress,
) -> Result<Vec<Outcome>> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut plan = Vec::with_capacity(records.len());
    for (index, rec) in records.into_iter().enumerate() {
        let at = |field: &str| format!("users[{index}].{field}");
        for (kind, value) in [
            ("id", &rec.id),
            ("username", &rec.username),
            ("email", &rec.email),
            ("phone", &rec.phone),
        ] {
            if let Some(value) = value {
                let key = format!("{kind}:{}", value.to_lowercase());
                if let Some(first) = seen.insert(key, index) {
                    return Err(Error::invalid(format!(
                        "{}: '{value}' is already named by users[{first}]",
                        at(kind)
                    )));
                }
            }
        }
        plan.push(plan_user(conn, index, rec, policy, now)?);
    }
    let hashes = hash_all(hasher, &plan)?;
    let mut outcomes = Vec::with_capacity(plan.len());
    for (item, hash) in plan.into_iter().zip(hashes) {
        let Planned {
            index,
            existing,
            mut target,
            ..
        } = item;
        if let Some(hash) = hash {
            target.password_hash = Some(hash);
            target.user.has_password = true;
        }
        let outcome = match existing {
            None => {
                table::insert(conn, &target).map_err(|e| collision(e, index))?;
                Outcome::Created
            }
            Some(before) if before == target => Outcome::Unchanged,
            Some(_) => {
                target.user.updated_at = now;
                table::update(conn, &target).map_err(|e| collision(e, index))?;
                Outcome::Updated
            }
        };
        tracing::trace!(
            "users[{index}] {}",
            match outcome {
                Outcome::Created => "created",
                Outcome::Updated => "updated",
                Outcome::Unchanged => "unchanged",
            }
        );
        if (index + 1) % 1000 == 0 {
            tracing::debug!("seeded {} users", index + 1);
        }
        progress.advance(1);
        outcomes.push(outcome);
    }
    Ok(outcomes)
}

fn collision(err: Error, index: usize) -> Error {
    match err {
        Error::Database(e) if store::is_unique_violation(&e) => Error::conflict(format!(
            "users[{index}]: collides with another user's username, email or phone"
        )),
        other => other.context(format!("users[{index}]")),
    }
}

/// Resolves a record to the user it names (by id, username, email and phone, which must not point
/// at two different users), validates every field, and builds the row it should become.
fn plan_user(
    conn: &Connection,
    index: usize,
    rec: UserRecord,
    policy: &PasswordPolicy,
    now: Timestamp,
) -> Result<Planned> {
    let at = |field: &str| format!("users[{index}].{field}");
    type Check<'a> = (&'a str, &'a Option<String>, fn(&str) -> Result<()>);
    let checks: [Check<'_>; 3] = [
        ("username", &rec.username, validate::username),
        ("email", &rec.email, validate::email),
        ("phone", &rec.phone, validate::phone),
    ];
    for (field, value, check) in checks {
        if let Some(v) = value {
            check(v).map_err(|e| e.context(at(field)))?;
        }
    }
    if let Some(v) = &rec.avatar_url {
        validate::http_url("avatar_url", v).map_err(|e| e.context(at("avatar_url")))?;
    }
    if rec.password.is_some() && rec.password_hash.is_some() {
        return Err(Error::invalid(format!(
            "{}: give password or password_hash, not both",
            at("password")
        )));
    }
    if let Some(hash) = &rec.password_hash {
        check_importable_hash(hash).map_err(|e| e.context(at("password_hash")))?;
    }
    let existing = find_existing(conn, index, &rec)?;
    let mut target = existing.clone().unwrap_or_else(|| StoredUser {
        user: blank_user(
            rec.id.clone().unwrap_or_else(new_id),
            rec.created_at.unwrap_or(now),
        ),
        password_hash: None,
    });
    if existing.is_none() {
        target.user.updated_at = rec.updated_at.or(rec.created_at).unwrap_or(now);
        target.user.last_sign_in_at = rec.last_sign_in_at;
    }
    apply_record(&mut target.user, &rec);
    if let Some(hash) = rec.password_hash {
        target.password_hash = Some(hash);
        target.user.has_password = true;
    }
    check_user(&target.user).map_err(|e| e.context(format!("users[{index}]")))?;
    if let Some(plain) = &rec.password {
        check_policy(policy, plain, &target.user).map_err(|e| e.context(at("password")))?;
    }
    Ok(Planned {
        index,
        existing,
        target,
        plaintext: rec.password,
    })
}

fn find_existing(conn: &Connection, index: usize, rec: &UserRecord) -> Result<Option<StoredUser>> {
    let mut found: Option<(StoredUser, &str)> = None;
    let keys = [
        (Key::Id, "id", &rec.id),
        (Key::Username, "username", &rec.username),
        (Key::Email, "email", &rec.email),
        (Key::Phone, "phone", &rec.phone),
    ];
    for (key, field, value) in keys {
        let Some(value) = value else { continue };
        let Some(user) = table::find_by(conn, key, value)? else {
            continue;
        };
        match &found {
            Some((first, first_field)) if first.user.id != user.user.id => {
                return Err(Error::conflict(format!(
                    "users[{index}]: {first_field} names user {} but {field} '{value}' belongs to user {}",
                    first.user.id, user.user.id
                )));
            }
            Some(_) => {}
            None => found = Some((user, field)),
        }
    }
    Ok(found.map(|(u, _)| u))
}

fn apply_record(user: &mut User, rec: &UserRecord) {
    fn set<T: Clone>(slot: &mut T, value: &Option<T>) {
        if let Some(v) = value {
            *slot = v.clone();
        }
    }
    if let Some(v) = &rec.username {
        user.username = Some(v.clone());
    }
    if let Some(v) = &rec.email {
        user.email = Some(v.clone());
    }
    if let Some(v) = &rec.phone {
        user.phone = Some(v.clone());
    }
    if let Some(v) = &rec.name {
        user.name = Some(v.clone());
    }
    if let Some(v) = &rec.avatar_url {
        user.avatar_url = Some(v.clone());
    }
    set(&mut user.email_verified, &rec.email_verified);
    set(&mut user.phone_verified, &rec.phone_verified);
    set(&mut user.suspended, &rec.suspended);
    set(&mut user.custom_data, &rec.custom_data);
}

/// Hashes (or re-verifies) every plaintext password on all cores. A plaintext that still matches
/// the stored hash keeps it, so re-seeding the same file changes nothing.
fn hash_all(hasher: &Hasher, plan: &[Planned]) -> Result<Vec<Option<String>>> {
    let work: Vec<(usize, &str, Option<&str>)> = plan
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let existing_hash = p.existing.as_ref().and_then(|e| e.password_hash.as_deref());
            p.plaintext.as_deref().map(|pw| (i, pw, existing_hash))
        })
        .collect();
    let mut out: Vec<Option<String>> = vec![None; plan.len()];
    if work.is_empty() {
        return Ok(out);
    }
    let threads = thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(work.len());
    let chunk = work.len().div_ceil(threads);
    let results: Vec<Vec<(usize, Result<String>)>> = thread::scope(|scope| {
        let handles: Vec<_> = work
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|(i, pw, existing)| {
                            let hash = match existing {
                                Some(h) if hasher.verify(pw, h) => Ok((*h).to_string()),
                                _ => hasher.hash(pw),
                            };
                            (*i, hash)
                        })
                        .collect()
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_default())
            .collect()
    });
    for (i, hash) in results.into_iter().flatten() {
        out[i] = Some(hash?);
    }
    if out
        .iter()
        .zip(plan)
        .filter(|(h, p)| p.plaintext.is_some() && h.is_none())
        .count()
        > 0
    {
        return Err(Error::Runtime("a password hashing thread failed".into()));
    }
    Ok(out)
}

fn user_record(s: StoredUser, with_secrets: bool) -> UserRecord {
    let u = s.user;
    UserRecord {
        id: Some(u.id),
        username: u.username,
        email: u.email,
        email_verified: u.email_verified.then_some(true),
        phone: u.phone,
        phone_verified: u.phone_verified.then_some(true),
        name: u.name,
        avatar_url: u.avatar_url,
        custom_data: (!u.custom_data.is_empty()).then_some(u.custom_data),
        suspended: u.suspended.then_some(true),
        password: None,
        password_hash: if with_secrets { s.password_hash } else { None },
        created_at: Some(u.created_at),
        updated_at: Some(u.updated_at),
        last_sign_in_at: u.last_sign_in_at,
    }
}
