//! Messages doorman would have sent (verification codes, invitations): the outbox that people,
//! tests and the `/dev/outbox` page read, since doorman never sends email or SMS itself.

use serde::Serialize;

use crate::model::timestamp::Timestamp;

/// How a message would travel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// An email.
    Email,
    /// A text message.
    Sms,
}

impl Channel {
    /// The name stored and shown (`email`, `sms`).
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Sms => "sms",
        }
    }
}

/// One message in the outbox.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Message {
    /// Random id.
    pub id: String,
    /// When it was written.
    pub created_at: Timestamp,
    /// Email or SMS.
    pub channel: Channel,
    /// Address or phone number.
    pub to: String,
    /// Subject line (emails only).
    pub subject: Option<String>,
    /// The text, with any code or link in it.
    pub body: String,
}

/// How much of the outbox is kept: it is a development aid, not an archive, and a flood of
/// sign-in codes must not grow the database without bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    /// Seconds a message is kept.
    pub keep_for: i64,
    /// The newest messages kept per recipient.
    pub per_recipient: u32,
    /// The newest messages kept in all.
    pub total: u32,
}

impl Default for Retention {
    fn default() -> Self {
        Retention {
            keep_for: 7 * 86_400,
            per_recipient: 50,
            total: 10_000,
        }
    }
}
