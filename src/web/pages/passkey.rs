//! `POST /passkey/options`: the options of a passkey ceremony for the page's script, bound to
//! the page's interaction and CSRF token (the ceremony's state stays on the server with the
//! interaction). Answers JSON: the options, or 404 when no ceremony can start there.

use serde_json::json;

use crate::ops::Doorman;
use crate::ops::accounts::passkeys::PasskeyPurpose;
use crate::web::common::binding::interaction_proved;
use crate::web::common::http::{Request, Response};
use crate::web::common::parked::Parked;
use crate::web::common::responses::Answer;
use crate::web::common::session::check_csrf;

/// `POST /passkey/options`.
pub fn options(doorman: &mut Doorman, request: &Request) -> Answer {
    let parked = Parked::from_request(doorman, request)?;
    check_csrf(doorman, request, &parked.csrf, parked.ui_locales())?;
    let Some(purpose) = request.param("purpose").and_then(PasskeyPurpose::parse) else {
        return Ok(Response::no_store_json(
            400,
            &json!({ "error": "purpose must be sign_in, verify or register" }),
        ));
    };
    // A second-factor ceremony belongs to the browser that proved the first factor.
    if purpose != PasskeyPurpose::SignIn && !interaction_proved(doorman, request, &parked.id)? {
        return Ok(Response::no_store_json(
            403,
            &json!({ "error": "this sign-in continues in another browser" }),
        ));
    }
    Ok(match doorman.passkey_options(&parked.id, purpose)? {
        Some(options) => Response::no_store_json(200, &options),
        None => Response::no_store_json(404, &json!({ "error": "no passkey ceremony here" })),
    })
}
