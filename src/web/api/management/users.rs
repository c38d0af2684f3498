//! The Management API's users, at Logto's paths and in Logto's shapes: list (paged, `search`),
//! one, create, update, delete (their sessions end and their apps are told), password (set
//! outside the password policy, as an admin may; verify; has-password), suspension (which signs
//! them out everywhere), custom data and profile. Password digests come in with `POST`
//! (`passwordDigest`, `passwordAlgorithm`) and go out with `includePasswordHash=true`, as Logto
//! moves users between tenants.

use serde::{Deserialize, Deserializer};
use serde_json::{Map, Value, json};

use crate::credentials::password::{Hasher, logto_algorithm};
use crate::model::standard_claims;
use crate::model::user::{PasswordInput, Profile, Secret, User, UserField, UserFilter};
use crate::ops::Doorman;
use crate::web::api::auth::Caller;
use crate::web::api::body;
use crate::web::api::error::{ApiAnswer, ApiError};
use crate::web::api::management::admin::admin;
use crate::web::api::management::user_credentials;
use crate::web::api::management::user_shape::user_body;
use crate::web::api::pagination::Page;
use crate::web::common::http::{Request, Response};
use crate::web::engine::state::ServerState;
use crate::web::oidc::backchannel::notify_apps;

/// A taken identifier, with Logto's code for the one that is taken.
fn collision(message: String) -> ApiError {
    let code = if message.contains("email") {
        "user.email_already_in_use"
    } else if message.contains("phone") {
        "user.phone_already_in_use"
    } else {
        "user.username_already_in_use"
    };
    ApiError::new(422, code, message)
}

fn domain(e: crate::Error) -> ApiError {
    match e {
        crate::Error::Conflict(m) => collision(m),
        crate::Error::NotFound(m) => ApiError::new(404, "entity.not_exists_with_id", m),
        other => other.into(),
    }
}

/// The user a path names, or Logto's 404.
fn found(doorman: &Doorman, id: &str) -> Result<User, ApiError> {
    doorman.find_user(id).map_err(domain)
}

/// `GET /api/users[?page=&page_size=&search=]`.
pub fn list(doorman: &Doorman, request: &Request) -> ApiAnswer {
    admin(doorman, request)?;
    let page = Page::of(request)?;
    let search = request
        .query
        .iter()
        .find(|(k, _)| k == "search")
        .map(|(_, v)| v.trim_matches('%').to_string())
        .filter(|v| !v.is_empty());
    let mut filter = UserFilter {
        search,
        limit: Some(u32::try_from(page.size).unwrap_or(u32::MAX)),
        offset: u32::try_from(page.offset()).unwrap_or(u32::MAX),
        ..UserFilter::default()
    };
    let users = doorman.list_users(&filter)?.users;
    filter.limit = None;
    let total = doorman.count_users(&filter)?;
    let bodies = users
        .iter()
        .map(|u| with_digest(doorman, request, u, user_body(doorman, u)?))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(page.respond(request, &bodies, total))
}

/// `GET /api/users/{id}`.
pub fn show(doorman: &Doorman, request: &Request, id: &str) -> ApiAnswer {
    admin(doorman, request)?;
    let user = found(doorman, id)?;
    let body = with_digest(doorman, request, &user, user_body(doorman, &user)?)?;
    Ok(Response::json(200, &body))
}

/// A field that may be set, cleared with `null` or `""`, or left alone.
fn clearable<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(d).map(|v| Some(v.filter(|s| !s.is_empty())))
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct UserBody {
    #[serde(default, deserialize_with = "clearable")]
    username: Option<Option<String>>,
    #[serde(default, deserialize_with = "clearable")]
    primary_email: Option<Option<String>>,
    #[serde(default, deserialize_with = "clearable")]
    primary_phone: Option<Option<String>>,
    #[serde(default, deserialize_with = "clearable")]
    name: Option<Option<String>>,
    #[serde(default, deserialize_with = "clearable")]
    avatar: Option<Option<String>>,
    #[serde(default)]
    custom_data: Option<Map<String, Value>>,
    #[serde(default)]
    profile: Option<Map<String, Value>>,
    #[serde(default)]
    password: Option<String>,
    #[serde(default)]
    password_digest: Option<String>,
    #[serde(default)]
    password_algorithm: Option<String>,
}

impl UserBody {
    /// The profile to set and the fields to clear.
    fn changes(&mut self) -> (Profile, Vec<UserField>) {
        let mut profile = Profile::default();
        let mut unset = Vec::new();
        let mut take = |value: Option<Option<String>>,
                        field: UserField,
                        slot: &mut Option<String>| match value {
            Some(Some(v)) => *slot = Some(v),
            Some(None) => unset.push(field),
            None => {}
        };
        take(
            self.username.take(),
            UserField::Username,
            &mut profile.username,
        );
        take(
            self.primary_email.take(),
            UserField::Email,
            &mut profile.email,
        );
        take(
            self.primary_phone.take(),
            UserField::Phone,
            &mut profile.phone,
        );
        take(self.name.take(), UserField::Name, &mut profile.name);
        take(
            self.avatar.take(),
            UserField::AvatarUrl,
            &mut profile.avatar_url,
        );
        if let Some(data) = self.custom_data.take() {
            unset.push(UserField::CustomData);
            profile.custom_data = data.into_iter().collect();
        }
        (profile, unset)
    }
}

/// A password hashed here, outside the policy (an admin's choice, as in Logto).
fn exempt(hasher: &Hasher, password: &str) -> Result<PasswordInput, ApiError> {
    if password.is_empty() {
        return Err(ApiError::invalid_input("password", "the password is empty"));
    }
    Ok(PasswordInput::Hash(Secret::new(hasher.hash(password)?)))
}

/// A password digest from another system, as Logto imports one: `passwordAlgorithm` must name
/// what the digest is (doorman verifies Argon2i, Argon2id, Argon2d and Bcrypt digests).
fn imported(digest: &str, algorithm: Option<&str>) -> Result<PasswordInput, ApiError> {
    let known = logto_algorithm(digest);
    match (known, algorithm) {
        (Some(known), Some(named)) if known == named => {}
        _ => {
            return Err(ApiError::invalid_input(
                "passwordAlgorithm",
                format!(
                    "'{}' with this digest cannot be verified here (Argon2i, Argon2id, Argon2d and \
                     Bcrypt digests can, named as they are)",
                    algorithm.unwrap_or("no algorithm")
                ),
            ));
        }
    }
    Ok(PasswordInput::Hash(Secret::new(digest.to_string())))
}

/// With `includePasswordHash=true` (Logto 1.38), the user's password digest and its algorithm.
fn with_digest(
    doorman: &Doorman,
    request: &Request,
    user: &User,
    mut body: Value,
) -> Result<Value, ApiError> {
    let wanted = request
        .query
        .iter()
        .any(|(k, v)| k == "includePasswordHash" && matches!(v.as_str(), "true" | "1"));
    if wanted && let Some(digest) = doorman.password_digest(&user.id)? {
        body["passwordAlgorithm"] = json!(logto_algorithm(&digest));
        body["passwordDigest"] = json!(digest);
    }
    Ok(body)
}

/// `POST /api/users` (200 with the user).
pub fn create(doorman: &mut Doorman, request: &Request) -> ApiAnswer {
    let caller = admin(doorman, request)?;
    let mut body: UserBody = body::json(request)?;
    let claims = body
        .profile
        .take()
        .map(|p| standard_claims::from_logto(&p))
        .transpose()?;
    let password = match (body.password.take(), body.password_digest.take()) {
        (Some(_), Some(_)) => {
            return Err(ApiError::invalid_input(
                "passwordDigest",
                "give password or passwordDigest, not both",
            ));
        }
        (Some(p), None) => Some(exempt(&doorman.hasher, &p)?),
        (None, Some(digest)) => Some(imported(&digest, body.password_algorithm.as_deref())?),
        (None, None) => None,
    };
    let (profile, _) = body.changes();
    let user = doorman
        .acting_as(caller.actor(), |d| d.create_user(profile, password))
        .map_err(domain)?;
    if let Some(claims) = claims {
        doorman.acting_as(caller.actor(), |d| {
            d.update_standard_claims(&user.id, claims)
        })?;
    }
    Ok(Response::json(200, &user_body(doorman, &user)?))
}

/// `PATCH /api/users/{id}` (200 with the user).
pub fn update(doorman: &mut Doorman, request: &Request, id: &str) -> ApiAnswer {
    let caller = admin(doorman, request)?;
    found(doorman, id)?;
    let mut body: UserBody = body::json(request)?;
    if body.password.is_some() {
        return Err(ApiError::invalid_input(
            "password",
            "set a password with PATCH /api/users/{id}/password",
        ));
    }
    let claims = body
        .profile
        .take()
        .map(|p| standard_claims::from_logto(&p))
        .transpose()?;
    let (profile, unset) = body.changes();
    let user = doorman
        .acting_as(caller.actor(), |d| d.update_user(id, profile, &unset, None))
        .map_err(domain)?;
    if let Some(claims) = claims {
        doorman.acting_as(caller.actor(), |d| {
            d.update_standard_claims(&user.id, claims)
        })?;
    }
    Ok(Response::json(200, &user_body(doorman, &user)?))
}

/// `DELETE /api/users/{id}` (204): the user's sessions end and their apps are told.
pub fn delete(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    id: &str,
) -> ApiAnswer {
    let caller = admin(doorman, request)?;
    found(doorman, id)?;
    let deleted = doorman
        .acting_as(caller.actor(), |d| d.delete_user(id))
        .map_err(domain)?;
    notify_apps(&state.backchannel, doorman, deleted.notices)?;
    Ok(Response::empty(204))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PasswordBody {
    password: String,
}

/// The routes under `/api/users/{id}/...`.
pub fn item(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    id: &str,
    rest: &str,
) -> ApiAnswer {
    let caller = admin(doorman, request)?;
    let user = found(doorman, id)?;
    match (request.method.as_str(), rest) {
        ("PATCH", "password") => {
            let PasswordBody { password } = body::json(request)?;
            let hash = exempt(&doorman.hasher, &password)?;
            let user = doorman
                .acting_as(caller.actor(), |d| d.set_password(id, hash))
                .map_err(domain)?;
            Ok(Response::json(200, &user_body(doorman, &user)?))
        }
        ("POST", "password/verify") => {
            let PasswordBody { password } = body::json(request)?;
            if doorman.check_user_password(id, &password)? {
                Ok(Response::empty(204))
            } else {
                Err(ApiError::new(
                    422,
                    "session.invalid_credentials",
                    "Wrong identifier or password.",
                ))
            }
        }
        ("GET", "has-password") => Ok(Response::json(
            200,
            &json!({ "hasPassword": user.has_password }),
        )),
        ("PATCH", "is-suspended") => suspend(state, doorman, request, &caller, id),
        ("GET", "custom-data") => Ok(Response::json(200, &Value::Object(user.custom_data))),
        ("PATCH", "custom-data") => {
            #[derive(Deserialize)]
            #[serde(rename_all = "camelCase", deny_unknown_fields)]
            struct CustomData {
                custom_data: Map<String, Value>,
            }
            let CustomData { custom_data } = body::json(request)?;
            let profile = Profile {
                custom_data: custom_data.into_iter().collect(),
                ..Profile::default()
            };
            let user = doorman
                .acting_as(caller.actor(), |d| {
                    d.update_user(id, profile, &[UserField::CustomData], None)
                })
                .map_err(domain)?;
            Ok(Response::json(200, &Value::Object(user.custom_data)))
        }
        ("PATCH", "profile") => {
            #[derive(Deserialize)]
            #[serde(deny_unknown_fields)]
            struct ProfileBody {
                profile: Map<String, Value>,
            }
            let ProfileBody { profile } = body::json(request)?;
            let changes = standard_claims::from_logto(&profile)?;
            let claims =
                doorman.acting_as(caller.actor(), |d| d.update_standard_claims(id, changes))?;
            Ok(Response::json(
                200,
                &Value::Object(standard_claims::to_logto(&claims)),
            ))
        }
        _ => user_credentials::route(doorman, request, caller.actor(), &user, rest),
    }
}

/// `PATCH /api/users/{id}/is-suspended`: a suspension also signs the user out everywhere.
fn suspend(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    caller: &Caller,
    id: &str,
) -> ApiAnswer {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase", deny_unknown_fields)]
    struct Suspension {
        is_suspended: bool,
    }
    let Suspension { is_suspended } = body::json(request)?;
    let user = doorman
        .acting_as(caller.actor(), |d| d.set_suspended(id, is_suspended))
        .map_err(domain)?;
    if is_suspended {
        let notices = doorman.acting_as(caller.actor(), |d| d.sign_out_everywhere(&user.id))?;
        notify_apps(&state.backchannel, doorman, notices)?;
    }
    Ok(Response::json(200, &user_body(doorman, &user)?))
}
