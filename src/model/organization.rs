//! Organizations as Logto models them: a template of scopes and roles shared by every
//! organization, memberships that carry roles, and invitations that become memberships.

use serde::{Deserialize, Serialize};

use crate::model::principal::Principal;
use crate::model::resource::RoleType;
use crate::model::timestamp::Timestamp;

/// A permission a role can hold inside an organization (`read:docs`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrgScope {
    /// Random id.
    pub id: String,
    /// Unique name.
    pub name: String,
    /// What it allows.
    pub description: Option<String>,
    /// When it was made.
    pub created_at: Timestamp,
}

/// A named set of scopes granted to members (`admin`, `member`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrgRole {
    /// Random id.
    pub id: String,
    /// Unique name.
    pub name: String,
    /// Whom it is for: user members or machine-to-machine app members (as in Logto).
    #[serde(rename = "type")]
    pub role_type: RoleType,
    /// What it is for.
    pub description: Option<String>,
    /// The scopes it holds, by name, sorted.
    pub scopes: Vec<String>,
    /// The API resource permissions it holds in organizations, as `<indicator>:<scope>`.
    pub permissions: Vec<String>,
    /// When it was made.
    pub created_at: Timestamp,
}

/// An organization.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Organization {
    /// Random id.
    pub id: String,
    /// Unique name (case-insensitive).
    pub name: String,
    /// Free text.
    pub description: Option<String>,
    /// The application's own data.
    pub custom_data: serde_json::Map<String, serde_json::Value>,
    /// When it was made.
    pub created_at: Timestamp,
    /// Whether its members need a second factor (see the settings'
    /// `mfa.organization_required_mfa_policy`).
    pub mfa_required: bool,
}

/// An organization with the facts `org show` adds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrganizationDetail {
    /// The organization.
    #[serde(flatten)]
    pub organization: Organization,
    /// How many members it has.
    pub member_count: u64,
    /// The roles its members hold, by name.
    pub roles_in_use: Vec<String>,
    /// How many invitations are still pending (not expired).
    pub pending_invitations: u64,
}

/// A member's place in an organization: a user, or a machine-to-machine app.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Member {
    /// The user's id or the app's client id.
    pub id: String,
    /// Whether it is a user or an app.
    pub kind: Principal,
    /// The user's display name or the app's name.
    pub name: Option<String>,
    /// The user's email (none for apps).
    pub email: Option<String>,
    /// The user's username (none for apps).
    pub username: Option<String>,
    /// Organization roles, by name, sorted.
    pub roles: Vec<String>,
    /// When they joined.
    pub joined_at: Timestamp,
}

/// One organization a user belongs to, as `user show` lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Membership {
    /// Organization id.
    pub id: String,
    /// Organization name.
    pub name: String,
    /// The user's roles there, sorted.
    pub roles: Vec<String>,
}

/// Where an invitation stands. Accepted, revoked and expired are final.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum InvitationStatus {
    /// Waiting for the invitee.
    Pending,
    /// The invitee joined.
    Accepted,
    /// An admin withdrew it.
    Revoked,
    /// It was not accepted in time.
    Expired,
}

impl InvitationStatus {
    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            InvitationStatus::Pending => "pending",
            InvitationStatus::Accepted => "accepted",
            InvitationStatus::Revoked => "revoked",
            InvitationStatus::Expired => "expired",
        }
    }

    /// Parses the stored form.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "pending" => Some(InvitationStatus::Pending),
            "accepted" => Some(InvitationStatus::Accepted),
            "revoked" => Some(InvitationStatus::Revoked),
            "expired" => Some(InvitationStatus::Expired),
            _ => None,
        }
    }
}

/// An invitation to join an organization.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Invitation {
    /// Random id, at least 120 bits: it is the secret in the accept link.
    pub id: String,
    /// The organization.
    pub organization_id: String,
    /// The invitee.
    pub email: String,
    /// Roles granted on acceptance, sorted.
    pub roles: Vec<String>,
    /// Status as of now (a pending invitation past `expires_at` reads as expired).
    pub status: InvitationStatus,
    /// When it stops being acceptable.
    pub expires_at: Timestamp,
    /// Who invited, if known.
    pub inviter_id: Option<String>,
    /// Who accepted it.
    pub accepted_user_id: Option<String>,
    /// When it was made.
    pub created_at: Timestamp,
    /// The page that accepts it.
    pub link: String,
}
