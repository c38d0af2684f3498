//! The Account API's identifiers: the primary email and phone (`POST` adds or replaces one that
//! a code record of its own proved, `newIdentifierVerificationRecordId`; `DELETE` removes it
//! unless sign-up needs it) and linked identities (`DELETE /identities/{connector}` unlinks one
//! unless it is the last way to sign in); all with a record proving the user. As Logto's
//! `/api/my-account/primary-email`, `/primary-phone` and `/identities/:target`.

use serde::Deserialize;

use crate::model::settings::Identifier;
use crate::model::user::{Profile, UserField};
use crate::ops::Doorman;
use crate::ops::account_center::verification_records::Proof;
use crate::web::api::account::{AccountCaller, Dropping, keeps_a_sign_in_method};
use crate::web::api::body;
use crate::web::api::error::{ApiAnswer, ApiError};
use crate::web::common::http::{Request, Response};

/// Which identifier a route changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `primary-email`.
    Email,
    /// `primary-phone`.
    Phone,
}

impl Kind {
    fn scope(self) -> &'static str {
        match self {
            Kind::Email => "email",
            Kind::Phone => "phone",
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct NewIdentifier {
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    phone: Option<String>,
    new_identifier_verification_record_id: String,
}

fn record_not_found() -> ApiError {
    ApiError::new(
        400,
        "verification_record.not_found",
        "The verification record was not found.",
    )
}

/// The checks both methods share: the user proved, the field editable, the scope granted.
fn allowed(
    doorman: &Doorman,
    request: &Request,
    kind: Kind,
) -> Result<(AccountCaller, String), ApiError> {
    let account = AccountCaller::of(doorman, request)?;
    let record = account.verified(doorman, request)?;
    let field = match kind {
        Kind::Email => account.center.fields.email,
        Kind::Phone => account.center.fields.phone,
    };
    account.may_change(doorman, field)?;
    account.needs_scope(kind.scope())?;
    Ok((account, record))
}

/// `POST /api/my-account/primary-email` and `.../primary-phone` (204).
pub fn set(doorman: &mut Doorman, request: &Request, kind: Kind) -> ApiAnswer {
    let (account, record) = allowed(doorman, request, kind)?;
    let body: NewIdentifier = body::json(request)?;
    let value = match kind {
        Kind::Email => body.email,
        Kind::Phone => body.phone,
    }
    .ok_or_else(|| {
        ApiError::invalid_input(kind.scope(), format!("'{}' is missing", kind.scope()))
    })?;
    let new_record = body.new_identifier_verification_record_id;
    match doorman.record_proof(&account.user, &new_record)? {
        Some(Proof::NewIdentifier(proven)) if proven == value => {}
        _ => return Err(record_not_found()),
    }
    let profile = match kind {
        Kind::Email => Profile {
            email: Some(value),
            email_verified: Some(true),
            ..Profile::default()
        },
        Kind::Phone => Profile {
            phone: Some(value),
            phone_verified: Some(true),
            ..Profile::default()
        },
    };
    doorman
        .acting_as(account.caller.actor(), |d| {
            d.update_user(&account.user.id, profile, &[], None)
        })
        .map_err(|e| match (e, kind) {
            (crate::Error::Conflict(m), Kind::Email) => {
                ApiError::new(422, "user.email_already_in_use", m)
            }
            (crate::Error::Conflict(m), Kind::Phone) => {
                ApiError::new(422, "user.phone_already_in_use", m)
            }
            (other, _) => other.into(),
        })?;
    doorman.spend_record(&record)?;
    doorman.spend_record(&new_record)?;
    Ok(Response::empty(204))
}

/// `DELETE /api/my-account/primary-email` and `.../primary-phone` (204), unless sign-up needs
/// the identifier (Logto's `user.email_required`, or `user.email_or_phone_required` when the
/// other one would have to stay and is not there).
pub fn remove(doorman: &mut Doorman, request: &Request, kind: Kind) -> ApiAnswer {
    let (account, record) = allowed(doorman, request, kind)?;
    let identifiers = doorman.settings()?.sign_up.identifiers;
    let (this, other, other_set) = match kind {
        Kind::Email => (
            Identifier::Email,
            Identifier::Phone,
            account.user.phone.is_some(),
        ),
        Kind::Phone => (
            Identifier::Phone,
            Identifier::Email,
            account.user.email.is_some(),
        ),
    };
    if identifiers.contains(&this) {
        if !identifiers.contains(&other) {
            let code = match kind {
                Kind::Email => "user.email_required",
                Kind::Phone => "user.phone_required",
            };
            return Err(ApiError::new(
                400,
                code,
                format!("sign-up needs the {}", kind.scope()),
            ));
        }
        if !other_set {
            return Err(ApiError::new(
                400,
                "user.email_or_phone_required",
                "sign-up needs an email or a phone, and this is the only one",
            ));
        }
    }
    let field = match kind {
        Kind::Email => UserField::Email,
        Kind::Phone => UserField::Phone,
    };
    doorman.acting_as(account.caller.actor(), |d| {
        d.update_user(&account.user.id, Profile::default(), &[field], None)
    })?;
    doorman.spend_record(&record)?;
    Ok(Response::empty(204))
}

/// `DELETE /api/my-account/identities/{connector id}` (204; 404 `user.identity_not_exist`).
pub fn unlink(doorman: &mut Doorman, request: &Request, connector: &str) -> ApiAnswer {
    let account = AccountCaller::of(doorman, request)?;
    let record = account.verified(doorman, request)?;
    account.may_change(doorman, account.center.fields.social)?;
    account.needs_scope("identities")?;
    let linked = doorman
        .user_identities(&account.user.id)?
        .into_iter()
        .any(|i| i.connector_id == connector);
    if !linked {
        return Err(ApiError::new(
            404,
            "user.identity_not_exist",
            "The identity does not exist.",
        ));
    }
    keeps_a_sign_in_method(doorman, &account.user, Dropping::Identity(connector))?;
    doorman.acting_as(account.caller.actor(), |d| {
        d.unlink_identity(&account.user.id, connector)
    })?;
    doorman.spend_record(&record)?;
    Ok(Response::empty(204))
}
