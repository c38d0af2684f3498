//! The listener, the workers and shutdown.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::Instant;

use crate::config::Config;
use crate::error::{Error, Result};
use crate::ops::Doorman;
use crate::ops::init::DEFAULT_ISSUER;
use crate::web::backchannel;
use crate::web::http::{Request, Response, Unreadable};
use crate::web::ratelimit::RateLimiter;
use crate::web::router;

/// Where and how to listen.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Interface to bind.
    pub host: String,
    /// Port (0: any free port).
    pub port: u16,
}

/// What every worker shares.
pub struct Shared {
    /// The issuer URL.
    pub issuer: String,
    /// Scheme and host of the issuer, where the pages live.
    pub base_url: String,
    /// Whether cookies get `Secure` (https issuer).
    pub secure_cookies: bool,
    /// Failed sign-ins per identifier.
    pub identifier_limiter: RateLimiter,
    /// Failed sign-ins per client IP.
    pub ip_limiter: RateLimiter,
    /// Back-channel logout deliveries.
    pub backchannel: backchannel::Queue,
    /// The discovery document, serialized once.
    pub discovery: Vec<u8>,
}

/// A running server.
pub struct Started {
    /// The bound address.
    pub address: SocketAddr,
    /// The issuer it serves as.
    pub issuer: String,
    server: Arc<tiny_http::Server>,
    stopping: Arc<AtomicBool>,
    workers: Vec<JoinHandle<()>>,
    backchannel: Option<JoinHandle<()>>,
}

impl Started {
    /// Stops taking requests, lets those in flight finish, and waits for the workers and the
    /// back-channel queue.
    pub fn shutdown(mut self) {
        self.stopping.store(true, Ordering::SeqCst);
        for _ in &self.workers {
            self.server.unblock();
        }
        for w in self.workers.drain(..) {
            let _ = w.join();
        }
        if let Some(b) = self.backchannel.take() {
            let _ = b.join();
        }
    }
}

/// Opens the database (setting it up on first use), binds, and starts the workers.
pub fn start(config: &Config, options: &ServeOptions) -> Result<Started> {
    let server_config = &config.server;
    let mut doorman = config.open("serve")?;
    if doorman.stored_issuer()?.is_none() {
        doorman.init(config.issuer.as_deref())?;
    }
    let listener = listen(&options.host, options.port)?;
    let address = listener
        .server_addr()
        .to_ip()
        .ok_or_else(|| Error::Runtime("the listener has no IP address".into()))?;
    let issuer = match &config.issuer {
        Some(i) => i.clone(),
        None => match doorman.stored_issuer()? {
            Some(stored) if stored != DEFAULT_ISSUER => stored,
            _ => derived_issuer(address),
        },
    };
    doorman.issuer = Some(issuer.clone());
    let base_url = doorman.base_url()?;
    let discovery = serde_json::to_vec(&crate::oidc::discovery::document(&issuer, &base_url))
        .map_err(|e| Error::Runtime(format!("encoding discovery failed: {e}")))?;
    let limits = &server_config.rate_limits;
    let window = limits.window_seconds()?;
    let (queue, backchannel_thread) = backchannel::start()?;
    let shared = Arc::new(Shared {
        secure_cookies: issuer.starts_with("https://"),
        issuer: issuer.clone(),
        base_url,
        identifier_limiter: RateLimiter::new(limits.failures_per_identifier, window),
        ip_limiter: RateLimiter::new(limits.failures_per_ip, window),
        backchannel: queue,
        discovery,
    });
    let server = Arc::new(listener);
    let stopping = Arc::new(AtomicBool::new(false));
    let count = server_config
        .workers
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, std::num::NonZero::get));
    let mut workers = Vec::with_capacity(count);
    for n in 0..count {
        let mut doorman = config.open("serve")?;
        doorman.issuer = Some(issuer.clone());
        let (server, stopping, shared) = (server.clone(), stopping.clone(), shared.clone());
        let handle = std::thread::Builder::new()
            .name(format!("worker-{n}"))
            .spawn(move || work(&server, &stopping, &shared, &mut doorman))
            .map_err(|e| Error::Runtime(format!("cannot start a worker thread: {e}")))?;
        workers.push(handle);
    }
    // The queue closes when the last worker (holding the last `Shared`) is gone.
    drop(shared);
    Ok(Started {
        address,
        issuer,
        server,
        stopping,
        workers,
        backchannel: Some(backchannel_thread),
    })
}

/// Binds the listening socket with `TCP_NODELAY`, which accepted connections inherit: tiny_http
/// writes a response larger than its 1 KiB buffer in several pieces, and with Nagle's algorithm
/// the last piece waits for the client's delayed ACK (40 ms a response on loopback).
fn listen(host: &str, port: u16) -> Result<tiny_http::Server> {
    use std::net::ToSocketAddrs;
    let failed =
        |e: &dyn std::fmt::Display| Error::Runtime(format!("cannot listen on {host}:{port}: {e}"));
    let address = (host, port)
        .to_socket_addrs()
        .map_err(|e| failed(&e))?
        .next()
        .ok_or_else(|| failed(&"the host has no address"))?;
    let socket = socket2::Socket::new(
        socket2::Domain::for_address(address),
        socket2::Type::STREAM,
        Some(socket2::Protocol::TCP),
    )
    .map_err(|e| failed(&e))?;
    socket.set_reuse_address(true).map_err(|e| failed(&e))?;
    socket.set_tcp_nodelay(true).map_err(|e| failed(&e))?;
    socket.bind(&address.into()).map_err(|e| failed(&e))?;
    socket.listen(1024).map_err(|e| failed(&e))?;
    let listener: std::net::TcpListener = socket.into();
    tiny_http::Server::from_listener(listener, None).map_err(|e| failed(&e))
}

/// Runs the server until SIGINT or SIGTERM.
pub fn serve(config: &Config, options: &ServeOptions, ready: impl FnOnce(&Started)) -> Result<()> {
    let (signal_tx, signal_rx) = std::sync::mpsc::channel();
    ctrlc::set_handler(move || {
        let _ = signal_tx.send(());
    })
    .map_err(|e| Error::Runtime(format!("cannot handle signals: {e}")))?;
    let started = start(config, options)?;
    ready(&started);
    let _ = signal_rx.recv();
    tracing::info!("shutting down: finishing requests in flight");
    started.shutdown();
    Ok(())
}

/// The issuer for a listener when none is configured: `localhost` for loopback, so the default
/// `doorman serve` is `http://localhost:3001/oidc`.
fn derived_issuer(address: SocketAddr) -> String {
    let host = match address.ip() {
        ip if ip.is_loopback() || ip.is_unspecified() => "localhost".to_string(),
        std::net::IpAddr::V6(v6) => format!("[{v6}]"),
        ip => ip.to_string(),
    };
    format!("http://{host}:{}/oidc", address.port())
}

fn work(server: &tiny_http::Server, stopping: &AtomicBool, shared: &Shared, doorman: &mut Doorman) {
    while !stopping.load(Ordering::SeqCst) {
        let Ok(mut raw) = server.recv() else {
            continue;
        };
        let started = Instant::now();
        let response = match Request::read(&mut raw) {
            Ok(request) => router::handle(shared, doorman, &request),
            Err(Unreadable::UrlTooLong) => Response::empty(414),
            Err(Unreadable::BodyTooLarge) => Response::empty(413).header("Connection", "close"),
            Err(Unreadable::Broken) => Response::empty(400),
        };
        let status = response.status;
        let method = raw.method().as_str().to_string();
        let path = raw.url().split('?').next().unwrap_or_default().to_string();
        if let Err(e) = raw.respond(response.into_tiny()) {
            tracing::debug!("writing a response failed: {e}");
        }
        tracing::info!(
            method = %method,
            path = %path,
            status,
            micros = started.elapsed().as_micros() as u64,
            "request"
        );
    }
}
