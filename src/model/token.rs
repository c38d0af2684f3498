//! The kinds of token doorman stores, and how long each kind of token and session lives. The
//! config file sets the lifetimes (`server.lifetimes`); the operations mint by them.

use serde::Serialize;

/// The kinds of stored (opaque) token. JWT access tokens and ID tokens are never stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    /// An opaque access token (userinfo, introspection).
    Access,
    /// A rotating refresh token.
    Refresh,
}

impl TokenKind {
    /// The name stored in the `kind` column and written to the audit log.
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Access => "access",
            TokenKind::Refresh => "refresh",
        }
    }

    /// The kind a stored name stands for.
    pub fn parse(text: &str) -> Option<TokenKind> {
        match text {
            "access" => Some(TokenKind::Access),
            "refresh" => Some(TokenKind::Refresh),
            _ => None,
        }
    }
}

/// How long each kind of token and session lives, in seconds (the defaults are Logto's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lifetimes {
    /// ID tokens.
    pub id_token: i64,
    /// Access tokens.
    pub access_token: i64,
    /// Refresh tokens.
    pub refresh_token: i64,
    /// Browser sessions.
    pub session: i64,
    /// Authorization codes.
    pub authorization_code: i64,
    /// A sign-in or consent page left open.
    pub interaction: i64,
}

impl Default for Lifetimes {
    fn default() -> Self {
        Lifetimes {
            id_token: 3_600,
            access_token: 3_600,
            refresh_token: 14 * 86_400,
            session: 14 * 86_400,
            authorization_code: 60,
            interaction: 3_600,
        }
    }
}

/// The longest `token issue --expires-in` may ask for: signing keys stay published at least this
/// long after rotation, so every token they signed still verifies.
pub const MAX_ISSUED_SECONDS: i64 = 86_400;

impl Lifetimes {
    /// How long a retired key stays in the JWKS: past the longest-lived JWT it can have signed,
    /// plus five minutes for clock skew.
    pub fn key_retention(&self) -> i64 {
        self.id_token.max(self.access_token).max(MAX_ISSUED_SECONDS) + 300
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_through_their_stored_names() {
        for kind in [TokenKind::Access, TokenKind::Refresh] {
            assert_eq!(TokenKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(TokenKind::parse("id"), None);
    }
}
