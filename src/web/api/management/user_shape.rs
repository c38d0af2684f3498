//! A user as Logto's Management API shows one, for every route that answers with users (the
//! users themselves, a role's users, an organization's members).

use serde_json::{Map, Value, json};

use crate::model::standard_claims;
use crate::model::user::User;
use crate::ops::Doorman;
use crate::web::api::error::ApiError;

/// A user as Logto's Management API shows one.
pub fn user_body(doorman: &Doorman, user: &User) -> Result<Value, ApiError> {
    let ms = crate::model::timestamp::Timestamp::unix_millis;
    let identities: Map<String, Value> = doorman
        .user_identities(&user.id)?
        .into_iter()
        .map(|i| {
            let details = json!({ "id": i.subject, "email": i.email });
            (
                i.connector_id,
                json!({ "userId": i.subject, "details": details }),
            )
        })
        .collect();
    Ok(json!({
        "id": user.id,
        "username": user.username,
        "primaryEmail": user.email,
        "primaryPhone": user.phone,
        "name": user.name,
        "avatar": user.avatar_url,
        "customData": user.custom_data,
        "identities": identities,
        "profile": standard_claims::to_logto(&doorman.standard_claims(&user.id)?),
        "lastSignInAt": user.last_sign_in_at.map(ms),
        "createdAt": ms(user.created_at),
        "updatedAt": ms(user.updated_at),
        "applicationId": Value::Null,
        "isSuspended": user.suspended,
        "hasPassword": user.has_password,
    }))
}
