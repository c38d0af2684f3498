//! HTTP/1.1 by hyper, on one single-threaded tokio runtime per worker. Each of the
//! `server.workers` threads owns its database connection and accepts from the shared listener;
//! the connections it accepts are tasks on its runtime, so an idle keep-alive connection costs a
//! task and a socket, never a thread, and a request is parsed, handled and answered on one thread
//! with no hand-off. hyper parses and frames (strict `Content-Length`, chunked bodies,
//! `Expect: 100-continue`, pipelining, `HEAD` without a body, `Date`). A request head must
//! arrive whole within [`HEAD_TIMEOUT`] and its body within [`BODY_TIMEOUT`], so a client
//! trickling bytes holds a connection only that long.

use std::cell::RefCell;
use std::net::{SocketAddr, TcpListener};
use std::rc::Rc;
use std::sync::Arc;
use std::thread::JoinHandle;
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

/// Makes a worker's [`Handler`] on the worker's own thread, before it accepts: what a handler
/// needs that takes time (a database connection parses the whole schema) is then made beside
/// the first worker's serving instead of before it. `None` when it cannot be made (the maker
/// says why); the other workers serve on.
pub type MakeHandler = Box<dyn FnOnce() -> Option<Handler> + Send>;

/// The worker threads, until [`Transport::stop`].
pub struct Transport {
    stop: watch::Sender<bool>,
    workers: Vec<JoinHandle<()>>,
}

impl Transport {
    /// Starts one worker thread per handler maker, each making its handler and then accepting
    /// from `listener` and answering its connections' requests with it.
    pub fn start(
        listener: TcpListener,
        makers: Vec<MakeHandler>,
        tls: Option<Arc<rustls::ServerConfig>>,
    ) -> std::io::Result<Transport> {
        listener.set_nonblocking(true)?;
        let (stop, stopped) = watch::channel(false);
        let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
        let mut workers = Vec::with_capacity(makers.len());
        for (index, make) in makers.into_iter().enumerate() {
            let listener = listener.try_clone()?;
            let (stopped, slots) = (stopped.clone(), slots.clone());
            let tls = tls.clone().map(tokio_rustls::TlsAcceptor::from);
            workers.push(
                std::thread::Builder::new()
                    .name(format!("worker-{index}"))
                    .spawn(move || {
                        let runtime = match tokio::runtime::Builder::new_current_thread()
                            .enable_io()
                            .enable_time()
                            .build()
                        {
                            Ok(runtime) => runtime,
                            Err(e) => {
                                tracing::error!("worker {index} cannot start its runtime: {e}");
                                return;
                            }
                        };
                        let Some(handler) = make() else { return };
                        let local = tokio::task::LocalSet::new();
                        local.block_on(&runtime, worker(listener, handler, tls, stopped, slots));
                    })?,
            );
        }
        Ok(Transport { stop, workers })
    }

    /// Stops accepting, closes idle connections, lets every request in flight finish (for at
    /// most [`DRAIN_TIMEOUT`]), and returns when the workers are done (and with them every handle on the handlers).
    pub fn stop(&mut self) {
        let _ = self.stop.send(true);
        for worker in self.workers.drain(..) {
            let _ = worker.join();
        }
    }
}

impl Drop for Transport {
    fn drop(&mut self) {
        self.stop();
    }
}

/// One worker: accepts connections and serves them on this thread until told to stop.
async fn worker(
    listener: TcpListener,
    handler: Handler,
    tls: Option<tokio_rustls::TlsAcceptor>,
    mut stopped: watch::Receiver<bool>,
    slots: Arc<Semaphore>,
) {
    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
        tracing::error!("a worker cannot use the listener");
        return;
    };
    let handler = Rc::new(RefCell::new(handler));
    let graceful = GracefulShutdown::new();
    loop {
        let (stream, peer) = tokio::select! {
            _ = stopped.wait_for(|stop| *stop) => break,
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
        let handler = handler.clone();
        match &tls {
            None => {
                let connection = graceful.watch(http_connection(stream, handler, peer));
                tokio::task::spawn_local(async move {
                    let _ = connection.await;
                    drop(slot);
                });
            }
            Some(acceptor) => {
                // The handshake is part of the head: it too must end within HEAD_TIMEOUT.
                let (acceptor, watcher) = (acceptor.clone(), graceful.watcher());
                tokio::task::spawn_local(async move {
                    if let Ok(Ok(stream)) =
                        tokio::time::timeout(HEAD_TIMEOUT, acceptor.accept(stream)).await
                    {
                        let _ = watcher.watch(http_connection(stream, handler, peer)).await;
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

/// One HTTP/1.1 connection over `stream` (plain TCP or TLS), answered by `handler`.
fn http_connection<S>(
    stream: S,
    handler: Rc<RefCell<Handler>>,
    peer: SocketAddr,
) -> impl GracefulConnection<Error = hyper::Error>
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + 'static,
{
    let service = service_fn(move |request| answer(handler.clone(), peer, request));
    http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(HEAD_TIMEOUT)
        .max_buf_size(MAX_HEAD_BYTES)
        .serve_connection(TokioIo::new(stream), service)
}

/// Reads the body, runs the handler, and turns its response into hyper's.
async fn answer(
    handler: Rc<RefCell<Handler>>,
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
                Ok(request) => (handler.borrow_mut())(&request),
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
