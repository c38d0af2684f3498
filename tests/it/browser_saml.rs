//! SAML sign-in in Chromium, where the cookie rules are real: the IdP (pysaml2's, on
//! `127.0.0.1`, another site than doorman's `localhost`) answers with a page whose script POSTs
//! the response to the ACS cross-site, so the browser's SameSite cookies stay behind until the
//! ACS sends it on to the callback. SP-initiated from the sign-in page by the email's domain
//! (with signed AuthnRequests and JIT organization membership), and IdP-initiated from the IdP
//! into the connector's default app.

use crate::browser::{App, Chrome};
use crate::saml_connector::{Idp, create_acme};
use crate::server::Server;
use crate::util::Env;

struct Setup {
    env: Env,
    server: Server,
    app: App,
    origin: String,
    _idp: Idp,
    idp_base: String,
}

/// A doorman with a web app `shop` (answered by a stand-in app), organization `Acme` whose
/// `member` role goes to the IdP's `engineering` group, and the SAML connector `acme` for
/// `acme.test`, which allows IdP-initiated sign-in into `shop`. The IdP wants signed requests.
fn setup() -> Setup {
    let env = Env::new();
    let app = App::start();
    env.cmd(&[
        "app",
        "create",
        "shop",
        "--type",
        "web",
        "--redirect-uri",
        &app.redirect_uri,
        "--client-id",
        "shop",
    ])
    .run()
    .success();
    env.cmd(&["org", "create", "Acme"]).run().success();
    env.cmd(&["org", "role", "create", "member"])
        .run()
        .success();
    let server = Server::start(&env);
    let origin = server.issuer.trim_end_matches("/oidc").to_string();
    let idp = Idp::start(
        &[format!("{origin}/enterprise-sso/acme")],
        "ada@acme.test",
        &["engineering"],
        &["--want-signed-requests"],
    );
    create_acme(&env, &idp);
    let idp_base = idp.base.clone();
    Setup {
        env,
        server,
        app,
        origin,
        _idp: idp,
        idp_base,
    }
}

#[test]
fn sp_initiated_sign_in_goes_by_the_email_s_domain_through_the_idp_and_back() {
    let s = setup();
    let chrome = Chrome::start();
    chrome.open(&format!("{}/", s.origin));
    chrome.click("#main-form button[type=submit]");
    assert!(chrome.url().contains("/sign-in?"), "{}", chrome.url());
    chrome.type_into("#identifier", "ada@acme.test");
    // The IdP's page posts itself to the ACS; the callback finishes in the playground.
    chrome.click("#main-form button[type=submit]");
    assert!(
        chrome.url().contains("/playground/callback"),
        "{}\n{}",
        chrome.url(),
        chrome.source()
    );
    chrome.screenshot("saml-sp-initiated");
    let email: serde_json::Value =
        serde_json::from_str(&chrome.text("[data-claim=\"email\"]")).unwrap();
    assert_eq!(email, "ada@acme.test");
    let members = s.env.json(&["org", "member", "list", "Acme"]);
    assert_eq!(members[0]["email"], "ada@acme.test", "{members}");
    assert_eq!(members[0]["roles"], serde_json::json!(["member"]));
    let _ = &s.server;
}

#[test]
fn idp_initiated_sign_in_lands_in_the_default_app_with_a_code() {
    let s = setup();
    let chrome = Chrome::start();
    chrome.open(&format!(
        "{}/idp-initiated?sp={}/enterprise-sso/acme",
        s.idp_base, s.origin
    ));
    let request = s.app.next_request();
    assert!(request.starts_with("/callback?code="), "{request}");
    let user = s.env.json(&["user", "show", "ada@acme.test"]);
    assert_eq!(user["name"], "Ada Lovelace", "{user}");
}
