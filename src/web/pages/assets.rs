//! The static files: the built-in stylesheet, the theme made from the branding settings, and
//! the pages' two scripts (`/` is the playground, in [`crate::web::pages::playground`]).

use crate::ops::Doorman;
use crate::web::common::http::Response;
use crate::web::common::responses::Answer;
use crate::web::pages::templates;

/// `GET /static/doorman.css`.
pub fn stylesheet() -> Answer {
    Ok(css(templates::STYLESHEET.to_string()))
}

/// `GET /static/sign-out.js`.
pub fn sign_out_script() -> Answer {
    Ok(Response::empty(200)
        .header("Content-Type", "text/javascript; charset=utf-8")
        .header("Cache-Control", "no-cache")
        .header("X-Content-Type-Options", "nosniff")
        .body(templates::SIGN_OUT_SCRIPT.as_bytes().to_vec()))
}

/// `GET /static/passkey.js`.
pub fn passkey_script() -> Answer {
    Ok(Response::empty(200)
        .header("Content-Type", "text/javascript; charset=utf-8")
        .header("Cache-Control", "no-cache")
        .header("X-Content-Type-Options", "nosniff")
        .body(templates::PASSKEY_SCRIPT.as_bytes().to_vec()))
}

/// `GET /static/theme.css`: the branding colours.
pub fn theme(doorman: &mut Doorman) -> Answer {
    Ok(css(templates::theme_css(&doorman.settings()?)))
}

fn css(text: String) -> Response {
    Response::empty(200)
        .header("Content-Type", "text/css; charset=utf-8")
        .header("Cache-Control", "no-cache")
        .header("X-Content-Type-Options", "nosniff")
        .body(text.into_bytes())
}
