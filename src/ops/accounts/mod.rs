//! A person's account: users and their administration, one-time-code verifications,
//! registration, password reset, second factors and passkeys, and the browser sessions a
//! sign-in starts.

pub mod account_verification;
pub mod deletion;
pub mod mfa;
pub mod mfa_enrolment;
pub mod mfa_sign_in;
pub mod passkeys;
pub mod password_reset;
pub mod personal_tokens;
pub mod profile_claims;
pub mod registration;
pub mod self_service;
pub mod sessions;
pub mod users;
pub mod verification;
