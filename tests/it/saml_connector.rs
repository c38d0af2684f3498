//! SAML SSO end to end against a real IdP nobody here wrote (pysaml2's, `tests/saml/idp.py`, which
//! signs with xmlsec1): SP-initiated sign-in by `direct_sign_in` and by the email's domain,
//! IdP-initiated sign-in to the connector's default app, JIT organization membership from a group
//! attribute, and the refusals: unsigned, wrapped, for another connector, expired, replayed,
//! unsolicited where not allowed, an XML bomb, and a callback from another browser.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use crate::connectors::{follow, origin};
use crate::oidc_flow::{REDIRECT, web_app};
use crate::server::{Browser, Reply, Server, advance_clock, form, get};
use crate::util::Env;

/// The IdP process, stopped when dropped.
pub struct Idp {
    child: Child,
    /// `http://127.0.0.1:PORT`: its metadata is at `/metadata`.
    pub base: String,
}

impl Idp {
    /// Starts the IdP for the SPs whose metadata is at `sp_metadata`; it signs everyone in as
    /// `user`, in `groups`.
    pub fn start(sp_metadata: &[String], user: &str, groups: &[&str], flags: &[&str]) -> Idp {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let python = root.join("tests/saml/.venv/bin/python");
        assert!(
            python.exists(),
            "run ./scripts/test: it installs pysaml2 into tests/saml/.venv"
        );
        let mut command = Command::new(python);
        command
            .arg(root.join("tests/saml/idp.py"))
            .args(["--port", "0", "--user", user, "--name", "Ada Lovelace"])
            .args(flags)
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        for url in sp_metadata {
            command.args(["--sp-metadata", url]);
        }
        for group in groups {
            command.args(["--group", group]);
        }
        let mut child = command.spawn().expect("start the SAML IdP");
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let first = lines.next().expect("the IdP's banner").unwrap();
        let port = first
            .strip_prefix("listening on ")
            .expect("listening on PORT");
        std::thread::spawn(move || for _ in lines {});
        Idp {
            child,
            base: format!("http://127.0.0.1:{port}"),
        }
    }

    /// A response for the SP `sp` (its entity id) made in `mode`, base64.
    fn forge(&self, sp: &str, mode: &str) -> String {
        let reply = get(&format!(
            "{}/forge?{}",
            self.base,
            form(&[("sp", sp), ("mode", mode)])
        ));
        assert_eq!(reply.status, 200, "{}", reply.body);
        reply.body
    }
}

impl Drop for Idp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Registers `idp` as the SAML connector `acme` for `acme.test`: the IdP's `engineering` group
/// joins organization `Acme` as `member`, and IdP-initiated sign-in lands in app `shop`. Turns
/// single sign-on on.
pub fn create_acme(env: &Env, idp: &Idp) {
    env.cmd(&[
        "connector",
        "create",
        "Acme",
        "--id",
        "acme",
        "--metadata-url",
        &format!("{}/metadata", idp.base),
        "--domain",
        "acme.test",
        "--jit-org",
        "engineering=Acme:member",
        "--idp-initiated",
        "--default-app",
        "shop",
    ])
    .run()
    .success();
    env.cmd(&["settings", "set", "single_sign_on", "true"])
        .run()
        .success();
}

/// The value of an `<input name=...>` in the IdP's auto-POST page.
fn input(page: &Reply, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    let start = page.body.find(&marker)? + marker.len();
    let end = page.body[start..].find('"')? + start;
    Some(
        page.body[start..end]
            .replace("&amp;", "&")
            .replace("&quot;", "\""),
    )
}

/// Submits the IdP's auto-POST form, as its page's script would.
fn submit(browser: &mut Browser, page: &Reply) -> Reply {
    assert_eq!(page.status, 200, "{page:#?}");
    let start = page.body.find("action=\"").expect("a form") + 8;
    let end = page.body[start..].find('"').unwrap() + start;
    let action = page.body[start..end].replace("&amp;", "&");
    let response = input(page, "SAMLResponse").expect("a SAMLResponse");
    let relay = input(page, "RelayState").unwrap_or_default();
    browser.post(
        &action,
        &[("SAMLResponse", &response), ("RelayState", &relay)],
    )
}

struct Setup {
    env: Env,
    server: Server,
    idp: Idp,
    origin: String,
}

impl Setup {
    /// A doorman with a web app, an organization `Acme` whose `member` role goes to the IdP's
    /// `engineering` group, and SAML connectors `acme` (IdP-initiated allowed) and `other`.
    fn new(groups: &[&str]) -> Setup {
        Setup::with_idp(groups, &[])
    }

    /// As [`Setup::new`], with the IdP started with `flags`.
    fn with_idp(groups: &[&str], flags: &[&str]) -> Setup {
        let env = Env::new();
        web_app(&env, "shop");
        env.cmd(&["org", "create", "Acme"]).run().success();
        env.cmd(&["org", "role", "create", "member"])
            .run()
            .success();
        let server = Server::start_args(&env, &["--test-controls"], &[]);
        let origin = server.issuer.trim_end_matches("/oidc").to_string();
        let sp = |id: &str| format!("{origin}/enterprise-sso/{id}");
        let idp = Idp::start(&[sp("acme"), sp("other")], "ada@acme.test", groups, flags);
        let metadata = format!("{}/metadata", idp.base);
        create_acme(&env, &idp);
        env.cmd(&[
            "connector",
            "create",
            "Other",
            "--id",
            "other",
            "--metadata-url",
            &metadata,
        ])
        .run()
        .success();
        Setup {
            env,
            server,
            idp,
            origin,
        }
    }

    fn sp(&self, id: &str) -> String {
        format!("{}/enterprise-sso/{id}", self.origin)
    }

    /// The IdP's auto-POST page carrying an unsolicited response for connector `acme`.
    fn idp_initiated(&self, browser: &mut Browser) -> Reply {
        browser.get(&format!(
            "{}/idp-initiated?{}",
            self.idp.base,
            form(&[("sp", &self.sp("acme"))])
        ))
    }

    fn acs(&self, id: &str) -> String {
        format!("{}/api/authn/single-sign-on/saml/{id}", self.origin)
    }

    /// From the app's authorization request with `direct_sign_in=sso:acme` (and `extra`) through
    /// the IdP, to the ACS's answer.
    fn through_idp(&self, browser: &mut Browser, extra: &str) -> Reply {
        let (at, departure) = self.depart(browser, extra);
        let (_, idp_page) = follow(browser, &at, &departure);
        submit(browser, &idp_page)
    }

    /// From the app's authorization request with `direct_sign_in=sso:acme` (and `extra`) to the
    /// redirect that carries the AuthnRequest to the IdP.
    fn depart(&self, browser: &mut Browser, extra: &str) -> (String, Reply) {
        let start = browser.get(&self.auth_url(&format!("{extra}&direct_sign_in=sso:acme")));
        assert!(
            start.location().starts_with("/sign-in/connector/acme?"),
            "{start:#?}"
        );
        follow(browser, &self.server.issuer, &start)
    }

    fn auth_url(&self, extra: &str) -> String {
        format!(
            "{}/auth?client_id=shop&{}&response_type=code&scope=openid%20email&state=st{extra}",
            self.server.issuer,
            form(&[("redirect_uri", REDIRECT)])
        )
    }
}

/// Follows redirects from `reply` (at `at`) until the answer is not a redirect to doorman.
fn to_app(browser: &mut Browser, at: &str, reply: Reply) -> Reply {
    let (mut at, mut reply) = (at.to_string(), reply);
    while reply.status == 303 && !reply.location().starts_with(REDIRECT) {
        (at, reply) = follow(browser, &at, &reply);
    }
    reply
}

#[test]
fn sp_initiated_sign_in_joins_the_group_s_organization() {
    let s = Setup::new(&["engineering"]);
    let shown = s.env.json(&["connector", "show", "acme"]);
    assert_eq!(shown["sp_entity_id"], s.sp("acme").as_str(), "{shown}");
    assert_eq!(shown["acs_url"], s.acs("acme").as_str());
    let metadata = get(&s.sp("acme"));
    assert!(
        metadata
            .body
            .contains(&format!("Location=\"{}\"", s.acs("acme")))
    );

    // By the email's domain, from the sign-in page.
    let mut browser = Browser::new(&s.server);
    let start = browser.get(&s.auth_url(""));
    let (page_url, page) = follow(&mut browser, &s.server.issuer, &start);
    let routed = browser.post(
        &format!("{}/sign-in", origin(&page_url)),
        &[
            ("csrf_token", &page.field("csrf_token")),
            ("interaction", &page.field("interaction")),
            ("identifier", "ada@acme.test"),
            ("password", ""),
        ],
    );
    let (departed_at, departure) = follow(&mut browser, &page_url, &routed);
    assert!(
        departure.location().contains("SAMLRequest="),
        "{departure:#?}"
    );
    let (_, idp_page) = follow(&mut browser, &departed_at, &departure);
    let acs = submit(&mut browser, &idp_page);
    assert_eq!(acs.status, 303, "{acs:#?}");
    assert!(
        acs.location().starts_with("/callback/acme?state="),
        "{acs:#?}"
    );

    let done = to_app(&mut browser, &s.acs("acme"), acs);
    assert!(done.location().starts_with(REDIRECT), "{done:#?}");
    assert!(done.location().contains("code="), "{done:#?}");
    let user = s.env.json(&["user", "show", "ada@acme.test"]);
    assert_eq!(user["name"], "Ada Lovelace", "{user}");
    let members = s.env.json(&["org", "member", "list", "Acme"]);
    assert_eq!(members[0]["email"], "ada@acme.test", "{members}");
    assert_eq!(members[0]["roles"], serde_json::json!(["member"]));

    // By direct_sign_in, a second time: the identity is linked.
    let acs = s.through_idp(&mut browser, "&prompt=login");
    let done = to_app(&mut browser, &s.acs("acme"), acs);
    assert!(done.location().contains("code="), "{done:#?}");
    let identities = s.env.json(&["user", "identities", "ada@acme.test"]);
    assert_eq!(identities[0]["subject"], "ada@acme.test", "{identities}");
}

#[test]
fn a_user_outside_the_group_joins_no_organization_and_a_stranger_cannot_finish_a_sign_in() {
    let s = Setup::new(&["sales"]);
    // The ACS's answer taken to another browser (no binding cookie): refused, nobody signed in
    // (login CSRF), and the sign-in is not spent: the browser that left still finishes it.
    let mut browser = Browser::new(&s.server);
    let acs = s.through_idp(&mut browser, "");
    let mut stranger = Browser::new(&s.server);
    assert_eq!(stranger.get(acs.location()).status, 400);
    assert_eq!(s.env.json(&["user", "list"]), serde_json::json!([]));
    let done = to_app(&mut browser, &s.acs("acme"), acs.clone());
    assert!(done.location().contains("code="), "{done:#?}");
    // Once finished, it is spent.
    assert_eq!(browser.get(acs.location()).status, 400);
    let members = s.env.json(&["org", "member", "list", "Acme"]);
    assert_eq!(members, serde_json::json!([]));
}

#[test]
fn idp_initiated_sign_in_lands_in_the_default_app_once() {
    let s = Setup::new(&[]);
    let mut browser = Browser::new(&s.server);
    let page = s.idp_initiated(&mut browser);
    let response = input(&page, "SAMLResponse").unwrap();
    let acs = submit(&mut browser, &page);
    let done = to_app(&mut browser, &s.acs("acme"), acs);
    assert!(done.location().starts_with(REDIRECT), "{done:#?}");
    assert!(done.location().contains("code="), "{done:#?}");

    // The same response again: the assertion was used.
    let replay = browser.post(&s.acs("acme"), &[("SAMLResponse", &response)]);
    assert_eq!(replay.status, 400, "{replay:#?}");
    assert!(replay.body.contains("used before"), "{}", replay.body);

    // Not allowed: refused, whatever its signature.
    s.env
        .cmd(&["connector", "update", "acme", "--idp-initiated", "false"])
        .run()
        .success();
    let fresh = s.idp.forge(&s.sp("acme"), "valid");
    let refused = browser.post(&s.acs("acme"), &[("SAMLResponse", &fresh)]);
    assert_eq!(refused.status, 400);
    assert!(refused.body.contains("not allowed"), "{}", refused.body);
}

#[test]
fn forged_foreign_stale_and_hostile_responses_are_refused_by_name() {
    let s = Setup::new(&[]);
    let post = |response: &str| {
        let mut browser = Browser::new(&s.server);
        browser.post(&s.acs("acme"), &[("SAMLResponse", response)])
    };
    for (mode, reason) in [
        ("unsigned", "not signed by the identity provider"),
        ("wrapped", "not signed by the identity provider"),
        ("bomb", "declares a DTD"),
    ] {
        let reply = post(&s.idp.forge(&s.sp("acme"), mode));
        assert_eq!(reply.status, 400, "{mode}: {reply:#?}");
        assert!(reply.body.contains(reason), "{mode}: {}", reply.body);
    }
    // Signed, but for the other connector.
    let reply = post(&s.idp.forge(&s.sp("other"), "valid"));
    assert_eq!(reply.status, 400);
    assert!(reply.body.contains("another audience"), "{}", reply.body);
    // Signed and meant for this one, but it arrives after it lapsed.
    let late = s.idp.forge(&s.sp("acme"), "valid");
    advance_clock(&s.server, "1h");
    let reply = post(&late);
    assert_eq!(reply.status, 400);
    assert!(reply.body.contains("expired"), "{}", reply.body);
    // Nobody was signed in by any of them.
    assert_eq!(s.env.json(&["user", "list"]), serde_json::json!([]));
}

#[test]
fn an_idp_that_wants_signed_requests_gets_them_signed_by_the_connector_s_own_key() {
    let s = Setup::with_idp(&[], &["--want-signed-requests"]);
    // The SP metadata the IdP read publishes the certificate and says requests are signed.
    let metadata = get(&s.sp("acme")).body;
    assert!(
        metadata.contains(r#"AuthnRequestsSigned="true""#),
        "{metadata}"
    );
    assert!(metadata.contains("<ds:X509Certificate>MII"), "{metadata}");
    // Each connector has its own key.
    let other = get(&s.sp("other")).body;
    let certificate = |xml: &str| xml.split("X509Certificate>").nth(1).map(str::to_string);
    assert_ne!(certificate(&metadata), certificate(&other));

    let mut browser = Browser::new(&s.server);
    let (at, departure) = s.depart(&mut browser, "");
    let location = departure.location().to_string();
    assert!(
        location.contains(
            "&SigAlg=http%3A%2F%2Fwww.w3.org%2F2001%2F04%2Fxmldsig-more%23rsa-sha256&Signature="
        ),
        "{location}"
    );
    // The IdP checks: without the signature, or with the RelayState changed, it refuses.
    let unsigned = location.split("&SigAlg=").next().unwrap();
    let refused = get(unsigned);
    assert_eq!(refused.status, 500, "{refused:#?}");
    assert!(
        refused.body.contains("IncorrectlySigned"),
        "{}",
        refused.body
    );
    let altered = location.replacen("RelayState=", "RelayState=x", 1);
    assert!(get(&altered).body.contains("IncorrectlySigned"));

    let (_, idp_page) = follow(&mut browser, &at, &departure);
    let acs = submit(&mut browser, &idp_page);
    let done = to_app(&mut browser, &s.acs("acme"), acs);
    assert!(done.location().contains("code="), "{done:#?}");
}

#[test]
fn metadata_read_from_a_url_is_read_again_after_an_hour_so_a_rolled_over_certificate_works() {
    let s = Setup::new(&[]);
    let unsolicited = |s: &Setup| {
        let mut browser = Browser::new(&s.server);
        let page = s.idp_initiated(&mut browser);
        submit(&mut browser, &page)
    };
    let certificates =
        |s: &Setup| s.env.json(&["connector", "show", "acme"])["saml"]["certificates"].clone();
    let before = certificates(&s);
    assert_eq!(get(&format!("{}/rotate", s.idp.base)).status, 200);

    // Within the hour the stored certificate is trusted: the new one's signature is refused.
    let refused = unsolicited(&s);
    assert_eq!(refused.status, 400, "{refused:#?}");
    assert!(refused.body.contains("not signed by the identity provider"));
    assert_eq!(certificates(&s), before);

    // An hour on, the next sign-in reads the metadata again (back in real time, the IdP's
    // assertions are fresh again).
    advance_clock(&s.server, "61m");
    let mut browser = Browser::new(&s.server);
    s.depart(&mut browser, "");
    advance_clock(&s.server, "-61m");
    assert_ne!(certificates(&s), before);
    let accepted = unsolicited(&s);
    assert_eq!(accepted.status, 303, "{accepted:#?}");
    assert!(accepted.location().starts_with("/callback/acme?"));
    // What the operator allowed is kept.
    let shown = s.env.json(&["connector", "show", "acme"]);
    assert_eq!(shown["saml"]["idp_initiated"], true, "{shown}");
    assert_eq!(shown["saml"]["default_app"], "shop");
}

/// A test suite that resets doorman between tests keeps the SP certificate its IdP read: the key
/// is made with the connector, so the seeded snapshot `/dev/reset` returns to holds it.
#[test]
fn a_reset_keeps_the_certificate_the_idp_read() {
    let env = Env::new();
    let metadata = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/saml/canned/idp-metadata.xml");
    env.cmd(&[
        "connector",
        "create",
        "Acme",
        "--id",
        "acme",
        "--metadata-file",
        metadata.to_str().unwrap(),
    ])
    .run()
    .success();
    env.write("fixtures.yaml", "users:\n  - email: ada@example.com\n");
    let server = Server::start_args(&env, &["--test-controls", "--seed", "fixtures.yaml"], &[]);
    let url = format!(
        "{}/enterprise-sso/acme",
        server.issuer.trim_end_matches("/oidc")
    );
    let before = get(&url);
    assert_eq!(before.status, 200, "{before:#?}");
    assert!(before.body.contains("<ds:X509Certificate>MII"));
    let reset = crate::server::to_reply(
        crate::server::agent()
            .post(&server.url("/dev/reset"))
            .header("Content-Type", "application/json")
            .send("{}"),
    );
    assert_eq!(reset.status, 200, "{reset:#?}");
    assert_eq!(get(&url).body, before.body);
}

/// When the IdP's metadata host is down an hour on, the stored metadata goes on working and the
/// failed read counts as the hour's attempt, so the next sign-ins do not each wait for the host.
#[test]
fn a_metadata_host_that_is_down_neither_stops_sign_in_nor_is_asked_at_every_one() {
    let s = Setup::new(&[]);
    let before = s.env.json(&["connector", "show", "acme"]);
    assert_eq!(get(&format!("{}/break-metadata", s.idp.base)).status, 200);
    advance_clock(&s.server, "61m");
    let mut browser = Browser::new(&s.server);
    let (at, departure) = s.depart(&mut browser, "");
    let after = s.env.json(&["connector", "show", "acme"]);
    assert_eq!(after["saml"], before["saml"], "{after}");
    assert_ne!(
        after["updated_at"], before["updated_at"],
        "the attempt is not recorded"
    );
    advance_clock(&s.server, "-61m");
    let (_, idp_page) = follow(&mut browser, &at, &departure);
    let acs = submit(&mut browser, &idp_page);
    let done = to_app(&mut browser, &s.acs("acme"), acs);
    assert!(done.location().contains("code="), "{done:#?}");
}
