//! Who may call the Management API: Logto's rule, a JWT for its resource with the scope `all`.

use crate::model::resource::{MANAGEMENT_API_INDICATOR, MANAGEMENT_API_SCOPE};
use crate::ops::Doorman;
use crate::web::api::auth::{Audience, Caller, authenticate};
use crate::web::api::error::ApiError;
use crate::web::common::http::Request;

/// The caller of a Management API route.
pub fn admin(doorman: &Doorman, request: &Request) -> Result<Caller, ApiError> {
    authenticate(
        doorman,
        request,
        Audience::Resource(MANAGEMENT_API_INDICATOR),
        &[MANAGEMENT_API_SCOPE],
    )
}
