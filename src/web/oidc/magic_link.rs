//! `/oidc/auth` with `one_time_token` and `login_hint` (Logto's magic links): the token signs
//! the email in, or up, without a page; a token that is unknown, used, lapsed or for another
//! email ends on a readable page, never at the app.

use crate::error::Error;
use crate::model::app::App;
use crate::model::mfa::FactorKind;
use crate::oidc::authorize::AuthRequest;
use crate::ops::Doorman;
use crate::web::common::http::Request;
use crate::web::common::responses::{Answer, error_page};
use crate::web::engine::state::ServerState;
use crate::web::oidc::authorize::{FirstFactor, begin_signed_in};

/// Spends the token and carries the request on as the email's user.
pub fn sign_in(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    (auth, app): (&AuthRequest, &App),
    token: &str,
) -> Answer {
    let ui_locales = auth.ui_locales.as_deref();
    let Some(email) = auth.login_hint.as_deref() else {
        return Ok(error_page(
            doorman,
            request,
            ui_locales,
            400,
            "error.magic_link",
        ));
    };
    let user = match doorman.use_one_time_token(token, email) {
        Ok(user) => user,
        Err(Error::Invalid(_)) => {
            return Ok(error_page(
                doorman,
                request,
                ui_locales,
                400,
                "error.magic_link",
            ));
        }
        Err(e) => return Err(e.into()),
    };
    let first = FirstFactor {
        amr: vec!["otp".to_string()],
        sign_up: false,
        // The token proved the email: a second factor is never a code to the same address.
        channel: Some(FactorKind::Email),
    };
    begin_signed_in(state, doorman, request, (auth, app), user, first)
}
