//! User administration: create, find, list, update, passwords, suspension, deletion. The helpers
//! below the `impl` are shared with fixtures so a seeded user obeys the same rules as a created one.

use rusqlite::Connection;
use serde_json::json;

use crate::credentials::password::{Hasher, check_importable_hash};
use crate::credentials::policy::{self, UserInfo};
use crate::error::{Error, Result};
use crate::model::id::new_id;
use crate::model::settings::PasswordPolicy;
use crate::model::timestamp::Timestamp;
use crate::model::user::UserFilter;
use crate::model::user::{PasswordInput, Profile, User, UserField};
use crate::model::validate;
use crate::ops::{Doorman, record, resolve};
use crate::store::users::{self as table, Key, StoredUser};
use crate::store::{self};

/// A page of users.
#[derive(Debug, Clone)]
pub struct UserPage {
    /// The users on this page.
    pub users: Vec<User>,
    /// Whether more users match beyond this page.
    pub more: bool,
}

impl Doorman {
    /// Creates a user, checking identifiers, uniqueness and the password policy.
    pub fn create_user(
        &mut self,
        profile: Profile,
        password: Option<PasswordInput>,
    ) -> Result<User> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let user = create_in(
            &tx,
            &self.actor,
            &self.hasher,
            now,
            &profile,
            password.as_ref(),
            false,
        )?;
        tx.commit()?;
        Ok(user)
    }

    /// The stored password hash of a user, for a Management API caller that asked to move
    /// users with their passwords (never shown elsewhere).
    pub fn password_digest(&self, user_id: &str) -> Result<Option<String>> {
        Ok(
            store::users::find_by(self.store.conn(), store::users::Key::Id, user_id)?
                .and_then(|s| s.password_hash),
        )
    }

    /// Finds a user by id, email, username or phone.
    pub fn find_user(&self, key: &str) -> Result<User> {
        Ok(resolve::user(self.store.conn(), key)?.user)
    }

    /// Lists users in creation order. One row beyond the limit is read to learn whether more
    /// exist, which is cheaper than counting them all.
    /// `filter.organization_id` may name the organization by id or name.
    pub fn list_users(&self, filter: &UserFilter) -> Result<UserPage> {
        let conn = self.store.conn();
        let resolved;
        let filter = match &filter.organization_id {
            Some(key) => {
                resolved = UserFilter {
                    organization_id: Some(resolve::organization(conn, key)?.id),
                    ..filter.clone()
                };
                &resolved
            }
            None => filter,
        };
        let probe = UserFilter {
            limit: filter.limit.map(|l| l.saturating_add(1)),
            ..filter.clone()
        };
        let mut users: Vec<User> = table::list(conn, &probe)?
            .into_iter()
            .map(|s| s.user)
            .collect();
        let more = filter
            .limit
            .is_some_and(|l| users.len() as u64 > u64::from(l));
        if let Some(limit) = filter.limit {
            users.truncate(limit as usize);
        }
        Ok(UserPage { users, more })
    }

    /// Changes profile fields, clears the `unset` ones, and optionally sets a password.
    pub fn update_user(
        &mut self,
        key: &str,
        profile: Profile,
        unset: &[UserField],
        password: Option<PasswordInput>,
    ) -> Result<User> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let mut stored = resolve::user(&tx, key)?;
        let before = stored.clone();
        for field in unset {
            clear_field(&mut stored, *field);
        }
        apply_profile(&mut stored.user, &profile)?;
        check_user(&stored.user)?;
        check_unique(&tx, &stored.user)?;
        if let Some(password) = password {
            let policy = store::settings::load(&tx)?.password_policy;
            stored.password_hash =
                Some(hash_input(&self.hasher, &policy, &stored.user, &password)?);
            stored.user.has_password = true;
        }
        if stored != before {
            stored.user.updated_at = now;
            table::update(&tx, &stored).map_err(|e| unique_to_conflict(e, &stored.user))?;
            let fields = changed_fields(&before, &stored);
            record(
                &tx,
                &self.actor,
                now,
                "user.updated",
                Some(&stored.user.id),
                json!({ "fields": fields }),
            )?;
        }
        tx.commit()?;
        Ok(stored.user)
    }

    /// Replaces the user's password (policy-checked plaintext or an importable hash).
    pub fn set_password(&mut self, key: &str, password: PasswordInput) -> Result<User> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let mut stored = resolve::user(&tx, key)?;
        let policy = store::settings::load(&tx)?.password_policy;
        stored.password_hash = Some(hash_input(&self.hasher, &policy, &stored.user, &password)?);
        stored.user.has_password = true;
        stored.user.updated_at = now;
        table::update(&tx, &stored)?;
        record(
            &tx,
            &self.actor,
            now,
            "user.password_set",
            Some(&stored.user.id),
            json!({}),
        )?;
        tx.commit()?;
        Ok(stored.user)
    }

    /// Suspends or reinstates a user. Suspended users cannot sign in.
    pub fn set_suspended(&mut self, key: &str, suspended: bool) -> Result<User> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let mut stored = resolve::user(&tx, key)?;
        if stored.user.suspended != suspended {
            stored.user.suspended = suspended;
            stored.user.updated_at = now;
            table::update(&tx, &stored)?;
            let event = if suspended {
                "user.suspended"
            } else {
                "user.unsuspended"
            };
            record(
                &tx,
                &self.actor,
                now,
                event,
                Some(&stored.user.id),
                json!({}),
            )?;
        }
        tx.commit()?;
        Ok(stored.user)
    }
}

/// A user with no profile yet, created `now`.
pub(crate) fn blank_user(id: String, now: Timestamp) -> User {
    User {
        id,
        username: None,
        email: None,
        email_verified: false,
        phone: None,
        phone_verified: false,
        name: None,
        avatar_url: None,
        custom_data: serde_json::Map::new(),
        claims: serde_json::Map::new(),
        suspended: false,
        test_user: false,
        has_password: false,
        created_at: now,
        updated_at: now,
        last_sign_in_at: None,
    }
}

/// Copies the given profile fields onto the user. Changing an email or phone clears its verified
/// flag unless the same change sets it.
pub(crate) fn apply_profile(user: &mut User, p: &Profile) -> Result<()> {
    if let Some(v) = &p.username {
        user.username = Some(v.clone());
    }
    if let Some(v) = &p.email {
        if !user
            .email
            .as_deref()
            .is_some_and(|e| validate::same_email(e, v))
        {
            user.email_verified = false;
        }
        user.email = Some(v.clone());
    }
    if let Some(v) = &p.phone {
        if user.phone.as_deref() != Some(v) {
            user.phone_verified = false;
        }
        user.phone = Some(v.clone());
    }
    if let Some(v) = p.email_verified {
        user.email_verified = v;
    }
    if let Some(v) = p.phone_verified {
        user.phone_verified = v;
    }
    if let Some(v) = &p.name {
        user.name = Some(v.clone());
    }
    if let Some(v) = &p.avatar_url {
        user.avatar_url = Some(v.clone());
    }
    for (key, value) in &p.custom_data {
        if key.is_empty() {
            return Err(Error::invalid("custom data key must not be empty"));
        }
        user.custom_data.insert(key.clone(), value.clone());
    }
    for (name, value) in &p.claims {
        crate::oidc::custom_claims::check_name(name)?;
        user.claims.insert(name.clone(), value.clone());
    }
    for name in &p.unset_claims {
        user.claims.remove(name);
    }
    if let Some(v) = p.test_user {
        user.test_user = v;
    }
    Ok(())
}

fn clear_field(stored: &mut StoredUser, field: UserField) {
    let u = &mut stored.user;
    match field {
        UserField::Username => u.username = None,
        UserField::Email => {
            u.email = None;
            u.email_verified = false;
        }
        UserField::Phone => {
            u.phone = None;
            u.phone_verified = false;
        }
        UserField::Name => u.name = None,
        UserField::AvatarUrl => u.avatar_url = None,
        UserField::CustomData => u.custom_data.clear(),
        UserField::Password => {
            stored.password_hash = None;
            u.has_password = false;
        }
    }
}

/// Checks every field's shape and that the user can be found by at least one identifier.
pub(crate) fn check_user(u: &User) -> Result<()> {
    check_fields(u)?;
    check_identity(u)
}

/// Checks the shape of each identifier and the avatar URL.
fn check_fields(u: &User) -> Result<()> {
    check_fields_with(u, |_, e| e)
}

/// [`check_fields`], letting the caller say where a failing field was found (a fixture names
/// `users[3].email`).
pub(crate) fn check_fields_with(
    u: &User,
    located: impl Fn(&'static str, Error) -> Error,
) -> Result<()> {
    for (field, _, value, check) in identifier_fields(u) {
        if let Some(v) = value {
            check(v).map_err(|e| located(field, e))?;
        }
    }
    if let Some(v) = &u.avatar_url {
        validate::http_url("avatar_url", v).map_err(|e| located("avatar_url", e))?;
    }
    if let Some(v) = &u.name {
        validate::text("name", v, validate::MAX_NAME_CHARS).map_err(|e| located("name", e))?;
    }
    let custom_data = serde_json::to_string(&u.custom_data).unwrap_or_default();
    if custom_data.len() > validate::MAX_CUSTOM_DATA_BYTES {
        return Err(located(
            "custom_data",
            Error::invalid(format!(
                "custom_data is too large: at most {} KiB as JSON",
                validate::MAX_CUSTOM_DATA_BYTES / 1024
            )),
        ));
    }
    Ok(())
}

/// One identifier of a user: its field name, the key it is found by, its value, and the rule
/// for its shape.
pub(crate) type IdentifierField<'a> = (&'static str, Key, Option<&'a str>, fn(&str) -> Result<()>);

/// A user's identifiers, each with its field name, the key it is found by and the rule for its
/// shape: the one table the CLI, fixtures and registration check identifiers by.
pub(crate) fn identifier_fields(u: &User) -> [IdentifierField<'_>; 3] {
    [
        (
            "username",
            Key::Username,
            u.username.as_deref(),
            validate::username,
        ),
        ("email", Key::Email, u.email.as_deref(), validate::email),
        ("phone", Key::Phone, u.phone.as_deref(), validate::phone),
    ]
}

/// Checks the rules across fields: verified flags need their identifier, and a user needs at
/// least one identifier to be found by.
pub(crate) fn check_identity(u: &User) -> Result<()> {
    if u.email.is_none() && u.email_verified {
        return Err(Error::invalid("email_verified needs an email"));
    }
    if u.phone.is_none() && u.phone_verified {
        return Err(Error::invalid("phone_verified needs a phone"));
    }
    if u.username.is_none() && u.email.is_none() && u.phone.is_none() {
        return Err(Error::invalid(
            "a user needs a username, an email or a phone",
        ));
    }
    Ok(())
}

/// Refuses identifiers another user already has, naming the value.
pub(crate) fn check_unique(conn: &Connection, u: &User) -> Result<()> {
    for (label, key, value, _) in identifier_fields(u) {
        if let Some(value) = value
            && let Some(other) = table::find_by(conn, key, value)?
            && other.user.id != u.id
        {
            return Err(Error::conflict(format!(
                "{label} '{value}' is already used by user {}",
                other.user.id
            )));
        }
    }
    Ok(())
}

fn unique_to_conflict(err: Error, u: &User) -> Error {
    match err {
        Error::Database(e) if store::is_unique_violation(&e) => {
            Error::conflict(format!("user '{}' collides with an existing user", u.id))
        }
        other => other,
    }
}

/// Creates a user inside the caller's transaction: the one place a user comes into being, for
/// the CLI, fixtures and the sign-up pages alike.
pub(crate) fn create_in(
    tx: &Connection,
    actor: &str,
    hasher: &Hasher,
    now: Timestamp,
    profile: &Profile,
    password: Option<&PasswordInput>,
    agreed_to_terms: bool,
) -> Result<User> {
    let policy = store::settings::load(tx)?.password_policy;
    let mut stored = StoredUser {
        user: blank_user(new_id(), now),
        password_hash: None,
    };
    apply_profile(&mut stored.user, profile)?;
    check_user(&stored.user)?;
    check_unique(tx, &stored.user)?;
    if let Some(password) = password {
        stored.password_hash = Some(hash_input(hasher, &policy, &stored.user, password)?);
        stored.user.has_password = true;
    }
    table::insert(tx, &stored).map_err(|e| unique_to_conflict(e, &stored.user))?;
    if agreed_to_terms {
        table::set_terms_agreed(tx, &stored.user.id, now)?;
    }
    record(
        tx,
        actor,
        now,
        "user.created",
        Some(&stored.user.id),
        json!({ "agreed_to_terms": agreed_to_terms }),
    )?;
    Ok(stored.user)
}

/// Hashes a plaintext password after the policy accepts it, or checks an imported hash.
pub(crate) fn hash_input(
    hasher: &Hasher,
    policy: &PasswordPolicy,
    user: &User,
    input: &PasswordInput,
) -> Result<String> {
    match input {
        PasswordInput::Plain(secret) => {
            check_policy(policy, secret.expose(), user)?;
            hasher.hash(secret.expose())
        }
        PasswordInput::Hash(secret) => {
            check_importable_hash(secret.expose())?;
            Ok(secret.expose().to_string())
        }
    }
}

/// Every rule of the policy `password` breaks for `user`.
pub(crate) fn policy_violations(
    policy: &PasswordPolicy,
    password: &str,
    user: &User,
) -> Vec<policy::Violation> {
    let info = UserInfo {
        username: user.username.as_deref(),
        email: user.email.as_deref(),
        phone: user.phone.as_deref(),
        name: user.name.as_deref(),
    };
    policy::check(policy, password, info)
}

/// The password policy as an error listing every broken rule.
pub(crate) fn check_policy(policy: &PasswordPolicy, password: &str, user: &User) -> Result<()> {
    let broken = policy_violations(policy, password, user);
    if broken.is_empty() {
        Ok(())
    } else {
        Err(Error::invalid(policy::describe(&broken)))
    }
}

fn changed_fields(a: &StoredUser, b: &StoredUser) -> Vec<&'static str> {
    let (x, y) = (&a.user, &b.user);
    let mut out = Vec::new();
    let pairs: [(&'static str, bool); 10] = [
        ("username", x.username != y.username),
        ("email", x.email != y.email),
        ("email_verified", x.email_verified != y.email_verified),
        ("phone", x.phone != y.phone),
        ("phone_verified", x.phone_verified != y.phone_verified),
        ("name", x.name != y.name),
        ("avatar_url", x.avatar_url != y.avatar_url),
        ("custom_data", x.custom_data != y.custom_data),
        ("password", a.password_hash != b.password_hash),
        ("suspended", x.suspended != y.suspended),
    ];
    for (name, changed) in pairs {
        if changed {
            out.push(name);
        }
    }
    out
}
