//! The Account API's second-factor records and settings in process, with a fixed clock: a TOTP
//! record proves once per code, a replaced authenticator app keeps one factor, passkey records
//! answer only their own user's ceremony, and opting out of the second factor at sign-in yields
//! to a mandatory policy.

use crate::credentials::totp;
use crate::model::mfa::FactorKind;
use crate::ops::account_center::brought_factors::{Refused, TotpChange};
use crate::ops::account_center::factor_records::CeremonyOutcome;
use crate::ops::account_center::verification_records::Proof;
use crate::ops::accounts::mfa_sign_in::MfaStep;
use crate::ops::tests::{T0, at, doorman, user};

const SECRET: &str = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const OTHER_SECRET: &str = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";

#[test]
fn a_totp_record_proves_the_user_once_per_code() {
    let mut doorman = doorman();
    let ada = user(&mut doorman, "ada@example.com");
    doorman.add_totp(&ada.id, Some(SECRET)).unwrap();
    let code = totp::code_at(SECRET, T0).unwrap();

    let record = doorman.verify_totp_record(&ada, &code).unwrap().unwrap();
    assert_eq!(
        doorman.record_proof(&ada, &record.id).unwrap(),
        Some(Proof::Identity)
    );
    assert_eq!(
        doorman.verify_totp_record(&ada, &code).unwrap(),
        None,
        "a replay"
    );
    assert_eq!(doorman.verify_totp_record(&ada, "000000").unwrap(), None);

    // Ten minutes and a second after it was proven, it proves nothing.
    doorman.clock = at(601);
    assert_eq!(doorman.record_proof(&ada, &record.id).unwrap(), None);
}

#[test]
fn a_replaced_authenticator_app_leaves_one_factor_with_the_new_secret() {
    let mut doorman = doorman();
    let ada = user(&mut doorman, "ada@example.com");
    doorman.add_totp(&ada.id, Some(SECRET)).unwrap();
    let new_code = totp::code_at(OTHER_SECRET, T0).unwrap();

    let added = doorman
        .bring_totp(&ada.id, OTHER_SECRET, Some(&new_code), TotpChange::Add)
        .unwrap();
    assert_eq!(added, Err(Refused::TotpTaken));
    let wrong = doorman
        .bring_totp(&ada.id, OTHER_SECRET, Some("000000"), TotpChange::Replace)
        .unwrap();
    assert_eq!(wrong, Err(Refused::WrongCode));
    let without_code = doorman
        .bring_totp(&ada.id, OTHER_SECRET, None, TotpChange::Replace)
        .unwrap();
    assert_eq!(without_code, Err(Refused::WrongCode));

    let replaced = doorman
        .bring_totp(&ada.id, OTHER_SECRET, Some(&new_code), TotpChange::Replace)
        .unwrap()
        .unwrap();
    let factors = doorman.mfa_factors(&ada.id).unwrap();
    assert_eq!(factors.len(), 1);
    assert_eq!(factors[0].id, replaced.id);
    // The old app's codes no longer verify; the new one's do (a later step: the first is spent).
    doorman.clock = at(30);
    let old = totp::code_at(SECRET, T0 + 30).unwrap();
    assert!(!doorman.verify_totp(&ada.id, &old).unwrap());
    let new = totp::code_at(OTHER_SECRET, T0 + 30).unwrap();
    assert!(doorman.verify_totp(&ada.id, &new).unwrap());
}

#[test]
fn a_passkey_record_answers_only_its_own_users_ceremony() {
    let mut doorman = doorman();
    let ada = user(&mut doorman, "ada@example.com");
    let eve = user(&mut doorman, "eve@example.com");
    let (options, record) = doorman.start_passkey_record(&ada, true).unwrap().unwrap();
    assert!(options["challenge"].is_string(), "{options}");
    assert_eq!(options["user"]["name"], "ada@example.com");

    // Eve cannot answer Ada's ceremony, nor enrol what it made, nor use it as a proof.
    assert_eq!(
        doorman
            .prove_passkey_record(&eve, &record.id, "{}")
            .unwrap(),
        CeremonyOutcome::NotFound
    );
    assert_eq!(
        doorman
            .enrol_passkey_record(&eve, &record.id, None)
            .unwrap(),
        None
    );
    assert_eq!(doorman.record_proof(&ada, &record.id).unwrap(), None);

    // A forged answer spends the ceremony: it cannot be tried again.
    assert_eq!(
        doorman
            .prove_passkey_record(&ada, &record.id, "{}")
            .unwrap(),
        CeremonyOutcome::Refused
    );
    assert_eq!(
        doorman
            .prove_passkey_record(&ada, &record.id, "{}")
            .unwrap(),
        CeremonyOutcome::NotFound
    );
    assert_eq!(
        doorman
            .enrol_passkey_record(&ada, &record.id, None)
            .unwrap(),
        None
    );
    // Without a passkey there is nothing to prove the user with.
    assert!(doorman.start_passkey_record(&ada, false).unwrap().is_none());
}

#[test]
fn opting_out_of_the_second_factor_yields_to_a_mandatory_policy() {
    let mut doorman = doorman();
    let ada = user(&mut doorman, "ada@example.com");
    doorman.add_totp(&ada.id, Some(SECRET)).unwrap();
    let asks = |d: &crate::ops::Doorman| d.mfa_step(&ada.id, false, None).unwrap();
    assert_eq!(asks(&doorman), MfaStep::Verify(vec![FactorKind::Totp]));

    doorman.set_skip_mfa_on_sign_in(&ada.id, true).unwrap();
    assert!(doorman.skips_mfa_on_sign_in(&ada.id).unwrap());
    assert_eq!(asks(&doorman), MfaStep::Done);

    doorman.set_setting("mfa.policy", "mandatory").unwrap();
    assert_eq!(asks(&doorman), MfaStep::Verify(vec![FactorKind::Totp]));

    doorman.set_setting("mfa.policy", "no_prompt").unwrap();
    doorman.set_skip_mfa_on_sign_in(&ada.id, false).unwrap();
    assert_eq!(asks(&doorman), MfaStep::Verify(vec![FactorKind::Totp]));
}
