//! Social sign-in and enterprise SSO end to end, with a second `doorman serve` (its own database,
//! its own port) as the upstream OIDC provider, and a small stand-in for a plain OAuth 2.0 one.

use serde_json::Value;

use crate::oidc_flow::{REDIRECT, decode_payload, exchange, web_app};
use crate::server::{Browser, PASSWORD, Reply, Server};
use crate::standin::{self, Mode};
use crate::util::{Env, create_user};

/// A downstream doorman with a web app, and an upstream doorman that knows it as a client.
pub struct Pair {
    pub down_env: Env,
    pub up_env: Env,
    pub down: Server,
    pub up: Server,
    client: (String, String),
    /// The upstream's client secret for the downstream.
    secret: String,
}

impl Pair {
    pub fn new() -> Pair {
        let (down_env, up_env) = (Env::new(), Env::new());
        let client = web_app(&down_env, "shop");
        let down = Server::start(&down_env);
        let up = Server::start(&up_env);
        let origin = down.issuer.trim_end_matches("/oidc").to_string();
        let app = up_env.json(&[
            "app",
            "create",
            "downstream",
            "--type",
            "web",
            "--client-id",
            "downstream",
            "--redirect-uri",
            &format!("{origin}/callback/up"),
            "--redirect-uri",
            &format!("{origin}/callback/sso"),
        ]);
        let secret = app["client_secret"].as_str().unwrap().to_string();
        let pair = Pair {
            down_env,
            up_env,
            down,
            up,
            client,
            secret,
        };
        pair.connector("Upstream", "up", &[]);
        pair
    }

    /// A connector at the downstream pointing at the upstream.
    fn connector(&self, name: &str, id: &str, extra: &[&str]) {
        let mut args = vec![
            "connector",
            "create",
            name,
            "--id",
            id,
            "--kind",
            "oidc",
            "--issuer",
            &self.up.issuer,
            "--client-id",
            "downstream",
            "--client-secret-stdin",
        ];
        args.extend_from_slice(extra);
        self.down_env
            .cmd(&args)
            .stdin(&format!("{}\n", self.secret))
            .run()
            .success();
    }

    /// A user at the upstream with a verified email (or not).
    pub fn upstream_user(&self, email: &str, verified: bool) {
        let flag = format!("--email-verified={verified}");
        self.up_env
            .cmd(&[
                "user",
                "create",
                "--email",
                email,
                "--password",
                PASSWORD,
                &flag,
            ])
            .run()
            .success();
    }

    fn auth_url(&self, extra: &str) -> String {
        format!(
            "{}/auth?client_id=shop&redirect_uri={}&response_type=code&scope=openid%20email%20identities&state=st&nonce=nn{extra}",
            self.down.issuer,
            crate::server::form(&[("x", REDIRECT)]).trim_start_matches("x=")
        )
    }
}

/// The origin of an absolute URL.
pub fn origin(url: &str) -> String {
    let parsed = url::Url::parse(url).unwrap();
    parsed[..url::Position::BeforePath].to_string()
}

/// Follows a redirect from `from` (relative locations resolve against it).
pub fn follow(browser: &mut Browser, from: &str, reply: &Reply) -> (String, Reply) {
    assert_eq!(reply.status, 303, "{reply:#?}");
    let location = reply.location();
    let next = if location.starts_with("http") {
        location.to_string()
    } else {
        format!("{}{location}", origin(from))
    };
    let answer = browser.get(&next);
    (next, answer)
}

/// The `href` of the sign-in page's button for a connector.
pub fn button(page: &Reply, name: &str) -> String {
    let marker = format!("data-connector=\"{name}\"");
    let at = page
        .body
        .find(&marker)
        .unwrap_or_else(|| panic!("no {marker}"));
    let start = page.body[..at].rfind("href=\"").unwrap() + 6;
    let end = page.body[start..].find('"').unwrap() + start;
    page.body[start..end].replace("&amp;", "&")
}

/// Signs in on the upstream's sign-in page (already loaded at `url`) and returns the redirect
/// back to the downstream.
pub fn upstream_sign_in(browser: &mut Browser, url: &str, page: &Reply, email: &str) -> Reply {
    assert_eq!(page.status, 200, "{page:#?}");
    browser.post(
        &format!("{}/sign-in", origin(url)),
        &[
            ("csrf_token", &page.field("csrf_token")),
            ("interaction", &page.field("interaction")),
            ("identifier", email),
            ("password", PASSWORD),
        ],
    )
}

/// From the downstream's sign-in page through the connector and the upstream's sign-in, to the
/// downstream's answer to the callback.
pub fn through_upstream(pair: &Pair, browser: &mut Browser, email: &str) -> (String, Reply) {
    let start = browser.get(&pair.auth_url(""));
    let (page_url, page) = follow(browser, &pair.down.issuer, &start);
    let href = button(&page, "Upstream");
    let departure = browser.get(&format!("{}{href}", origin(&page_url)));
    let (up_url, up_auth) = follow(browser, &page_url, &departure);
    assert!(up_url.starts_with(&pair.up.issuer), "{up_url}");
    let (sign_in_url, sign_in) = follow(browser, &up_url, &up_auth);
    let back = upstream_sign_in(browser, &sign_in_url, &sign_in, email);
    follow(browser, &sign_in_url, &back)
}

/// The six-digit code of the last message to `to` in `env`'s outbox.
pub fn last_code(env: &Env, to: &str) -> String {
    let message = env.json(&["outbox", "--to", to, "--last"]);
    message["body"]
        .as_str()
        .unwrap()
        .split(|c: char| !c.is_ascii_digit())
        .find(|part| part.len() == 6)
        .unwrap()
        .to_string()
}

/// From a callback's redirect to `/continue/email`: types `email` (after checking the field
/// holds `suggested`), proves it with the code from the outbox, and returns the answer to the
/// code (on to the app, or a refusal).
pub fn prove_email(
    env: &Env,
    browser: &mut Browser,
    from: &str,
    callback: &Reply,
    suggested: &str,
    email: &str,
) -> Reply {
    assert!(
        callback
            .location()
            .starts_with("/continue/email?interaction="),
        "{callback:#?}"
    );
    let (step_url, step) = follow(browser, from, callback);
    assert_eq!(step.status, 200, "{step:#?}");
    assert!(
        step.body.contains(&format!("value=\"{suggested}\"")),
        "{}",
        step.body
    );
    let sent = browser.post(
        &format!("{}/continue/email", origin(&step_url)),
        &[
            ("csrf_token", &step.field("csrf_token")),
            ("interaction", &step.field("interaction")),
            ("email", email),
        ],
    );
    let (verify_url, verify) = follow(browser, &step_url, &sent);
    browser.post(
        &format!("{}/verify", origin(&verify_url)),
        &[
            ("csrf_token", &verify.field("csrf_token")),
            ("verification", &verify.field("verification")),
            ("code", &last_code(env, email)),
        ],
    )
}

pub fn code_of(reply: &Reply) -> String {
    assert!(reply.location().starts_with(REDIRECT), "{reply:#?}");
    reply.location_param("code").unwrap()
}

pub fn id_token_claims(pair: &Pair, reply: &Reply) -> (Value, String) {
    let tokens = exchange(&pair.down, &pair.client, &code_of(reply)).json();
    let claims = decode_payload(tokens["id_token"].as_str().unwrap());
    (claims, tokens["access_token"].as_str().unwrap().to_string())
}

fn userinfo(pair: &Pair, access_token: &str) -> Value {
    crate::server::agent()
        .get(&format!("{}/me", pair.down.issuer))
        .header("Authorization", &format!("Bearer {access_token}"))
        .call()
        .unwrap()
        .body_mut()
        .read_to_string()
        .map(|text| serde_json::from_str(&text).unwrap())
        .unwrap()
}

#[test]
fn social_sign_in_creates_the_user_then_finds_them_by_the_identity() {
    let pair = Pair::new();
    pair.upstream_user("ada@example.com", true);
    let upstream_id = pair.up_env.json(&["user", "show", "ada@example.com"])["id"]
        .as_str()
        .unwrap()
        .to_string();

    let mut browser = Browser::new(&pair.down);
    let (_, done) = through_upstream(&pair, &mut browser, "ada@example.com");
    let (claims, access_token) = id_token_claims(&pair, &done);
    assert_eq!(claims["email"], "ada@example.com");
    assert_eq!(claims["email_verified"], true);
    let user = pair.down_env.json(&["user", "show", "ada@example.com"]);
    assert_eq!(claims["sub"], user["id"]);
    let info = userinfo(&pair, &access_token);
    assert_eq!(
        info["identities"]["Upstream"]["userId"],
        upstream_id.as_str()
    );
    assert_eq!(
        info["identities"]["Upstream"]["details"]["email"],
        "ada@example.com"
    );

    let identities = pair
        .down_env
        .json(&["user", "identities", "ada@example.com"]);
    assert_eq!(identities[0]["connector"], "Upstream");
    assert_eq!(identities[0]["connector_id"], "up");
    assert_eq!(identities[0]["subject"], upstream_id.as_str());

    // Again, in a fresh browser: the same user, found by the identity.
    let mut again = Browser::new(&pair.down);
    let (_, done) = through_upstream(&pair, &mut again, "ada@example.com");
    let (claims, _) = id_token_claims(&pair, &done);
    assert_eq!(claims["sub"], user["id"]);
    assert_eq!(
        pair.down_env
            .json(&["user", "list"])
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // Unlinked from the CLI, the identity is gone.
    pair.down_env
        .cmd(&["user", "unlink", "ada@example.com", "Upstream"])
        .run()
        .success();
    let identities = pair
        .down_env
        .json(&["user", "identities", "ada@example.com"]);
    assert_eq!(identities, serde_json::json!([]));
}

#[test]
fn a_verified_email_links_after_the_user_proves_the_account_and_an_unverified_one_never() {
    let pair = Pair::new();
    create_user(&pair.down_env, "bea@example.com");
    create_user(&pair.down_env, "cy@example.com");
    pair.upstream_user("bea@example.com", true);
    pair.upstream_user("cy@example.com", false);

    // Verified upstream, automatic linking off: the page asks to sign in to the account.
    let mut browser = Browser::new(&pair.down);
    let (at, exists) = through_upstream(&pair, &mut browser, "bea@example.com");
    assert_eq!(exists.status, 409, "{exists:#?}");
    assert!(exists.body.contains("role=\"alert\""));
    assert!(exists.body.contains("bea@example.com"));
    let href = exists.body.split("href=\"/sign-in?").nth(1).unwrap();
    let query = href.split('"').next().unwrap().replace("&amp;", "&");
    let page = browser.get(&format!("{}/sign-in?{query}", origin(&at)));
    let done = browser.post(
        &format!("{}/sign-in", origin(&at)),
        &[
            ("csrf_token", &page.field("csrf_token")),
            ("interaction", &page.field("interaction")),
            ("identifier", "bea@example.com"),
            ("password", PASSWORD),
        ],
    );
    code_of(&done);
    let linked = pair
        .down_env
        .json(&["user", "identities", "bea@example.com"]);
    assert_eq!(linked[0]["connector"], "Upstream");
    // Now the upstream alone signs her in.
    let (_, done) = through_upstream(&pair, &mut Browser::new(&pair.down), "bea@example.com");
    let (claims, _) = id_token_claims(&pair, &done);
    assert_eq!(claims["email"], "bea@example.com");

    // Unverified upstream email: the page says to sign in with the account; doing so links
    // nothing, and the upstream never signs in to it.
    let mut browser = Browser::new(&pair.down);
    let (at, exists) = through_upstream(&pair, &mut browser, "cy@example.com");
    assert_eq!(exists.status, 409, "{exists:#?}");
    let page = browser.get(&format!(
        "{}/sign-in?interaction={}",
        origin(&at),
        exists
            .body
            .split("interaction=")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
    ));
    let done = browser.post(
        &format!("{}/sign-in", origin(&at)),
        &[
            ("csrf_token", &page.field("csrf_token")),
            ("interaction", &page.field("interaction")),
            ("identifier", "cy@example.com"),
            ("password", PASSWORD),
        ],
    );
    code_of(&done);
    let none = pair
        .down_env
        .json(&["user", "identities", "cy@example.com"]);
    assert_eq!(none, serde_json::json!([]));
    let (_, again) = through_upstream(&pair, &mut Browser::new(&pair.down), "cy@example.com");
    assert_eq!(again.status, 409);

    // With automatic linking on, a verified email links at once.
    pair.down_env
        .cmd(&[
            "settings",
            "set",
            "social_sign_in.automatic_account_linking",
            "true",
        ])
        .run()
        .success();
    create_user(&pair.down_env, "dee@example.com");
    pair.upstream_user("dee@example.com", true);
    let (_, done) = through_upstream(&pair, &mut Browser::new(&pair.down), "dee@example.com");
    let (claims, _) = id_token_claims(&pair, &done);
    let dee = pair.down_env.json(&["user", "show", "dee@example.com"]);
    assert_eq!(claims["sub"], dee["id"]);
}

#[test]
fn direct_sign_in_and_sso_by_email_domain_with_jit_membership() {
    let pair = Pair::new();
    pair.up_env
        .cmd(&[
            "user",
            "create",
            "--email",
            "eve@acme.test",
            "--password",
            PASSWORD,
        ])
        .run()
        .success();
    pair.down_env
        .cmd(&["org", "create", "Acme"])
        .run()
        .success();
    pair.down_env
        .cmd(&["org", "role", "create", "member"])
        .run()
        .success();
    pair.connector(
        "Acme SSO",
        "sso",
        &["--sso", "--domain", "acme.test", "--jit-org", "Acme:member"],
    );
    pair.down_env
        .cmd(&["settings", "set", "single_sign_on", "true"])
        .run()
        .success();

    // direct_sign_in skips the sign-in page.
    let mut browser = Browser::new(&pair.down);
    let start = browser.get(&pair.auth_url("&direct_sign_in=social:Upstream"));
    assert!(
        start.location().starts_with("/sign-in/connector/up?"),
        "{start:#?}"
    );

    // The sign-in page: no button for the SSO connector, the password is optional, and an
    // email of its domain goes to its IdP with the email as a hint.
    let start = browser.get(&pair.auth_url(""));
    let (page_url, page) = follow(&mut browser, &pair.down.issuer, &start);
    assert!(!page.body.contains("data-connector=\"Acme SSO\""));
    assert!(
        !page
            .body
            .contains("autocomplete=\"current-password\" required")
    );
    let routed = browser.post(
        &format!("{}/sign-in", origin(&page_url)),
        &[
            ("csrf_token", &page.field("csrf_token")),
            ("interaction", &page.field("interaction")),
            ("identifier", "eve@acme.test"),
            ("password", ""),
        ],
    );
    assert!(
        routed.location().starts_with("/sign-in/connector/sso?"),
        "{routed:#?}"
    );
    let (departed_at, departure) = follow(&mut browser, &page_url, &routed);
    assert!(departure.location().contains("login_hint=eve%40acme.test"));
    let (up_url, up_auth) = follow(&mut browser, &departed_at, &departure);
    let (sign_in_url, sign_in) = follow(&mut browser, &up_url, &up_auth);
    let back = upstream_sign_in(&mut browser, &sign_in_url, &sign_in, "eve@acme.test");
    let (_, done) = follow(&mut browser, &sign_in_url, &back);
    let (claims, access_token) = id_token_claims(&pair, &done);
    assert_eq!(claims["email"], "eve@acme.test");
    // An enterprise IdP vouches for its own domain.
    assert_eq!(claims["email_verified"], true);
    let members = pair.down_env.json(&["org", "member", "list", "Acme"]);
    assert_eq!(members[0]["email"], "eve@acme.test");
    assert_eq!(members[0]["roles"], serde_json::json!(["member"]));
    let info = userinfo(&pair, &access_token);
    assert_eq!(info["sso_identities"][0]["issuer"], pair.up.issuer.as_str());
    assert_eq!(info["identities"], serde_json::json!({}));
}

#[test]
fn upstream_errors_end_on_readable_pages() {
    let pair = Pair::new();
    pair.upstream_user("fay@example.com", true);

    // A `state` nobody sent.
    let mut browser = Browser::new(&pair.down);
    let tampered = browser.get(&format!(
        "{}/callback/up?code=abc&state=forged",
        origin(&pair.down.issuer)
    ));
    assert_eq!(tampered.status, 400);
    assert!(tampered.body.contains("role=\"alert\""));

    // The user denies consent upstream (a third-party client there shows the consent page).
    pair.up_env
        .cmd(&["app", "update", "downstream", "--third-party", "true"])
        .run()
        .success();
    let (consent_url, consent) = through_upstream(&pair, &mut browser, "fay@example.com");
    assert_eq!(consent.status, 200, "{consent:#?}");
    let denied = browser.post(
        &format!("{}/consent", origin(&consent_url)),
        &[
            ("csrf_token", &consent.field("csrf_token")),
            ("interaction", &consent.field("interaction")),
            ("decision", "deny"),
        ],
    );
    let (_, page) = follow(&mut browser, &consent_url, &denied);
    assert_eq!(page.status, 400, "{page:#?}");
    assert!(page.body.contains("access_denied"), "{}", page.body);

    // In German, as the app asked.
    let fr = browser.get(&pair.auth_url("&ui_locales=de"));
    let (page_url, page) = follow(&mut browser, &pair.down.issuer, &fr);
    let departure = browser.get(&format!(
        "{}{}",
        origin(&page_url),
        button(&page, "Upstream")
    ));
    let (up_url, up_auth) = follow(&mut browser, &page_url, &departure);
    let (sign_in_url, _) = follow(&mut browser, &up_url, &up_auth);
    // The upstream session from before signs in at once, to the consent page again.
    let consent = browser.get(&sign_in_url);
    let denied = browser.post(
        &format!("{}/consent", origin(&sign_in_url)),
        &[
            ("csrf_token", &consent.field("csrf_token")),
            ("interaction", &consent.field("interaction")),
            ("decision", "deny"),
        ],
    );
    let (_, page) = follow(&mut browser, &sign_in_url, &denied);
    assert!(
        page.body
            .contains("Die Anmeldung beim Anbieter wurde abgelehnt"),
        "{}",
        page.body
    );

    // An upstream that is down: a 502 page.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let dead = format!("http://{}/oidc", closed.local_addr().unwrap());
    drop(closed);
    pair.down_env
        .cmd(&["connector", "update", "Upstream", "--issuer", &dead])
        .run()
        .success();
    let start = browser.get(&pair.auth_url(""));
    let (page_url, page) = follow(&mut browser, &pair.down.issuer, &start);
    let down = browser.get(&format!(
        "{}{}",
        origin(&page_url),
        button(&page, "Upstream")
    ));
    assert_eq!(down.status, 502, "{down:#?}");
    assert!(down.body.contains("role=\"alert\""));
}

#[test]
fn an_id_token_signed_by_a_foreign_key_is_refused() {
    let env = Env::new();
    web_app(&env, "shop");
    let server = Server::start(&env);
    let standin = standin::start(Mode::ForeignKeyOidc);
    env.cmd(&[
        "connector",
        "create",
        "Forger",
        "--id",
        "forger",
        "--kind",
        "oidc",
        "--issuer",
        &standin.base,
        "--client-id",
        "doorman",
        "--client-secret-stdin",
    ])
    .stdin(&format!("{}\n", standin::SECRET))
    .run()
    .success();
    let mut browser = Browser::new(&server);
    let start = browser.get(&format!(
        "{}/auth?client_id=shop&redirect_uri={}&response_type=code&scope=openid&direct_sign_in=social:Forger",
        server.issuer,
        crate::server::form(&[("x", REDIRECT)]).trim_start_matches("x=")
    ));
    let (at, departure) = follow(&mut browser, &server.issuer, &start);
    let (up, back) = follow(&mut browser, &at, &departure);
    assert!(up.starts_with(&standin.base));
    let (_, page) = follow(&mut browser, &up, &back);
    assert_eq!(page.status, 400, "{page:#?}");
    assert!(
        page.body.contains("not signed by a key of this issuer"),
        "{}",
        page.body
    );
    assert_eq!(env.json(&["user", "list"]), serde_json::json!([]));
}

#[test]
fn a_plain_oauth2_upstream_signs_in_through_its_user_info() {
    let env = Env::new();
    let client = web_app(&env, "shop");
    let server = Server::start(&env);
    let standin = standin::start(Mode::OAuth2);
    let created = env
        .cmd(&[
            "connector",
            "create",
            "Octo",
            "--id",
            "octo",
            "--preset",
            "github",
            "--authorization-endpoint",
            &format!("{}/authorize", standin.base),
            "--token-endpoint",
            &format!("{}/token", standin.base),
            "--userinfo-endpoint",
            &format!("{}/user", standin.base),
            "--client-id",
            "doorman",
            "--client-secret-stdin",
            "-o",
            "json",
        ])
        .stdin(&format!("{}\n", standin::SECRET))
        .run()
        .success()
        .json();
    assert_eq!(created["kind"], "oauth2");
    assert!(!created.to_string().contains(standin::SECRET));
    assert!(
        created["callback_url"]
            .as_str()
            .unwrap()
            .ends_with("/callback/octo")
    );

    let mut browser = Browser::new(&server);
    let start = browser.get(&format!(
        "{}/auth?client_id=shop&redirect_uri={}&response_type=code&scope=openid%20email%20profile&state=s",
        server.issuer,
        crate::server::form(&[("x", REDIRECT)]).trim_start_matches("x=")
    ));
    let (page_url, page) = follow(&mut browser, &server.issuer, &start);
    // The preset's mark is drawn inline: no image requested from the provider.
    let octo = page.body.find("data-connector=\"Octo\"").unwrap();
    let label_end = page.body[octo..].find("</a>").unwrap() + octo;
    assert!(
        page.body[octo..label_end].contains("<svg class=\"logo-mark\""),
        "{}",
        &page.body[octo..label_end]
    );
    let departure = browser.get(&format!("{}{}", origin(&page_url), button(&page, "Octo")));
    let (up, back) = follow(&mut browser, &page_url, &departure);
    assert!(up.starts_with(&standin.base));
    let (back_url, callback) = follow(&mut browser, &up, &back);
    // GitHub's email is not marked verified, so it is not taken as the account's: the user
    // proves it (or another) with a code first.
    assert!(env.json(&["user", "list"]).as_array().unwrap().is_empty());
    let done = prove_email(
        &env,
        &mut browser,
        &back_url,
        &callback,
        "octo@example.com",
        "octo@example.com",
    );
    assert!(done.location().starts_with(REDIRECT), "{done:#?}");
    let tokens = exchange(&server, &client, &done.location_param("code").unwrap()).json();
    let claims = decode_payload(tokens["id_token"].as_str().unwrap());
    assert_eq!(claims["email"], "octo@example.com");
    assert_eq!(claims["email_verified"], true);
    assert_eq!(claims["name"], "Octo Cat");
    assert_eq!(claims["picture"], "https://avatars.example.com/octo.png");
    let identities = env.json(&["user", "identities", "octo@example.com"]);
    assert_eq!(identities[0]["subject"], "4242");
}

#[test]
fn connectors_seed_with_fixed_ids_and_export_their_secrets_only_when_asked() {
    let root = env!("CARGO_MANIFEST_DIR");
    let file = format!("{root}/fixtures/connectors.yaml");
    let env = Env::new();
    let first = env.json(&["seed", &file]);
    assert!(first["created"].as_u64().unwrap() >= 3, "{first}");
    let again = env.json(&["seed", &file]);
    assert_eq!(
        (again["created"].as_u64(), again["updated"].as_u64()),
        (Some(0), Some(0))
    );

    let shown = env.json(&["connector", "show", "acme-sso"]);
    assert_eq!(shown["domains"], serde_json::json!(["acme.test"]));
    assert_eq!(shown["jit_organizations"][0]["organization"], "Acme");
    assert!(
        shown["callback_url"]
            .as_str()
            .unwrap()
            .ends_with("/callback/acme-sso")
    );
    assert!(!shown.to_string().contains("replace-with"));
    let github = env.json(&["connector", "show", "GitHub"]);
    assert_eq!(github["userinfo_endpoint"], "https://api.github.com/user");
    assert_eq!(
        env.json(&["settings", "get", "social_sign_in.connectors"]),
        serde_json::json!(["Upstream", "GitHub"])
    );

    let plain = env.cmd(&["export"]).run().success();
    assert!(!plain.stdout.contains("replace-with"));
    let full = env.cmd(&["export", "--with-secrets"]).run().success();
    assert!(
        full.stdout
            .contains("client_secret: replace-with-the-upstream-secret")
    );

    // The export seeds a fresh database into the same connectors.
    let fresh = Env::new();
    fresh.write("export.yaml", &full.stdout);
    fresh.json(&["seed", "export.yaml"]);
    let round = fresh.cmd(&["export", "--with-secrets"]).run().success();
    let strip = |text: &str| {
        text.lines()
            .filter(|l| !l.contains("_at:") && !l.trim_start().starts_with("organization_id"))
            .filter(|l| !l.trim_start().starts_with("- id:") && !l.trim_start().starts_with("id:"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let connectors = |text: &str| strip(text.split("connectors:").nth(1).unwrap());
    assert_eq!(connectors(&round.stdout), connectors(&full.stdout));

    // A bad record names its place and writes nothing.
    env.write(
        "bad.yaml",
        "connectors:\n  - { name: Broken, kind: oauth2, client_id: x }\n",
    );
    env.cmd(&["seed", "bad.yaml"])
        .run()
        .fails(2, "connectors[0]");
    assert!(
        env.cmd(&["connector", "show", "Broken"])
            .run()
            .stdout
            .is_empty()
    );
}

/// Login CSRF through the callback (security review, finding 3): an attacker signs in upstream
/// as itself from its own client, then sends the victim's browser, with the attacker's CSRF
/// cookie planted in it, to the callback. The callback answers only the browser that left.
#[test]
fn a_planted_csrf_cookie_does_not_sign_the_victim_in_as_the_attacker() {
    let pair = Pair::new();
    pair.upstream_user("mallory@example.com", true);
    let mut attacker = Browser::new(&pair.down);
    let start = attacker.get(&pair.auth_url(""));
    let (page_url, page) = follow(&mut attacker, &pair.down.issuer, &start);
    let departure = attacker.get(&format!(
        "{}{}",
        origin(&page_url),
        button(&page, "Upstream")
    ));
    let (up_url, up_auth) = follow(&mut attacker, &page_url, &departure);
    let (sign_in_url, sign_in) = follow(&mut attacker, &up_url, &up_auth);
    let back = upstream_sign_in(&mut attacker, &sign_in_url, &sign_in, "mallory@example.com");
    let callback = back.location().to_string();
    assert!(callback.contains("/callback/up?"), "{back:#?}");

    let mut victim = Browser::new(&pair.down);
    victim.cookies.insert(
        "doorman_csrf".into(),
        attacker.cookies["doorman_csrf"].clone(),
    );
    let answer = victim.get(&callback);
    assert_eq!(answer.status, 400, "{answer:#?}");
    assert!(
        answer
            .set_cookies
            .iter()
            .all(|c| !c.starts_with("doorman_session="))
    );
    assert!(answer.header("location").is_none());
}

/// Unicode case folding of upstream emails (security review, finding 7): an upstream account
/// whose email is `\u{212A}ate@example.com` (KELVIN SIGN) is not Kate's, even with automatic
/// linking of verified emails.
#[test]
fn a_look_alike_upstream_email_never_lands_in_another_account() {
    let pair = Pair::new();
    pair.down_env
        .cmd(&[
            "settings",
            "set",
            "social_sign_in.automatic_account_linking",
            "true",
        ])
        .run()
        .success();
    create_user(&pair.down_env, "kate@example.com");
    let look_alike = "\u{212A}ate@example.com";
    pair.upstream_user(look_alike, true);
    let (_, done) = through_upstream(&pair, &mut Browser::new(&pair.down), look_alike);
    let kate = pair.down_env.json(&["user", "show", "kate@example.com"]);
    // A new account of its own, with the address as it came.
    let (claims, _) = id_token_claims(&pair, &done);
    assert_ne!(claims["sub"], kate["id"], "signed in as Kate");
    assert_eq!(claims["email"], look_alike);
    let identities = pair
        .down_env
        .json(&["user", "identities", "kate@example.com"]);
    assert_eq!(identities.as_array().map(Vec::len), Some(0), "{identities}");
}

/// A second upstream account for a local account that already has one at that provider
/// (security review, finding 9): a readable 409 page, not a 500.
#[test]
fn a_second_upstream_account_for_a_linked_account_gets_a_readable_refusal() {
    let pair = Pair::new();
    pair.down_env
        .cmd(&[
            "settings",
            "set",
            "social_sign_in.automatic_account_linking",
            "true",
        ])
        .run()
        .success();
    create_user(&pair.down_env, "kim@example.com");
    pair.upstream_user("kim@example.com", true);
    let (_, first) = through_upstream(&pair, &mut Browser::new(&pair.down), "kim@example.com");
    let (claims, _) = id_token_claims(&pair, &first);
    let kim = pair.down_env.json(&["user", "show", "kim@example.com"]);
    assert_eq!(claims["sub"], kim["id"]);

    // Upstream, the address moves to a second account.
    pair.up_env
        .cmd(&[
            "user",
            "update",
            "kim@example.com",
            "--email",
            "kim-old@example.com",
        ])
        .run()
        .success();
    pair.upstream_user("kim@example.com", true);
    let (_, second) = through_upstream(&pair, &mut Browser::new(&pair.down), "kim@example.com");
    assert_eq!(second.status, 409, "{second:#?}");
    assert!(second.body.contains("role=\"alert\""), "{}", second.body);
    let identities = pair
        .down_env
        .json(&["user", "identities", "kim@example.com"]);
    assert_eq!(identities.as_array().map(Vec::len), Some(1), "{identities}");
}
