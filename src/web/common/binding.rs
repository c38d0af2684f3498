//! Browser bindings: a secret the server chooses and sets as a cookie on one response, which the
//! requests that continue what that response began must present. The CSRF cookie cannot do this
//! job on a developer's machine: every server on `localhost` shares cookies whatever its port, so
//! another dev server can plant a CSRF cookie of its choosing in the browser, and a value a
//! client can choose never proves which browser it is. A binding's value is never chosen by a
//! client, and only its digest is stored. Each binding has a cookie of its own, named after what
//! it binds (an interaction, a playground run), so two sign-ins in two tabs do not disturb each
//! other.

use subtle::ConstantTimeEq;

use crate::credentials::client_secret;
use crate::model::id::random_string;
use crate::ops::Doorman;
use crate::web::common::http::{self, Request, Response};
use crate::web::engine::state::ServerState;

/// The cookie names' prefix; the bound thing's id follows.
pub const COOKIE_PREFIX: &str = "doorman_bind_";

/// A new binding: the secret for the cookie, the digest to store.
#[derive(Debug, Clone)]
pub struct Binding {
    /// The cookie's value, set once on the response and never stored.
    pub secret: String,
    /// What the server keeps.
    pub digest: String,
}

impl Binding {
    /// A fresh random binding.
    pub fn new() -> Binding {
        let secret = random_string(32);
        let digest = client_secret::digest(&secret);
        Binding { secret, digest }
    }

    /// Sets the binding's cookie for `scope` (the bound thing's id) on `response`.
    pub fn set_on(
        &self,
        state: &ServerState,
        response: Response,
        scope: &str,
        max_age: i64,
    ) -> Response {
        response.header(
            "Set-Cookie",
            &http::cookie(
                &cookie_name(scope),
                &self.secret,
                max_age,
                state.secure_cookies,
            ),
        )
    }
}

impl Default for Binding {
    fn default() -> Self {
        Binding::new()
    }
}

/// Binds the rest of interaction `id` to the browser `response` goes to: a fresh secret, its
/// digest kept with the interaction (replacing any before it), its cookie set on the response.
/// Called where a step is passed in that browser (the first factor, leaving for a connector,
/// arriving at consent), so what follows answers it alone.
pub fn bind_interaction(
    state: &ServerState,
    doorman: &mut Doorman,
    id: &str,
    response: Response,
) -> crate::Result<Response> {
    let binding = Binding::new();
    doorman.bind_interaction(id, &binding.digest)?;
    Ok(binding.set_on(state, response, id, doorman.lifetimes.interaction))
}

/// Whether the request comes from the browser interaction `id` is bound to.
pub fn interaction_proved(doorman: &Doorman, request: &Request, id: &str) -> crate::Result<bool> {
    Ok(proved(
        request,
        id,
        doorman.interaction_binding(id)?.as_deref(),
    ))
}

/// The cookie that binds `scope`.
pub fn cookie_name(scope: &str) -> String {
    format!("{COOKIE_PREFIX}{scope}")
}

/// Whether the request carries the cookie whose digest is `expected` for `scope`, compared in
/// constant time; never when nothing was bound. A same-named cookie planted beside it (another
/// site can set one, though not guess its value) neither proves nor hides the real one.
pub fn proved(request: &Request, scope: &str, expected: Option<&str>) -> bool {
    let Some(expected) = expected.filter(|e| !e.is_empty()) else {
        return false;
    };
    let name = cookie_name(scope);
    request.cookies(&name).any(|cookie| {
        let presented = client_secret::digest(cookie);
        bool::from(presented.as_bytes().ct_eq(expected.as_bytes()))
    })
}

/// Clears `scope`'s cookie once what it bound is over.
pub fn clear(state: &ServerState, response: Response, scope: &str) -> Response {
    response.header(
        "Set-Cookie",
        &http::cookie(&cookie_name(scope), "", 0, state.secure_cookies),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_cookie(name: &str, value: &str) -> Request {
        let headers = vec![("cookie".to_string(), format!("other=1; {name}={value}"))];
        Request::from_parts("GET", "/mfa", headers, b"", None).unwrap()
    }

    #[test]
    fn only_the_secret_the_server_chose_proves_the_browser() {
        let binding = Binding::new();
        let name = cookie_name("i1");
        assert!(proved(
            &with_cookie(&name, &binding.secret),
            "i1",
            Some(&binding.digest)
        ));
        // The digest itself, another secret, another scope or nothing bound: no.
        assert!(!proved(
            &with_cookie(&name, &binding.digest),
            "i1",
            Some(&binding.digest)
        ));
        assert!(!proved(
            &with_cookie(&name, &Binding::new().secret),
            "i1",
            Some(&binding.digest)
        ));
        assert!(!proved(
            &with_cookie(&cookie_name("i2"), &binding.secret),
            "i1",
            Some(&binding.digest)
        ));
        assert!(!proved(&with_cookie(&name, &binding.secret), "i1", None));
        assert!(!proved(&with_cookie(&name, ""), "i1", Some("")));
    }

    #[test]
    fn a_planted_twin_does_not_hide_the_real_cookie() {
        let binding = Binding::new();
        let name = cookie_name("i1");
        let headers = vec![(
            "cookie".to_string(),
            format!("{name}=planted; {name}={}", binding.secret),
        )];
        let request = Request::from_parts("GET", "/mfa", headers, b"", None).unwrap();
        assert!(proved(&request, "i1", Some(&binding.digest)));
    }
}
