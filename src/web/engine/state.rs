//! What every request handler shares for the life of the server: the issuer and where the pages
//! live, the sign-in rate limits, the back-channel logout queue and the discovery document made
//! once at start-up. Handlers read it; the server builds it once.

use crate::web::common::ceremonies::Ceremonies;
use crate::web::common::code_limits::CodeLimits;
use crate::web::common::http::Request;
use crate::web::common::ratelimit::KeyAndIpLimit;
use crate::web::engine::host::AllowedHosts;
use crate::web::oidc::backchannel;
use crate::web::testing::controls::TestControls;

/// The running server's configuration and shared services, one for all workers.
pub struct ServerState {
    /// The issuer URL.
    pub issuer: String,
    /// The issuer's path (`/oidc`), under which the OpenID Connect endpoints answer; empty
    /// for an issuer without one.
    pub endpoint_prefix: String,
    /// Whether cookies get `Secure` (https issuer).
    pub secure_cookies: bool,
    /// Failed sign-ins per account and per client IP (and wrong second factors per user).
    pub sign_in_limits: KeyAndIpLimit,
    /// One-time codes sent and guessed.
    pub code_limits: CodeLimits,
    /// Wrong user codes typed at `/device`, in all (key [`DEVICE_CODES`]) and per client IP:
    /// a user code is short enough to type, so guessing one is what the limit stops.
    pub device_code_limits: KeyAndIpLimit,
    /// Back-channel logout deliveries.
    pub backchannel: backchannel::Queue,
    /// The discovery document, serialized once.
    pub discovery: Vec<u8>,
    /// Whether `/dev/outbox` shows the outbox.
    pub outbox_page: bool,
    /// Whether the playground answers at `/` (and its built-in client may sign in).
    pub playground: bool,
    /// The `Host` names served.
    pub allowed_hosts: AllowedHosts,
    /// Whether the per-IP limits count loopback clients too.
    pub per_ip_on_loopback: bool,
    /// The key CSRF tokens of forms without an interaction are signed with.
    pub csrf_key: aws_lc_rs::hmac::Key,
    /// The test controls under `/dev/`, when `serve --test-controls` turned them on.
    pub test_controls: Option<TestControls>,
    /// Passkey ceremonies the account center started, by session.
    pub ceremonies: Ceremonies,
}

/// The one key every wrong device user code counts against.
pub const DEVICE_CODES: &str = "device user codes";

impl ServerState {
    /// The OpenID Connect endpoint a path names (`/token` for `/oidc/token`), if it is under the
    /// issuer's path.
    pub fn endpoint<'a>(&self, path: &'a str) -> Option<&'a str> {
        let prefix = self.endpoint_prefix.as_str();
        path.strip_prefix(prefix).filter(|_| !prefix.is_empty())
    }

    /// Forgets every rate limit's count (a test reset: each test starts unthrottled).
    pub fn forget_limits(&self) {
        self.sign_in_limits.forget_all();
        self.code_limits.forget_all();
        self.device_code_limits.forget_all();
    }

    /// The client IP the per-IP limits count a request under, or `None` when they leave it
    /// alone: on a developer's machine every browser, test and script is 127.0.0.1, so a
    /// per-IP limit there would lock them all out together (the per-account limits still hold).
    pub fn limited_ip(&self, request: &Request) -> Option<String> {
        request
            .ip
            .filter(|ip| self.per_ip_on_loopback || !ip.is_loopback())
            .map(|ip| ip.to_string())
    }
}
