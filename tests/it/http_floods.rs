//! Floods of idle and slow connections, bounded and on loopback: the old transport gave every
//! connection a slot among 1,024 and timed out each `read()` rather than the whole head, so
//! 1,100 idle or trickling connections locked every other client out. Idle and half-sent
//! connections are tasks now, so a normal client is still served while they are held.

use std::io::Write;
use std::net::TcpStream;

use crate::server::{Server, get};
use crate::util::Env;

const HELD: usize = 1_200;

#[test]
fn idle_and_half_sent_connections_do_not_lock_anyone_out() {
    // Each held connection is a socket in this process too.
    rlimit::increase_nofile_limit(4_096).unwrap();
    let env = Env::new();
    let server = Server::start(&env);
    let address = server.base.trim_start_matches("http://").to_string();
    let mut held = Vec::with_capacity(HELD);
    for i in 0..HELD {
        let mut stream = TcpStream::connect(&address).expect("connect");
        match i % 3 {
            // Connected and silent.
            0 => {}
            // Half a request head, the rest never coming (a slow-loris trickle, paused).
            1 => stream
                .write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
                .unwrap(),
            // A head announcing a body that never arrives.
            _ => stream
                .write_all(
                    b"POST /oidc/token HTTP/1.1\r\nHost: 127.0.0.1\r\n\
                      Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 500\r\n\r\ngrant",
                )
                .unwrap(),
        }
        held.push(stream);
    }
    for _ in 0..5 {
        let reply = get(&server.url("/oidc/.well-known/openid-configuration"));
        assert_eq!(
            reply.status, 200,
            "served while {HELD} connections are held"
        );
    }
    let page = get(&server.url("/sign-in"));
    assert!(page.status < 500, "{}", page.status);
    drop(held);
}

/// A head trickled a byte at a time is cut off when its whole-head deadline (30 s) passes; the
/// old per-`read()` timeout let it live as long as each byte came within 60 s.
#[test]
fn a_trickled_head_is_cut_off_at_its_deadline() {
    use std::io::Read;
    use std::time::{Duration, Instant};
    let env = Env::new();
    let server = Server::start(&env);
    let mut stream =
        TcpStream::connect(server.base.trim_start_matches("http://")).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_millis(10)))
        .unwrap();
    let started = Instant::now();
    let head = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
        .iter()
        .cycle();
    let mut closed = false;
    for byte in head {
        // A byte every second, far inside any per-read timeout.
        if stream.write_all(&[*byte]).is_err() {
            closed = true;
            break;
        }
        let mut buffer = [0u8; 256];
        match stream.read(&mut buffer) {
            Ok(_) => {
                closed = true; // an answer (408) or the end of the stream
                break;
            }
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
            Err(e) if e.kind() == std::io::ErrorKind::TimedOut => {}
            Err(_) => {
                closed = true;
                break;
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(90),
            "the trickled head is still open after 90 s"
        );
        std::thread::sleep(Duration::from_secs(1));
    }
    assert!(closed);
    assert!(
        started.elapsed() >= Duration::from_secs(25),
        "not before its deadline"
    );
}
