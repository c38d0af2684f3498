//! The calls doorman makes to upstream providers: discovery, keys, the code exchange and user
//! info. Behind a trait, so the operations are tested (and benchmarked) with a canned upstream
//! and no sockets; the real one is ureq with a short timeout, since a worker waits for it.
//! Discovery documents and key sets are kept for a few minutes, and a key set is fetched again
//! once when a token names a key it does not have (the upstream rotated).

use std::cell::RefCell;
use std::collections::HashMap;
use std::time::{Duration, Instant};

use jsonwebtoken::jwk::JwkSet;
use serde_json::Value;

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
}

/// The real client.
pub struct Ureq {
    agent: ureq::Agent,
}

impl Default for Ureq {
    fn default() -> Self {
        Ureq {
            agent: ureq::Agent::config_builder()
                .timeout_global(Some(TIMEOUT))
                .http_status_as_error(false)
                .max_redirects(0)
                .user_agent(concat!("doorman/", env!("CARGO_PKG_VERSION")))
                .build()
                .into(),
        }
    }
}

fn unreachable(url: &str, e: &ureq::Error) -> UpstreamError {
    UpstreamError::Unreachable(format!("cannot reach {url}: {e}"))
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
        let mut request = self.agent.get(url).header("Accept", "application/json");
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
            .agent
            .post(url)
            .header("Accept", "application/json")
            .send_form(form.iter().copied())
            .map_err(|e| unreachable(url, &e))?;
        json_body(url, response)
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
