//! The Management API's one-time tokens (Logto 1.27's magic links): make one for an email, to put
//! with `login_hint` on `/oidc/auth` (the token is in that answer only); list them (`email`,
//! `status`, optional pages), show one, change its status (revoke) and delete it.

use serde::Deserialize;
use serde_json::{Value, json};

use crate::ops::Doorman;
use crate::ops::accounts::one_time_tokens::OneTimeToken;
use crate::web::api::body;
use crate::web::api::error::{ApiAnswer, ApiError};
use crate::web::api::management::admin::{
    TENANT_ID, admin, domain, millis, no_route, not_allowed, split_id,
};
use crate::web::api::pagination::respond_list;
use crate::web::common::http::{Request, Response};

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct NewToken {
    email: String,
    expires_in: Option<i64>,
    #[serde(default)]
    jit_organization_ids: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NewStatus {
    status: String,
}

/// A token as Logto shows one; its secret only when just made.
fn token_body(made: &OneTimeToken) -> Value {
    let mut body = json!({
        "tenantId": TENANT_ID,
        "id": made.id,
        "email": made.email,
        "context": made.context,
        "status": made.status,
        "createdAt": millis(made.created_at),
        "expiresAt": millis(made.expires_at),
    });
    if let Some(token) = &made.token {
        body["token"] = json!(token);
    }
    body
}

fn refused(e: crate::Error) -> ApiError {
    match e {
        crate::Error::Invalid(m) => ApiError::invalid_input("body", m),
        other => domain(other),
    }
}

/// `/api/one-time-tokens...`; `rest` is the path after it.
pub fn route(doorman: &mut Doorman, request: &Request, rest: &str) -> ApiAnswer {
    let actor = admin(doorman, request)?.actor();
    let Some(rest) = rest.strip_prefix('/').filter(|r| !r.is_empty()) else {
        return match request.method.as_str() {
            "GET" => {
                let query = |key: &str| {
                    request
                        .query
                        .iter()
                        .find(|(k, _)| k == key)
                        .map(|(_, v)| v.as_str())
                };
                let status = query("status");
                let bodies: Vec<Value> = doorman
                    .list_one_time_tokens(query("email"))?
                    .iter()
                    .filter(|t| status.is_none_or(|s| s == t.status))
                    .map(token_body)
                    .collect();
                respond_list(request, &bodies)
            }
            "POST" => {
                let new: NewToken = body::json(request)?;
                let made = doorman
                    .acting_as(actor, |d| {
                        d.create_one_time_token(
                            &new.email,
                            new.expires_in,
                            &new.jit_organization_ids,
                        )
                    })
                    .map_err(|e| match e {
                        crate::Error::NotFound(m) => {
                            ApiError::new(422, "entity.not_exists_with_id", m)
                        }
                        other => refused(other),
                    })?;
                Ok(Response::json(201, &token_body(&made)))
            }
            _ => Err(not_allowed(request, "GET, POST")),
        };
    };
    let (id, sub) = split_id(rest).ok_or_else(|| no_route(request))?;
    match (request.method.as_str(), sub) {
        ("GET", "") => {
            let found = doorman.show_one_time_token(id).map_err(domain)?;
            Ok(Response::json(200, &token_body(&found)))
        }
        ("DELETE", "") => {
            doorman
                .acting_as(actor, |d| d.delete_one_time_token(id))
                .map_err(domain)?;
            Ok(Response::empty(204))
        }
        (_, "") => Err(not_allowed(request, "GET, DELETE")),
        ("PUT", "status") => {
            let NewStatus { status } = body::json(request)?;
            let changed = doorman
                .acting_as(actor, |d| d.set_one_time_token_status(id, &status))
                .map_err(refused)?;
            Ok(Response::json(200, &token_body(&changed)))
        }
        (_, "status") => Err(not_allowed(request, "PUT")),
        _ => Err(no_route(request)),
    }
}
