//! The Management API's organization invitations at Logto's paths and in Logto's shapes: list
//! (by organization, inviter or invitee), create (the email sent only with a `messagePayload`,
//! as Logto sends it only then), show, delete (withdraw), set the status (accept for a user,
//! or revoke), and send the email again. The email links to `/invitation/{id}`.

use serde::Deserialize;
use serde_json::{Value, json};

use crate::model::organization::{Invitation, InvitationStatus};
use crate::model::validate::same_email;
use crate::ops::Doorman;
use crate::ops::organizations::invitations::NewInvitation;
use crate::web::api::body;
use crate::web::api::error::{ApiAnswer, ApiError};
use crate::web::api::management::admin::{
    TENANT_ID, admin, domain, millis, no_route, not_allowed, split_id,
};
use crate::web::api::management::organization_roles::role_names;
use crate::web::common::http::{Request, Response};

fn status_name(status: InvitationStatus) -> &'static str {
    match status {
        InvitationStatus::Pending => "Pending",
        InvitationStatus::Accepted => "Accepted",
        InvitationStatus::Revoked => "Revoked",
        InvitationStatus::Expired => "Expired",
    }
}

/// An invitation as Logto shows one.
fn invitation_body(doorman: &Doorman, invitation: &Invitation) -> Result<Value, ApiError> {
    let roles = doorman.list_roles()?;
    let held: Vec<Value> = roles
        .iter()
        .filter(|r| invitation.roles.contains(&r.name))
        .map(|r| json!({ "id": r.id, "name": r.name }))
        .collect();
    Ok(json!({
        "tenantId": TENANT_ID,
        "id": invitation.id,
        "inviterId": invitation.inviter_id,
        "invitee": invitation.email,
        "acceptedUserId": invitation.accepted_user_id,
        "organizationId": invitation.organization_id,
        "status": status_name(invitation.status),
        "createdAt": millis(invitation.created_at),
        "updatedAt": millis(invitation.created_at),
        "expiresAt": millis(invitation.expires_at),
        "organizationRoles": held,
    }))
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct NewBody {
    organization_id: String,
    invitee: String,
    expires_at: i64,
    inviter_id: Option<String>,
    #[serde(default)]
    organization_role_ids: Vec<String>,
    #[serde(default)]
    message_payload: Option<Value>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct StatusBody {
    status: String,
    accepted_user_id: Option<String>,
}

/// `/api/organization-invitations...`; `rest` is the path after it.
pub fn route(doorman: &mut Doorman, request: &Request, rest: &str) -> ApiAnswer {
    let actor = admin(doorman, request)?.actor();
    let Some(rest) = rest.strip_prefix('/').filter(|r| !r.is_empty()) else {
        return match request.method.as_str() {
            "GET" => list(doorman, request),
            "POST" => create(doorman, request, actor),
            _ => Err(not_allowed(request, "GET, POST")),
        };
    };
    let (id, sub) = split_id(rest).ok_or_else(|| no_route(request))?;
    let invitation = doorman.show_invitation(id).map_err(domain)?;
    match (request.method.as_str(), sub) {
        ("GET", "") => Ok(Response::json(200, &invitation_body(doorman, &invitation)?)),
        ("DELETE", "") => {
            if invitation.status == InvitationStatus::Pending {
                doorman
                    .acting_as(actor, |d| d.revoke_invitation(id))
                    .map_err(domain)?;
            }
            Ok(Response::empty(204))
        }
        (_, "") => Err(not_allowed(request, "GET, DELETE")),
        ("PUT", "status") => {
            let change: StatusBody = body::json(request)?;
            let result = match (change.status.as_str(), change.accepted_user_id) {
                ("Accepted", Some(user)) => doorman
                    .acting_as(actor, |d| d.accept_invitation(id, &user))
                    .map(|_| ()),
                ("Accepted", None) => {
                    return Err(ApiError::new(
                        422,
                        "request.invalid_input",
                        "The `acceptedUserId` is required when accepting an invitation.",
                    ));
                }
                ("Revoked", _) => doorman
                    .acting_as(actor, |d| d.revoke_invitation(id))
                    .map(|_| ()),
                (other, _) => {
                    return Err(ApiError::invalid_input(
                        "body",
                        format!("status '{other}' is not Accepted or Revoked"),
                    ));
                }
            };
            result.map_err(|e| match e {
                crate::Error::Invalid(m) => ApiError::new(422, "request.invalid_input", m),
                other => domain(other),
            })?;
            let invitation = doorman.show_invitation(id).map_err(domain)?;
            Ok(Response::json(200, &invitation_body(doorman, &invitation)?))
        }
        ("POST", "message") => {
            doorman
                .acting_as(actor, |d| d.resend_invitation(id))
                .map_err(domain)?;
            Ok(Response::empty(204))
        }
        _ => Err(no_route(request)),
    }
}

/// `GET /api/organization-invitations[?organizationId=&inviterId=&invitee=]`.
fn list(doorman: &Doorman, request: &Request) -> ApiAnswer {
    let param = |name: &str| {
        request
            .query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let organization = param("organizationId");
    let all = match organization {
        Some(org) => doorman.list_invitations(Some(org), None).map_err(domain)?,
        None => doorman.list_invitations(None, None)?,
    };
    let bodies = all
        .iter()
        .filter(|i| param("inviterId").is_none_or(|id| i.inviter_id.as_deref() == Some(id)))
        .filter(|i| param("invitee").is_none_or(|email| same_email(&i.email, email)))
        .map(|i| invitation_body(doorman, i))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Response::json(200, &bodies))
}

/// `POST /api/organization-invitations` (201).
fn create(doorman: &mut Doorman, request: &Request, actor: String) -> ApiAnswer {
    let new: NewBody = body::json(request)?;
    let now_ms = doorman.clock.now().unix_millis();
    if new.expires_at <= now_ms {
        return Err(ApiError::new(
            400,
            "request.invalid_input",
            "The request input is invalid.",
        )
        .with_details("The value of `expiresAt` must be in the future."));
    }
    let roles = role_names(doorman, &new.organization_role_ids, &[])?;
    let send_email =
        matches!(new.message_payload, Some(ref payload) if payload != &Value::Bool(false));
    let invitation = doorman
        .acting_as(actor, |d| {
            d.create_invitation(NewInvitation {
                organization: new.organization_id,
                email: new.invitee,
                roles,
                expires_in_seconds: (new.expires_at - now_ms + 999) / 1000,
                inviter: new.inviter_id,
                send_email,
            })
        })
        .map_err(|e| match e {
            crate::Error::Invalid(m) => ApiError::new(400, "request.invalid_input", m),
            other => domain(other),
        })?;
    Ok(Response::json(201, &invitation_body(doorman, &invitation)?))
}
