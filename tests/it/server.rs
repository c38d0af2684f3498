//! The server harness: a real `doorman serve --port 0` per test, a tiny browser (cookies, no
//! automatic redirects) that drives the hosted pages, and an HTTP adapter so the `openidconnect`
//! relying-party library can talk to the server.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use serde_json::Value;

use crate::util::{Env, binary};

/// The password every test user gets.
pub const PASSWORD: &str = "violet-Harbor-42";

/// A running `doorman serve`, stopped with SIGTERM when dropped.
pub struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// The issuer it announced.
    pub issuer: String,
}

impl Server {
    /// Starts the server in the test's directory and waits for its banner.
    pub fn start(env: &Env) -> Server {
        Server::start_with(env, &[])
    }

    /// Starts it with extra environment variables.
    pub fn start_with(env: &Env, vars: &[(&str, &str)]) -> Server {
        Server::start_args(env, &[], vars)
    }

    /// Starts it with extra `serve` arguments and environment variables.
    pub fn start_args(env: &Env, args: &[&str], vars: &[(&str, &str)]) -> Server {
        let mut command = Command::new(binary());
        command
            .args(["serve", "--port", "0"])
            .args(args)
            .current_dir(env.dir())
            .env_remove("DOORMAN_DB")
            .env_remove("DOORMAN_CONFIG")
            .env_remove("DOORMAN_NOW")
            .env("RUST_LOG", "doorman=warn")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        for (k, v) in vars {
            command.env(k, v);
        }
        let mut child = command.spawn().expect("spawn doorman serve");
        let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
        let mut base = None;
        let mut issuer = None;
        while issuer.is_none() {
            let line = lines
                .next()
                .expect("the server exited before its banner")
                .expect("read the banner");
            if let Some(rest) = line.strip_prefix("doorman is listening on ") {
                base = Some(rest.trim().to_string());
            }
            if let Some(rest) = line.strip_prefix("issuer:") {
                issuer = Some(rest.trim().to_string());
            }
        }
        // Keep draining stdout so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        let base = base.expect("listening line");
        let port = base.rsplit(':').next().expect("port").to_string();
        let issuer = issuer.expect("issuer");
        assert!(
            issuer.contains(&port),
            "issuer {issuer} names the port {port}"
        );
        Server {
            child,
            base,
            issuer,
        }
    }

    /// An absolute URL on this server for a path such as `/oidc/jwks`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Stops with SIGTERM and returns the exit status.
    pub fn stop(mut self) -> std::process::ExitStatus {
        self.terminate();
        self.child.wait().expect("wait for serve")
    }

    /// Sends SIGTERM once more (or the first time) without waiting.
    pub fn signal(&mut self) {
        self.terminate();
    }

    /// Waits for the process to exit on its own, failing the test if it is still running after
    /// `limit` (a bound far above what the behaviour under test needs, not a measurement).
    pub fn wait_for_exit(mut self, limit: std::time::Duration) -> std::process::ExitStatus {
        let until = std::time::Instant::now() + limit;
        loop {
            if let Some(status) = self.child.try_wait().expect("wait for serve") {
                return status;
            }
            assert!(
                std::time::Instant::now() < until,
                "serve still running after {limit:?}"
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }

    fn terminate(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            self.terminate();
            let _ = self.child.wait();
        }
    }
}

/// One HTTP answer.
#[derive(Debug, Clone)]
pub struct Reply {
    /// Status code.
    pub status: u16,
    /// Headers, names lower-cased (the last value of a repeated header wins).
    pub headers: BTreeMap<String, String>,
    /// All `Set-Cookie` values.
    pub set_cookies: Vec<String>,
    /// The body as text.
    pub body: String,
}

impl Reply {
    /// A header's value.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(String::as_str)
    }

    /// The `Location` header, which must be there.
    pub fn location(&self) -> &str {
        self.header("location")
            .unwrap_or_else(|| panic!("no Location in {self:#?}"))
    }

    /// The body as JSON.
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {self:#?}"))
    }

    /// A query parameter of the `Location` URL.
    pub fn location_param(&self, name: &str) -> Option<String> {
        query_param(self.location(), name)
    }

    /// The value of a hidden form field on the page.
    pub fn field(&self, name: &str) -> String {
        let needle = format!("name=\"{name}\" value=\"");
        let start = self
            .body
            .find(&needle)
            .unwrap_or_else(|| panic!("no field {name} in {}", self.body))
            + needle.len();
        let end = self.body[start..].find('"').expect("closing quote") + start;
        self.body[start..end].to_string()
    }
}

/// A query parameter of a URL.
pub fn query_param(url: &str, name: &str) -> Option<String> {
    let query = url.split_once('?')?.1;
    form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

/// Form-encodes pairs.
pub fn form(pairs: &[(&str, &str)]) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

fn encode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// A minimal browser: keeps cookies, never follows redirects, speaks to one server.
pub struct Browser {
    agent: ureq::Agent,
    base: String,
    /// Cookies by name.
    pub cookies: BTreeMap<String, String>,
}

impl Browser {
    /// A browser with no cookies.
    pub fn new(server: &Server) -> Browser {
        Browser {
            agent: agent(),
            base: server.base.clone(),
            cookies: BTreeMap::new(),
        }
    }

    fn absolute(&self, url: &str) -> String {
        if url.starts_with("http") {
            url.to_string()
        } else {
            format!("{}{url}", self.base)
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn keep(&mut self, reply: &Reply) {
        for c in &reply.set_cookies {
            let pair = c.split(';').next().unwrap_or_default();
            if let Some((k, v)) = pair.split_once('=') {
                if v.is_empty() || c.contains("Max-Age=0") {
                    self.cookies.remove(k);
                } else {
                    self.cookies.insert(k.to_string(), v.to_string());
                }
            }
        }
    }

    /// A browser that also trusts the CA certificates in `ca_file` (a server's own, for HTTPS).
    pub fn trusting(server: &Server, ca_file: &std::path::Path) -> Browser {
        let pem = std::fs::read(ca_file).expect("the CA file");
        let roots: Vec<ureq::tls::Certificate<'static>> = ureq::tls::parse_pem(&pem)
            .filter_map(|item| match item {
                Ok(ureq::tls::PemItem::Certificate(cert)) => Some(cert.to_owned()),
                _ => None,
            })
            .collect();
        let tls = ureq::tls::TlsConfig::builder()
            .provider(ureq::tls::TlsProvider::Rustls)
            .unversioned_rustls_crypto_provider(std::sync::Arc::new(
                rustls::crypto::aws_lc_rs::default_provider(),
            ))
            .root_certs(ureq::tls::RootCerts::new_with_certs(&roots))
            .build();
        Browser {
            agent: ureq::Agent::config_builder()
                .http_status_as_error(false)
                .max_redirects(0)
                .tls_config(tls)
                .build()
                .into(),
            base: server.base.clone(),
            cookies: BTreeMap::new(),
        }
    }

    /// GET a URL or path.
    pub fn get(&mut self, url: &str) -> Reply {
        let request = self.agent.get(&self.absolute(url));
        let request = if self.cookies.is_empty() {
            request
        } else {
            request.header("Cookie", &self.cookie_header())
        };
        let reply = to_reply(request.call());
        self.keep(&reply);
        reply
    }

    /// POST a form to a URL or path.
    pub fn post(&mut self, url: &str, pairs: &[(&str, &str)]) -> Reply {
        self.post_with(url, pairs, &[])
    }

    /// POST a form with extra headers (`Origin`, `Sec-Fetch-Site`), as a browser sends them.
    pub fn post_with(
        &mut self,
        url: &str,
        pairs: &[(&str, &str)],
        headers: &[(&str, &str)],
    ) -> Reply {
        let mut request = self
            .agent
            .post(&self.absolute(url))
            .header("Content-Type", "application/x-www-form-urlencoded");
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let request = if self.cookies.is_empty() {
            request
        } else {
            request.header("Cookie", &self.cookie_header())
        };
        let reply = to_reply(request.send(form(pairs)));
        self.keep(&reply);
        reply
    }

    /// Starts at an authorization URL, signs in on the page, and returns the final redirect
    /// (to the app) as a reply.
    pub fn sign_in(&mut self, auth_url: &str, identifier: &str, password: &str) -> Reply {
        let start = self.get(auth_url);
        assert_eq!(start.status, 303, "{start:#?}");
        assert!(start.location().starts_with("/sign-in"), "{start:#?}");
        let page = self.get(start.location());
        assert_eq!(page.status, 200, "{page:#?}");
        self.post(
            "/sign-in",
            &[
                ("csrf_token", &page.field("csrf_token")),
                ("interaction", &page.field("interaction")),
                ("identifier", identifier),
                ("password", password),
            ],
        )
    }
}

/// An agent that reports every status as a reply and never follows redirects.
pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .build()
        .into()
}

pub fn to_reply(result: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Reply {
    let mut response = result.expect("HTTP request");
    let status = response.status().as_u16();
    let mut headers = BTreeMap::new();
    let mut set_cookies = Vec::new();
    for (name, value) in response.headers() {
        let value = value.to_str().unwrap_or_default().to_string();
        if name.as_str() == "set-cookie" {
            set_cookies.push(value.clone());
        }
        headers.insert(name.as_str().to_string(), value);
    }
    let body = response.body_mut().read_to_string().unwrap_or_default();
    Reply {
        status,
        headers,
        set_cookies,
        body,
    }
}

/// A plain HTTP call with optional Basic credentials and form body.
pub fn post_form(url: &str, basic: Option<(&str, &str)>, pairs: &[(&str, &str)]) -> Reply {
    use base64::Engine;
    let mut request = agent()
        .post(url)
        .header("Content-Type", "application/x-www-form-urlencoded");
    if let Some((id, secret)) = basic {
        let encoded = base64::engine::general_purpose::STANDARD.encode(format!(
            "{}:{}",
            encode(id),
            encode(secret)
        ));
        request = request.header("Authorization", &format!("Basic {encoded}"));
    }
    to_reply(request.send(form(pairs)))
}

/// Moves a server's clock (its test controls must be on) by `by` (`11m`, `2h`, `8d`).
pub fn advance_clock(server: &Server, by: &str) {
    let reply = to_reply(
        agent()
            .post(&server.url("/dev/clock"))
            .header("Content-Type", "application/json")
            .send(serde_json::json!({ "advance": by }).to_string()),
    );
    assert_eq!(reply.status, 200, "{reply:#?}");
}

/// A plain GET.
pub fn get(url: &str) -> Reply {
    to_reply(agent().get(url).call())
}

/// The HTTP client the openidconnect library calls.
pub fn oidc_http(
    request: openidconnect::HttpRequest,
) -> Result<openidconnect::HttpResponse, ureq::Error> {
    let (parts, body) = request.into_parts();
    let mut builder = ureq::http::Request::builder()
        .method(parts.method.as_str())
        .uri(parts.uri.to_string());
    for (name, value) in &parts.headers {
        builder = builder.header(name.as_str(), value.as_bytes());
    }
    let request = builder.body(body).expect("a request");
    let mut response = agent().run(request)?;
    let mut out = openidconnect::http::Response::builder().status(response.status().as_u16());
    for (name, value) in response.headers() {
        out = out.header(name.as_str(), value.as_bytes());
    }
    let body = response.body_mut().read_to_vec()?;
    Ok(out.body(body).expect("a response"))
}

/// A GET with a bearer token.
pub fn to_reply_get_bearer(url: &str, token: &str) -> Reply {
    to_reply(
        agent()
            .get(url)
            .header("Authorization", &format!("Bearer {token}"))
            .call(),
    )
}
