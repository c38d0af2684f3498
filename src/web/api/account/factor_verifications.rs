//! Verification records made with a second factor, beside the password and code kinds in
//! [`verifications`](crate::web::api::account::verifications): a code from the user's authenticator app
//! (`POST /api/verifications/totp/verify`), one of their passkeys
//! (`.../web-authn/authentication`, then `.../verify`), and a new passkey to enrol
//! (`.../web-authn/registration`, then `.../verify`, as Logto's). Wrong answers count against
//! the sign-in limits, as a wrong password does.

use serde::Deserialize;
use serde_json::{Value, json};

use crate::model::user::User;
use crate::ops::Doorman;
use crate::ops::account_center::factor_records::CeremonyOutcome;
use crate::web::api::account::verifications::{created, limited, user_of};
use crate::web::api::body;
use crate::web::api::error::{ApiAnswer, ApiError};
use crate::web::common::http::{Request, Response};
use crate::web::engine::state::ServerState;

/// Refuses a user who has been guessing too fast.
fn not_limited(
    state: &ServerState,
    doorman: &Doorman,
    user: &User,
    request: &Request,
) -> Result<(), ApiError> {
    let ip = state.limited_ip(request);
    match state
        .sign_in_limits
        .wait(&user.id, ip.as_deref(), doorman.clock.now().unix())
    {
        Some(seconds) => Err(limited(seconds)),
        None => Ok(()),
    }
}

/// Counts a wrong answer against the sign-in limits.
fn count_wrong(state: &ServerState, doorman: &Doorman, user: &User, request: &Request) {
    let ip = state.limited_ip(request);
    let now = doorman.clock.now().unix();
    state.sign_in_limits.count(&user.id, ip.as_deref(), now);
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TotpBody {
    code: String,
}

/// `POST /api/verifications/totp/verify`: 201 with a record when the code is a current one of
/// the user's authenticator app, 400 `session.mfa.invalid_totp_code` when not.
pub fn totp(state: &ServerState, doorman: &mut Doorman, request: &Request) -> ApiAnswer {
    let (_, user) = user_of(doorman, request)?;
    let TotpBody { code } = body::json(request)?;
    not_limited(state, doorman, &user, request)?;
    match doorman.verify_totp_record(&user, &code)? {
        Some(record) => Ok(created(&record)),
        None => {
            count_wrong(state, doorman, &user, request);
            Err(ApiError::new(
                400,
                "session.mfa.invalid_totp_code",
                "Invalid TOTP code.",
            ))
        }
    }
}

/// Starts a ceremony: `new` registers a passkey, otherwise one of the user's proves them.
fn start(doorman: &mut Doorman, request: &Request, new: bool) -> ApiAnswer {
    let (_, user) = user_of(doorman, request)?;
    let Some((options, record)) = doorman.start_passkey_record(&user, new)? else {
        return Err(if new {
            ApiError::new(
                400,
                "session.mfa.mfa_factor_not_enabled",
                "WebAuthn is not among the MFA factors, or the issuer's host cannot have passkeys",
            )
        } else {
            ApiError::new(
                400,
                "session.mfa.webauthn_verification_not_found",
                "The user has no passkey to verify with.",
            )
        });
    };
    let key = if new {
        "registrationOptions"
    } else {
        "authenticationOptions"
    };
    Ok(Response::json(
        200,
        &json!({
            key: options,
            "verificationRecordId": record.id,
            "expiresAt": record.expires_at.to_rfc3339(),
        }),
    ))
}

/// `POST /api/verifications/web-authn/registration`: options for the browser to make a new
/// passkey, and the record its answer will prove.
pub fn start_registration(doorman: &mut Doorman, request: &Request) -> ApiAnswer {
    start(doorman, request, true)
}

/// `POST /api/verifications/web-authn/authentication`: options for the browser to prove the
/// user with one of their passkeys, and the record its answer will prove.
pub fn start_authentication(doorman: &mut Doorman, request: &Request) -> ApiAnswer {
    start(doorman, request, false)
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct CeremonyAnswer {
    verification_record_id: String,
    payload: Value,
}

/// `POST /api/verifications/web-authn/{registration,authentication}/verify`: the browser's
/// answer proves the record (200), or is refused (400, the record spent).
pub fn verify(state: &ServerState, doorman: &mut Doorman, request: &Request) -> ApiAnswer {
    let (_, user) = user_of(doorman, request)?;
    let CeremonyAnswer {
        verification_record_id: id,
        payload,
    } = body::json(request)?;
    not_limited(state, doorman, &user, request)?;
    match doorman.prove_passkey_record(&user, &id, &payload.to_string())? {
        CeremonyOutcome::Proven => Ok(Response::json(200, &json!({ "verificationRecordId": id }))),
        CeremonyOutcome::Refused => {
            count_wrong(state, doorman, &user, request);
            Err(ApiError::new(
                400,
                "session.mfa.webauthn_verification_failed",
                "WebAuthn verification failed.",
            ))
        }
        CeremonyOutcome::NotFound => Err(ApiError::new(
            400,
            "verification_record.not_found",
            "The verification record was not found.",
        )),
    }
}
