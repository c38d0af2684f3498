//! The hosted account center at `/account`: a signed-in user's profile, email and phone (proved
//! by a code), password, second factors, personal access tokens, sessions and authorized apps,
//! and account deletion, each as the account center settings allow. Signed in through doorman's
//! own session (a visitor without one goes through the sign-in pages and comes back); forms
//! carry a CSRF token signed for the browser and its session; changes that need proof of who
//! is there (identifiers, password, second factors, tokens, deletion) need a sign-in of the
//! last ten minutes, else a fresh one. The same operations as the Account API do the work.

pub mod access;
pub mod entry;
pub mod factors;
pub mod identifiers;
pub mod profile;
pub mod view;

use crate::ops::Doorman;
use crate::web::common::http::{Request, Response};
use crate::web::common::responses::Answer;
use crate::web::engine::state::ServerState;

/// The answer of an account center path, or `None` for a path that is not one.
pub fn route(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Option<Answer> {
    let method = request.method.as_str();
    let path = request.path.as_str();
    let answer = match (method, path) {
        ("GET", "/account") => view::show(state, doorman, request),
        ("GET", "/account/confirm") => entry::confirm(state, doorman, request),
        ("POST", "/account/profile") => profile::profile(state, doorman, request),
        ("POST", "/account/password") => profile::password(state, doorman, request),
        ("POST", "/account/delete") => profile::delete(state, doorman, request),
        ("GET", "/account/email") => identifiers::code_step(state, doorman, request, "email"),
        ("GET", "/account/phone") => identifiers::code_step(state, doorman, request, "phone"),
        ("POST", "/account/email") => identifiers::change(state, doorman, request, "email"),
        ("POST", "/account/phone") => identifiers::change(state, doorman, request, "phone"),
        ("POST", "/account/mfa") => factors::change(state, doorman, request),
        ("POST", "/account/passkey/options") => factors::passkey_options(state, doorman, request),
        ("POST", "/account/tokens") => access::tokens(state, doorman, request),
        ("POST", "/account/sessions") => access::sessions(state, doorman, request),
        ("POST", "/account/apps") => access::apps(state, doorman, request),
        (_, "/account" | "/account/confirm") => Ok(Response::empty(405).header("Allow", "GET")),
        (_, "/account/email" | "/account/phone") => {
            Ok(Response::empty(405).header("Allow", "GET, POST"))
        }
        (
            _,
            "/account/profile"
            | "/account/password"
            | "/account/delete"
            | "/account/mfa"
            | "/account/passkey/options"
            | "/account/tokens"
            | "/account/sessions"
            | "/account/apps",
        ) => Ok(Response::empty(405).header("Allow", "POST")),
        _ => return None,
    };
    Some(answer)
}
