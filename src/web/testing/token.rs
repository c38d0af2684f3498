//! The token endpoint under test controls: a scripted failure answers instead of the grant, a
//! scripted delay holds the answer back, and scripted claims go into the tokens issued.

use crate::oidc::error::OAuthError;
use crate::ops::Doorman;
use crate::web::common::http::{Request, Response};
use crate::web::oidc::endpoints::{self, oauth_error};
use crate::web::testing::controls::TestControls;
use crate::web::testing::outcomes::{self, BeforeToken};

/// `POST /oidc/token` with the queued outcomes for the client the request names applied.
pub fn token(controls: &TestControls, doorman: &mut Doorman, request: &Request) -> Response {
    let client_id = request.basic_credentials().map(|(id, _)| id).or_else(|| {
        request
            .form
            .iter()
            .find(|(n, _)| n == "client_id")
            .map(|(_, v)| v.clone())
    });
    let (failure, delay) = match outcomes::before_token(controls, client_id.as_deref()) {
        Some(BeforeToken::Fail(error)) => (Some(error), None),
        Some(BeforeToken::Delay(ms)) => (None, Some(ms)),
        None => (None, None),
    };
    let answer = match failure {
        Some(error) => Err(error),
        None => issue(controls, doorman, request, client_id.as_deref()),
    };
    let response = answer.unwrap_or_else(|e| oauth_error(&e));
    match delay {
        Some(ms) => response.delayed(ms),
        None => response,
    }
}

fn issue(
    controls: &TestControls,
    doorman: &mut Doorman,
    request: &Request,
    client_id: Option<&str>,
) -> Result<Response, OAuthError> {
    let mut tokens = endpoints::tokens(doorman, request)?;
    if let Some(client_id) = client_id {
        outcomes::add_claims(controls, doorman, client_id, &mut tokens)?;
    }
    Ok(Response::no_store_json(200, &tokens))
}
