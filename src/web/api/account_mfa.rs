//! The Account API's second factors, as Logto's `/api/my-account/mfa-verifications`: list them
//! (`identities` scope, the `mfa` field readable), generate a TOTP secret or backup codes to
//! show, enrol an authenticator app (`Totp`, with a first `code` when given) or backup codes
//! (`BackupCode`) and remove a factor, each with a record proving the user and the `mfa` field
//! editable. Passkeys are enrolled on the pages. Backup codes are stored as digests, so unlike
//! Logto they cannot be listed again.

use serde::Deserialize;
use serde_json::{Value, json};

use crate::credentials::{backup_codes, totp};
use crate::model::mfa::{Factor, FactorKind};
use crate::model::settings::MfaFactor;
use crate::ops::Doorman;
use crate::ops::account_center::brought_factors::Refused;
use crate::web::api::account::AccountCaller;
use crate::web::api::body;
use crate::web::api::error::{ApiAnswer, ApiError};
use crate::web::common::http::{Request, Response};

/// Logto's name of a factor kind.
fn logto_type(kind: FactorKind) -> &'static str {
    match kind {
        FactorKind::Totp => "Totp",
        FactorKind::Webauthn => "WebAuthn",
        FactorKind::BackupCode => "BackupCode",
        FactorKind::Email => "EmailVerificationCode",
        FactorKind::Phone => "PhoneVerificationCode",
    }
}

fn factor_body(factor: &Factor) -> Value {
    let mut body = json!({
        "id": factor.id,
        "createdAt": factor.created_at.to_rfc3339(),
        "type": logto_type(factor.kind),
    });
    if let Some(left) = factor.remaining_codes {
        body["remainCodes"] = json!(left);
    }
    body
}

/// The checks the routes share; `change` for those that enrol or remove.
fn allowed(
    doorman: &Doorman,
    request: &Request,
    change: bool,
) -> Result<(AccountCaller, Option<String>), ApiError> {
    let account = AccountCaller::of(doorman, request)?;
    let field = account.center.fields.mfa;
    let record = if change {
        let record = account.verified(doorman, request)?;
        account.may_change(doorman, field)?;
        Some(record)
    } else {
        account.may_read(field)?;
        None
    };
    account.needs_scope("identities")?;
    Ok((account, record))
}

/// `GET /api/my-account/mfa-verifications`.
pub fn list(doorman: &Doorman, request: &Request) -> ApiAnswer {
    let (account, _) = allowed(doorman, request, false)?;
    let factors: Vec<Value> = doorman
        .mfa_factors(&account.user.id)?
        .iter()
        .map(factor_body)
        .collect();
    Ok(Response::json(200, &Value::Array(factors)))
}

/// `POST /api/my-account/mfa-verifications/totp-secret/generate`: a new secret to show.
pub fn totp_secret(doorman: &Doorman, request: &Request) -> ApiAnswer {
    AccountCaller::of(doorman, request)?;
    Ok(Response::json(
        200,
        &json!({ "secret": totp::generate_secret() }),
    ))
}

/// `POST /api/my-account/mfa-verifications/backup-codes/generate`: new codes to show.
pub fn backup_codes(doorman: &Doorman, request: &Request) -> ApiAnswer {
    AccountCaller::of(doorman, request)?;
    Ok(Response::json(
        200,
        &json!({ "codes": backup_codes::generate() }),
    ))
}

/// What `POST /api/my-account/mfa-verifications` enrols.
#[derive(Debug, Deserialize)]
#[serde(tag = "type", deny_unknown_fields)]
enum Enrolment {
    Totp {
        secret: String,
        #[serde(default)]
        code: Option<String>,
    },
    BackupCode {
        codes: Vec<String>,
    },
}

/// `POST /api/my-account/mfa-verifications` (204).
pub fn enrol(doorman: &mut Doorman, request: &Request) -> ApiAnswer {
    let (account, record) = allowed(doorman, request, true)?;
    let enrolment: Enrolment = body::json(request)?;
    let (wanted, what) = match &enrolment {
        Enrolment::Totp { .. } => (MfaFactor::Totp, "Totp"),
        Enrolment::BackupCode { .. } => (MfaFactor::BackupCode, "BackupCode"),
    };
    if !doorman.settings()?.mfa.factors.contains(&wanted) {
        return Err(ApiError::new(
            400,
            "session.mfa.mfa_factor_not_enabled",
            format!("{what} is not among the MFA factors"),
        ));
    }
    let user_id = account.user.id.clone();
    let outcome = doorman.acting_as(account.caller.actor(), |d| match &enrolment {
        Enrolment::Totp { secret, code } => d.bring_totp(&user_id, secret, code.as_deref()),
        Enrolment::BackupCode { codes } => d.bring_backup_codes(&user_id, codes),
    })?;
    match outcome {
        Ok(_) => {
            if let Some(record) = &record {
                doorman.spend_record(record)?;
            }
            Ok(Response::empty(204))
        }
        Err(refused) => Err(match refused {
            Refused::WrongCode => {
                ApiError::new(400, "session.mfa.invalid_totp_code", "Invalid TOTP code.")
            }
            Refused::TotpTaken => ApiError::new(
                422,
                "user.totp_already_in_use",
                "The user has an authenticator app already.",
            ),
            Refused::BackupCodesInUse => ApiError::new(
                422,
                "user.backup_code_already_in_use",
                "The user has backup codes still unused.",
            ),
            Refused::BackupCodesAlone => ApiError::new(
                422,
                "session.mfa.backup_code_can_not_be_alone",
                "Backup codes cannot be the only factor.",
            ),
            Refused::BadBackupCode(code) => ApiError::new(
                422,
                "user.wrong_backup_code_format",
                "A backup code is malformed.",
            )
            .with_details(format!("'{code}' is not 6 to 32 letters and digits")),
        }),
    }
}

/// `DELETE /api/my-account/mfa-verifications/{id}` (204).
pub fn remove(doorman: &mut Doorman, request: &Request, id: &str) -> ApiAnswer {
    let (account, record) = allowed(doorman, request, true)?;
    doorman
        .acting_as(account.caller.actor(), |d| {
            d.remove_factor(&account.user.id, id)
        })
        .map_err(|e| match e {
            crate::Error::NotFound(m) => ApiError::new(404, "verification_record.not_found", m),
            other => other.into(),
        })?;
    if let Some(record) = &record {
        doorman.spend_record(record)?;
    }
    Ok(Response::empty(204))
}
