//! What a user does with their own account through the Account API: proving who they are
//! (verification records), their sessions and authorized apps, second factors they bring, and
//! their standard profile claims. The everyday account operations they build on are
//! [`accounts`](crate::ops::accounts).

pub mod brought_factors;
pub mod factor_records;
pub mod hosted;
pub mod own_passkeys;
pub mod own_sessions;
pub mod profile_claims;
pub mod verification_records;

#[cfg(test)]
mod tests;
