//! A person's account: users and their administration, one-time-code verifications,
//! registration, password reset, second factors and passkeys, and the browser sessions a
//! sign-in starts.

pub mod administration;
pub mod deletion;
pub mod mfa;
pub mod mfa_sign_in;
pub mod one_time_tokens;
pub mod passkeys;
pub mod password_reset;
pub mod personal_tokens;
pub mod registration;
pub mod sessions;
pub mod users;
pub mod verification;
