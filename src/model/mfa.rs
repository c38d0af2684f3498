//! Second factors a user has enrolled, as `user mfa list` prints them. Secrets (the TOTP key,
//! backup codes) are not part of these values: they stay in the store and print only once, when
//! they are made.

use serde::{Deserialize, Serialize};

use crate::model::timestamp::Timestamp;

/// The kind of an enrolled factor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactorKind {
    /// An authenticator app (TOTP).
    Totp,
    /// A passkey or security key.
    Webauthn,
    /// A set of single-use backup codes.
    BackupCode,
    /// A code sent to the account's verified email (nothing stored: the address is the factor).
    Email,
    /// A code sent by SMS to the account's verified phone.
    Phone,
}

impl FactorKind {
    /// The stored and printed name.
    pub fn as_str(self) -> &'static str {
        match self {
            FactorKind::Totp => "totp",
            FactorKind::Webauthn => "webauthn",
            FactorKind::BackupCode => "backup_code",
            FactorKind::Email => "email",
            FactorKind::Phone => "phone",
        }
    }

    /// Parses the stored name.
    pub fn parse(text: &str) -> Option<FactorKind> {
        match text {
            "totp" => Some(FactorKind::Totp),
            "webauthn" => Some(FactorKind::Webauthn),
            "backup_code" => Some(FactorKind::BackupCode),
            "email" => Some(FactorKind::Email),
            "phone" => Some(FactorKind::Phone),
            _ => None,
        }
    }
}

/// An enrolled factor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Factor {
    /// Random id, for `user mfa remove`.
    pub id: String,
    /// What it is.
    #[serde(rename = "type")]
    pub kind: FactorKind,
    /// When it was enrolled.
    pub created_at: Timestamp,
    /// When it last proved a sign-in.
    pub last_used_at: Option<Timestamp>,
    /// For backup codes: how many are still unused.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remaining_codes: Option<u32>,
    /// For a passkey: the name its owner gave it, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
