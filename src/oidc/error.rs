//! OAuth error responses (RFC 6749 §4.1.2.1 and §5.2): the code a client reads and a sentence a
//! developer reads.

use serde::Serialize;

/// An OAuth error as the token, introspection and authorization endpoints report it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OAuthError {
    /// The registered error code (`invalid_request`, `invalid_grant`, ...).
    pub error: &'static str,
    /// What was wrong, naming the parameter or value.
    pub error_description: String,
    /// For `server_error`: the server's own failure behind it, for the log and never for the
    /// client. The web boundary logs it where the response is made.
    #[serde(skip)]
    pub cause: Option<String>,
}

impl OAuthError {
    /// Builds an error from its code and description.
    pub fn new(error: &'static str, description: impl Into<String>) -> Self {
        OAuthError {
            error,
            error_description: description.into(),
            cause: None,
        }
    }

    /// `invalid_request`: a missing, repeated or malformed parameter.
    pub fn invalid_request(description: impl Into<String>) -> Self {
        Self::new("invalid_request", description)
    }

    /// `invalid_grant`: a code or refresh token that is unknown, used, expired or not the
    /// client's.
    pub fn invalid_grant(description: impl Into<String>) -> Self {
        Self::new("invalid_grant", description)
    }

    /// `invalid_client`: client authentication failed.
    pub fn invalid_client(description: impl Into<String>) -> Self {
        Self::new("invalid_client", description)
    }

    /// `unauthorized_client`: this client may not use this grant.
    pub fn unauthorized_client(description: impl Into<String>) -> Self {
        Self::new("unauthorized_client", description)
    }

    /// The HTTP status the token endpoint answers this error with.
    pub fn status(&self) -> u16 {
        match self.error {
            "invalid_client" => 401,
            "invalid_token" => 401,
            "server_error" => 500,
            _ => 400,
        }
    }
}

impl From<crate::error::Error> for OAuthError {
    fn from(e: crate::error::Error) -> Self {
        OAuthError {
            cause: Some(e.to_string()),
            ..OAuthError::new("server_error", "the server failed; see its log")
        }
    }
}

impl From<rusqlite::Error> for OAuthError {
    fn from(e: rusqlite::Error) -> Self {
        crate::error::Error::from(e).into()
    }
}

impl std::fmt::Display for OAuthError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.error, self.error_description)
    }
}
