//! A client of a Logto-compatible Management API (Logto's own, or another doorman's): a machine
//! token by client credentials for `https://default.logto.app/api` with scope `all`, then JSON
//! calls with it, lists read page by page. One keep-alive connection carries every call.

use std::time::Duration;

use serde_json::Value;

use crate::error::{Error, Result};
use crate::ops::federation::upstream::https_agent;

/// The Management API's resource indicator, as Logto names it.
pub const MANAGEMENT_API: &str = "https://default.logto.app/api";
/// How many items a list asks for at once (Logto's largest page).
const PAGE_SIZE: usize = 100;

/// What a call answered.
#[derive(Debug, Clone)]
pub struct Answer {
    /// The HTTP status.
    pub status: u16,
    /// The JSON body (`null` when there was none).
    pub body: Value,
}

impl Answer {
    /// Whether the status is 2xx.
    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// Logto's error code, when the body has one.
    pub fn code(&self) -> &str {
        self.body["code"].as_str().unwrap_or_default()
    }
}

/// A signed-in client of one Management API.
pub struct ManagementClient {
    base: String,
    agent: ureq::Agent,
    token: String,
}

fn unreachable(base: &str, e: impl std::fmt::Display) -> Error {
    Error::Runtime(format!("cannot reach the Management API at {base}: {e}"))
}

impl ManagementClient {
    /// Takes a machine token from `base`'s token endpoint (`/oidc/token`); refused credentials
    /// are invalid input (exit 2), an unreachable server a runtime failure (exit 1).
    pub fn connect(base: &str, client_id: &str, client_secret: &str) -> Result<ManagementClient> {
        let base = base.trim_end_matches('/').to_string();
        if url::Url::parse(&base).map_or(true, |u| !matches!(u.scheme(), "http" | "https")) {
            return Err(Error::invalid(format!(
                "'{base}' is not an http:// or https:// URL"
            )));
        }
        let agent =
            https_agent(None, Duration::from_secs(60)).map_err(|e| unreachable(&base, e))?;
        let form = [
            ("grant_type", "client_credentials"),
            ("resource", MANAGEMENT_API),
            ("scope", "all"),
        ];
        let mut response = agent
            .post(&format!("{base}/oidc/token"))
            .header("Authorization", basic(client_id, client_secret))
            .send_form(form)
            .map_err(|e| unreachable(&base, e))?;
        let status = response.status().as_u16();
        let text = response.body_mut().read_to_string().unwrap_or_default();
        let body: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        match body["access_token"].as_str() {
            Some(token) if status == 200 => Ok(ManagementClient {
                token: token.to_string(),
                base,
                agent,
            }),
            _ => Err(Error::invalid(format!(
                "{base} gave client '{client_id}' no Management API token ({status} {}): it must \
                 be a machine-to-machine app with the Management API's role",
                body["error"].as_str().unwrap_or("no error named")
            ))),
        }
    }

    /// Calls `method path` with an optional JSON body.
    pub fn call(&self, method: &str, path: &str, body: Option<&Value>) -> Result<Answer> {
        let url = format!("{}{path}", self.base);
        let bearer = format!("Bearer {}", self.token);
        let sent = match (method, body) {
            ("GET", _) => self.agent.get(&url).header("Authorization", &bearer).call(),
            ("DELETE", _) => self
                .agent
                .delete(&url)
                .header("Authorization", &bearer)
                .call(),
            (method, body) => {
                let text = body.map(Value::to_string).unwrap_or_else(|| "{}".into());
                let request = match method {
                    "PATCH" => self.agent.patch(&url),
                    "PUT" => self.agent.put(&url),
                    _ => self.agent.post(&url),
                };
                request
                    .header("Authorization", &bearer)
                    .header("Content-Type", "application/json")
                    .send(&text)
            }
        };
        let mut response = sent.map_err(|e| unreachable(&self.base, e))?;
        let status = response.status().as_u16();
        let text = response
            .body_mut()
            .read_to_string()
            .map_err(|e| unreachable(&self.base, e))?;
        let body = serde_json::from_str(&text).unwrap_or(Value::Null);
        Ok(Answer { status, body })
    }

    /// Every item of a list route (`path` may carry a query already), page by page.
    pub fn list(&self, path: &str) -> Result<Vec<Value>> {
        let joiner = if path.contains('?') { '&' } else { '?' };
        let mut items = Vec::new();
        for page in 1.. {
            let answer = self.call(
                "GET",
                &format!("{path}{joiner}page={page}&page_size={PAGE_SIZE}"),
                None,
            )?;
            let Some(batch) = answer.body.as_array().filter(|_| answer.ok()) else {
                return Err(Error::Runtime(format!(
                    "GET {}{path} answered {} {}",
                    self.base,
                    answer.status,
                    answer.code()
                )));
            };
            let last = batch.len() < PAGE_SIZE;
            items.extend(batch.iter().cloned());
            if last {
                break;
            }
        }
        Ok(items)
    }
}

/// HTTP Basic credentials (RFC 6749 §2.3.1: each part form-encoded first).
fn basic(client_id: &str, client_secret: &str) -> String {
    use base64::Engine;
    let encode = |s: &str| form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
    let pair = format!("{}:{}", encode(client_id), encode(client_secret));
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(pair)
    )
}
