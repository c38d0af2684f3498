//! The audit trail's events: who did what to whom, as every operation that changes something
//! records it and `doorman audit` shows it.

use serde::Serialize;

use crate::model::timestamp::Timestamp;

/// One recorded event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    /// Random id.
    pub id: String,
    /// When it happened.
    pub at: Timestamp,
    /// Who did it: `cli:<login>`, later `web` or an app.
    pub actor: String,
    /// What happened, dotted: `user.created`, `settings.updated`.
    pub event: String,
    /// The user it concerns, if any.
    pub user_id: Option<String>,
    /// Event-specific facts (never secrets).
    pub detail: serde_json::Value,
}
