//! The listener, the workers and shutdown.

use std::net::SocketAddr;
use std::sync::Arc;

use crate::config::Config;
use crate::error::{Error, Result};
use crate::ops::admin::fixtures::FixtureSource;
use crate::ops::admin::init::DEFAULT_ISSUER;
use crate::ops::admin::snapshot::Keep;
use crate::ops::{Clock, ControlledClock, Doorman};
use crate::store::checkpointer::Checkpointer;
use crate::web::common::code_limits::CodeLimits;
use crate::web::common::http::Request;
use crate::web::common::ratelimit::KeyAndIpLimit;
use crate::web::engine::host::AllowedHosts;
use crate::web::engine::router;
use crate::web::engine::state::ServerState;
use crate::web::engine::sweeper::Sweeper;
use crate::web::engine::tls::{TlsSource, server_tls};
use crate::web::engine::transport::{Handler, MakeHandler, Transport};
use crate::web::oidc::backchannel;
use crate::web::testing::controls::{Snapshot, TestControls};

/// Where and how to listen.
#[derive(Debug, Clone, Default)]
pub struct ServeOptions {
    /// Interface to bind.
    pub host: String,
    /// Port (0: any free port).
    pub port: u16,
    /// The test controls under `/dev/` (also `server.test_controls`); loopback listeners only.
    pub test_controls: bool,
    /// Fixtures seeded at start, before anything is served (and what `/dev/reset` returns to).
    pub seed: Vec<FixtureSource>,
    /// HTTPS, and where its certificate comes from.
    pub tls: Option<TlsSource>,
}

/// A running server.
pub struct Started {
    /// The bound address.
    pub address: SocketAddr,
    /// The issuer it serves as.
    pub issuer: String,
    /// The playground's address, when it is on.
    pub playground: Option<String>,
    /// Whether the test controls are on.
    pub test_controls: bool,
    /// `https` or `http`.
    pub scheme: &'static str,
    /// The CA certificate clients should trust, when doorman made its own certificate.
    pub tls_ca_file: Option<std::path::PathBuf>,
    transport: Transport,
    backchannel: backchannel::Queue,
    sweeper: Sweeper,
    checkpointer: Checkpointer,
}

impl Started {
    /// Stops taking requests, lets those in flight finish (within the transport's drain
    /// deadline), and gives the back-channel notices still queued their grace period.
    pub fn shutdown(mut self) {
        self.transport.stop();
        self.sweeper.stop();
        self.checkpointer.stop();
        self.backchannel.finish();
    }
}

/// Opens the database (setting it up on first use), binds, and starts the workers.
pub fn start(config: &Config, options: &ServeOptions) -> Result<Started> {
    let server_config = &config.server;
    let mut setup = config.setup()?;
    let test_controls = options.test_controls || server_config.test_controls;
    if test_controls {
        refuse_unless_loopback(&options.host)?;
        setup.clock = Clock::Controlled(ControlledClock::leak(setup.clock));
    }
    let mut doorman = Doorman::open(&setup, "serve")?;
    if doorman.stored_issuer()?.is_none() {
        doorman.init(config.issuer.as_deref())?;
    }
    if !options.seed.is_empty() {
        let report = doorman.seed(&options.seed, false, &())?;
        tracing::info!(%report, "seeded");
    }
    // Every open connection costs a socket: let the process hold as many as its hard limit
    // allows (the usual soft limit of 1,024 would cap the server far below its connection cap).
    match rlimit::increase_nofile_limit(u64::MAX) {
        Ok(limit) => tracing::debug!(limit, "open file limit"),
        Err(e) => tracing::warn!("cannot raise the open file limit: {e}"),
    }
    let sweeper_setup = setup.clone();
    let sweeper = Sweeper::start(
        &mut doorman,
        move || Doorman::open(&sweeper_setup, "serve"),
        server_config.outbox.retention()?,
    )?;
    let listener = listen(&options.host, options.port)?;
    let address = listener
        .local_addr()
        .map_err(|e| Error::Runtime(format!("the listener has no address: {e}")))?;
    let scheme = if options.tls.is_some() {
        "https"
    } else {
        "http"
    };
    let issuer = match &config.issuer {
        Some(i) => i.clone(),
        None => match doorman.stored_issuer()? {
            Some(stored) if stored != DEFAULT_ISSUER && stored.starts_with(scheme) => stored,
            _ => derived_issuer(scheme, address),
        },
    };
    doorman.issuer = Some(issuer.clone());
    doorman.record_served_issuer(&issuer)?;
    let base_url = doorman.base_url()?;
    let issuer_url = url::Url::parse(&issuer)
        .map_err(|e| Error::invalid(format!("invalid issuer '{issuer}': {e}")))?;
    let endpoint_prefix = issuer_url.path().trim_end_matches('/').to_string();
    let allowed_hosts = AllowedHosts::new(issuer_url.host_str(), &server_config.allowed_hosts);
    let discovery = serde_json::to_vec(&crate::oidc::discovery::document(&issuer, &base_url))
        .map_err(|e| Error::Runtime(format!("encoding discovery failed: {e}")))?;
    let playground = server_config
        .playground
        .unwrap_or_else(|| address.ip().is_loopback());
    if playground {
        doorman.register_playground(&base_url)?;
    }
    let controls_on = test_controls;
    let test_controls = match (test_controls, setup.clock) {
        (true, Clock::Controlled(clock)) => {
            let keep = if options.seed.is_empty() {
                Keep::SettingsAndKeys
            } else {
                Keep::Everything
            };
            Some(TestControls::new(clock, snapshot(&doorman, keep)?))
        }
        _ => None,
    };
    let limits = &server_config.rate_limits;
    let window = limits.window_seconds()?;
    let queue = backchannel::Queue::default();
    let state = Arc::new(ServerState {
        secure_cookies: issuer.starts_with("https://"),
        issuer: issuer.clone(),
        endpoint_prefix,
        sign_in_limits: KeyAndIpLimit::new(
            limits.failures_per_identifier,
            limits.failures_per_ip,
            window,
        ),
        device_code_limits: KeyAndIpLimit::new(
            limits.failures_per_ip,
            limits.failures_per_ip,
            window,
        ),
        code_limits: CodeLimits::new(
            limits.codes_per_address,
            limits.codes_per_ip,
            limits.wrong_codes_per_address,
            window,
        ),
        backchannel: queue.clone(),
        discovery,
        allowed_hosts,
        per_ip_on_loopback: limits.per_ip_on_loopback,
        csrf_key: aws_lc_rs::hmac::Key::new(
            aws_lc_rs::hmac::HMAC_SHA256,
            doorman.csrf_key()?.as_bytes(),
        ),
        outbox_page: server_config
            .dev_outbox
            .unwrap_or_else(|| address.ip().is_loopback()),
        playground,
        test_controls,
        ceremonies: Default::default(),
    });
    let count = server_config
        .workers
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, std::num::NonZero::get));
    let checkpointer = Checkpointer::start(doorman.store.path());
    let mut makers: Vec<MakeHandler> = Vec::with_capacity(count);
    // The first worker takes over the start-up connection; the others open theirs on their own
    // threads (opening one parses the whole schema), while the first already serves.
    let mut start_up = Some(doorman);
    for index in 0..count {
        let opened = start_up.take();
        let (setup, issuer, state) = (setup.clone(), issuer.clone(), state.clone());
        let checkpoints = checkpointer.requests();
        makers.push(Box::new(move || {
            let mut doorman = match opened.map_or_else(|| Doorman::open(&setup, "serve"), Ok) {
                Ok(doorman) => doorman,
                Err(e) => {
                    tracing::error!("worker {index} cannot open the database: {e}");
                    return None;
                }
            };
            if let Err(e) = doorman.store.tune_for_serving(checkpoints) {
                tracing::error!("worker {index} cannot tune its connection: {e}");
                return None;
            }
            doorman.issuer = Some(issuer);
            doorman.built_in_clients = playground;
            let handler: Handler =
                Box::new(move |request: &Request| router::handle(&state, &mut doorman, request));
            Some(handler)
        }));
    }
    let tls = match &options.tls {
        Some(source) => {
            let host = issuer_url.host_str().unwrap_or("localhost");
            Some(server_tls(source, &config.database, host)?)
        }
        None => None,
    };
    let tls_ca_file = tls.as_ref().and_then(|t| t.ca_file.clone());
    let transport = Transport::start(listener, makers, tls.map(|t| t.config))
        .map_err(|e| Error::Runtime(format!("cannot start listening: {e}")))?;
    Ok(Started {
        address,
        playground: playground.then(|| format!("{base_url}/")),
        test_controls: controls_on,
        scheme,
        tls_ca_file,
        issuer,
        transport,
        backchannel: queue,
        sweeper,
        checkpointer,
    })
}

/// Test controls let anyone who reaches them sign in as a test user and rewrite the
/// database: they never listen beyond this machine.
fn refuse_unless_loopback(host: &str) -> Result<()> {
    use std::net::ToSocketAddrs;
    let addresses: Vec<SocketAddr> = (host, 0)
        .to_socket_addrs()
        .map_err(|e| Error::invalid(format!("cannot resolve host '{host}': {e}")))?
        .collect();
    if addresses.is_empty() || addresses.iter().any(|a| !a.ip().is_loopback()) {
        return Err(Error::invalid(format!(
            "test controls listen on loopback only, not on '{host}' (use --host 127.0.0.1)"
        )));
    }
    Ok(())
}

/// The copy of the database `/dev/reset` restores, taken once the server has started and
/// seeded: everything then, or without `--seed`, only the settings and keys (an empty database
/// otherwise).
fn snapshot(doorman: &Doorman, keep: Keep) -> Result<Snapshot> {
    let path = std::env::temp_dir().join(format!(
        "doorman-snapshot-{}-{}.db",
        std::process::id(),
        crate::model::id::new_id()
    ));
    doorman.snapshot_keeping(&path, keep)?;
    Ok(Snapshot { path })
}

/// Binds the listening socket (with `SO_REUSEADDR`, so a restart need not wait out TIME_WAIT).
fn listen(host: &str, port: u16) -> Result<std::net::TcpListener> {
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
    socket.bind(&address.into()).map_err(|e| failed(&e))?;
    socket.listen(1024).map_err(|e| failed(&e))?;
    Ok(socket.into())
}

/// The exit status when a second signal cuts a shutdown short (128 + SIGINT, as shells report
/// an interrupted command).
pub const FORCED_EXIT: i32 = 130;

/// Runs the server until SIGINT or SIGTERM, then shuts down gracefully; a second signal during
/// the shutdown exits at once with [`FORCED_EXIT`].
pub fn serve(config: &Config, options: &ServeOptions, ready: impl FnOnce(&Started)) -> Result<()> {
    let (signal_tx, signal_rx) = std::sync::mpsc::channel();
    ctrlc::set_handler(move || {
        let _ = signal_tx.send(());
    })
    .map_err(|e| Error::Runtime(format!("cannot handle signals: {e}")))?;
    let started = start(config, options)?;
    ready(&started);
    let _ = signal_rx.recv();
    tracing::info!("shutting down: finishing requests in flight (a second signal exits at once)");
    std::thread::spawn(move || {
        if signal_rx.recv().is_ok() {
            tracing::warn!("second signal: exiting without finishing");
            std::process::exit(FORCED_EXIT);
        }
    });
    started.shutdown();
    Ok(())
}

/// The issuer for a listener when none is configured: `localhost` for loopback, so the default
/// `doorman serve` is `http://localhost:3001/oidc` (`https://` over TLS).
fn derived_issuer(scheme: &str, address: SocketAddr) -> String {
    let host = match address.ip() {
        ip if ip.is_loopback() || ip.is_unspecified() => "localhost".to_string(),
        std::net::IpAddr::V6(v6) => format!("[{v6}]"),
        ip => ip.to_string(),
    };
    format!("{scheme}://{host}:{}/oidc", address.port())
}
