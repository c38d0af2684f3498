//! Requests and responses as the handlers see them: the query, the form body, cookies, client
//! authentication headers, and responses with the security headers pages must carry. The size
//! limits of SPEC §5 are enforced here, before a handler sees anything.

use std::net::IpAddr;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::Serialize;

/// The longest URL accepted (SPEC §5).
pub const MAX_URL_BYTES: usize = 8 * 1024;
/// The largest request body accepted (SPEC §5).
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// A parsed request.
#[derive(Debug, Clone)]
pub struct Request {
    /// `GET`, `POST`, ...
    pub method: String,
    /// The path without the query.
    pub path: String,
    /// Query parameters in order.
    pub query: Vec<(String, String)>,
    /// Form parameters of an `application/x-www-form-urlencoded` body.
    pub form: Vec<(String, String)>,
    /// Any other body as it arrived (a JSON API request's), empty for a form.
    pub body: Vec<u8>,
    /// Header names (lower-case) and values.
    pub headers: Vec<(String, String)>,
    /// The client's address.
    pub ip: Option<IpAddr>,
}

/// Why a request could not even be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadable {
    /// URL over [`MAX_URL_BYTES`].
    UrlTooLong,
    /// Body over [`MAX_BODY_BYTES`].
    BodyTooLarge,
    /// The request head (target and headers) over the transport's limit.
    HeadTooLarge,
    /// The body could not be read.
    Broken,
}

impl Request {
    /// Builds a request from what the transport read, refusing an over-long URL.
    pub fn from_parts(
        method: &str,
        target: &str,
        headers: Vec<(String, String)>,
        body: &[u8],
        ip: Option<IpAddr>,
    ) -> Result<Request, Unreadable> {
        if target.len() > MAX_URL_BYTES {
            return Err(Unreadable::UrlTooLong);
        }
        if body.len() > MAX_BODY_BYTES {
            return Err(Unreadable::BodyTooLarge);
        }
        let (path, query) = match target.split_once('?') {
            Some((p, q)) => (p.to_string(), parse_pairs(q.as_bytes())),
            None => (target.to_string(), Vec::new()),
        };
        // Media types are case-insensitive (RFC 9110 §8.3.1).
        let is_form = headers.iter().any(|(k, v)| {
            k == "content-type"
                && v.trim_start()
                    .to_ascii_lowercase()
                    .starts_with("application/x-www-form-urlencoded")
        });
        Ok(Request {
            method: method.to_ascii_uppercase(),
            path,
            query,
            form: if is_form {
                parse_pairs(body)
            } else {
                Vec::new()
            },
            body: if is_form { Vec::new() } else { body.to_vec() },
            headers,
            ip,
        })
    }

    /// A header's value.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// A cookie's value.
    pub fn cookie(&self, name: &str) -> Option<&str> {
        self.cookies(name).next()
    }

    /// Every value of a cookie the browser sent more than once (a more specific path set by
    /// another site on the same host comes first).
    pub fn cookies<'a, 'n>(&'a self, name: &'n str) -> impl Iterator<Item = &'a str> + use<'a, 'n> {
        self.headers
            .iter()
            .filter(|(k, _)| k == "cookie")
            .flat_map(|(_, v)| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .filter(move |(k, _)| *k == name)
            .map(|(_, v)| v)
    }

    /// The parameters of this request: the form for a POST, the query otherwise.
    pub fn params(&self) -> &[(String, String)] {
        if self.method == "POST" {
            &self.form
        } else {
            &self.query
        }
    }

    /// One parameter (first occurrence, empty counts as absent).
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params()
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .filter(|v| !v.is_empty())
    }

    /// Every non-empty value of a parameter a form repeats (checkboxes), in order.
    pub fn params_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.params()
            .iter()
            .filter(move |(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .filter(|v| !v.is_empty())
    }

    /// The bearer token of an `Authorization: Bearer` header.
    pub fn bearer(&self) -> Option<&str> {
        let value = self.header("authorization")?;
        let (scheme, token) = value.split_once(' ')?;
        scheme
            .eq_ignore_ascii_case("bearer")
            .then(|| token.trim())
            .filter(|t| !t.is_empty())
    }

    /// Client credentials from `Authorization: Basic` (RFC 6749 §2.3.1: each part form-encoded).
    pub fn basic_credentials(&self) -> Option<(String, String)> {
        let value = self.header("authorization")?;
        let (scheme, encoded) = value.split_once(' ')?;
        if !scheme.eq_ignore_ascii_case("basic") {
            return None;
        }
        let decoded = STANDARD.decode(encoded.trim()).ok()?;
        let text = String::from_utf8(decoded).ok()?;
        let (id, secret) = text.split_once(':')?;
        let unescape = |s: &str| {
            form_urlencoded::parse(format!("x={s}").as_bytes())
                .next()
                .map(|(_, v)| v.into_owned())
        };
        Some((unescape(id)?, unescape(secret)?))
    }
}

fn parse_pairs(bytes: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(bytes)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// A response under construction.
#[derive(Debug, Clone)]
pub struct Response {
    /// Status code.
    pub status: u16,
    /// Headers.
    pub headers: Vec<(String, String)>,
    /// Body.
    pub body: Vec<u8>,
    /// How long the transport holds the response back before sending it (a slow token
    /// endpoint scripted by the test controls); the worker serves other requests meanwhile.
    pub delay: Option<std::time::Duration>,
}

/// The Content-Security-Policy of every page: nothing inline, scripts and styles only from
/// doorman itself (the passkey script also fetches its options from it), nothing from
/// elsewhere except logo images, and no framing.
pub const PAGE_CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
     connect-src 'self'; img-src 'self' https: data:; base-uri 'none'; frame-ancestors 'none'";

impl Response {
    /// A response with a status and no body.
    pub fn empty(status: u16) -> Response {
        Response {
            status,
            headers: Vec::new(),
            body: Vec::new(),
            delay: None,
        }
    }

    /// A JSON response.
    pub fn json<T: Serialize + ?Sized>(status: u16, value: &T) -> Response {
        Response::json_as(status, "application/json", value)
    }

    /// A JSON document of a more specific media type (`application/jwk-set+json`), with that
    /// one `Content-Type`.
    pub fn json_as<T: Serialize + ?Sized>(status: u16, media_type: &str, value: &T) -> Response {
        let body = serde_json::to_vec(value).unwrap_or_default();
        Response::empty(status)
            .header("Content-Type", media_type)
            .body(body)
    }

    /// A JSON response that must not be cached (tokens, userinfo, introspection).
    pub fn no_store_json<T: Serialize + ?Sized>(status: u16, value: &T) -> Response {
        Response::json(status, value)
            .header("Cache-Control", "no-store")
            .header("Pragma", "no-cache")
    }

    /// An HTML page with the security headers.
    pub fn page(status: u16, html: String) -> Response {
        Response::empty(status)
            .header("Content-Type", "text/html; charset=utf-8")
            .header("Content-Security-Policy", PAGE_CSP)
            .header("X-Frame-Options", "DENY")
            .header("X-Content-Type-Options", "nosniff")
            .header("Referrer-Policy", "no-referrer")
            .header("Cache-Control", "no-store")
            .body(html.into_bytes())
    }

    /// A 303 redirect (after a form POST the browser follows it with GET).
    pub fn redirect(location: &str) -> Response {
        Response::empty(303)
            .header("Location", location)
            .header("Cache-Control", "no-store")
    }

    /// Adds a header.
    pub fn header(mut self, name: &str, value: &str) -> Response {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }

    /// Sets the body.
    pub fn body(mut self, body: Vec<u8>) -> Response {
        self.body = body;
        self
    }

    /// Holds the response back `ms` milliseconds before it is sent.
    pub fn delayed(mut self, ms: u64) -> Response {
        self.delay = Some(std::time::Duration::from_millis(ms));
        self
    }
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Lax, Secure when the issuer is https.
pub fn cookie(name: &str, value: &str, max_age: i64, secure: bool) -> String {
    let mut c = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}");
    if secure {
        c.push_str("; Secure");
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(headers: &[(&str, &str)]) -> Request {
        Request {
            method: "GET".into(),
            path: "/".into(),
            query: vec![],
            form: vec![],
            body: vec![],
            headers: headers
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            ip: None,
        }
    }

    #[test]
    fn cookies_and_basic_credentials_parse() {
        let r = request(&[("cookie", "a=1; doorman_session=xyz; b=2")]);
        assert_eq!(r.cookie("doorman_session"), Some("xyz"));
        assert_eq!(r.cookie("missing"), None);
        // "my%3Aclient" : "p@ss word" form-encoded, then base64.
        let encoded = STANDARD.encode("my%3Aclient:p%40ss+word");
        let r = request(&[("authorization", &format!("Basic {encoded}"))]);
        assert_eq!(
            r.basic_credentials(),
            Some(("my:client".to_string(), "p@ss word".to_string()))
        );
    }
}
