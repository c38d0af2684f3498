//! HTTP/1.1 over TCP: an accept thread, and one thread per connection that parses requests
//! (httparse), calls the handler and writes the responses in order.
//!
//! Written for doorman rather than taken from tiny_http: tiny_http's connection pool can leave a
//! freshly accepted keep-alive connection queued, unread, for as long as every pool thread is
//! busy with another open connection — a browser opening several connections at once sees a page
//! hang. Here every connection gets its own thread at once, idle connections time out, and the
//! number of open connections is capped.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::web::http::{MAX_BODY_BYTES, MAX_URL_BYTES, Request, Response, Unreadable};

/// The largest request head (request line and headers) read: the longest URL plus room for
/// cookies and the usual headers.
pub const MAX_HEAD_BYTES: usize = MAX_URL_BYTES + 16 * 1024;
/// How long a connection may sit idle, or take to send a request, before it is closed.
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(60);
/// How many connections may be open at once; more get `503` and are closed.
pub const MAX_CONNECTIONS: usize = 1024;
const MAX_HEADERS: usize = 64;

/// Answers one request; called on the connection's thread.
pub type Handler = Arc<dyn Fn(&Request) -> Response + Send + Sync>;

/// Open connections, so shutdown can close the idle ones and wait for the rest.
#[derive(Default)]
struct Registry {
    open: Mutex<HashMap<u64, TcpStream>>,
    closed: Condvar,
}

impl Registry {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<u64, TcpStream>> {
        self.open.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The accept thread and the open connections.
pub struct Transport {
    address: SocketAddr,
    stopping: Arc<AtomicBool>,
    accept: Option<JoinHandle<()>>,
    registry: Arc<Registry>,
}

impl Transport {
    /// Starts accepting on `listener`, answering every request with `handler`.
    pub fn start(listener: TcpListener, handler: Handler) -> std::io::Result<Transport> {
        let address = listener.local_addr()?;
        let stopping = Arc::new(AtomicBool::new(false));
        let registry = Arc::new(Registry::default());
        let accept = {
            let (stopping, registry) = (stopping.clone(), registry.clone());
            std::thread::Builder::new()
                .name("accept".into())
                .spawn(move || accept_loop(&listener, &handler, &stopping, &registry))?
        };
        Ok(Transport {
            address,
            stopping,
            accept: Some(accept),
            registry,
        })
    }

    /// Stops accepting, closes every connection once its request in flight (if any) is answered,
    /// and returns when the last one is gone (and with it the last handle on the handler).
    pub fn stop(&mut self) {
        self.stopping.store(true, Ordering::SeqCst);
        // Wake the accept thread, blocked in accept().
        let _ = TcpStream::connect(wake_address(self.address));
        if let Some(accept) = self.accept.take() {
            let _ = accept.join();
        }
        let mut open = self.registry.lock();
        for stream in open.values() {
            let _ = stream.shutdown(Shutdown::Read);
        }
        while !open.is_empty() {
            open = self
                .registry
                .closed
                .wait(open)
                .unwrap_or_else(|e| e.into_inner());
        }
    }
}

fn wake_address(address: SocketAddr) -> SocketAddr {
    let mut target = address;
    if target.ip().is_unspecified() {
        target.set_ip(match address {
            SocketAddr::V4(_) => std::net::Ipv4Addr::LOCALHOST.into(),
            SocketAddr::V6(_) => std::net::Ipv6Addr::LOCALHOST.into(),
        });
    }
    target
}

fn accept_loop(
    listener: &TcpListener,
    handler: &Handler,
    stopping: &AtomicBool,
    registry: &Arc<Registry>,
) {
    let next_id = AtomicU64::new(0);
    for stream in listener.incoming() {
        if stopping.load(Ordering::SeqCst) {
            return;
        }
        let Ok(mut stream) = stream else {
            // Out of file descriptors and the like: back off instead of spinning.
            std::thread::sleep(Duration::from_millis(10));
            continue;
        };
        if registry.lock().len() >= MAX_CONNECTIONS {
            let _ = write_response(&mut stream, &Response::empty(503), false, true);
            continue;
        }
        let _ = stream.set_nodelay(true);
        let _ = stream.set_read_timeout(Some(IDLE_TIMEOUT));
        let _ = stream.set_write_timeout(Some(IDLE_TIMEOUT));
        let Ok(peer) = stream.peer_addr() else {
            continue;
        };
        let Ok(registered) = stream.try_clone() else {
            continue;
        };
        let id = next_id.fetch_add(1, Ordering::Relaxed);
        registry.lock().insert(id, registered);
        let (handler, registry) = (handler.clone(), registry.clone());
        let closed = move |registry: &Registry| {
            registry.lock().remove(&id);
            registry.closed.notify_all();
        };
        let spawned = std::thread::Builder::new()
            .name("connection".into())
            .stack_size(512 * 1024)
            .spawn({
                let registry = registry.clone();
                move || {
                    serve_connection(stream, peer, &*handler);
                    closed(&registry);
                }
            });
        if spawned.is_err() {
            tracing::warn!("cannot start a connection thread");
            closed(&registry);
        }
    }
}

/// Reads requests off one connection until it closes, answering each in order.
fn serve_connection(
    stream: TcpStream,
    peer: SocketAddr,
    handler: &(dyn Fn(&Request) -> Response + Send + Sync),
) {
    let Ok(write_half) = stream.try_clone() else {
        return;
    };
    let mut writer = write_half;
    let mut reader = BufReader::with_capacity(16 * 1024, stream);
    loop {
        let head = match read_head(&mut reader) {
            Ok(Head::Complete(head)) => head,
            Ok(Head::Closed) | Err(_) => return,
            Ok(Head::TooLarge { url_too_long }) => {
                let status = if url_too_long { 414 } else { 431 };
                let _ = write_response(&mut writer, &Response::empty(status), false, true);
                log(None, status, Instant::now());
                return;
            }
        };
        let started = Instant::now();
        let parsed = match parse_head(&head) {
            Some(parsed) => parsed,
            None => {
                let _ = write_response(&mut writer, &Response::empty(400), false, true);
                log(None, 400, started);
                return;
            }
        };
        // HEAD is answered as GET would be, without the body (RFC 9110 §9.3.2); the router
        // decides which GETs may be run for it.
        let head_only = parsed.method == "HEAD";
        let outcome = read_body(&mut reader, &mut writer, &parsed).and_then(|body| {
            Request::from_parts(
                &parsed.method,
                &parsed.target,
                parsed.headers.clone(),
                &body,
                Some(peer.ip()),
            )
        });
        let (response, close) = match outcome {
            Ok(request) => (handler(&request), !parsed.keep_alive),
            // The rest of an oversized or broken request cannot be skipped safely.
            Err(Unreadable::UrlTooLong) => (Response::empty(414), !parsed.keep_alive),
            Err(Unreadable::BodyTooLarge) => (Response::empty(413), true),
            Err(Unreadable::LengthRequired) => (Response::empty(411), true),
            Err(Unreadable::Broken) => (Response::empty(400), true),
        };
        let close = close || response.headers.iter().any(|(k, v)| is_close(k, v));
        let written = write_response(&mut writer, &response, head_only, close);
        log(
            Some((&parsed.method, &parsed.target)),
            response.status,
            started,
        );
        if written.is_err() || close {
            linger(&mut reader);
            return;
        }
    }
}

/// Reads and drops what the client still sends after the response, briefly, so closing with
/// unread data does not reset the connection before the client has read the response.
fn linger(reader: &mut BufReader<TcpStream>) {
    let _ = reader
        .get_ref()
        .set_read_timeout(Some(Duration::from_millis(500)));
    let _ = std::io::copy(&mut reader.by_ref().take(1024 * 1024), &mut std::io::sink());
}

fn is_close(name: &str, value: &str) -> bool {
    name.eq_ignore_ascii_case("connection") && value.eq_ignore_ascii_case("close")
}

fn log(request: Option<(&str, &str)>, status: u16, started: Instant) {
    let (method, target) = request.unwrap_or(("-", "-"));
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

enum Head {
    Complete(Vec<u8>),
    Closed,
    TooLarge { url_too_long: bool },
}

/// Reads up to and including the blank line that ends a request head.
fn read_head(reader: &mut BufReader<TcpStream>) -> std::io::Result<Head> {
    let mut head: Vec<u8> = Vec::new();
    loop {
        let available = reader.fill_buf()?;
        if available.is_empty() {
            return Ok(Head::Closed);
        }
        let searched_from = head.len().saturating_sub(3);
        let room = MAX_HEAD_BYTES + 1 - head.len();
        let taken = available.len().min(room);
        head.extend_from_slice(&available[..taken]);
        if let Some(at) = find(&head[searched_from..], b"\r\n\r\n") {
            let end = searched_from + at + 4;
            reader.consume(taken - (head.len() - end));
            head.truncate(end);
            return Ok(Head::Complete(head));
        }
        reader.consume(taken);
        if head.len() > MAX_HEAD_BYTES {
            let first_line = find(&head, b"\r\n").unwrap_or(head.len());
            return Ok(Head::TooLarge {
                url_too_long: first_line > MAX_URL_BYTES,
            });
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

struct ParsedHead {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    keep_alive: bool,
    content_length: Option<usize>,
    chunked: bool,
    expects_continue: bool,
}

fn parse_head(head: &[u8]) -> Option<ParsedHead> {
    let mut slots = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut request = httparse::Request::new(&mut slots);
    match request.parse(head) {
        Ok(httparse::Status::Complete(_)) => {}
        _ => return None,
    }
    let headers: Vec<(String, String)> = request
        .headers
        .iter()
        .map(|h| {
            let value = String::from_utf8_lossy(h.value).trim().to_string();
            (h.name.to_ascii_lowercase(), value)
        })
        .collect();
    let value = |name: &str| {
        headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.to_ascii_lowercase())
    };
    let connection = value("connection").unwrap_or_default();
    let http_1_1 = request.version == Some(1);
    let keep_alive = if http_1_1 {
        !connection.contains("close")
    } else {
        connection.contains("keep-alive")
    };
    let content_length = match value("content-length") {
        Some(v) => Some(v.parse::<usize>().ok()?),
        None => None,
    };
    Some(ParsedHead {
        method: request.method?.to_ascii_uppercase(),
        target: request.path?.to_string(),
        keep_alive,
        content_length,
        chunked: value("transfer-encoding").is_some(),
        expects_continue: value("expect").is_some_and(|v| v == "100-continue"),
        headers,
    })
}

/// Reads the body a `Content-Length` announces, refusing bodies over the limit unread.
fn read_body(
    reader: &mut BufReader<TcpStream>,
    writer: &mut TcpStream,
    head: &ParsedHead,
) -> Result<Vec<u8>, Unreadable> {
    if head.chunked {
        return Err(Unreadable::LengthRequired);
    }
    let length = head.content_length.unwrap_or(0);
    if length > MAX_BODY_BYTES {
        return Err(Unreadable::BodyTooLarge);
    }
    if length > 0 && head.expects_continue {
        writer
            .write_all(b"HTTP/1.1 100 Continue\r\n\r\n")
            .map_err(|_| Unreadable::Broken)?;
    }
    let mut body = vec![0; length];
    reader
        .read_exact(&mut body)
        .map_err(|_| Unreadable::Broken)?;
    Ok(body)
}

/// Writes a whole response in one write: status line, `Date`, `Content-Length`, the headers,
/// the body.
fn write_response(
    stream: &mut TcpStream,
    response: &Response,
    head_only: bool,
    close: bool,
) -> std::io::Result<()> {
    use std::fmt::Write as _;
    let mut head = String::with_capacity(512);
    let _ = write!(
        head,
        "HTTP/1.1 {} {}\r\nDate: {}\r\nContent-Length: {}\r\n",
        response.status,
        reason(response.status),
        http_date(),
        response.body.len()
    );
    for (name, value) in &response.headers {
        if name.eq_ignore_ascii_case("connection") || name.eq_ignore_ascii_case("content-length") {
            continue;
        }
        // A header value never carries a line break into the response.
        if value.contains(['\r', '\n']) {
            continue;
        }
        let _ = write!(head, "{name}: {value}\r\n");
    }
    if close {
        head.push_str("Connection: close\r\n");
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    if !head_only {
        bytes.extend_from_slice(&response.body);
    }
    stream.write_all(&bytes)?;
    if close {
        let _ = stream.shutdown(Shutdown::Write);
    }
    Ok(())
}

fn http_date() -> String {
    const FORMAT: &[time::format_description::FormatItem<'_>] = time::macros::format_description!(
        "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
    );
    time::OffsetDateTime::now_utc()
        .format(FORMAT)
        .unwrap_or_default()
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        204 => "No Content",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        411 => "Length Required",
        413 => "Content Too Large",
        414 => "URI Too Long",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keep_alive_follows_the_version_and_the_connection_header() {
        let parse = |head: &str| parse_head(head.as_bytes()).unwrap();
        assert!(parse("GET / HTTP/1.1\r\nHost: a\r\n\r\n").keep_alive);
        assert!(!parse("GET / HTTP/1.1\r\nConnection: close\r\n\r\n").keep_alive);
        assert!(!parse("GET / HTTP/1.0\r\n\r\n").keep_alive);
        assert!(parse("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n").keep_alive);
    }

    #[test]
    fn a_malformed_content_length_is_refused() {
        assert!(parse_head(b"POST / HTTP/1.1\r\nContent-Length: ten\r\n\r\n").is_none());
        assert!(parse_head(b"NOT A REQUEST\r\n\r\n").is_none());
    }

    #[test]
    fn dates_are_imf_fixdate() {
        let date = http_date();
        assert!(date.ends_with(" GMT") && date.len() == 29, "{date}");
    }
}
