//! `/oidc/auth` with `one_time_token` and `login_hint` (Logto's magic links): the token names the
//! user who signs in, or up, without a page; a token that is unknown, used, lapsed or for
//! another email ends on a readable page, never at the app.

use crate::error::Error;
use crate::model::user::User;
use crate::oidc::authorize::AuthRequest;
use crate::ops::Doorman;
use crate::web::common::http::Request;
use crate::web::common::responses::{Failure, error_page};

/// The RFC 8176 method a magic-link sign-in records: a one-time credential.
pub const MAGIC_LINK_AMR: &str = "otp";

/// Spends the token for the request's `login_hint`: the user it signs in, or the page that says
/// the link does not work.
pub fn spend(
    doorman: &mut Doorman,
    request: &Request,
    auth: &AuthRequest,
    token: &str,
) -> Result<User, Failure> {
    let ui_locales = auth.ui_locales.as_deref();
    let refused = |doorman: &Doorman| {
        Failure::Page(error_page(
            doorman,
            request,
            ui_locales,
            400,
            "error.magic_link",
        ))
    };
    let Some(email) = auth.login_hint.as_deref() else {
        return Err(refused(doorman));
    };
    match doorman.use_one_time_token(token, email) {
        Ok(user) => Ok(user),
        Err(Error::Invalid(_)) => Err(refused(doorman)),
        Err(e) => Err(e.into()),
    }
}
