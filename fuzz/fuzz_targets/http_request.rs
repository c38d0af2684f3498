//! Request parsing as the transport hands it over: a target, headers and a body, then every
//! accessor a handler uses (query and form parameters, cookies, bearer and Basic credentials).
//! Input: the target, the headers (`name: value` lines) and the body, separated by blank lines.
#![no_main]

use doorman::web::common::http::Request;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.splitn(3, "\n\n");
    let target = parts.next().unwrap_or_default();
    let headers = parts
        .next()
        .unwrap_or_default()
        .lines()
        .filter_map(|line| line.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let body = parts.next().unwrap_or_default();
    let Ok(request) = Request::from_parts("POST", target, headers, body.as_bytes(), None) else {
        return;
    };
    for (name, _) in request.params() {
        let _ = request.param(name);
    }
    let _ = request.cookie("doorman_session");
    let _ = request.cookie("doorman_csrf");
    let _ = request.bearer();
    let _ = request.basic_credentials();
    let _ = request.header("host");
});
