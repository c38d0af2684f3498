//! The calls doorman makes to upstream providers: discovery, keys, the code exchange and user
//! info. Behind a trait, so the operations are tested (and benchmarked) with a canned upstream
//! and no sockets; the real one is ureq with a short timeout, since a worker waits for it.
//! Discovery documents and key sets are kept for a few minutes, and a key set is fetched again
//! once when a token names a key it does not have (the upstream rotated).

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use jsonwebtoken::jwk::JwkSet;
use serde_json::Value;
use ureq::tls::{Certificate, PemItem, RootCerts, TlsConfig, TlsProvider};

use crate::oidc::upstream::{self, Metadata};

/// How long one upstream call may take.
pub const TIMEOUT: Duration = Duration::from_secs(10);
/// How long a discovery document or key set is trusted.
pub const CACHE_FOR: Duration = Duration::from_secs(300);

/// Why an upstream call did not give what was needed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UpstreamError {
    /// It could not be reached (refused, timed out, no such host).
    Unreachable(String),
    /// It answered, but with an error or something unusable.
    Refused(String),
}

impl std::fmt::Display for UpstreamError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            UpstreamError::Unreachable(why) | UpstreamError::Refused(why) => f.write_str(why),
        }
    }
}

/// An HTTP client for JSON APIs.
pub trait HttpClient: Send + Sync {
    /// GETs a JSON document, with a bearer token if given.
    fn get_json(&self, url: &str, bearer: Option<&str>) -> Result<Value, UpstreamError>;
    /// POSTs a form and reads a JSON answer, whatever its status (a token endpoint's error is
    /// JSON too).
    fn post_form(&self, url: &str, form: &[(&str, &str)]) -> Result<(u16, Value), UpstreamError>;
    /// GETs a document as text (a SAML IdP's metadata).
    fn get_text(&self, url: &str) -> Result<String, UpstreamError>;
}

/// The real client: HTTPS through rustls (aws-lc-rs), trusting the system's certificate store
/// (with `SSL_CERT_FILE` and `SSL_CERT_DIR` as usual) and a CA file if one is configured. The
/// agent, and with it the root store, is made on the first call: a server whose connectors are
/// never used never reads the store.
pub struct Ureq {
    ca_file: Option<PathBuf>,
    agent: OnceLock<std::result::Result<ureq::Agent, String>>,
}

impl Default for Ureq {
    fn default() -> Self {
        Ureq::trusting(None)
    }
}

impl Ureq {
    /// A client that also trusts the CA certificates in `ca_file`.
    pub fn trusting(ca_file: Option<PathBuf>) -> Ureq {
        Ureq {
            ca_file,
            agent: OnceLock::new(),
        }
    }

    fn agent(&self) -> Result<&ureq::Agent, UpstreamError> {
        self.agent
            .get_or_init(|| self.build())
            .as_ref()
            .map_err(|why| UpstreamError::Unreachable(why.clone()))
    }

    fn build(&self) -> std::result::Result<ureq::Agent, String> {
        https_agent(self.ca_file.as_deref(), TIMEOUT)
    }
}

/// An agent for HTTPS (and HTTP) JSON calls through rustls (aws-lc-rs), trusting the system's
/// certificate store and the CA certificates in `ca_file`; statuses are answers, not errors, and
/// redirects are not followed. Connectors and `push`/`pull` both call out through one.
pub fn https_agent(
    ca_file: Option<&Path>,
    timeout: Duration,
) -> std::result::Result<ureq::Agent, String> {
    let mut roots: Vec<Certificate<'static>> = Vec::new();
    let native = rustls_native_certs::load_native_certs();
    for error in &native.errors {
        tracing::warn!("reading the system's certificates: {error}");
    }
    roots.extend(
        native
            .certs
            .iter()
            .map(|der| Certificate::from_der(der).to_owned()),
    );
    if let Some(path) = ca_file {
        roots.extend(read_ca_file(path).map_err(|e| e.to_string())?);
    }
    let tls = TlsConfig::builder()
        .provider(TlsProvider::Rustls)
        .unversioned_rustls_crypto_provider(Arc::new(rustls::crypto::aws_lc_rs::default_provider()))
        .root_certs(RootCerts::new_with_certs(&roots))
        .build();
    Ok(ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .http_status_as_error(false)
        .max_redirects(0)
        .user_agent(concat!("doorman/", env!("CARGO_PKG_VERSION")))
        .tls_config(tls)
        .build()
        .into())
}

/// The certificates of a PEM file of CA certificates (`connectors.ca_file`); an unreadable file
/// or one without a certificate is an error naming it.
pub fn read_ca_file(path: &Path) -> crate::Result<Vec<Certificate<'static>>> {
    let bytes = std::fs::read(path).map_err(|e| crate::Error::Io {
        context: format!("cannot read CA file '{}'", path.display()),
        source: e,
    })?;
    let certs: Vec<Certificate<'static>> = ureq::tls::parse_pem(&bytes)
        .filter_map(|item| match item {
            Ok(PemItem::Certificate(cert)) => Some(cert.to_owned()),
            _ => None,
        })
        .collect();
    if certs.is_empty() {
        return Err(crate::Error::invalid(format!(
            "CA file '{}' holds no PEM certificate",
            path.display()
        )));
    }
    Ok(certs)
}

/// Why a call did not get through, naming the host: a certificate the trusted roots do not vouch
/// for says so, with what to do about it.
fn unreachable(url: &str, e: &ureq::Error) -> UpstreamError {
    let host = url::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_else(|| url.to_string());
    let text = e.to_string();
    if text.to_lowercase().contains("certificate") {
        UpstreamError::Unreachable(format!(
            "cannot reach {host}: its TLS certificate is not trusted ({text}); \
             trust its CA with connectors.ca_file or SSL_CERT_FILE"
        ))
    } else {
        UpstreamError::Unreachable(format!("cannot reach {url}: {text}"))
    }
}

fn json_body(
    url: &str,
    response: ureq::http::Response<ureq::Body>,
) -> Result<(u16, Value), UpstreamError> {
    let status = response.status().as_u16();
    let text = response
        .into_body()
        .read_to_string()
        .map_err(|e| UpstreamError::Refused(format!("{url} sent an unreadable answer: {e}")))?;
    let value = serde_json::from_str(&text)
        .map_err(|_| UpstreamError::Refused(format!("{url} answered {status} without JSON")))?;
    Ok((status, value))
}

impl HttpClient for Ureq {
    fn get_json(&self, url: &str, bearer: Option<&str>) -> Result<Value, UpstreamError> {
        let mut request = self.agent()?.get(url).header("Accept", "application/json");
        if let Some(token) = bearer {
            request = request.header("Authorization", &format!("Bearer {token}"));
        }
        let response = request.call().map_err(|e| unreachable(url, &e))?;
        match json_body(url, response)? {
            (200..=299, value) => Ok(value),
            (status, _) => Err(UpstreamError::Refused(format!("{url} answered {status}"))),
        }
    }

    fn post_form(&self, url: &str, form: &[(&str, &str)]) -> Result<(u16, Value), UpstreamError> {
        let response = self
            .agent()?
            .post(url)
            .header("Accept", "application/json")
            .send_form(form.iter().copied())
            .map_err(|e| unreachable(url, &e))?;
        json_body(url, response)
    }

    fn get_text(&self, url: &str) -> Result<String, UpstreamError> {
        let response = self
            .agent()?
            .get(url)
            .call()
            .map_err(|e| unreachable(url, &e))?;
        let status = response.status().as_u16();
        if !(200..300).contains(&status) {
            return Err(UpstreamError::Refused(format!("{url} answered {status}")));
        }
        response
            .into_body()
            .with_config()
            .limit(1024 * 1024)
            .read_to_string()
            .map_err(|e| UpstreamError::Refused(format!("{url} sent an unreadable answer: {e}")))
    }
}

/// Upstream calls with the discovery and key caches.
pub struct Upstreams {
    client: Box<dyn HttpClient>,
    metadata: RefCell<HashMap<String, (Instant, Metadata)>>,
    keys: RefCell<HashMap<String, (Instant, JwkSet)>>,
}

impl Upstreams {
    /// Upstream calls through `client`.
    pub fn new(client: Box<dyn HttpClient>) -> Self {
        Upstreams {
            client,
            metadata: RefCell::default(),
            keys: RefCell::default(),
        }
    }

    /// The client itself, for calls that are not cached.
    pub fn client(&self) -> &dyn HttpClient {
        self.client.as_ref()
    }

    /// An issuer's discovery document, fetched at most every [`CACHE_FOR`].
    pub fn metadata(&self, issuer: &str) -> Result<Metadata, UpstreamError> {
        if let Some((at, m)) = self.metadata.borrow().get(issuer)
            && at.elapsed() < CACHE_FOR
        {
            return Ok(m.clone());
        }
        let document = self
            .client
            .get_json(&upstream::discovery_url(issuer), None)?;
        let metadata = upstream::metadata(issuer, &document)
            .map_err(|e| UpstreamError::Refused(e.to_string()))?;
        self.metadata
            .borrow_mut()
            .insert(issuer.to_string(), (Instant::now(), metadata.clone()));
        Ok(metadata)
    }

    /// A key set, from the cache unless it is stale or lacks `kid`.
    pub fn keys(&self, jwks_uri: &str, kid: Option<&str>) -> Result<JwkSet, UpstreamError> {
        if let Some((at, set)) = self.keys.borrow().get(jwks_uri)
            && at.elapsed() < CACHE_FOR
            && kid.is_none_or(|kid| set.find(kid).is_some())
        {
            return Ok(set.clone());
        }
        let document = self.client.get_json(jwks_uri, None)?;
        let set: JwkSet = serde_json::from_value(document)
            .map_err(|e| UpstreamError::Refused(format!("{jwks_uri} is not a key set: {e}")))?;
        self.keys
            .borrow_mut()
            .insert(jwks_uri.to_string(), (Instant::now(), set.clone()));
        Ok(set)
    }
}

impl Default for Upstreams {
    fn default() -> Self {
        Upstreams::new(Box::new(Ureq::default()))
    }
}
