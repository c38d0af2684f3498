//! Logto's security verification routes: `POST /api/verifications/password` and
//! `.../verification-code` (then `.../verify`) give a verification record that the Account API's
//! sensitive changes name in `logto-verification-id`. A wrong password counts against the
//! sign-in limits, a code against the code limits, exactly as on the pages.

use serde::Deserialize;
use serde_json::json;

use crate::ops::Doorman;
use crate::ops::account_center::verification_records::VerificationRecord;
use crate::ops::accounts::verification::{CodeCheck, Purpose, channel_of};
use crate::web::api::auth::{Audience, Caller, authenticate};
use crate::web::api::body;
use crate::web::api::error::{ApiAnswer, ApiError};
use crate::web::common::http::{Request, Response};
use crate::web::engine::state::ServerState;

/// The token's facts and the user it belongs to, for the Account API and the verification
/// routes; a token of a user who is gone is Logto's 401.
pub(crate) fn user_of(
    doorman: &Doorman,
    request: &Request,
) -> Result<(Caller, crate::model::user::User), ApiError> {
    let caller = authenticate(doorman, request, Audience::Doorman, &[])?;
    let user = doorman.find_user(&caller.id).map_err(|_| {
        ApiError::new(
            401,
            "auth.unauthorized",
            "Unauthorized. Please check credentials and its scope.",
        )
    })?;
    Ok((caller, user))
}

/// A new record's 201, in Logto's shape.
pub(crate) fn created(record: &VerificationRecord) -> Response {
    Response::json(
        201,
        &json!({
            "verificationRecordId": record.id,
            "expiresAt": record.expires_at.to_rfc3339(),
        }),
    )
}

/// A 429 for a caller who has been guessing too fast.
pub(crate) fn limited(retry_after: i64) -> ApiError {
    ApiError::new(
        429,
        "guard.too_many_requests",
        "Too many requests. Please try again later.",
    )
    .with_header("Retry-After", retry_after.to_string())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PasswordBody {
    password: String,
}

/// `POST /api/verifications/password`: 201 with a record, or 422 `session.invalid_credentials`.
pub fn password(state: &ServerState, doorman: &mut Doorman, request: &Request) -> ApiAnswer {
    let (_, user) = user_of(doorman, request)?;
    let PasswordBody { password } = body::json(request)?;
    let now = doorman.clock.now().unix();
    let ip = state.limited_ip(request);
    if let Some(seconds) = state.sign_in_limits.wait(&user.id, ip.as_deref(), now) {
        return Err(limited(seconds));
    }
    match doorman.verify_password(&user, &password)? {
        Some(record) => {
            state.sign_in_limits.clear(&user.id);
            Ok(created(&record))
        }
        None => {
            state.sign_in_limits.count(&user.id, ip.as_deref(), now);
            Err(ApiError::new(
                422,
                "session.invalid_credentials",
                "Wrong identifier or password.",
            ))
        }
    }
}

/// An email or phone, as Logto's verification routes name one.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Identifier {
    #[serde(rename = "type")]
    kind: String,
    value: String,
}

impl Identifier {
    fn checked(&self) -> Result<&str, ApiError> {
        let fits = matches!(
            (self.kind.as_str(), channel_of(&self.value)),
            (
                "email",
                Some((crate::model::settings::Identifier::Email, _))
            ) | (
                "phone",
                Some((crate::model::settings::Identifier::Phone, _))
            )
        );
        if fits {
            Ok(&self.value)
        } else {
            Err(ApiError::invalid_input(
                "identifier",
                format!("'{}' is not a valid {}", self.value, self.kind),
            ))
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CodeBody {
    identifier: Identifier,
}

/// `POST /api/verifications/verification-code`: sends a code to an email or phone (the user's
/// own, or one to add) and answers 201 with the record it will prove.
pub fn send_code(state: &ServerState, doorman: &mut Doorman, request: &Request) -> ApiAnswer {
    user_of(doorman, request)?;
    let CodeBody { identifier } = body::json(request)?;
    let target = identifier.checked()?.to_string();
    let now = doorman.clock.now();
    state
        .code_limits
        .send(&target, state.limited_ip(request).as_deref(), now.unix())
        .map_err(|l| limited(l.retry_after))?;
    let started = doorman.start_verification(Purpose::Account, &target, None, None)?;
    Ok(created(&VerificationRecord {
        id: started.id,
        expires_at: now.plus(crate::credentials::one_time_code::LIFETIME_SECONDS),
    }))
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct VerifyBody {
    identifier: Identifier,
    verification_id: String,
    code: String,
}

/// `POST /api/verifications/verification-code/verify`: the code proves the record.
pub fn verify_code(state: &ServerState, doorman: &mut Doorman, request: &Request) -> ApiAnswer {
    user_of(doorman, request)?;
    let VerifyBody {
        identifier,
        verification_id,
        code,
    } = body::json(request)?;
    let target = identifier.checked()?.to_string();
    let not_found = || {
        ApiError::new(
            400,
            "verification_record.not_found",
            "The verification record was not found.",
        )
    };
    let record = doorman
        .verification(&verification_id)?
        .ok_or_else(not_found)?;
    if record.purpose != Purpose::Account || record.target != target {
        return Err(not_found());
    }
    let now = doorman.clock.now().unix();
    let guesses = doorman.account_limit_key(&target)?;
    state
        .code_limits
        .may_check(&guesses, now)
        .map_err(|l| limited(l.retry_after))?;
    let mismatch =
        |status, code, message: &str| Err(ApiError::new(status, code, message.to_string()));
    match doorman.check_code(&verification_id, &code)? {
        CodeCheck::Verified(_) => Ok(Response::json(
            200,
            &json!({ "verificationRecordId": verification_id }),
        )),
        CodeCheck::Wrong(_) => {
            state.code_limits.wrong(&guesses, now);
            mismatch(
                400,
                "verification_code.code_mismatch",
                "Invalid verification code.",
            )
        }
        CodeCheck::TooManyAttempts => {
            state.code_limits.wrong(&guesses, now);
            mismatch(
                400,
                "verification_code.exceed_max_try",
                "Verification code retries limitation exceeded. Please request a new code.",
            )
        }
        CodeCheck::Expired => mismatch(
            400,
            "verification_code.expired",
            "Verification code has expired. Please request a new code.",
        ),
        CodeCheck::Gone => Err(not_found()),
    }
}
