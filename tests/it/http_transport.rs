//! The HTTP/1.1 transport from the outside, over raw sockets: many keep-alive connections at
//! once, pipelining, `Expect: 100-continue`, `HEAD`, refused framings, and shutdown with idle
//! connections open.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use crate::server::Server;
use crate::util::Env;

const DISCOVERY: &str = "/oidc/.well-known/openid-configuration";

fn connect(server: &Server) -> TcpStream {
    let address = server.base.trim_start_matches("http://");
    let stream = TcpStream::connect(address).expect("connect");
    // A safety net so a broken server fails the test instead of hanging it.
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stream
}

/// Reads one response: status, headers (lower-case names) and body.
fn read_response(reader: &mut BufReader<TcpStream>) -> (u16, Vec<(String, String)>, Vec<u8>) {
    let mut line = String::new();
    reader.read_line(&mut line).expect("status line");
    let status = line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("status line {line:?}"));
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).expect("header line");
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        let (k, v) = line.split_once(':').expect("header");
        headers.push((k.to_ascii_lowercase(), v.trim().to_string()));
    }
    let length: usize = headers
        .iter()
        .find(|(k, _)| k == "content-length")
        .map_or(0, |(_, v)| v.parse().unwrap());
    let mut body = vec![0; length];
    reader.read_exact(&mut body).expect("body");
    (status, headers, body)
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

#[test]
fn many_keep_alive_connections_opened_at_once_are_all_served() {
    let env = Env::new();
    let server = Server::start(&env);
    // Open them all first, as a browser does, and keep every one open while asking on each.
    let streams: Vec<TcpStream> = (0..24).map(|_| connect(&server)).collect();
    let mut readers: Vec<BufReader<TcpStream>> = streams
        .iter()
        .map(|s| BufReader::new(s.try_clone().unwrap()))
        .collect();
    for round in 0..3 {
        for mut stream in &streams {
            write!(
                stream,
                "GET {DISCOVERY} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
            )
            .unwrap();
        }
        for reader in &mut readers {
            let (status, _, body) = read_response(reader);
            assert_eq!(status, 200, "round {round}");
            assert!(String::from_utf8_lossy(&body).contains("\"issuer\""));
        }
    }
}

#[test]
fn pipelined_requests_are_answered_in_order() {
    let env = Env::new();
    let server = Server::start(&env);
    let mut stream = connect(&server);
    write!(
        stream,
        "GET {DISCOVERY} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET /no-such-page HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n\
         GET /oidc/jwks HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let statuses: Vec<(u16, Vec<u8>)> = (0..3)
        .map(|_| {
            let (status, _, body) = read_response(&mut reader);
            (status, body)
        })
        .collect();
    assert_eq!(statuses[0].0, 200);
    assert!(String::from_utf8_lossy(&statuses[0].1).contains("jwks_uri"));
    assert_eq!(statuses[1].0, 404);
    assert_eq!(statuses[2].0, 200);
    assert!(String::from_utf8_lossy(&statuses[2].1).contains("\"keys\""));
    // `Connection: close` was honoured: the server closed its side.
    let mut rest = Vec::new();
    reader.read_to_end(&mut rest).unwrap();
    assert!(rest.is_empty());
}

#[test]
fn expect_continue_head_and_refused_framings() {
    let env = Env::new();
    let server = Server::start(&env);

    // Expect: 100-continue gets the interim response, then the real one.
    let mut stream = connect(&server);
    let body = "grant_type=client_credentials";
    write!(
        stream,
        "POST /oidc/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n\
         Content-Length: {}\r\nExpect: 100-continue\r\n\r\n",
        body.len()
    )
    .unwrap();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    assert!(line.starts_with("HTTP/1.1 100"), "{line:?}");
    reader.read_line(&mut line).unwrap();
    stream.write_all(body.as_bytes()).unwrap();
    let (status, _, body) = read_response(&mut reader);
    assert_eq!(status, 401, "{}", String::from_utf8_lossy(&body));
    assert!(String::from_utf8_lossy(&body).contains("invalid_client"));

    // HEAD: the length of the body, not the body; the connection stays usable.
    write!(
        stream,
        "HEAD {DISCOVERY} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    )
    .unwrap();
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    let mut announced = 0;
    loop {
        let mut h = String::new();
        reader.read_line(&mut h).unwrap();
        if h.trim().is_empty() {
            break;
        }
        if let Some(v) = h.to_ascii_lowercase().strip_prefix("content-length:") {
            announced = v.trim().parse::<usize>().unwrap();
        }
    }
    assert!(announced > 100);
    write!(
        stream,
        "GET {DISCOVERY} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    )
    .unwrap();
    let (status, headers, body) = read_response(&mut reader);
    assert_eq!(status, 200);
    assert_eq!(body.len(), announced);
    assert!(header(&headers, "date").is_some_and(|d| d.ends_with("GMT")));

    // A chunked body is decoded: the form inside it names the client.
    let mut stream = connect(&server);
    let form = "client_id=nobody&grant_type=client_credentials";
    write!(
        stream,
        "POST /oidc/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n\
         Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n{:x}\r\n{form}\r\n0\r\n\r\n",
        form.len()
    )
    .unwrap();
    let (status, _, body) = read_response(&mut BufReader::new(stream));
    assert_eq!(status, 401);
    assert!(
        String::from_utf8_lossy(&body).contains("client authentication failed"),
        "{}",
        String::from_utf8_lossy(&body)
    );

    // Garbage gets 400; headers over the limit get 431.
    let mut stream = connect(&server);
    stream.write_all(b"HELLO THERE\r\n\r\n").unwrap();
    let (status, _, _) = read_response(&mut BufReader::new(stream));
    assert_eq!(status, 400);
    let mut stream = connect(&server);
    let cookie = "a".repeat(30 * 1024);
    let _ = write!(
        stream,
        "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {cookie}\r\n\r\n"
    );
    let (status, _, _) = read_response(&mut BufReader::new(stream));
    assert_eq!(status, 431);
}

#[test]
fn shutdown_does_not_wait_for_idle_keep_alive_connections() {
    let env = Env::new();
    let server = Server::start(&env);
    let mut idle = connect(&server);
    write!(idle, "GET {DISCOVERY} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").unwrap();
    let mut reader = BufReader::new(idle.try_clone().unwrap());
    assert_eq!(read_response(&mut reader).0, 200);
    // The connection stays open and idle; SIGTERM still ends the server, and closes it.
    let status = server.stop();
    assert!(status.success(), "{status:?}");
    let mut rest = Vec::new();
    reader.read_to_end(&mut rest).unwrap();
    assert!(rest.is_empty());
}

/// One GET with this `Host` header, on a connection of its own: the status and the body.
fn get_with_host(server: &Server, path: &str, host: &str) -> (u16, String) {
    let mut stream = connect(server);
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut reader = BufReader::new(stream);
    let (status, _, body) = read_response(&mut reader);
    (status, String::from_utf8_lossy(&body).into_owned())
}

#[test]
fn a_foreign_host_is_refused_against_dns_rebinding() {
    let env = Env::new();
    let server = Server::start(&env);
    let port = server.base.rsplit(':').next().unwrap().to_string();
    // A page whose name was re-pointed at 127.0.0.1 sends its own name: no codes for it.
    let (status, body) = get_with_host(&server, "/dev/outbox", &format!("evil.example:{port}"));
    assert_eq!(status, 421, "{body}");
    assert!(body.contains("'evil.example:"), "{body}");
    assert!(body.contains("server.allowed_hosts"), "{body}");
    let (status, _) = get_with_host(&server, DISCOVERY, "localhost.evil.example");
    assert_eq!(status, 421);
    // An absolute-form target names the host, whatever the Host header says (RFC 9112 §3.2.2),
    // and a request that names no host at all (HTTP/1.0) is not served either.
    let (status, body) = get_with_host(
        &server,
        &format!("http://evil.example{DISCOVERY}"),
        "localhost",
    );
    assert_eq!(status, 421, "{body}");
    assert!(body.contains("'evil.example'"), "{body}");
    let mut stream = connect(&server);
    write!(stream, "GET {DISCOVERY} HTTP/1.0\r\n\r\n").unwrap();
    let (status, _, body) = read_response(&mut BufReader::new(stream));
    assert_eq!(status, 421, "{}", String::from_utf8_lossy(&body));
    let (status, body) = get_with_host(
        &server,
        &format!("http://localhost:{port}{DISCOVERY}"),
        "evil.example",
    );
    assert_eq!(status, 200, "{body}");

    // The issuer's own host, loopback and IP addresses are served.
    for host in [
        format!("localhost:{port}"),
        format!("127.0.0.1:{port}"),
        format!("[::1]:{port}"),
    ] {
        let (status, body) = get_with_host(&server, "/dev/outbox", &host);
        assert_eq!(status, 200, "{host}: {body}");
    }
    drop(server);

    // A name listed in server.allowed_hosts is served too.
    env.write(
        "doorman.yaml",
        "password_hashing: {memory_kib: 1024, iterations: 1, parallelism: 1}\n\
         server:\n  allowed_hosts: [.dev.test]\n",
    );
    let server = Server::start(&env);
    let (status, body) = get_with_host(&server, DISCOVERY, "id.dev.test");
    assert_eq!(status, 200, "{body}");
    let (status, _) = get_with_host(&server, DISCOVERY, "evil.example");
    assert_eq!(status, 421);
}

#[test]
fn head_runs_no_handler_with_side_effects() {
    let env = Env::new();
    crate::oidc_flow::web_app(&env, "web");
    let server = Server::start(&env);
    let head = |path: &str| {
        let mut stream = connect(&server);
        write!(
            stream,
            "HEAD {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut reader = BufReader::new(stream);
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        let mut rest = String::new();
        reader.read_to_string(&mut rest).unwrap();
        (line, rest)
    };
    // Ending a session and parking an authorization request are not for HEAD.
    for path in [
        "/oidc/session/end",
        "/sign-out",
        "/oidc/auth?client_id=web&response_type=code&scope=openid&redirect_uri=http%3A%2F%2Fapp.test%2Fcallback",
    ] {
        let (status, rest) = head(path);
        assert!(status.contains(" 405 "), "{path}: {status}");
        assert!(
            rest.to_ascii_lowercase().contains("allow: get, post"),
            "{rest}"
        );
    }
    let parked =
        env.doorman()
            .store
            .conn()
            .query_row("SELECT count(*) FROM interactions", [], |r| {
                r.get::<_, i64>(0)
            });
    assert_eq!(parked.unwrap(), 0, "HEAD parked no request");
    // One Content-Type for the key set.
    let mut stream = connect(&server);
    write!(
        stream,
        "GET /oidc/jwks HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let (status, headers, _) = read_response(&mut BufReader::new(stream));
    assert_eq!(status, 200);
    let types: Vec<_> = headers
        .iter()
        .filter(|(k, _)| k == "content-type")
        .collect();
    assert_eq!(types.len(), 1, "{types:?}");
    assert_eq!(types[0].1, "application/jwk-set+json");
    // Reading pages and documents still works, without a body.
    for path in [
        "/static/passkey.js",
        DISCOVERY,
        "/oidc/jwks",
        "/static/doorman.css",
    ] {
        let (status, rest) = head(path);
        assert!(status.contains(" 200 "), "{path}: {status}");
        let body = rest.split("\r\n\r\n").nth(1).unwrap_or_default();
        assert!(body.is_empty(), "{path}: a body of {} bytes", body.len());
    }
}

/// Sends raw bytes on a connection of its own and reads the status of the answer.
fn status_of(server: &Server, raw: &str) -> u16 {
    let mut stream = connect(server);
    stream.write_all(raw.as_bytes()).unwrap();
    read_response(&mut BufReader::new(stream)).0
}

#[test]
fn framing_and_host_follow_http_1_1_strictly() {
    let env = Env::new();
    let server = Server::start(&env);
    let form = "Content-Type: application/x-www-form-urlencoded\r\n";
    // Two differing lengths (a smuggling primitive behind a proxy) and a signed one.
    let two = format!(
        "POST /oidc/token HTTP/1.1\r\nHost: 127.0.0.1\r\n{form}Content-Length: 3\r\nContent-Length: 4\r\n\r\nabcd"
    );
    assert_eq!(status_of(&server, &two), 400);
    let signed = format!(
        "POST /oidc/token HTTP/1.1\r\nHost: 127.0.0.1\r\n{form}Content-Length: +3\r\n\r\nabc"
    );
    assert_eq!(status_of(&server, &signed), 400);
    // HTTP/1.1 needs exactly one Host.
    let none = format!("GET {DISCOVERY} HTTP/1.1\r\nConnection: close\r\n\r\n");
    assert_eq!(status_of(&server, &none), 400);
    let doubled = format!(
        "GET {DISCOVERY} HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    );
    assert_eq!(status_of(&server, &doubled), 400);
    // An absolute-form target is the same resource.
    let absolute = format!(
        "GET {}{DISCOVERY} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
        server.base
    );
    assert_eq!(status_of(&server, &absolute), 200);
    // Too many header fields: 431.
    let many: String = (0..150).map(|i| format!("X-Filler-{i}: x\r\n")).collect();
    let crowded = format!("GET {DISCOVERY} HTTP/1.1\r\nHost: 127.0.0.1\r\n{many}\r\n");
    assert_eq!(status_of(&server, &crowded), 431);
    // A bare CR inside the head is refused. A bare LF ends a line (RFC 9112 §2.2 lets a
    // recipient accept it): the two lines are two fields, never one value hiding a second
    // header, so a Host smuggled after a bare LF is seen as a second Host and refused.
    let bare_cr = format!("GET {DISCOVERY} HTTP/1.1\r\nHost: 127.0.0.1\rX-A: b\r\n\r\n");
    assert_eq!(status_of(&server, &bare_cr), 400);
    let bare_lf_host =
        format!("GET {DISCOVERY} HTTP/1.1\r\nHost: 127.0.0.1\nHost: evil.test\r\n\r\n");
    assert_eq!(status_of(&server, &bare_lf_host), 400);
    // Media types are case-insensitive: the form is read (and names an unknown client).
    let body = "client_id=nobody&grant_type=client_credentials";
    let mut stream = connect(&server);
    write!(
        stream,
        "POST /oidc/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: Application/X-WWW-Form-Urlencoded\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let (status, _, reply) = read_response(&mut BufReader::new(stream));
    assert_eq!(status, 401);
    assert!(String::from_utf8_lossy(&reply).contains("client authentication failed"));
}
