//! The device authorization grant (RFC 8628) as plain rules: the user code a person types, and
//! what a device's poll of the token endpoint gets at each stage of its request.

use crate::model::timestamp::Timestamp;
use crate::oidc::error::OAuthError;

/// How long a device code and its user code live (oidc-provider's and Logto's ten minutes).
pub const LIFETIME_SECONDS: i64 = 600;
/// The seconds a device waits between polls at first (RFC 8628 §3.2's default).
pub const POLL_INTERVAL: i64 = 5;
/// What each `slow_down` adds to the interval (RFC 8628 §3.5).
pub const SLOW_DOWN_STEP: i64 = 5;

/// The letters of a user code: twenty consonants, no vowels (no words spelled by chance) and
/// nothing that reads as a digit (RFC 8628 §6.1).
pub const USER_CODE_LETTERS: &[u8; 20] = b"BCDFGHJKLMNPQRSTVWXZ";
/// Letters in a user code: 20^8, about 34.5 bits, against a guess limit of a few dozen.
pub const USER_CODE_LENGTH: usize = 8;

/// A new user code, as stored (no dash).
pub fn new_user_code() -> String {
    let mut code = String::with_capacity(USER_CODE_LENGTH);
    while code.len() < USER_CODE_LENGTH {
        for byte in crate::model::id::random_bytes::<16>() {
            // 240 = 12 * 20: bytes at or above it would favour the first letters.
            if byte < 240 && code.len() < USER_CODE_LENGTH {
                code.push(char::from(USER_CODE_LETTERS[usize::from(byte % 20)]));
            }
        }
    }
    code
}

/// What a person typed, as stored: case, spaces and dashes do not matter; anything else that is
/// not one of the code's letters makes it no code at all.
pub fn normalize_user_code(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let letters_only = code.bytes().all(|b| USER_CODE_LETTERS.contains(&b));
    (code.len() == USER_CODE_LENGTH && letters_only).then_some(code)
}

/// A stored user code as people read it: `BCDF-GHJK`.
pub fn display_user_code(code: &str) -> String {
    match code.split_at_checked(USER_CODE_LENGTH / 2) {
        Some((head, tail)) if code.len() == USER_CODE_LENGTH => format!("{head}-{tail}"),
        _ => code.to_string(),
    }
}

/// Where a device's request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Nobody has approved or denied it yet.
    Pending,
    /// A person signed in and approved it: the next poll gets the tokens.
    Approved,
    /// A person cancelled it, or the sign-in was refused.
    Denied,
    /// Its tokens were issued.
    Used,
}

impl Status {
    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Approved => "approved",
            Status::Denied => "denied",
            Status::Used => "used",
        }
    }

    /// Parses the stored form.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "pending" => Some(Status::Pending),
            "approved" => Some(Status::Approved),
            "denied" => Some(Status::Denied),
            "used" => Some(Status::Used),
            _ => None,
        }
    }
}

/// What the token endpoint knows of a polled device request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PollFacts<'a> {
    /// The client that asked for it.
    pub client_id: &'a str,
    /// Where it stands.
    pub status: Status,
    /// When it lapses.
    pub expires_at: Timestamp,
    /// The last poll, if any.
    pub polled_at: Option<Timestamp>,
    /// The seconds the device must wait between polls.
    pub interval: i64,
}

/// What a poll gets.
#[derive(Debug, Clone, PartialEq)]
pub enum Poll {
    /// Approved: issue the tokens (and spend the device code).
    Redeem,
    /// Not yet: `authorization_pending`, or `slow_down` when the device polled sooner than its
    /// interval (the interval then grows by [`SLOW_DOWN_STEP`]); the poll is recorded.
    Wait(OAuthError),
    /// Never: the error to answer.
    Refuse(OAuthError),
}

/// The answer to a poll by `client_id` at `now` (RFC 8628 §3.4 and §3.5).
pub fn poll(facts: &PollFacts<'_>, client_id: &str, now: Timestamp) -> Poll {
    if facts.client_id != client_id {
        return Poll::Refuse(OAuthError::invalid_grant(
            "the device code was issued to another client",
        ));
    }
    if facts.status == Status::Used {
        return Poll::Refuse(OAuthError::invalid_grant(
            "the device code was already used",
        ));
    }
    if now.unix() >= facts.expires_at.unix() {
        return Poll::Refuse(OAuthError::new(
            "expired_token",
            "the device code expired; start again",
        ));
    }
    match facts.status {
        Status::Approved => Poll::Redeem,
        Status::Denied => Poll::Refuse(
            OAuthError::new("access_denied", "the user denied the request").with_status(400),
        ),
        _ if facts
            .polled_at
            .is_some_and(|at| now.unix() - at.unix() < facts.interval) =>
        {
            Poll::Wait(OAuthError::new(
                "slow_down",
                format!(
                    "poll at most every {} seconds",
                    facts.interval + SLOW_DOWN_STEP
                ),
            ))
        }
        _ => Poll::Wait(OAuthError::new(
            "authorization_pending",
            "the user has not finished signing in yet",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(unix: i64) -> Timestamp {
        Timestamp::from_unix(unix)
    }

    fn facts(status: Status, polled_at: Option<i64>) -> PollFacts<'static> {
        PollFacts {
            client_id: "tv",
            status,
            expires_at: at(1_600),
            polled_at: polled_at.map(at),
            interval: 5,
        }
    }

    fn error_of(poll: Poll) -> &'static str {
        match poll {
            Poll::Wait(e) | Poll::Refuse(e) => e.error,
            Poll::Redeem => "redeem",
        }
    }

    #[test]
    fn user_codes_use_only_the_consonants_and_read_back_however_typed() {
        for _ in 0..200 {
            let code = new_user_code();
            assert_eq!(code.len(), USER_CODE_LENGTH);
            assert!(
                code.bytes().all(|b| USER_CODE_LETTERS.contains(&b)),
                "{code}"
            );
            let shown = display_user_code(&code);
            assert_eq!(shown.len(), 9);
            assert_eq!(normalize_user_code(&shown).as_deref(), Some(code.as_str()));
            assert_eq!(
                normalize_user_code(&format!(" {} ", shown.to_lowercase())).as_deref(),
                Some(code.as_str())
            );
        }
        assert_eq!(normalize_user_code("BCDF-GHJ"), None, "too short");
        assert_eq!(normalize_user_code("BCDF-GHJKL"), None, "too long");
        assert_eq!(normalize_user_code("BCDF-GHJA"), None, "a vowel");
        assert_eq!(normalize_user_code("BCDF-GHJ1"), None, "a digit");
        assert_eq!(
            normalize_user_code("BCDF-GHJ\u{212A}"),
            None,
            "a look-alike"
        );
    }

    #[test]
    fn a_poll_waits_until_approval_and_redeems_once() {
        let pending = facts(Status::Pending, None);
        assert_eq!(
            error_of(poll(&pending, "tv", at(1_000))),
            "authorization_pending"
        );
        let polled = facts(Status::Pending, Some(1_000));
        assert_eq!(
            error_of(poll(&polled, "tv", at(1_005))),
            "authorization_pending"
        );
        assert_eq!(error_of(poll(&polled, "tv", at(1_004))), "slow_down");
        let approved = facts(Status::Approved, Some(1_000));
        assert_eq!(
            poll(&approved, "tv", at(1_001)),
            Poll::Redeem,
            "approval answers at once"
        );
        assert_eq!(
            error_of(poll(&facts(Status::Used, None), "tv", at(1_001))),
            "invalid_grant"
        );
    }

    #[test]
    fn a_poll_is_refused_when_denied_lapsed_or_by_another_client() {
        let denied = poll(&facts(Status::Denied, None), "tv", at(1_000));
        let Poll::Refuse(error) = denied else {
            panic!("denied is final");
        };
        assert_eq!((error.error, error.status()), ("access_denied", 400));
        for status in [Status::Pending, Status::Approved, Status::Denied] {
            assert_eq!(
                error_of(poll(&facts(status, None), "tv", at(1_600))),
                "expired_token"
            );
        }
        assert_eq!(
            error_of(poll(&facts(Status::Approved, None), "other", at(1_000))),
            "invalid_grant"
        );
    }
}
