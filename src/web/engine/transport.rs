//! HTTP/1.1 by hyper, on one tokio runtime of `server.workers` threads. Each thread owns its
//! database connection (made by its [`MakeHandler`] when the thread starts); a request is
//! parsed, handled and answered by whichever thread polls its connection, with that thread's
//! connection and no hand-off. The runtime moves ready connections to idle threads, so a slow
//! request (a password hash at the production cost) holds up only itself, and keep-alive
//! clients that reuse a few hot connections keep every thread busy: with a thread per
//! listener's share of connections instead, one thread served twice what the other did under
//! eight concurrent sign-in flows. An idle keep-alive connection costs a task and a socket,
//! never a thread. hyper parses and frames (strict `Content-Length`, chunked bodies,
//! `Expect: 100-continue`, pipelining, `HEAD` without a body, `Date`). A request head must
//! arrive whole within [`HEAD_TIMEOUT`] and its body within [`BODY_TIMEOUT`], so a client
//! trickling bytes holds a connection only that long.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::net::{SocketAddr, TcpListener};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::{GracefulConnection, GracefulShutdown};
use tokio::sync::{Semaphore, watch};

use crate::web::common::http::{MAX_BODY_BYTES, MAX_URL_BYTES, Request, Response, Unreadable};

/// The largest request head (request line and headers) read: the longest URL plus room for
/// cookies and the usual headers. A larger one gets `431`.
pub const MAX_HEAD_BYTES: usize = MAX_URL_BYTES + 16 * 1024;
/// How long a request head may take to arrive, whole.
pub const HEAD_TIMEOUT: Duration = Duration::from_secs(30);
/// How long a request body may take to arrive, whole.
pub const BODY_TIMEOUT: Duration = Duration::from_secs(30);
/// How many connections may be open at once, over all workers; more are closed at once. Idle
/// connections cost a task and a socket, so the cap is far above what a browser or a load test
/// holds.
pub const MAX_CONNECTIONS: usize = 16_384;
/// How long a stopping worker waits for requests in flight; connections still open then are
/// closed.
pub const DRAIN_TIMEOUT: Duration = Duration::from_secs(10);

/// Answers one request on its worker's thread, with that worker's own state (its database
/// connection).
pub type Handler = Box<dyn FnMut(&Request) -> Response + Send>;

/// Makes a worker's [`Handler`] on the worker's own thread, when the thread starts: what a
/// handler needs that takes time (a database connection parses the whole schema) is then made
/// beside the first worker's serving instead of before it. `None` when it cannot be made (the
/// maker says why); that thread then answers `503`.
pub type MakeHandler = Box<dyn FnOnce() -> Option<Handler> + Send>;

thread_local! {
    /// This worker thread's handler, made when the thread started.
    static HANDLER: RefCell<Option<Handler>> = const { RefCell::new(None) };
}

/// The worker threads, until [`Transport::stop`].
pub struct Transport {
    stop: watch::Sender<bool>,
    runtime: Option<tokio::runtime::Runtime>,
    accepting: Option<tokio::task::JoinHandle<()>>,
}

impl Transport {
    /// Starts one worker thread per handler maker, each making its handler (the first maker
    /// on the first thread to start), and the task that accepts from `listener`.
    pub fn start(
        listener: TcpListener,
        makers: Vec<MakeHandler>,
        tls: Option<Arc<rustls::ServerConfig>>,
    ) -> std::io::Result<Transport> {
        listener.set_nonblocking(true)?;
        let count = makers.len().max(1);
        let makers = Arc::new(Mutex::new(VecDeque::from(makers)));
        let named = AtomicUsize::new(0);
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(count)
            .thread_name_fn(move || format!("worker-{}", named.fetch_add(1, Ordering::Relaxed)))
            .on_thread_start(move || {
                let make = makers.lock().unwrap_or_else(|p| p.into_inner()).pop_front();
                if let Some(handler) = make.and_then(|make| make()) {
                    HANDLER.with(|slot| *slot.borrow_mut() = Some(handler));
                }
            })
            .enable_io()
            .enable_time()
            .build()?;
        let (stop, stopped) = watch::channel(false);
        let tls = tls.map(tokio_rustls::TlsAcceptor::from);
        let accepting = {
            let _entered = runtime.enter();
            let listener = tokio::net::TcpListener::from_std(listener)?;
            runtime.spawn(accept(listener, tls, stopped))
        };
        Ok(Transport {
            stop,
            runtime: Some(runtime),
            accepting: Some(accepting),
        })
    }

    /// Stops accepting, closes idle connections, lets every request in flight finish (for at
    /// most [`DRAIN_TIMEOUT`]), and returns when the workers are done (and with them every
    /// handle on the handlers).
    pub fn stop(&mut self) {
        let _ = self.stop.send(true);
        if let (Some(runtime), Some(accepting)) = (self.runtime.take(), self.accepting.take()) {
            let _ = runtime.block_on(accepting);
            // Dropping the runtime joins its threads, which drop their handlers.
            drop(runtime);
        }
    }
}

impl Drop for Transport {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Accepts connections and spawns a task for each until told to stop, then drains them.
async fn accept(
    listener: tokio::net::TcpListener,
    tls: Option<tokio_rustls::TlsAcceptor>,
    mut stopped: watch::Receiver<bool>,
) {
    let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    let graceful = GracefulShutdown::new();
    loop {
        let (stream, peer) = tokio::select! {
            _ = async { stopped.wait_for(|stop| *stop).await.map(drop) } => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(_) => {
                    // Out of file descriptors and the like: back off instead of spinning.
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                }
            },
        };
        let Ok(slot) = slots.clone().try_acquire_owned() else {
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        match &tls {
            None => {
                let connection = graceful.watch(http_connection(stream, peer));
                tokio::spawn(async move {
                    let _ = connection.await;
                    drop(slot);
                });
            }
            Some(acceptor) => {
                // The handshake is part of the head: it too must end within HEAD_TIMEOUT.
                let (acceptor, watcher) = (acceptor.clone(), graceful.watcher());
                tokio::spawn(async move {
                    if let Ok(Ok(stream)) =
                        tokio::time::timeout(HEAD_TIMEOUT, acceptor.accept(stream)).await
                    {
                        let _ = watcher.watch(http_connection(stream, peer)).await;
                    }
                    drop(slot);
                });
            }
        }
    }
    drop(listener);
    if tokio::time::timeout(DRAIN_TIMEOUT, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("shutdown: closing connections still busy after {DRAIN_TIMEOUT:?}");
    }
}

/// One HTTP/1.1 connection over `stream` (plain TCP or TLS), answered by the handler of
/// whichever worker thread polls it.
fn http_connection<S>(stream: S, peer: SocketAddr) -> impl GracefulConnection<Error = hyper::Error>
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let service = service_fn(move |request| answer(peer, request));
    http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(HEAD_TIMEOUT)
        .max_buf_size(MAX_HEAD_BYTES)
        .serve_connection(TokioIo::new(stream), service)
}

/// Reads the body, runs the handler, and turns its response into hyper's.
async fn answer(
    peer: SocketAddr,
    request: hyper::Request<Incoming>,
) -> Result<hyper::Response<Full<Bytes>>, std::convert::Infallible> {
    let started = Instant::now();
    let (parts, body) = request.into_parts();
    let target = parts
        .uri
        .path_and_query()
        .map_or("/", |p| p.as_str())
        .to_string();
    let method = parts.method.as_str().to_string();
    // RFC 9112 §3.2: an HTTP/1.1 request names exactly one Host.
    let hosts = parts.headers.get_all(hyper::header::HOST).iter().count();
    let host_ok = hosts == 1 || (hosts == 0 && parts.version < hyper::Version::HTTP_11);
    // hyper stops reading a head at its buffer size only when the head is still incomplete
    // there; one that arrived whole in a large read gets past it, so the limit is kept here.
    let head_bytes = target.len()
        + parts
            .headers
            .iter()
            .map(|(name, value)| name.as_str().len() + value.len() + 4)
            .sum::<usize>();
    let body = if head_bytes > MAX_HEAD_BYTES {
        Err(Unreadable::HeadTooLarge)
    } else {
        read_body(body).await
    };
    let response = match body {
        Ok(_) if !host_ok => refusal(Unreadable::Broken),
        Ok(body) => {
            // RFC 9112 §3.2.2: an absolute-form target names the host, and its Host header is
            // ignored; so it is for the host allow-list too.
            let authority = parts.uri.authority().map(|a| a.as_str().to_string());
            let mut headers: Vec<(String, String)> = parts
                .headers
                .iter()
                .filter(|(name, _)| authority.is_none() || *name != hyper::header::HOST)
                .map(|(name, value)| {
                    (
                        name.as_str().to_string(),
                        String::from_utf8_lossy(value.as_bytes()).into_owned(),
                    )
                })
                .collect();
            if let Some(authority) = authority {
                headers.push(("host".to_string(), authority));
            }
            match Request::from_parts(&method, &target, headers, &body, Some(peer.ip())) {
                // No await while the handler is borrowed: one request at a time per worker.
                Ok(request) => HANDLER.with(|slot| match slot.borrow_mut().as_mut() {
                    Some(handler) => handler(&request),
                    None => Response::empty(503).header("Retry-After", "1"),
                }),
                Err(why) => refusal(why),
            }
        }
        Err(why) => refusal(why),
    };
    if let Some(delay) = response.delay {
        tokio::time::sleep(delay).await;
    }
    log(&method, &target, response.status, started);
    Ok(to_hyper(response))
}

/// The whole body, within the size and time limits.
async fn read_body(body: Incoming) -> Result<Bytes, Unreadable> {
    let collected =
        tokio::time::timeout(BODY_TIMEOUT, Limited::new(body, MAX_BODY_BYTES).collect())
            .await
            .map_err(|_| Unreadable::Broken)?;
    match collected {
        Ok(body) => Ok(body.to_bytes()),
        Err(e) if e.is::<http_body_util::LengthLimitError>() => Err(Unreadable::BodyTooLarge),
        Err(_) => Err(Unreadable::Broken),
    }
}

/// The answer to a request that could not even be read.
fn refusal(why: Unreadable) -> Response {
    let status = match why {
        Unreadable::UrlTooLong => 414,
        Unreadable::BodyTooLarge => 413,
        Unreadable::HeadTooLarge => 431,
        Unreadable::Broken => 400,
    };
    Response::empty(status).header("Connection", "close")
}

fn to_hyper(response: Response) -> hyper::Response<Full<Bytes>> {
    let mut out = hyper::Response::new(Full::new(Bytes::from(response.body)));
    *out.status_mut() = hyper::StatusCode::from_u16(response.status)
        .unwrap_or(hyper::StatusCode::INTERNAL_SERVER_ERROR);
    let headers = out.headers_mut();
    for (name, value) in &response.headers {
        // A header value never carries a line break into the response.
        if let (Ok(name), Ok(value)) = (
            hyper::header::HeaderName::from_bytes(name.as_bytes()),
            hyper::header::HeaderValue::from_str(value),
        ) {
            headers.append(name, value);
        }
    }
    out
}

fn log(method: &str, target: &str, status: u16, started: Instant) {
    // The path only: a query can carry a login hint, a state or a code.
    let path = target.split('?').next().unwrap_or_default();
    tracing::info!(
        method = %method,
        path = %path,
        status,
        micros = started.elapsed().as_micros() as u64,
        "request"
    );
}
