//! OAuth error responses (RFC 6749 §4.1.2.1 and §5.2): the code a client reads and a sentence a
//! developer reads. The JSON body also carries Logto's two fields, `code` (`oidc.<error>`) and
//! `message`, which Logto's SDKs turn into a typed error; OAuth clients ignore them.

use serde::ser::{Serialize, SerializeStruct, Serializer};

/// An OAuth error as the token, introspection and authorization endpoints report it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OAuthError {
    /// The registered error code (`invalid_request`, `invalid_grant`, ...).
    pub error: &'static str,
    /// What was wrong, naming the parameter or value.
    pub error_description: String,
    /// For `server_error`: the server's own failure behind it, for the log and never for the
    /// client. The web boundary logs it where the response is made.
    pub cause: Option<String>,
    /// The HTTP status when it is not the one the code usually gets (see [`OAuthError::status`]).
    pub fixed_status: Option<u16>,
}

impl Serialize for OAuthError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut body = serializer.serialize_struct("OAuthError", 4)?;
        body.serialize_field("code", &format!("oidc.{}", self.error))?;
        body.serialize_field("message", self.message())?;
        body.serialize_field("error", self.error)?;
        body.serialize_field("error_description", &self.error_description)?;
        body.end()
    }
}

impl OAuthError {
    /// Builds an error from its code and description.
    pub fn new(error: &'static str, description: impl Into<String>) -> Self {
        OAuthError {
            error,
            error_description: description.into(),
            cause: None,
            fixed_status: None,
        }
    }

    /// The same error answered with `status`: a device's poll that was denied is a plain 400
    /// (RFC 8628 §3.5), where an organization token refused to a non-member is Logto's 403.
    pub fn with_status(self, status: u16) -> Self {
        OAuthError {
            fixed_status: Some(status),
            ..self
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

    /// A sentence for the error code as a whole, the `message` Logto's SDKs show; the
    /// description says what was wrong in this request.
    pub fn message(&self) -> &'static str {
        match self.error {
            "invalid_request" => "The request is invalid.",
            "invalid_grant" => "The grant is invalid.",
            "invalid_client" => "Client authentication failed.",
            "unauthorized_client" => "The client may not use this grant type.",
            "unsupported_grant_type" => "The grant type is not supported.",
            "invalid_scope" => "The scope is invalid.",
            "invalid_target" => "The resource indicator is invalid.",
            "invalid_token" => "The token is invalid.",
            "insufficient_scope" => "The token lacks a scope this needs.",
            "access_denied" => "Access was denied.",
            "login_required" => "The user must sign in.",
            "consent_required" => "The user must consent.",
            "interaction_required" => "The user must interact.",
            "server_error" => "The server failed. Please try again later.",
            "authorization_pending" => "The user has not finished signing in on the device's code.",
            "slow_down" => "The device polls too often.",
            "expired_token" => "The device code expired.",
            _ => "An OpenID Connect error occurred.",
        }
    }

    /// The HTTP status the token endpoint answers this error with.
    pub fn status(&self) -> u16 {
        if let Some(status) = self.fixed_status {
            return status;
        }
        match self.error {
            "invalid_client" => 401,
            "invalid_token" => 401,
            "access_denied" => 403,
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
