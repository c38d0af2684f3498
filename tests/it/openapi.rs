//! `GET /api/swagger.json`: the OpenAPI document lists every route the server answers, and the
//! server answers every route it lists. Completeness is checked against the code: every
//! `/api/...` path the routing code names is in the document.

use std::path::Path;

use serde_json::Value;

use crate::server::{Server, agent, get, to_reply};
use crate::util::Env;

fn documented(server: &Server) -> Vec<(String, String)> {
    let reply = get(&server.url("/api/swagger.json"));
    assert_eq!(reply.status, 200, "{reply:?}");
    let doc = reply.json();
    assert_eq!(doc["openapi"], "3.0.3");
    let mut routes = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            assert!(operation["operationId"].is_string(), "{path} {method}");
            routes.push((method.to_uppercase(), path.clone()));
        }
    }
    routes
}

#[test]
fn every_documented_route_is_answered() {
    let env = Env::new();
    let server = Server::start(&env);
    let routes = documented(&server);
    assert!(routes.len() > 60, "{routes:?}");
    for (method, path) in &routes {
        let concrete: String = path
            .split('/')
            .map(|s| if s.starts_with('{') { "x" } else { s })
            .collect::<Vec<_>>()
            .join("/");
        let request = ureq::http::Request::builder()
            .method(method.as_str())
            .uri(server.url(&concrete))
            .header("Content-Type", "application/json")
            .body(b"{}".to_vec())
            .unwrap();
        let reply = to_reply(agent().run(request));
        let body: Value = serde_json::from_str(&reply.body).unwrap_or(Value::Null);
        let unknown = reply.status == 405
            || (reply.status == 404
                && body["message"]
                    .as_str()
                    .is_some_and(|m| m.starts_with("no API route")));
        assert!(
            !unknown,
            "{method} {concrete}: {} {}",
            reply.status, reply.body
        );
    }
}

/// The string literals that start with `/api/` in a source file's code (not its unit tests),
/// cut at a format placeholder.
fn api_literals(source: &str) -> Vec<String> {
    let code = source.split("#[cfg(test)]").next().unwrap_or_default();
    code.split('"')
        .skip(1)
        .step_by(2)
        .filter(|s| s.starts_with("/api/") && !s.contains(' '))
        .map(|s| {
            s.split('{')
                .next()
                .unwrap()
                .trim_end_matches('/')
                .to_string()
        })
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_path_the_routing_code_names_is_documented() {
    let env = Env::new();
    let server = Server::start(&env);
    let routes = documented(&server);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("src/web/engine/router.rs")];
    rust_files(&root.join("src/web/api"), &mut files);
    let mut checked = 0;
    for file in files {
        if file.ends_with("openapi.rs") {
            continue;
        }
        for literal in api_literals(&std::fs::read_to_string(&file).unwrap()) {
            checked += 1;
            assert!(
                routes.iter().any(|(_, path)| path.starts_with(&literal)),
                "{literal} (in {}) is not in /api/swagger.json",
                file.display()
            );
        }
    }
    assert!(
        checked > 20,
        "the scan found the routing code's paths: {checked}"
    );
}
