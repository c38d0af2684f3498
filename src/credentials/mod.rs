//! Everything that proves who a user is: password hashing and the password policy now; one-time
//! codes, TOTP and backup codes join here as the flows that use them arrive.

pub mod client_secret;
pub mod common;
pub mod one_time_code;
pub mod password;
pub mod policy;
