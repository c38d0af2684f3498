//! Limits on one-time codes, against guessing them. Every code sent to an address counts
//! against that address and against the client's IP (sign-in with a code, password reset,
//! registration and "send a new code" alike), and every wrong code counts against the account
//! the address belongs to (all its addresses and verifications together), or the address when
//! no account has it yet. Once the wrong codes reach their limit, no code for that account is
//! checked until the window has passed: not even the right one, so the lock-out cannot be
//! guessed through.
//!
//! With the defaults (10 wrong codes per address per 15 minutes), one client reaches at most 960
//! guesses a day at an address: a 6-digit code falls within a day with a chance of about 1 in
//! 1,000, and on average after well over a year.

use crate::model::validate::fold_email;
use crate::ops::Doorman;
use crate::web::common::http::Request;
use crate::web::common::ratelimit::{KeyAndIpLimit, RateLimiter};
use crate::web::common::responses::{Failure, error_page};

/// The three limits, shared by all workers.
#[derive(Debug)]
pub struct CodeLimits {
    sends: KeyAndIpLimit,
    failures_per_address: RateLimiter,
}

/// Why a code was not sent or not checked, and for how long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limited {
    /// Seconds until the next try is allowed (`Retry-After`).
    pub retry_after: i64,
    /// Whether this attempt began the lock-out (so it is audited once, not at every refusal).
    pub began: bool,
}

impl CodeLimits {
    /// Limits of `sends_per_address` and `sends_per_ip` codes sent, and `failures_per_address`
    /// wrong codes, within `window` seconds.
    pub fn new(
        sends_per_address: u32,
        sends_per_ip: u32,
        failures_per_address: u32,
        window: i64,
    ) -> Self {
        CodeLimits {
            sends: KeyAndIpLimit::new(sends_per_address, sends_per_ip, window),
            failures_per_address: RateLimiter::new(failures_per_address, window),
        }
    }

    /// Forgets every code sent and every wrong code (a test reset).
    pub fn forget_all(&self) {
        self.sends.forget_all();
        self.failures_per_address.forget_all();
    }

    /// Counts a code about to be sent to `target` for a client at `ip` (`None`: a client the
    /// per-IP limit does not count, see [`ServerState::limited_ip`]), or refuses it when either
    /// has had its share.
    ///
    /// [`ServerState::limited_ip`]: crate::web::engine::state::ServerState::limited_ip
    pub fn send(&self, target: &str, ip: Option<&str>, now: i64) -> Result<(), Limited> {
        let target = key(target);
        if let Some(retry_after) = self.sends.wait(&target, ip, now) {
            return Err(Limited {
                retry_after,
                began: false,
            });
        }
        self.sends.count(&target, ip, now);
        Ok(())
    }

    /// Whether a code may be checked at all for `account` (the key
    /// [`Doorman::account_limit_key`] gives the code's address).
    pub fn may_check(&self, account: &str, now: i64) -> Result<(), Limited> {
        match self.failures_per_address.retry_after(&key(account), now) {
            Some(retry_after) => Err(Limited {
                retry_after,
                began: false,
            }),
            None => Ok(()),
        }
    }

    /// Counts a wrong code for `account`; the lock-out it began, if it did.
    pub fn wrong(&self, account: &str, now: i64) -> Option<Limited> {
        let account = key(account);
        let began = self.failures_per_address.fail(&account, now);
        self.failures_per_address
            .retry_after(&account, now)
            .map(|retry_after| Limited { retry_after, began })
    }
}

/// The `429` page for a limited code request (`error.codes_limited`) or a locked address
/// (`error.codes_locked`), in the page's language, with the real `Retry-After`.
pub fn refused(
    doorman: &Doorman,
    request: &Request,
    ui_locales: Option<&str>,
    key: &str,
    limited: Limited,
) -> Failure {
    Failure::Page(
        error_page(doorman, request, ui_locales, 429, key)
            .header("Retry-After", &limited.retry_after.to_string()),
    )
}

/// Addresses are counted case-insensitively, as they are compared: `Ada@Example.com` is
/// `ada@example.com` (ASCII letters only, see [`fold_email`]).
fn key(target: &str) -> String {
    fold_email(target.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sends_are_limited_per_address_and_per_ip() {
        let limits = CodeLimits::new(2, 3, 10, 900);
        assert!(limits.send("a@x.test", Some("ip1"), 0).is_ok());
        assert!(limits.send("A@X.test", Some("ip2"), 1).is_ok());
        let refused = limits
            .send("a@x.test", Some("ip3"), 2)
            .expect_err("third to one address");
        assert_eq!(refused.retry_after, 898);
        assert!(limits.send("b@x.test", Some("ip1"), 3).is_ok());
        assert!(limits.send("c@x.test", Some("ip1"), 4).is_ok());
        assert!(
            limits.send("d@x.test", Some("ip1"), 5).is_err(),
            "fourth from one IP"
        );
        assert!(
            limits.send("a@x.test", Some("ip3"), 900).is_ok(),
            "a new window"
        );
    }

    #[test]
    fn wrong_codes_lock_the_address_once_and_until_the_window_ends() {
        let limits = CodeLimits::new(5, 5, 3, 900);
        assert!(limits.may_check("a@x.test", 0).is_ok());
        assert_eq!(limits.wrong("a@x.test", 0), None);
        assert_eq!(limits.wrong("a@x.test", 1), None);
        let began = limits.wrong("A@x.test", 2).expect("locked");
        assert!(began.began);
        assert_eq!(began.retry_after, 898);
        let refused = limits.may_check("a@x.test", 10).expect_err("locked");
        assert!(!refused.began);
        assert_eq!(refused.retry_after, 890);
        assert!(limits.may_check("b@x.test", 10).is_ok());
        assert!(limits.may_check("a@x.test", 900).is_ok());
    }
}
