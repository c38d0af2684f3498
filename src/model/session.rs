//! Browser sessions: a user signed in on one browser, named by `sid` in ID tokens and ended by
//! sign-out, password reset or expiry.

use crate::model::timestamp::Timestamp;

/// The authentication method references of RFC 8176 §2, the values an `amr` may hold.
pub const AMR_VALUES: &[&str] = &[
    "face", "fpt", "geo", "hwk", "iris", "kba", "mca", "mfa", "otp", "pin", "pop", "pwd", "rba",
    "retina", "sc", "sms", "swk", "tel", "user", "vbm", "wia",
];

/// A signed-in browser: who, since when and how, until when.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    /// The public session id (`sid`).
    pub id: String,
    /// SHA-256 of the cookie value.
    pub cookie_digest: String,
    /// Who signed in.
    pub user_id: String,
    /// When the user last proved who they are.
    pub auth_time: Timestamp,
    /// How they proved it (RFC 8176 values), as a JSON array.
    pub amr: Vec<String>,
    /// When the session started.
    pub created_at: Timestamp,
    /// When it lapses.
    pub expires_at: Timestamp,
    /// When it was ended by sign-out.
    pub ended_at: Option<Timestamp>,
}
