//! Headless sign-in: with test controls on, an authorization request from a first-party app
//! whose `login_hint` names a test user signs that user in without a page, so an unmodified
//! OIDC client library in an app's integration test gets its code from the redirect alone. Only
//! users marked as test users (`user update --test-user`, fixtures `test_user: true`) sign in
//! this way; everyone else still gets the page, and MFA and consent still apply.

use crate::error::Error;
use crate::model::app::App;
use crate::model::user::User;
use crate::oidc::authorize::AuthRequest;
use crate::ops::Doorman;

/// The RFC 8176-style method a headless sign-in records (the user proved nothing: a test said
/// who they are).
pub const HEADLESS_AMR: &str = "test";

/// The test user this request may sign in without a page, if any.
pub fn test_user(doorman: &Doorman, auth: &AuthRequest, app: &App) -> crate::Result<Option<User>> {
    let Some(hint) = auth.login_hint.as_deref().map(str::trim) else {
        return Ok(None);
    };
    if hint.is_empty() || app.is_third_party || auth.device.is_some() {
        return Ok(None);
    }
    match doorman.find_user(hint) {
        Ok(user) if user.test_user && !user.suspended => Ok(Some(user)),
        Ok(_) | Err(Error::NotFound(_)) => Ok(None),
        Err(e) => Err(e),
    }
}
