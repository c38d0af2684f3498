//! Connectors over TLS: the upstream is a second `doorman serve --tls-self-signed` (its own local
//! CA), which the downstream trusts through `connectors.ca_file`; a sign-in goes through it end
//! to end. A downstream that does not trust the CA ends on the readable upstream-failure page
//! naming the host and the reason.

use crate::connectors::{button, follow, origin, upstream_sign_in};
use crate::oidc_flow::{REDIRECT, web_app};
use crate::server::{Browser, PASSWORD, Server};
use crate::util::Env;

/// An upstream doorman over HTTPS with a user and a client for downstreams at `origin`.
fn upstream(env: &Env, downstream_origin: &str) -> (Server, String) {
    env.cmd(&[
        "user",
        "create",
        "--email",
        "tls@example.com",
        "--password",
        PASSWORD,
        "--email-verified",
    ])
    .run()
    .success();
    let app = env.json(&[
        "app",
        "create",
        "downstream",
        "--type",
        "web",
        "--client-id",
        "downstream",
        "--redirect-uri",
        &format!("{downstream_origin}/callback/up"),
    ]);
    let server = Server::start_args(env, &["--tls-self-signed"], &[]);
    assert!(
        server.issuer.starts_with("https://localhost:"),
        "{}",
        server.issuer
    );
    (server, app["client_secret"].as_str().unwrap().to_string())
}

/// A downstream with a web app `shop`; its origin.
fn downstream(env: &Env) -> (Server, String) {
    web_app(env, "shop");
    let server = Server::start(env);
    let origin = server.issuer.trim_end_matches("/oidc").to_string();
    (server, origin)
}

fn connect(down_env: &Env, up: &Server, secret: &str) {
    down_env
        .cmd(&[
            "connector",
            "create",
            "Upstream",
            "--id",
            "up",
            "--kind",
            "oidc",
            "--issuer",
            &up.issuer,
            "--client-id",
            "downstream",
            "--client-secret-stdin",
        ])
        .stdin(&format!("{secret}\n"))
        .run()
        .success();
}

fn start_url(down: &Server) -> String {
    format!(
        "{}/auth?client_id=shop&redirect_uri={}&response_type=code&scope=openid%20email&state=st",
        down.issuer,
        crate::server::form(&[("x", REDIRECT)]).trim_start_matches("x=")
    )
}

#[test]
fn a_connector_signs_in_through_an_https_upstream_it_trusts() {
    let (down_env, up_env) = (Env::new(), Env::new());
    // The upstream's CA exists once it has started; the downstream first runs without it.
    let (down, down_origin) = downstream(&down_env);
    let (up, secret) = upstream(&up_env, &down_origin);
    let ca = up_env.path("doorman-tls/ca.pem");
    assert!(ca.is_file(), "the local CA is kept beside the database");
    connect(&down_env, &up, &secret);
    // Without the CA the downstream cannot reach the upstream.
    let mut browser = Browser::trusting(&down, &ca);
    let start = browser.get(&start_url(&down));
    let (page_url, page) = follow(&mut browser, &down.issuer, &start);
    let departure = browser.get(&format!(
        "{}{}",
        origin(&page_url),
        button(&page, "Upstream")
    ));
    assert_eq!(departure.status, 502, "{departure:#?}");
    let host = up
        .issuer
        .trim_start_matches("https://")
        .split('/')
        .next()
        .unwrap()
        .split(':')
        .next()
        .unwrap()
        .to_string();
    assert!(
        departure.body.contains(&host),
        "names the host: {}",
        departure.body
    );
    assert!(
        departure.body.contains("not trusted"),
        "and why: {}",
        departure.body
    );
    drop(down);

    // With connectors.ca_file, the same sign-in goes through.
    let config = std::fs::read_to_string(down_env.path("doorman.yaml")).unwrap();
    down_env.write(
        "doorman.yaml",
        &format!("{config}connectors:\n  ca_file: {}\n", ca.display()),
    );
    let down = Server::start(&down_env);
    let down_now = down.issuer.trim_end_matches("/oidc").to_string();
    up_env
        .cmd(&[
            "app",
            "update",
            "downstream",
            "--redirect-uri",
            &format!("{down_now}/callback/up"),
        ])
        .run()
        .success();
    let mut browser = Browser::trusting(&down, &ca);
    let start = browser.get(&start_url(&down));
    let (page_url, page) = follow(&mut browser, &down.issuer, &start);
    let departure = browser.get(&format!(
        "{}{}",
        origin(&page_url),
        button(&page, "Upstream")
    ));
    let (up_url, up_auth) = follow(&mut browser, &page_url, &departure);
    assert!(up_url.starts_with("https://"), "{up_url}");
    let (sign_in_url, sign_in) = follow(&mut browser, &up_url, &up_auth);
    let back = upstream_sign_in(&mut browser, &sign_in_url, &sign_in, "tls@example.com");
    let (_, done) = follow(&mut browser, &sign_in_url, &back);
    assert_eq!(done.status, 303, "{done:#?}");
    assert!(
        done.location().starts_with(REDIRECT),
        "back at the app with a code: {done:#?}"
    );
    assert_eq!(
        down_env.json(&["user", "show", "tls@example.com"])["email"],
        "tls@example.com"
    );
}

#[test]
fn a_ca_file_that_is_not_one_is_refused_at_start() {
    let env = Env::new();
    env.write("not-a-cert.pem", "hello\n");
    let config = std::fs::read_to_string(env.path("doorman.yaml")).unwrap();
    env.write(
        "doorman.yaml",
        &format!("{config}connectors:\n  ca_file: not-a-cert.pem\n"),
    );
    env.cmd(&["user", "list"]).run().fails(2, "not-a-cert.pem");
}
