//! Logto's Account API, the part of `/api/my-account` a user's own token reaches: the profile
//! as the token's scopes and the account center's fields allow (`GET`), name, picture, username
//! and custom data (`PATCH`), and the password (`POST .../password`). Authorised by the user's
//! opaque access token from `/oidc/token`; a change of an identifier or the password names a
//! verification record (`logto-verification-id`, see [`verifications`]) proving who is asking.
//! Third-party apps' tokens may read, never change.
//!
//! [`verifications`]: crate::web::api::account::verifications

pub mod factor_verifications;
pub mod identifiers;
pub mod mfa;
pub mod openapi;
pub mod routes;
pub mod sessions;
pub mod tokens;
pub mod verifications;

use serde::{Deserialize, Deserializer};
use serde_json::{Map, Value, json};

use crate::model::account_center::{AccountCenter, Control};
use crate::model::standard_claims;
use crate::model::user::{PasswordInput, Profile, Secret, User, UserField};
use crate::ops::Doorman;
use crate::ops::account_center::verification_records::Proof;
use crate::web::api::auth::Caller;
use crate::web::api::body;
use crate::web::api::error::{ApiAnswer, ApiError};
use crate::web::common::http::{Request, Response};
use crate::web::engine::state::ServerState;
use crate::web::oidc::backchannel::notify_apps;

/// The header that names a verification record, as Logto's SDKs send it.
pub const VERIFICATION_HEADER: &str = "logto-verification-id";

/// The caller of an Account API route: the user behind the token, and the account center's
/// settings, which must be on.
pub struct AccountCaller {
    /// The token's facts.
    pub caller: Caller,
    /// The user it belongs to.
    pub user: User,
    /// What the user may see and change.
    pub center: AccountCenter,
}

impl AccountCaller {
    /// Authenticates a user's token and checks the account center is on (Logto's order).
    pub fn of(doorman: &Doorman, request: &Request) -> Result<AccountCaller, ApiError> {
        let (caller, user) = verifications::user_of(doorman, request)?;
        let center = doorman.settings()?.account_center;
        if !center.enabled {
            return Err(ApiError::new(
                400,
                "account_center.not_enabled",
                "The account center is not enabled.",
            ));
        }
        Ok(AccountCaller {
            caller,
            user,
            center,
        })
    }

    /// Refuses a change from a third-party app's token, and a change of a field the account
    /// center does not let users edit.
    pub fn may_change(&self, doorman: &Doorman, field: Control) -> Result<(), ApiError> {
        let third_party = doorman
            .find_client(&self.caller.client_id)?
            .is_some_and(|app| app.is_third_party);
        if third_party {
            return Err(ApiError::new(
                403,
                "auth.forbidden",
                "Forbidden. Please check your user roles and permissions.",
            )
            .with_details("a third-party app's token may read the account, not change it"));
        }
        if !field.editable() {
            return Err(ApiError::new(
                400,
                "account_center.field_not_editable",
                "The field is not editable.",
            ));
        }
        Ok(())
    }

    /// Refuses to show a field the account center keeps off (Logto's 400
    /// `account_center.field_not_enabled`).
    pub fn may_read(&self, field: Control) -> Result<(), ApiError> {
        if field.readable() {
            return Ok(());
        }
        Err(ApiError::new(
            400,
            "account_center.field_not_enabled",
            "The field is not enabled.",
        ))
    }

    /// Refuses without the scope, as Logto does (401 `auth.unauthorized`).
    pub fn needs_scope(&self, scope: &str) -> Result<(), ApiError> {
        if self.caller.has_scope(scope) {
            return Ok(());
        }
        Err(ApiError::new(
            401,
            "auth.unauthorized",
            "Unauthorized. Please check credentials and its scope.",
        )
        .with_details(format!("the token does not carry the scope '{scope}'")))
    }

    /// The verification record the request names, when it proves the user is who they say;
    /// else Logto's 401 `verification_record.permission_denied`.
    pub fn verified(&self, doorman: &Doorman, request: &Request) -> Result<String, ApiError> {
        let id = request.header(VERIFICATION_HEADER).unwrap_or_default();
        match doorman.record_proof(&self.user, id)? {
            Some(Proof::Identity) => Ok(id.to_string()),
            _ => Err(ApiError::new(
                401,
                "verification_record.permission_denied",
                "Permission denied, the verification is invalid or expired.",
            )),
        }
    }
}

/// Whether the user keeps a way to sign in without `dropping` (Logto's
/// `user.last_sign_in_method_required` otherwise): a username, email or phone, or another
/// linked identity.
pub fn keeps_a_sign_in_method(
    doorman: &Doorman,
    user: &crate::model::user::User,
    dropping: Dropping<'_>,
) -> Result<(), ApiError> {
    let identities = doorman.user_identities(&user.id)?;
    let others = identities
        .iter()
        .filter(|i| !matches!(dropping, Dropping::Identity(id) if i.connector_id == id))
        .count();
    let username = user.username.is_some() && dropping != Dropping::Username;
    if username || user.email.is_some() || user.phone.is_some() || others > 0 {
        return Ok(());
    }
    Err(ApiError::new(
        400,
        "user.last_sign_in_method_required",
        "The user needs at least one way to sign in.",
    ))
}

/// What a change takes away from the user's ways to sign in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dropping<'a> {
    /// The username.
    Username,
    /// The identity at this connector.
    Identity(&'a str),
}

/// `GET /api/my-account`.
pub fn show(doorman: &Doorman, request: &Request) -> ApiAnswer {
    let account = AccountCaller::of(doorman, request)?;
    Ok(Response::json(200, &profile_body(doorman, &account)?))
}

/// A field that may be set or cleared: absent, `null`, or a value.
fn nullable<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}

/// `PATCH /api/my-account`'s body.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct AccountChanges {
    #[serde(default, deserialize_with = "nullable")]
    name: Option<Option<String>>,
    #[serde(default, deserialize_with = "nullable")]
    avatar: Option<Option<String>>,
    #[serde(default, deserialize_with = "nullable")]
    username: Option<Option<String>>,
    #[serde(default)]
    custom_data: Option<Map<String, Value>>,
}

/// `PATCH /api/my-account`: name, picture, username (with a verification record) and custom
/// data (replaced whole, with the `custom_data` scope).
pub fn update(doorman: &mut Doorman, request: &Request) -> ApiAnswer {
    let account = AccountCaller::of(doorman, request)?;
    let changes: AccountChanges = body::json(request)?;
    let fields = account.center.fields;
    for (given, control) in [
        (changes.name.is_some(), fields.name),
        (changes.avatar.is_some(), fields.avatar),
        (changes.username.is_some(), fields.username),
        (changes.custom_data.is_some(), fields.custom_data),
    ] {
        if given {
            account.may_change(doorman, control)?;
        }
    }
    account.needs_scope("profile")?;
    if changes.custom_data.is_some() {
        account.needs_scope("custom_data")?;
    }
    let record = match &changes.username {
        Some(username) => {
            let record = account.verified(doorman, request)?;
            if username.is_none() {
                keeps_a_sign_in_method(doorman, &account.user, Dropping::Username)?;
            }
            Some(record)
        }
        None => None,
    };
    let mut profile = Profile::default();
    let mut unset = Vec::new();
    let mut set =
        |value: Option<Option<String>>, field: UserField, slot: &mut Option<String>| match value {
            Some(Some(v)) => *slot = Some(v),
            Some(None) => unset.push(field),
            None => {}
        };
    set(changes.name, UserField::Name, &mut profile.name);
    set(
        changes.avatar,
        UserField::AvatarUrl,
        &mut profile.avatar_url,
    );
    set(changes.username, UserField::Username, &mut profile.username);
    if let Some(data) = changes.custom_data {
        unset.push(UserField::CustomData);
        profile.custom_data = data.into_iter().collect();
    }
    let updated = doorman
        .acting_as(account.caller.actor(), |d| {
            d.update_user(&account.user.id, profile, &unset, None)
        })
        .map_err(|e| match e {
            crate::Error::Conflict(m) => ApiError::new(422, "user.username_already_in_use", m),
            other => other.into(),
        })?;
    if let Some(record) = record {
        doorman.spend_record(&record)?;
    }
    let account = AccountCaller {
        user: updated,
        ..account
    };
    Ok(Response::json(200, &profile_body(doorman, &account)?))
}

/// `DELETE /api/my-account` (doorman's addition; Logto has no self-service deletion): with a
/// record proving the user, the account goes, its sessions end (their apps are told) and its
/// tokens stop working. 204.
pub fn delete(state: &ServerState, doorman: &mut Doorman, request: &Request) -> ApiAnswer {
    let account = AccountCaller::of(doorman, request)?;
    account.verified(doorman, request)?;
    account.may_change(doorman, Control::Edit)?;
    let deleted = doorman.acting_as(account.caller.actor(), |d| d.delete_user(&account.user.id))?;
    notify_apps(&state.backchannel, doorman, deleted.notices)?;
    Ok(Response::empty(204))
}

/// `PATCH /api/my-account/profile`: the standard profile claims under Logto's names
/// (`givenName`, `address.postalCode`, ...), merged; `null` removes one. The `address` needs its
/// scope. Answers the profile after.
pub fn update_profile(doorman: &mut Doorman, request: &Request) -> ApiAnswer {
    let account = AccountCaller::of(doorman, request)?;
    let body: Map<String, Value> = body::json(request)?;
    account.may_change(doorman, account.center.fields.profile)?;
    account.needs_scope("profile")?;
    if body.contains_key("address") {
        account.needs_scope("address")?;
    }
    let changes = standard_claims::from_logto(&body)?;
    let claims = doorman.acting_as(account.caller.actor(), |d| {
        d.update_standard_claims(&account.user.id, changes)
    })?;
    Ok(Response::json(
        200,
        &Value::Object(standard_claims::to_logto(&claims)),
    ))
}

/// `POST /api/my-account/password`'s body.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NewPassword {
    password: String,
}

/// `POST /api/my-account/password`: a new password, under the password policy. A user who
/// can prove who they are (a password, an email, a phone) must.
pub fn set_password(doorman: &mut Doorman, request: &Request) -> ApiAnswer {
    let account = AccountCaller::of(doorman, request)?;
    let NewPassword { password } = body::json(request)?;
    let user = &account.user;
    let record = if user.has_password || user.email.is_some() || user.phone.is_some() {
        Some(account.verified(doorman, request)?)
    } else {
        None
    };
    account.may_change(doorman, account.center.fields.password)?;
    if password.is_empty() {
        return Err(ApiError::invalid_input("password", "the password is empty"));
    }
    let password = PasswordInput::Plain(Secret::new(password));
    doorman
        .acting_as(account.caller.actor(), |d| {
            d.set_password(&user.id, password)
        })
        .map_err(|e| match e {
            crate::Error::Invalid(m) => ApiError::new(
                422,
                "password.rejected",
                "The password is rejected by the password policy.",
            )
            .with_details(m),
            other => other.into(),
        })?;
    if let Some(record) = record {
        doorman.spend_record(&record)?;
    }
    Ok(Response::empty(204))
}

/// The user as Logto's Account API shows them: what the token's scopes reach (Logto's
/// `getScopedProfile`), then what the account center lets users see.
fn profile_body(doorman: &Doorman, account: &AccountCaller) -> Result<Value, ApiError> {
    let user = &account.user;
    let fields = account.center.fields;
    let scope = |s: &str| account.caller.has_scope(s);
    let ms = crate::model::timestamp::Timestamp::unix_millis;
    let mut body = Map::new();
    body.insert("id".into(), json!(user.id));
    let mut put = |key: &str, value: Value, allowed: bool| {
        if allowed {
            body.insert(key.into(), value);
        }
    };
    if scope("profile") {
        put("name", json!(user.name), fields.name.readable());
        put("avatar", json!(user.avatar_url), fields.avatar.readable());
        put("username", json!(user.username), fields.username.readable());
        let profile = if fields.profile.readable() {
            let mut profile = standard_claims::to_logto(&doorman.standard_claims(&user.id)?);
            if !scope("address") {
                profile.remove("address");
            }
            Value::Object(profile)
        } else {
            Value::Null
        };
        put("profile", profile, fields.profile.readable());
        put(
            "hasPassword",
            json!(user.has_password),
            fields.password.readable(),
        );
        put("lastSignInAt", json!(user.last_sign_in_at.map(ms)), true);
        put("createdAt", json!(ms(user.created_at)), true);
        put("updatedAt", json!(ms(user.updated_at)), true);
        put("applicationId", Value::Null, true);
        put("isSuspended", json!(user.suspended), true);
    }
    put(
        "primaryEmail",
        json!(user.email),
        scope("email") && fields.email.readable(),
    );
    put(
        "primaryPhone",
        json!(user.phone),
        scope("phone") && fields.phone.readable(),
    );
    put(
        "customData",
        Value::Object(user.custom_data.clone()),
        scope("custom_data") && fields.custom_data.readable(),
    );
    if scope("identities") && fields.social.readable() {
        let identities: Map<String, Value> = doorman
            .user_identities(&user.id)?
            .into_iter()
            .map(|i| {
                let details =
                    json!({ "id": i.subject, "email": i.email, "connector": i.connector });
                (
                    i.connector_id,
                    json!({ "userId": i.subject, "details": details }),
                )
            })
            .collect();
        body.insert("identities".into(), Value::Object(identities));
    }
    Ok(Value::Object(body))
}
