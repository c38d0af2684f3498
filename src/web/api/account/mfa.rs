//! The Account API's second factors, as Logto's `/api/my-account/mfa-verifications`: list them
//! (`identities` scope, the `mfa` field readable), generate a TOTP secret or backup codes to
//! show, enrol an authenticator app (`Totp`, with a first `code` when given), backup codes
//! (`BackupCode`) or a passkey proven by its own WebAuthn registration record (`WebAuthn`),
//! replace the authenticator app (`PUT .../totp`), name a passkey and remove a factor, each with
//! a record proving the user and the `mfa` field editable; and `mfa-settings`, the user's choice
//! to skip the second factor at sign-in. Backup codes are stored as digests, so unlike Logto
//! they cannot be listed again.

use serde::Deserialize;
use serde_json::{Value, json};

use crate::credentials::{backup_codes, totp};
use crate::model::mfa::{Factor, FactorKind};
use crate::model::settings::MfaFactor;
use crate::ops::Doorman;
use crate::ops::account_center::brought_factors::{Refused, TotpChange};
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

/// A factor as Logto's `mfa-verifications` list it (the Account API's and the Management API's).
pub fn factor_body(factor: &Factor) -> Value {
    let mut body = json!({
        "id": factor.id,
        "createdAt": factor.created_at.to_rfc3339(),
        "type": logto_type(factor.kind),
    });
    if let Some(left) = factor.remaining_codes {
        body["remainCodes"] = json!(left);
    }
    if let Some(name) = &factor.name {
        body["name"] = json!(name);
    }
    if let Some(used) = factor.last_used_at {
        body["lastUsedAt"] = json!(used.to_rfc3339());
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
    #[serde(rename = "WebAuthn", rename_all = "camelCase")]
    WebAuthn {
        new_identifier_verification_record_id: String,
        #[serde(default)]
        name: Option<String>,
    },
}

fn not_enabled(what: &str) -> ApiError {
    ApiError::new(
        400,
        "session.mfa.mfa_factor_not_enabled",
        format!("{what} is not among the MFA factors"),
    )
}

/// `POST /api/my-account/mfa-verifications` (204).
pub fn enrol(doorman: &mut Doorman, request: &Request) -> ApiAnswer {
    let (account, record) = allowed(doorman, request, true)?;
    let enrolment: Enrolment = body::json(request)?;
    let (wanted, what) = match &enrolment {
        Enrolment::Totp { .. } => (MfaFactor::Totp, "Totp"),
        Enrolment::BackupCode { .. } => (MfaFactor::BackupCode, "BackupCode"),
        Enrolment::WebAuthn { .. } => (MfaFactor::Webauthn, "WebAuthn"),
    };
    if !doorman.settings()?.mfa.factors.contains(&wanted) {
        return Err(not_enabled(what));
    }
    let user = account.user.clone();
    let outcome = doorman.acting_as(account.caller.actor(), |d| match &enrolment {
        Enrolment::Totp { secret, code } => {
            d.bring_totp(&user.id, secret, code.as_deref(), TotpChange::Add)
        }
        Enrolment::BackupCode { codes } => d.bring_backup_codes(&user.id, codes),
        Enrolment::WebAuthn {
            new_identifier_verification_record_id: id,
            name,
        } => Ok(d
            .enrol_passkey_record(&user, id, name.as_deref())?
            .ok_or(Refused::NoNewPasskey)),
    })?;
    finish(doorman, outcome, record.as_deref())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NewTotp {
    secret: String,
    code: String,
}

/// `PUT /api/my-account/mfa-verifications/totp` (204): a new authenticator app, proved by its
/// first code, takes the place of the one the user has (or is added).
pub fn replace_totp(doorman: &mut Doorman, request: &Request) -> ApiAnswer {
    let (account, record) = allowed(doorman, request, true)?;
    let NewTotp { secret, code } = body::json(request)?;
    if !doorman.settings()?.mfa.factors.contains(&MfaFactor::Totp) {
        return Err(not_enabled("Totp"));
    }
    let user_id = account.user.id.clone();
    let outcome = doorman.acting_as(account.caller.actor(), |d| {
        d.bring_totp(&user_id, &secret, Some(&code), TotpChange::Replace)
    })?;
    finish(doorman, outcome, record.as_deref())
}

/// Spends the record of an enrolment that went through, or says why it was refused.
fn finish(
    doorman: &mut Doorman,
    outcome: Result<Factor, Refused>,
    record: Option<&str>,
) -> ApiAnswer {
    match outcome {
        Ok(_) => {
            if let Some(record) = record {
                doorman.spend_record(record)?;
            }
            Ok(Response::empty(204))
        }
        Err(refused) => Err(match refused {
            Refused::WrongCode => {
                ApiError::new(400, "session.mfa.invalid_totp_code", "Invalid TOTP code.")
            }
            Refused::NoNewPasskey => ApiError::new(
                400,
                "verification_record.not_found",
                "The verification record was not found.",
            )
            .with_details("newIdentifierVerificationRecordId holds no proven new passkey of yours"),
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

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NewName {
    name: String,
}

/// `PATCH /api/my-account/mfa-verifications/{id}/name` (200): names one of the user's passkeys.
pub fn rename(doorman: &mut Doorman, request: &Request, id: &str) -> ApiAnswer {
    let (account, record) = allowed(doorman, request, true)?;
    let NewName { name } = body::json(request)?;
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 128 {
        return Err(ApiError::invalid_input(
            "name",
            format!("'{name}' is not a name of 1 to 128 characters"),
        ));
    }
    let renamed = doorman.acting_as(account.caller.actor(), |d| {
        d.rename_passkey(&account.user.id, id, name)
    })?;
    if !renamed {
        return Err(ApiError::new(
            404,
            "verification_record.not_found",
            format!("the user has no passkey '{id}'"),
        ));
    }
    if let Some(record) = &record {
        doorman.spend_record(record)?;
    }
    Ok(Response::empty(200))
}

fn settings_body(skip: bool) -> Response {
    Response::json(200, &json!({ "skipMfaOnSignIn": skip }))
}

/// `GET /api/my-account/mfa-settings`: whether the user skips the second factor at sign-in.
pub fn settings(doorman: &Doorman, request: &Request) -> ApiAnswer {
    let (account, _) = allowed(doorman, request, false)?;
    Ok(settings_body(
        doorman.skips_mfa_on_sign_in(&account.user.id)?,
    ))
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct MfaSettings {
    skip_mfa_on_sign_in: bool,
}

/// `PATCH /api/my-account/mfa-settings`: opts out of the second factor at sign-in, or back in
/// (a mandatory policy and organizations that require MFA still ask).
pub fn update_settings(doorman: &mut Doorman, request: &Request) -> ApiAnswer {
    let (account, record) = allowed(doorman, request, true)?;
    let MfaSettings {
        skip_mfa_on_sign_in: skip,
    } = body::json(request)?;
    doorman.acting_as(account.caller.actor(), |d| {
        d.set_skip_mfa_on_sign_in(&account.user.id, skip)
    })?;
    if let Some(record) = &record {
        doorman.spend_record(record)?;
    }
    Ok(settings_body(skip))
}
