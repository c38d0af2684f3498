//! The code flow end to end through a third-party relying-party library (`openidconnect`):
//! discovery, PKCE, the ID token's signature and claims, userinfo, refresh; then single sign-on,
//! `prompt=login`, and key rotation.

use openidconnect::core::{
    CoreAuthenticationFlow, CoreClient, CoreProviderMetadata, CoreUserInfoClaims,
};
use openidconnect::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce, OAuth2TokenResponse,
    PkceCodeChallenge, RedirectUrl, Scope, TokenResponse,
};

use crate::server::{Browser, PASSWORD, Server, oidc_http, query_param};
use crate::util::{Env, create_user};

pub const REDIRECT: &str = "http://app.test/callback";

/// Exchanges a code at the token endpoint as the web app `client` (id, secret).
pub fn exchange(server: &Server, client: &(String, String), code: &str) -> crate::server::Reply {
    crate::server::post_form(
        &format!("{}/token", server.issuer),
        Some((&client.0, &client.1)),
        &[
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", REDIRECT),
        ],
    )
}

/// Exchanges a code for a JWT access token for `resource` (which the authorization request
/// must have named).
pub fn exchange_for(
    server: &Server,
    client: &(String, String),
    code: &str,
    resource: &str,
) -> crate::server::Reply {
    crate::server::post_form(
        &format!("{}/token", server.issuer),
        Some((&client.0, &client.1)),
        &[
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", REDIRECT),
            ("resource", resource),
        ],
    )
}

/// Registers a web app with a fixed secret and returns (client_id, secret).
pub fn web_app(env: &Env, client_id: &str) -> (String, String) {
    let app = env.json(&[
        "app",
        "create",
        client_id,
        "--type",
        "web",
        "--redirect-uri",
        REDIRECT,
        "--post-logout-redirect-uri",
        "http://app.test/bye",
        "--client-id",
        client_id,
    ]);
    (
        client_id.to_string(),
        app["client_secret"].as_str().unwrap().to_string(),
    )
}

#[test]
fn a_relying_party_library_signs_in_verifies_and_refreshes() {
    let env = Env::new();
    let user = create_user(&env, "ada@example.com");
    env.json(&[
        "user",
        "update",
        "ada@example.com",
        "--username",
        "ada",
        "--name",
        "Ada",
    ]);
    let (client_id, secret) = web_app(&env, "web-app");
    let server = Server::start(&env);

    let metadata =
        CoreProviderMetadata::discover(&IssuerUrl::new(server.issuer.clone()).unwrap(), &oidc_http)
            .expect("discovery");
    let client = CoreClient::from_provider_metadata(
        metadata,
        ClientId::new(client_id.clone()),
        Some(ClientSecret::new(secret)),
    )
    .set_redirect_uri(RedirectUrl::new(REDIRECT.into()).unwrap());
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (auth_url, state, nonce) = client
        .authorize_url(
            CoreAuthenticationFlow::AuthorizationCode,
            CsrfToken::new_random,
            Nonce::new_random,
        )
        .add_scope(Scope::new("profile".into()))
        .add_scope(Scope::new("email".into()))
        .add_scope(Scope::new("offline_access".into()))
        .set_pkce_challenge(challenge)
        .url();

    let mut browser = Browser::new(&server);
    let back = browser.sign_in(auth_url.as_str(), "ada@example.com", PASSWORD);
    assert_eq!(back.status, 303, "{back:#?}");
    assert!(back.location().starts_with(REDIRECT), "{back:#?}");
    assert_eq!(
        back.location_param("state").as_deref(),
        Some(state.secret().as_str())
    );
    assert_eq!(
        back.location_param("iss").as_deref(),
        Some(server.issuer.as_str())
    );
    let code = back.location_param("code").expect("a code");

    let tokens = client
        .exchange_code(AuthorizationCode::new(code))
        .unwrap()
        .set_pkce_verifier(verifier)
        .request(&oidc_http)
        .expect("token exchange");
    let id_token = tokens.id_token().expect("an ID token");
    let claims = id_token
        .claims(&client.id_token_verifier(), &nonce)
        .expect("a valid ID token");
    assert_eq!(claims.subject().as_str(), user["id"].as_str().unwrap());
    assert_eq!(claims.email().map(|e| e.as_str()), Some("ada@example.com"));
    assert!(claims.auth_time().is_some());
    assert_eq!(
        claims
            .auth_method_refs()
            .map(|a| a.iter().map(|r| r.as_str().to_string()).collect::<Vec<_>>()),
        Some(vec!["pwd".to_string()])
    );
    let access = tokens.access_token().clone();
    let at_hash = claims.access_token_hash().expect("at_hash");
    assert_eq!(at_hash.as_str(), left_half_sha256(access.secret()));
    let raw: serde_json::Value = decode_payload(&id_token.to_string());
    assert!(raw["sid"].is_string(), "sid in the ID token: {raw}");
    assert_eq!(raw["username"], "ada");

    let info: CoreUserInfoClaims = client
        .user_info(access, None)
        .unwrap()
        .request(&oidc_http)
        .expect("userinfo");
    assert_eq!(info.email().map(|e| e.as_str()), Some("ada@example.com"));
    assert_eq!(
        info.preferred_username().map(|u| u.as_str()),
        None,
        "Logto says `username`"
    );

    let refresh = tokens
        .refresh_token()
        .expect("offline_access gives a refresh token");
    let refreshed = client
        .exchange_refresh_token(refresh)
        .unwrap()
        .request(&oidc_http)
        .expect("refresh");
    assert_ne!(
        refreshed.refresh_token().unwrap().secret(),
        refresh.secret(),
        "rotated"
    );
    assert!(refreshed.id_token().is_some());
}

/// OIDC Core's `at_hash` for RS256, computed independently.
fn left_half_sha256(token: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    let digest = sha2::Sha256::digest(token.as_bytes());
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&digest[..16])
}

/// The payload of a JWT, unverified (the library verified it already).
pub fn decode_payload(jwt: &str) -> serde_json::Value {
    use base64::Engine;
    let payload = jwt.split('.').nth(1).expect("a JWT");
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .expect("base64url");
    serde_json::from_slice(&bytes).expect("JSON claims")
}

/// An authorization URL for a web app, without the library.
pub fn auth_url(server: &Server, client_id: &str, extra: &str) -> String {
    format!(
        "{}/auth?client_id={client_id}&redirect_uri={}&response_type=code&scope=openid%20email%20offline_access&state=st&nonce=nn{extra}",
        server.issuer.replacen("localhost", "127.0.0.1", 1),
        crate::server::form(&[("x", REDIRECT)]).trim_start_matches("x=")
    )
}

#[test]
fn single_sign_on_prompt_login_and_max_age() {
    let env = Env::new();
    create_user(&env, "sso@example.com");
    web_app(&env, "first");
    web_app(&env, "second");
    let server = Server::start(&env);
    let mut browser = Browser::new(&server);

    let first = browser.sign_in(&auth_url(&server, "first", ""), "sso@example.com", PASSWORD);
    assert!(first.location().starts_with(REDIRECT), "{first:#?}");

    // The second app signs in without a password: straight back with a code.
    let second = browser.get(&auth_url(&server, "second", ""));
    assert_eq!(second.status, 303);
    assert!(
        query_param(second.location(), "code").is_some(),
        "{second:#?}"
    );

    // prompt=login and max_age=0 both insist on a fresh sign-in.
    for extra in ["&prompt=login", "&max_age=0"] {
        let again = browser.get(&auth_url(&server, "second", extra));
        assert!(
            again.location().starts_with("/sign-in"),
            "{extra}: {again:#?}"
        );
    }
    // prompt=none with a session: a code; without one: login_required, back at the app.
    let silent = browser.get(&auth_url(&server, "second", "&prompt=none"));
    assert!(
        query_param(silent.location(), "code").is_some(),
        "{silent:#?}"
    );
    let mut stranger = Browser::new(&server);
    let refused = stranger.get(&auth_url(&server, "second", "&prompt=none"));
    assert_eq!(
        query_param(refused.location(), "error").as_deref(),
        Some("login_required")
    );
    assert_eq!(
        query_param(refused.location(), "state").as_deref(),
        Some("st")
    );
}

/// Consent is per API (security review, finding 6): a third-party app allowed `read` for one
/// API asks again, naming the other API, before it gets `read` for another that defines it too.
#[test]
fn consent_covers_an_apis_permissions_for_that_api_only() {
    let env = Env::new();
    create_user(&env, "cal@example.com");
    web_app(&env, "web");
    env.cmd(&["app", "update", "web", "--third-party", "true"])
        .run()
        .success();
    for (name, indicator) in [
        ("Photos", "https://photos.test"),
        ("Bank", "https://bank.test"),
    ] {
        env.json(&[
            "resource",
            "create",
            name,
            "--indicator",
            indicator,
            "--scope",
            "read",
        ]);
    }
    let server = Server::start(&env);
    let mut browser = Browser::new(&server);
    let url = |indicator: &str| {
        auth_url(
            &server,
            "web",
            &format!(
                "&resource={}",
                crate::server::form(&[("x", indicator)]).trim_start_matches("x=")
            ),
        )
        .replace(
            "scope=openid%20email%20offline_access",
            "scope=openid%20email%20read",
        )
    };

    let to_consent = browser.sign_in(&url("https://photos.test"), "cal@example.com", PASSWORD);
    assert!(
        to_consent.location().starts_with("/consent"),
        "{to_consent:#?}"
    );
    let page = browser.get(to_consent.location());
    assert!(
        page.body.contains("Photos (https://photos.test)"),
        "{}",
        page.body
    );
    let allowed = browser.post(
        "/consent",
        &[
            ("csrf_token", &page.field("csrf_token")),
            ("interaction", &page.field("interaction")),
            ("decision", "allow"),
        ],
    );
    assert!(allowed.location().starts_with(REDIRECT), "{allowed:#?}");

    // The same API again: no page. Another API with a permission of the same name: asked.
    let again = browser.get(&url("https://photos.test"));
    assert!(again.location().starts_with(REDIRECT), "{again:#?}");
    let bank = browser.get(&url("https://bank.test"));
    assert!(bank.location().starts_with("/consent"), "{bank:#?}");
    let page = browser.get(bank.location());
    assert!(
        page.body.contains("Bank (https://bank.test)"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("Photos"), "{}", page.body);
}

/// RFC 8414 authorization server metadata (Logto 1.42): at the well-known name with the
/// issuer's path after it, at the bare name and under the issuer; the discovery document's
/// endpoints, open to other origins.
#[test]
fn authorization_server_metadata_is_served_where_rfc_8414_puts_it() {
    let env = Env::new();
    let server = Server::start(&env);
    let discovery = crate::server::get(&format!(
        "{}/.well-known/openid-configuration",
        server.issuer
    ))
    .json();
    for path in [
        "/.well-known/oauth-authorization-server/oidc",
        "/.well-known/oauth-authorization-server",
        "/oidc/.well-known/oauth-authorization-server",
    ] {
        let reply = crate::server::get(&server.url(path));
        assert_eq!(reply.status, 200, "{path}: {reply:#?}");
        assert_eq!(reply.header("access-control-allow-origin"), Some("*"));
        let metadata = reply.json();
        assert_eq!(metadata["issuer"], server.issuer, "{path}");
        assert_eq!(metadata, discovery, "{path}");
    }
    let elsewhere =
        crate::server::get(&server.url("/.well-known/oauth-authorization-server/other"));
    assert_eq!(elsewhere.status, 404);
}
