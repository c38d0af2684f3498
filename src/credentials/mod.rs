//! Everything that proves who a user is: password hashing and the password policy, one-time
//! codes, authenticator-app (TOTP) codes and backup codes.

pub mod backup_codes;
pub mod client_secret;
pub mod common;
pub mod one_time_code;
pub mod passkey;
pub mod password;
pub mod policy;
pub mod totp;
