//! The user's own personal access tokens through the Account API (doorman's addition beside
//! Logto's Management API routes, in the same shapes): `GET /api/my-account/personal-access-tokens`
//! lists them without their values; `POST` makes one (`{name, expiresAt?}` in ms) with a record
//! proving the user, its `value` in that answer only; `DELETE .../{name}` revokes one. A
//! third-party app's token may list them, never make or revoke one.

use serde::Deserialize;
use serde_json::{Value, json};

use crate::model::account_center::Control;
use crate::model::timestamp::Timestamp;
use crate::model::user::User;
use crate::ops::Doorman;
use crate::ops::accounts::personal_tokens::PersonalToken;
use crate::web::api::account::AccountCaller;
use crate::web::api::body;
use crate::web::api::error::{ApiAnswer, ApiError};
use crate::web::common::http::{Request, Response};

/// A personal access token as Logto's Management API shows one; its value only when just made.
pub fn token_body(user: &User, token: &PersonalToken) -> Value {
    let mut body = json!({
        "userId": user.id,
        "name": token.name,
        "createdAt": token.created_at.unix_millis(),
        "expiresAt": token.expires_at.map(Timestamp::unix_millis),
    });
    if let Some(value) = &token.token {
        body["value"] = json!(value);
    }
    body
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct NewToken {
    name: String,
    expires_at: Option<i64>,
}

/// A taken name, as the Management API answers it too.
pub fn name_taken(e: crate::Error) -> ApiError {
    match e {
        crate::Error::Conflict(m) => {
            ApiError::new(422, "user.personal_access_token_name_exists", m)
        }
        other => other.into(),
    }
}

/// `GET /api/my-account/personal-access-tokens`.
pub fn list(doorman: &Doorman, request: &Request) -> ApiAnswer {
    let account = AccountCaller::of(doorman, request)?;
    let tokens: Vec<Value> = doorman
        .list_personal_tokens(&account.user.id)?
        .iter()
        .map(|t| token_body(&account.user, t))
        .collect();
    Ok(Response::json(200, &tokens))
}

/// `POST /api/my-account/personal-access-tokens` (201).
pub fn create(doorman: &mut Doorman, request: &Request) -> ApiAnswer {
    let account = AccountCaller::of(doorman, request)?;
    let record = account.verified(doorman, request)?;
    account.may_change(doorman, Control::Edit)?;
    let NewToken { name, expires_at } = body::json(request)?;
    let expires = expires_at.map(Timestamp::from_unix_millis);
    let user_id = account.user.id.clone();
    let made = doorman
        .acting_as(account.caller.actor(), |d| {
            d.create_personal_token(&user_id, &name, expires, None)
        })
        .map_err(name_taken)?;
    doorman.spend_record(&record)?;
    Ok(Response::json(201, &token_body(&account.user, &made)))
}

/// `DELETE /api/my-account/personal-access-tokens/{name}` (204).
pub fn revoke(doorman: &mut Doorman, request: &Request, name: &str) -> ApiAnswer {
    let account = AccountCaller::of(doorman, request)?;
    account.may_change(doorman, Control::Edit)?;
    let user_id = account.user.id.clone();
    doorman
        .acting_as(account.caller.actor(), |d| {
            d.revoke_personal_token(&user_id, name)
        })
        .map_err(|e| match e {
            crate::Error::NotFound(m) => ApiError::new(404, "entity.not_found", m),
            other => other.into(),
        })?;
    Ok(Response::empty(204))
}
