//! Logto's error body for the JSON APIs, `{"code", "message", "data"?, "details"?}` with the
//! status Logto sends, and the one conversion from doorman's domain error into it. A failure of
//! the server itself says nothing more than Logto's does (`{"message": "Internal server
//! error."}`) and is logged in full.

use serde_json::{Map, Value, json};

use crate::error::Error;
use crate::web::common::http::Response;

/// What an API handler answers: a response, or an error in Logto's shape.
pub type ApiAnswer = Result<Response, ApiError>;

/// An API failure: a status, Logto's error code and a message, with optional data. Boxed, so
/// the `Result`s that carry it stay small.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError(Box<ApiErrorParts>);

/// What an [`ApiError`] holds.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiErrorParts {
    /// The HTTP status.
    pub status: u16,
    /// Logto's error code (`auth.unauthorized`); `None` only for a server failure, whose body
    /// Logto sends without one.
    pub code: Option<&'static str>,
    /// What went wrong, readable.
    pub message: String,
    /// Structured detail Logto puts beside some codes.
    pub data: Option<Value>,
    /// More about an input error (the field and why).
    pub details: Option<String>,
    /// Extra response headers (`WWW-Authenticate` on a refused bearer token).
    pub headers: Vec<(&'static str, String)>,
}

impl ApiError {
    /// An error with Logto's code and message.
    pub fn new(status: u16, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError(Box::new(ApiErrorParts {
            status,
            code: Some(code),
            message: message.into(),
            data: None,
            details: None,
            headers: Vec::new(),
        }))
    }

    /// Adds Logto's `data`.
    pub fn with_data(mut self, data: Value) -> ApiError {
        self.0.data = Some(data);
        self
    }

    /// Adds `details`: what exactly was wrong with the input.
    pub fn with_details(mut self, details: impl Into<String>) -> ApiError {
        self.0.details = Some(details.into());
        self
    }

    /// Adds a response header.
    pub fn with_header(mut self, name: &'static str, value: impl Into<String>) -> ApiError {
        self.0.headers.push((name, value.into()));
        self
    }

    /// Logto's `guard.invalid_input` (400): a request whose `what` (body, query) is malformed.
    pub fn invalid_input(what: &str, details: impl Into<String>) -> ApiError {
        ApiError::new(
            400,
            "guard.invalid_input",
            format!("The request {what} is invalid."),
        )
        .with_details(details)
    }

    /// The response: the body in Logto's shape, never cached.
    pub fn into_response(self) -> Response {
        let parts = *self.0;
        let mut body = Map::new();
        if let Some(code) = parts.code {
            body.insert("code".into(), json!(code));
        }
        body.insert("message".into(), json!(parts.message));
        if let Some(data) = parts.data {
            body.insert("data".into(), data);
        }
        if let Some(details) = parts.details {
            body.insert("details".into(), json!(details));
        }
        let mut response = Response::no_store_json(parts.status, &body);
        for (name, value) in &parts.headers {
            response = response.header(name, value);
        }
        response
    }
}

impl std::ops::Deref for ApiError {
    type Target = ApiErrorParts;

    fn deref(&self) -> &ApiErrorParts {
        &self.0
    }
}

/// The domain error as Logto reports its kind: bad input 400 `guard.invalid_input`, a missing
/// thing 404 `entity.not_found`, a collision 422 `entity.unique_integrity_violation` (Logto's
/// status for taken names), anything else 500.
impl From<Error> for ApiError {
    fn from(e: Error) -> ApiError {
        match e {
            Error::Invalid(m) => ApiError::new(400, "guard.invalid_input", m),
            Error::NotFound(m) => ApiError::new(404, "entity.not_found", m),
            Error::Conflict(m) => ApiError::new(422, "entity.unique_integrity_violation", m),
            other => {
                tracing::error!("API request failed: {other}");
                ApiError(Box::new(ApiErrorParts {
                    status: 500,
                    code: None,
                    message: "Internal server error.".into(),
                    data: None,
                    details: None,
                    headers: Vec::new(),
                }))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(e: ApiError) -> (u16, Value) {
        let response = e.into_response();
        let value = serde_json::from_slice(&response.body).expect("a JSON body");
        (response.status, value)
    }

    #[test]
    fn domain_errors_take_logtos_codes_and_statuses() {
        let (status, value) = body(Error::invalid("bad email 'x'").into());
        assert_eq!(status, 400);
        assert_eq!(value["code"], "guard.invalid_input");
        assert_eq!(value["message"], "bad email 'x'");
        let (status, value) = body(Error::not_found("no user 'ada'").into());
        assert_eq!(
            (status, value["code"].as_str()),
            (404, Some("entity.not_found"))
        );
        let (status, value) = body(Error::conflict("email taken").into());
        assert_eq!(
            (status, value["code"].as_str()),
            (422, Some("entity.unique_integrity_violation"))
        );
    }

    #[test]
    fn a_server_failure_says_only_what_logto_says() {
        let (status, value) = body(Error::Runtime("disk on fire at /var/x".into()).into());
        assert_eq!(status, 500);
        assert_eq!(value, json!({ "message": "Internal server error." }));
    }

    #[test]
    fn data_details_and_headers_travel() {
        let e = ApiError::invalid_input("body", "Error in key path \"name\": expected a string")
            .with_data(json!({ "field": "name" }))
            .with_header("WWW-Authenticate", "Bearer");
        let response = e.clone().into_response();
        assert_eq!(
            response
                .headers
                .iter()
                .find(|(k, _)| k == "WWW-Authenticate")
                .map(|(_, v)| v.as_str()),
            Some("Bearer")
        );
        let (_, value) = body(e);
        assert_eq!(value["message"], "The request body is invalid.");
        assert_eq!(value["data"]["field"], "name");
        assert!(value["details"].as_str().unwrap().contains("\"name\""));
    }
}
