//! `/` and the stylesheets: the page that says doorman is running (and who is signed in), the
//! built-in stylesheet and the theme made from the branding settings.

use crate::ops::Doorman;
use crate::web::http::{Request, Response};
use crate::web::pages::{self, HomePage};
use crate::web::responses::{Answer, chrome};
use crate::web::session::{current_session, user_label};

/// `GET /`.
pub fn home(doorman: &mut Doorman, request: &Request) -> Answer {
    let chrome = chrome(doorman, request, None)?;
    let signed_in_as = current_session(doorman, request).map(|s| user_label(&s.user));
    Ok(pages::render(
        200,
        &HomePage {
            chrome,
            issuer: doorman.issuer()?,
            signed_in_as,
        },
    ))
}

/// `GET /static/doorman.css`.
pub fn stylesheet() -> Answer {
    Ok(css(pages::STYLESHEET.to_string()))
}

/// `GET /static/sign-out.js`.
pub fn sign_out_script() -> Answer {
    Ok(Response::empty(200)
        .header("Content-Type", "text/javascript; charset=utf-8")
        .header("Cache-Control", "no-cache")
        .header("X-Content-Type-Options", "nosniff")
        .body(pages::SIGN_OUT_SCRIPT.as_bytes().to_vec()))
}

/// `GET /static/passkey.js`.
pub fn passkey_script() -> Answer {
    Ok(Response::empty(200)
        .header("Content-Type", "text/javascript; charset=utf-8")
        .header("Cache-Control", "no-cache")
        .header("X-Content-Type-Options", "nosniff")
        .body(pages::PASSKEY_SCRIPT.as_bytes().to_vec()))
}

/// `GET /static/theme.css`: the branding colours.
pub fn theme(doorman: &mut Doorman) -> Answer {
    Ok(css(pages::theme_css(&doorman.settings()?)))
}

fn css(text: String) -> Response {
    Response::empty(200)
        .header("Content-Type", "text/css; charset=utf-8")
        .header("Cache-Control", "no-cache")
        .header("X-Content-Type-Options", "nosniff")
        .body(text.into_bytes())
}
