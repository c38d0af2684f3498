//! `POST /api/one-time-tokens` (Logto 1.27): a one-time token for an email, to put with
//! `login_hint` on `/oidc/auth` (a magic link). The token is in this response only.

use serde::Deserialize;
use serde_json::json;

use crate::ops::Doorman;
use crate::web::api::body;
use crate::web::api::error::{ApiAnswer, ApiError};
use crate::web::api::management::admin::{TENANT_ID, admin, domain, millis, not_allowed};
use crate::web::common::http::{Request, Response};

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct NewToken {
    email: String,
    expires_in: Option<i64>,
    #[serde(default)]
    jit_organization_ids: Vec<String>,
}

/// `POST /api/one-time-tokens` (201).
pub fn create(doorman: &mut Doorman, request: &Request) -> ApiAnswer {
    let actor = admin(doorman, request)?.actor();
    if request.method != "POST" {
        return Err(not_allowed(request, "POST"));
    }
    let new: NewToken = body::json(request)?;
    let made = doorman
        .acting_as(actor, |d| {
            d.create_one_time_token(&new.email, new.expires_in, &new.jit_organization_ids)
        })
        .map_err(|e| match e {
            crate::Error::Invalid(m) => ApiError::invalid_input("body", m),
            crate::Error::NotFound(m) => ApiError::new(422, "entity.not_exists_with_id", m),
            other => domain(other),
        })?;
    Ok(Response::json(
        201,
        &json!({
            "tenantId": TENANT_ID,
            "id": made.id,
            "email": made.email,
            "token": made.token,
            "context": made.context,
            "status": made.status,
            "createdAt": millis(made.created_at),
            "expiresAt": millis(made.expires_at),
        }),
    ))
}
