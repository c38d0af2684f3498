//! What the Management API manages of a user's ways in, at Logto's paths under
//! `/api/users/{userId}`: second factors (`mfa-verifications`: list, make an authenticator
//! secret or backup codes to hand over, remove one), personal access tokens (list without their
//! values, make one shown once, revoke by name) and linked identities (unlink one).

use serde::Deserialize;
use serde_json::{Value, json};

use crate::model::timestamp::Timestamp;
use crate::model::user::User;
use crate::ops::Doorman;
use crate::web::api::account::mfa::factor_body;
use crate::web::api::account::tokens::{name_taken, token_body};
use crate::web::api::body;
use crate::web::api::error::{ApiAnswer, ApiError};
use crate::web::api::management::admin::{domain, no_route, not_allowed};
use crate::web::api::management::user_shape::user_body;
use crate::web::api::pagination::respond_list;
use crate::web::common::http::{Request, Response};

#[derive(Debug, Deserialize)]
#[serde(tag = "type", deny_unknown_fields)]
enum NewFactor {
    Totp {
        #[serde(default)]
        secret: Option<String>,
    },
    BackupCode,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct NewToken {
    name: String,
    expires_at: Option<i64>,
}

/// `/api/users/{id}/{mfa-verifications,personal-access-tokens,identities}...` for `user`;
/// `rest` is what follows the user's id.
pub fn route(
    doorman: &mut Doorman,
    request: &Request,
    actor: String,
    user: &User,
    rest: &str,
) -> ApiAnswer {
    let (kind, item) = rest.split_once('/').unwrap_or((rest, ""));
    match (request.method.as_str(), kind, item) {
        ("GET", "mfa-verifications", "") => {
            let factors: Vec<Value> = doorman
                .mfa_factors(&user.id)?
                .iter()
                .map(factor_body)
                .collect();
            Ok(Response::json(200, &factors))
        }
        ("POST", "mfa-verifications", "") => {
            let made = match body::json(request)? {
                NewFactor::Totp { secret } => {
                    let made = doorman
                        .acting_as(actor, |d| d.add_totp(&user.id, secret.as_deref()))
                        .map_err(|e| match e {
                            crate::Error::Conflict(m) => {
                                ApiError::new(422, "user.totp_already_in_use", m)
                            }
                            other => domain(other),
                        })?;
                    json!({ "type": "Totp", "secret": made.secret, "otpauthUri": made.otpauth_uri })
                }
                NewFactor::BackupCode => {
                    let made = doorman
                        .acting_as(actor, |d| d.new_backup_codes(&user.id))
                        .map_err(domain)?;
                    json!({ "type": "BackupCode", "codes": made.codes })
                }
            };
            Ok(Response::json(200, &made))
        }
        (_, "mfa-verifications", "") => Err(not_allowed(request, "GET, POST")),
        ("DELETE", "mfa-verifications", factor) if !factor.contains('/') => {
            doorman
                .acting_as(actor, |d| d.remove_factor(&user.id, factor))
                .map_err(domain)?;
            Ok(Response::empty(204))
        }
        ("GET", "personal-access-tokens", "") => {
            let tokens: Vec<Value> = doorman
                .list_personal_tokens(&user.id)?
                .iter()
                .map(|t| token_body(user, t))
                .collect();
            respond_list(request, &tokens)
        }
        ("POST", "personal-access-tokens", "") => {
            let NewToken { name, expires_at } = body::json(request)?;
            let expires = expires_at.map(Timestamp::from_unix_millis);
            let made = doorman
                .acting_as(actor, |d| {
                    d.create_personal_token(&user.id, &name, expires, None)
                })
                .map_err(name_taken)?;
            Ok(Response::json(201, &token_body(user, &made)))
        }
        (_, "personal-access-tokens", "") => Err(not_allowed(request, "GET, POST")),
        ("DELETE", "personal-access-tokens", name) if !name.contains('/') => {
            doorman
                .acting_as(actor, |d| d.revoke_personal_token(&user.id, name))
                .map_err(domain)?;
            Ok(Response::empty(204))
        }
        ("DELETE", "identities", target) if !target.is_empty() && !target.contains('/') => {
            doorman
                .acting_as(actor, |d| d.unlink_identity(&user.id, target))
                .map_err(|e| match e {
                    crate::Error::NotFound(m) => ApiError::new(404, "user.identity_not_exist", m),
                    other => domain(other),
                })?;
            let user = doorman.find_user(&user.id)?;
            Ok(Response::json(200, &user_body(doorman, &user)?))
        }
        _ => Err(no_route(request)),
    }
}
