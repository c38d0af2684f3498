//! What the test controls hold while a server runs: the clock every worker reads, the outcomes
//! queued for the next requests, the requests that reached the OIDC endpoints, and the snapshot
//! `/dev/reset` restores. One per server, shared by the workers.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::Mutex;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::ops::ControlledClock;

/// The most requests `/dev/requests` remembers; older ones are forgotten first.
pub const CAPTURED_REQUESTS: usize = 200;

/// The state of a server's test controls (`serve --test-controls`).
#[derive(Debug)]
pub struct TestControls {
    /// The clock the server's operations read.
    pub clock: &'static ControlledClock,
    /// Outcomes waiting for the requests they script, oldest first.
    pub queue: Mutex<Vec<Queued>>,
    /// The last requests to the OIDC endpoints, oldest first.
    pub requests: Mutex<VecDeque<Captured>>,
    /// The database as it was once the server started and seeded, for `/dev/reset`.
    pub snapshot: Snapshot,
}

impl TestControls {
    /// Controls over `clock`, restoring `snapshot` on reset.
    pub fn new(clock: &'static ControlledClock, snapshot: Snapshot) -> TestControls {
        TestControls {
            clock,
            queue: Mutex::new(Vec::new()),
            requests: Mutex::new(VecDeque::new()),
            snapshot,
        }
    }

    /// Takes the first queued outcome for `client_id` that `pick` accepts, leaving the rest in
    /// order. An outcome queued without a client is for any client.
    pub fn take<T>(
        &self,
        client_id: Option<&str>,
        pick: impl Fn(&Outcome) -> Option<T>,
    ) -> Option<T> {
        let mut queue = self.queue.lock().unwrap_or_else(|p| p.into_inner());
        let position = queue.iter().position(|queued| {
            let for_client = match (&queued.client_id, client_id) {
                (None, _) => true,
                (Some(wanted), Some(id)) => wanted == id,
                (Some(_), None) => false,
            };
            for_client && pick(&queued.outcome).is_some()
        })?;
        let queued = queue.remove(position);
        pick(&queued.outcome)
    }

    /// Remembers one request, forgetting the oldest beyond [`CAPTURED_REQUESTS`].
    pub fn capture(&self, captured: Captured) {
        let mut requests = self.requests.lock().unwrap_or_else(|p| p.into_inner());
        if requests.len() == CAPTURED_REQUESTS {
            requests.pop_front();
        }
        requests.push_back(captured);
    }

    /// Forgets the queued outcomes and the captured requests (a reset).
    pub fn clear(&self) {
        self.queue.lock().unwrap_or_else(|p| p.into_inner()).clear();
        self.requests
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clear();
    }
}

/// An outcome waiting for its request, for one client or for any.
#[derive(Debug, Clone)]
pub struct Queued {
    /// The client it is for; any client when absent.
    pub client_id: Option<String>,
    /// What happens.
    pub outcome: Outcome,
}

/// What a scripted request answers instead of (or on top of) the usual.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The next authorization request goes back to the app with this OAuth error.
    Authorization {
        /// The `error` (`access_denied`, `login_required`, ...).
        error: &'static str,
        /// The `error_description`.
        error_description: String,
    },
    /// The next token request fails with this OAuth error (`server_error`: HTTP 500).
    TokenError {
        /// The `error` (`invalid_grant`, `invalid_client`, `server_error`).
        error: &'static str,
        /// The `error_description`.
        error_description: String,
    },
    /// The next token request answers this HTTP status (4xx or 5xx) with an OAuth error body
    /// (`server_error`, or `temporarily_unavailable` for 503).
    TokenStatus {
        /// The status.
        status: u16,
    },
    /// The next token response is held back this long, then answered as usual.
    TokenDelay {
        /// Milliseconds.
        delay_ms: u64,
    },
    /// The next ID token carries these claims, over the ones it would have.
    IdTokenClaims {
        /// The claims.
        claims: Map<String, Value>,
    },
    /// The next JWT access token carries these claims, over the ones it would have.
    AccessTokenClaims {
        /// The claims.
        claims: Map<String, Value>,
    },
}

/// A request that reached an OIDC endpoint, its secrets redacted.
#[derive(Debug, Clone, Serialize)]
pub struct Captured {
    /// When it arrived, by the server's clock (RFC 3339).
    pub at: String,
    /// `GET` or `POST`.
    pub method: String,
    /// The path (`/oidc/token`).
    pub path: String,
    /// The client it named, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// How the client authenticated: `client_secret_basic`, `client_secret_post`,
    /// `private_key_jwt` or `none`; absent at the authorization endpoint.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_auth: Option<&'static str>,
    /// The query and form parameters in order, secrets and codes as `[redacted]`.
    pub params: Vec<(String, String)>,
}

/// A copy of the database taken at start-up, in a file of its own that goes with the server.
#[derive(Debug)]
pub struct Snapshot {
    /// Where the copy is.
    pub path: PathBuf,
}

impl Drop for Snapshot {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}
