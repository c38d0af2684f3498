//! The user as every layer sees it, and the partial records that create and update one.

use serde::{Deserialize, Serialize};

use crate::model::timestamp::Timestamp;

/// A user account. Carries no secret: the password hash lives only in the store and in
/// [`crate::ops::admin::fixtures`] exports that ask for secrets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct User {
    /// Random id.
    pub id: String,
    /// Unique, case-insensitive.
    pub username: Option<String>,
    /// Unique, case-insensitive.
    pub email: Option<String>,
    /// Whether the email was verified.
    pub email_verified: bool,
    /// Unique, E.164.
    pub phone: Option<String>,
    /// Whether the phone was verified.
    pub phone_verified: bool,
    /// Display name.
    pub name: Option<String>,
    /// Picture URL.
    pub avatar_url: Option<String>,
    /// Free-form JSON object for the application's own data.
    pub custom_data: serde_json::Map<String, serde_json::Value>,
    /// Claims added to the user's ID tokens, userinfo and JWT access tokens (see
    /// [`custom_claims`](crate::model::custom_claims)); printed only when there are some.
    #[serde(skip_serializing_if = "serde_json::Map::is_empty")]
    pub claims: serde_json::Map<String, serde_json::Value>,
    /// Suspended users cannot sign in.
    pub suspended: bool,
    /// A test user: a server with test controls signs them in without a page when an
    /// authorization request names them in `login_hint`. Printed only when set.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub test_user: bool,
    /// Whether a password is set (never the password or its hash).
    pub has_password: bool,
    /// When the user was created.
    pub created_at: Timestamp,
    /// When the user last changed.
    pub updated_at: Timestamp,
    /// When the user last signed in.
    pub last_sign_in_at: Option<Timestamp>,
}

/// The profile fields a create or update may set. `None` leaves a field as it is on update
/// (use [`UserField`] to clear one).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Profile {
    /// Username.
    pub username: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// Email verified flag.
    pub email_verified: Option<bool>,
    /// Phone.
    pub phone: Option<String>,
    /// Phone verified flag.
    pub phone_verified: Option<bool>,
    /// Display name.
    pub name: Option<String>,
    /// Avatar URL.
    pub avatar_url: Option<String>,
    /// Custom data keys to set (merged into the existing object).
    pub custom_data: Vec<(String, serde_json::Value)>,
    /// Custom claims to set (merged into the existing ones).
    pub claims: Vec<(String, serde_json::Value)>,
    /// Custom claims to remove.
    pub unset_claims: Vec<String>,
    /// Marks the user a test user, or not.
    pub test_user: Option<bool>,
}

/// A profile field that `user update --unset` can clear.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum UserField {
    /// The username.
    Username,
    /// The email (also clears email_verified).
    Email,
    /// The phone (also clears phone_verified).
    Phone,
    /// The display name.
    Name,
    /// The avatar URL.
    AvatarUrl,
    /// All custom data.
    CustomData,
    /// The password: the user can then only sign in another way.
    Password,
}

/// How a new password is given.
#[derive(Clone)]
pub enum PasswordInput {
    /// A plaintext password, checked by the policy and hashed.
    Plain(Secret),
    /// A PHC or bcrypt hash imported as it is.
    Hash(Secret),
}

/// A secret string whose Debug and Display never show it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The secret itself, for hashing or comparing; never for printing.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

impl std::fmt::Display for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_do_not_print() {
        let s = Secret::new("hunter2");
        assert!(!format!("{s:?} {s}").contains("hunter2"));
        assert_eq!(s.expose(), "hunter2");
    }
}

/// A registration waiting for its code: the profile and the already hashed password.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PendingRegistration {
    /// Username, if asked for.
    pub username: Option<String>,
    /// Email, if asked for.
    pub email: Option<String>,
    /// Phone, if asked for.
    pub phone: Option<String>,
    /// The argon2id hash of the chosen password.
    pub password_hash: Option<String>,
    /// Whether the terms were agreed to.
    pub agreed_to_terms: bool,
}

/// Which users `user list` (and an export) reads.
#[derive(Debug, Clone, Default)]
pub struct UserFilter {
    /// Substring of username, email, phone or name (case-insensitive).
    pub search: Option<String>,
    /// Only suspended users.
    pub suspended_only: bool,
    /// Only members of this organization (by id).
    pub organization_id: Option<String>,
    /// At most this many rows.
    pub limit: Option<u32>,
    /// Skip this many rows.
    pub offset: u32,
}
