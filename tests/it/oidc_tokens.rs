//! Client credentials, introspection, revocation, organization tokens, `token issue`, and key
//! rotation, checked against the published JWKS.

use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{DecodingKey, Validation, decode, decode_header};
use serde_json::Value;

use crate::oidc_flow::{auth_url, web_app};
use crate::server::{Browser, PASSWORD, Server, get, post_form, query_param, to_reply_get_bearer};
use crate::util::{Env, audit_events, create_user};

/// Registers `https://api.test` with the scopes read, write and delete, tokens for ten minutes.
pub fn register_api(env: &Env) {
    env.json(&[
        "resource",
        "create",
        "Test API",
        "--indicator",
        "https://api.test",
        "--scope",
        "read",
        "--scope",
        "write",
        "--scope",
        "delete",
        "--access-token-ttl",
        "10m",
    ]);
}

/// Verifies a JWT the server signed against its JWKS and returns its claims.
pub fn verify(server: &Server, token: &str) -> Value {
    verify_from(server, token, &server.issuer)
}

/// What `token issue` signs before any server ran carries the issuer `init` recorded, which on a
/// server with a random port differs from the one it serves as; the keys are the same.
const CLI_ISSUER: &str = "http://localhost:3001/oidc";

/// Verifies a JWT with the server's JWKS and an expected issuer.
pub fn verify_from(server: &Server, token: &str, issuer: &str) -> Value {
    let jwks: JwkSet = serde_json::from_str(&get(&format!("{}/jwks", server.issuer)).body).unwrap();
    let header = decode_header(token).unwrap();
    let jwk = jwks
        .find(header.kid.as_deref().unwrap())
        .expect("kid in the JWKS");
    let mut validation = Validation::new(header.alg);
    validation.validate_aud = false;
    validation.set_issuer(&[issuer]);
    decode::<Value>(token, &DecodingKey::from_jwk(jwk).unwrap(), &validation)
        .expect("a valid signature")
        .claims
}

#[test]
fn machine_to_machine_tokens_introspection_and_revocation() {
    let env = Env::new();
    let m2m = env.json(&[
        "app",
        "create",
        "robot",
        "--type",
        "m2m",
        "--client-id",
        "robot",
    ]);
    let secret = m2m["client_secret"].as_str().unwrap();
    let web = web_app(&env, "web");
    register_api(&env);
    env.json(&[
        "role",
        "create",
        "bot",
        "--type",
        "m2m",
        "--permission",
        "https://api.test:read",
        "--permission",
        "https://api.test:write",
    ]);
    env.json(&["app", "role", "add", "robot", "bot"]);
    let server = Server::start(&env);
    let token_url = format!("{}/token", server.issuer);

    // The requested scopes the app's roles grant, and no others.
    let jwt = post_form(
        &token_url,
        Some(("robot", secret)),
        &[
            ("grant_type", "client_credentials"),
            ("resource", "https://api.test"),
            ("scope", "read write delete"),
        ],
    );
    assert_eq!(jwt.status, 200, "{jwt:#?}");
    let claims = verify(&server, jwt.json()["access_token"].as_str().unwrap());
    assert_eq!(claims["aud"], "https://api.test");
    assert_eq!(claims["sub"], "robot");
    assert_eq!(claims["scope"], "read write");
    assert_eq!(
        claims["exp"].as_i64().unwrap() - claims["iat"].as_i64().unwrap(),
        600
    );
    let unknown = post_form(
        &token_url,
        Some(("robot", secret)),
        &[
            ("grant_type", "client_credentials"),
            ("resource", "https://nobody.test"),
        ],
    );
    assert_eq!(unknown.status, 400);
    assert_eq!(unknown.json()["error"], "invalid_target");

    let opaque = post_form(
        &token_url,
        Some(("robot", secret)),
        &[("grant_type", "client_credentials")],
    );
    let opaque = opaque.json()["access_token"].as_str().unwrap().to_string();
    let introspect_as = |client: (&str, &str), token: &str| {
        post_form(
            &format!("{}/token/introspection", server.issuer),
            Some(client),
            &[("token", token)],
        )
        .json()
    };
    let introspect = |token: &str| introspect_as(("robot", secret), token);
    assert_eq!(introspect(&opaque)["active"], true);
    assert_eq!(introspect(&opaque)["client_id"], "robot");
    assert_eq!(introspect("made-up")["active"], false);
    // Another client learns nothing of robot's token.
    assert_eq!(
        introspect_as((&web.0, &web.1), &opaque),
        serde_json::json!({ "active": false })
    );
    let revoked = post_form(
        &format!("{}/token/revocation", server.issuer),
        Some(("robot", secret)),
        &[("token", &opaque)],
    );
    assert_eq!(revoked.status, 200);
    assert_eq!(introspect(&opaque)["active"], false);

    // Public and wrong clients are refused; web apps cannot use client_credentials.
    let public = post_form(
        &format!("{}/token/introspection", server.issuer),
        None,
        &[("token", &opaque), ("client_id", "robot")],
    );
    assert_eq!(public.status, 401);
    let web_cc = post_form(
        &token_url,
        Some((&web.0, &web.1)),
        &[("grant_type", "client_credentials")],
    );
    assert_eq!(web_cc.json()["error"], "unauthorized_client");
}

#[test]
fn organization_tokens_follow_membership_and_role_scopes() {
    let env = Env::new();
    let user = create_user(&env, "eve@example.com");
    create_user(&env, "out@example.com");
    env.json(&["org", "scope", "create", "read:docs"]);
    env.json(&["org", "scope", "create", "write:docs"]);
    env.json(&["org", "role", "create", "viewer", "--scope", "read:docs"]);
    let org = env.json(&["org", "create", "Acme"]);
    let org_id = org["id"].as_str().unwrap();
    env.cmd(&[
        "org",
        "member",
        "add",
        "Acme",
        "eve@example.com",
        "--role",
        "viewer",
    ])
    .run()
    .success();
    let client = web_app(&env, "web");
    let server = Server::start(&env);
    let mut browser = Browser::new(&server);
    let scopes = "&scope=openid%20offline_access%20urn:logto:scope:organizations%20urn:logto:scope:organization_roles";
    let url =
        auth_url(&server, "web", "").replace("&scope=openid%20email%20offline_access", scopes);
    let back = browser.sign_in(&url, "eve@example.com", PASSWORD);
    let code = query_param(back.location(), "code").unwrap();
    let tokens = crate::oidc_flow::exchange(&server, &client, &code).json();
    let id = verify(&server, tokens["id_token"].as_str().unwrap());
    assert_eq!(id["organizations"], serde_json::json!([org_id]));
    assert_eq!(
        id["organization_roles"],
        serde_json::json!([format!("{org_id}:viewer")])
    );

    let org_token = post_form(
        &format!("{}/token", server.issuer),
        Some((&client.0, &client.1)),
        &[
            ("grant_type", "refresh_token"),
            ("refresh_token", tokens["refresh_token"].as_str().unwrap()),
            ("organization_id", org_id),
            ("scope", "read:docs write:docs"),
        ],
    );
    assert_eq!(org_token.status, 200, "{org_token:#?}");
    let org_token = org_token.json();
    let claims = verify(&server, org_token["access_token"].as_str().unwrap());
    assert_eq!(claims["aud"], format!("urn:logto:organization:{org_id}"));
    assert_eq!(
        claims["scope"], "read:docs",
        "requested ∩ the member's role scopes"
    );
    assert_eq!(claims["sub"], user["id"]);

    // A non-member is refused.
    let issued = env.json(&[
        "token",
        "issue",
        "out@example.com",
        "--app",
        "web",
        "--scope",
        "openid offline_access urn:logto:scope:organizations",
    ]);
    let refused = post_form(
        &format!("{}/token", server.issuer),
        Some((&client.0, &client.1)),
        &[
            ("grant_type", "refresh_token"),
            ("refresh_token", issued["refresh_token"].as_str().unwrap()),
            ("organization_id", org_id),
        ],
    );
    assert_eq!(refused.status, 400);
    assert!(
        refused.json()["error_description"]
            .as_str()
            .unwrap()
            .contains("not a member")
    );
}

#[test]
fn token_issue_mints_verifiable_tokens_and_is_audited() {
    let env = Env::new();
    let user = create_user(&env, "ci@example.com");
    web_app(&env, "web");
    env.json(&["app", "create", "robot", "--type", "m2m"]);
    let issued = env.json(&[
        "token",
        "issue",
        "ci@example.com",
        "--app",
        "web",
        "--scope",
        "openid email offline_access",
        "--expires-in",
        "15m",
    ]);
    assert_eq!(issued["token_type"], "Bearer");
    assert_eq!(issued["expires_in"], 900);
    assert!(issued["refresh_token"].is_string());
    let server = Server::start(&env);
    let id = verify_from(&server, issued["id_token"].as_str().unwrap(), CLI_ISSUER);
    assert_eq!(id["sub"], user["id"]);
    assert_eq!(id["aud"], "web");
    assert_eq!(id["email"], "ci@example.com");
    assert_eq!(
        id["exp"].as_i64().unwrap() - id["iat"].as_i64().unwrap(),
        900
    );
    let me = to_reply_get_bearer(
        &format!("{}/me", server.issuer),
        issued["access_token"].as_str().unwrap(),
    );
    assert_eq!(me.json()["email"], "ci@example.com");

    // --resource follows the token endpoint's rules: a registered API, the scopes the
    // user's roles grant.
    env.cmd(&[
        "token",
        "issue",
        "ci@example.com",
        "--app",
        "web",
        "--resource",
        "https://api.test",
    ])
    .run()
    .fails(2, "not a registered API resource");
    register_api(&env);
    env.json(&[
        "role",
        "create",
        "reader",
        "--type",
        "user",
        "--permission",
        "https://api.test:read",
    ]);
    env.json(&["user", "role", "add", "ci@example.com", "reader"]);
    let api = env.json(&[
        "token",
        "issue",
        "ci@example.com",
        "--app",
        "web",
        "--scope",
        "openid read write",
        "--resource",
        "https://api.test",
    ]);
    assert!(api.get("refresh_token").is_none());
    let claims = verify(&server, api["access_token"].as_str().unwrap());
    assert_eq!(claims["aud"], "https://api.test");
    assert_eq!(claims["scope"], "read");
    assert!(
        audit_events(&env, &["--user", "ci@example.com"]).contains(&"token.issued".to_string())
    );

    env.cmd(&["token", "issue", "ci@example.com", "--app", "robot"])
        .run()
        .fails(2, "m2m");
    env.cmd(&["token", "issue", "nobody@example.com", "--app", "web"])
        .run()
        .fails(3, "nobody@example.com");
    env.cmd(&[
        "token",
        "issue",
        "ci@example.com",
        "--app",
        "web",
        "--expires-in",
        "2d",
    ])
    .run()
    .fails(2, "--expires-in");
}

#[test]
fn tokens_signed_before_a_rotation_still_verify() {
    let env = Env::new();
    create_user(&env, "rot@example.com");
    web_app(&env, "web");
    let before = env.json(&["token", "issue", "rot@example.com", "--app", "web"]);
    env.json(&["keys", "rotate", "--alg", "ES256"]);
    let after = env.json(&["token", "issue", "rot@example.com", "--app", "web"]);
    let server = Server::start(&env);
    let jwks = get(&format!("{}/jwks", server.issuer)).json();
    assert_eq!(jwks["keys"].as_array().unwrap().len(), 2, "{jwks}");
    verify_from(&server, before["id_token"].as_str().unwrap(), CLI_ISSUER);
    let header = decode_header(after["id_token"].as_str().unwrap()).unwrap();
    assert_eq!(header.alg, jsonwebtoken::Algorithm::ES256);
    verify_from(&server, after["id_token"].as_str().unwrap(), CLI_ISSUER);
}

#[test]
fn a_jwt_access_token_is_inactive_once_its_grant_is_revoked_or_its_user_suspended() {
    let env = Env::new();
    create_user(&env, "jwt@example.com");
    let client = web_app(&env, "web");
    register_api(&env);
    let server = Server::start(&env);
    let exchange = |browser: &mut Browser| {
        let url = auth_url(&server, "web", "&resource=https%3A%2F%2Fapi.test");
        let back = browser.sign_in(&url, "jwt@example.com", PASSWORD);
        let code = query_param(back.location(), "code").unwrap();
        crate::oidc_flow::exchange_for(&server, &client, &code, "https://api.test").json()
    };
    let introspect = |token: &str| {
        post_form(
            &format!("{}/token/introspection", server.issuer),
            Some((&client.0, &client.1)),
            &[("token", token)],
        )
        .json()
    };

    // Revoking the refresh token revokes the grant, and the JWT minted from it with it.
    let tokens = exchange(&mut Browser::new(&server));
    let jwt = tokens["access_token"].as_str().unwrap();
    assert_eq!(jwt.matches('.').count(), 2, "{tokens}");
    assert_eq!(introspect(jwt)["active"], true);
    assert_eq!(introspect(jwt)["aud"], "https://api.test");
    let revoked = post_form(
        &format!("{}/token/revocation", server.issuer),
        Some((&client.0, &client.1)),
        &[("token", tokens["refresh_token"].as_str().unwrap())],
    );
    assert_eq!(revoked.status, 200);
    assert_eq!(introspect(jwt), serde_json::json!({ "active": false }));

    // Suspending the user makes every token of theirs inactive.
    let tokens = exchange(&mut Browser::new(&server));
    let jwt = tokens["access_token"].as_str().unwrap();
    assert_eq!(introspect(jwt)["active"], true);
    env.json(&["user", "suspend", "jwt@example.com", "--yes"]);
    assert_eq!(introspect(jwt)["active"], false);
    assert_eq!(
        introspect(tokens["refresh_token"].as_str().unwrap())["active"],
        false
    );
}

/// A server started on a random port (or with `--issuer`) serves as an issuer `init` never
/// heard of; `token issue` signs as the last server did, or as `--issuer` says, so the server
/// accepts what CI mints.
#[test]
fn token_issue_signs_as_the_running_server() {
    let env = Env::new();
    create_user(&env, "ci@example.com");
    let client = web_app(&env, "web");
    register_api(&env);
    let server = Server::start(&env);
    assert_ne!(server.issuer, CLI_ISSUER);
    let issued = env.json(&["token", "issue", "ci@example.com", "--app", "web"]);
    let id = verify(&server, issued["id_token"].as_str().unwrap());
    assert_eq!(id["iss"], server.issuer.as_str());
    let api = env.json(&[
        "token",
        "issue",
        "ci@example.com",
        "--app",
        "web",
        "--resource",
        "https://api.test",
    ]);
    let introspected = post_form(
        &format!("{}/token/introspection", server.issuer),
        Some((&client.0, &client.1)),
        &[("token", api["access_token"].as_str().unwrap())],
    );
    assert_eq!(introspected.json()["active"], true, "{}", introspected.body);

    let elsewhere = env.json(&[
        "token",
        "issue",
        "ci@example.com",
        "--app",
        "web",
        "--issuer",
        "https://idp.example.test/oidc",
    ]);
    let claims = verify_from(
        &server,
        elsewhere["id_token"].as_str().unwrap(),
        "https://idp.example.test/oidc",
    );
    assert_eq!(claims["sub"], id["sub"]);
    env.cmd(&[
        "token",
        "issue",
        "ci@example.com",
        "--app",
        "web",
        "--issuer",
        "ftp://x",
    ])
    .run()
    .fails(2, "invalid issuer 'ftp://x'");
}

/// Revoking an access token, JWT or opaque, revokes its grant (Logto 1.42; security review):
/// the JWT is inactive at introspection afterwards and the refresh token of the same grant is
/// refused.
#[test]
fn revoking_an_access_token_revokes_its_grant() {
    let env = Env::new();
    create_user(&env, "rev@example.com");
    let client = web_app(&env, "web");
    register_api(&env);
    let server = Server::start(&env);
    let tokens_for = |resource: Option<&str>| {
        let extra = resource.map_or(String::new(), |r| {
            format!(
                "&resource={}",
                crate::server::form(&[("x", r)]).trim_start_matches("x=")
            )
        });
        let url = auth_url(&server, "web", &extra);
        let back = Browser::new(&server).sign_in(&url, "rev@example.com", PASSWORD);
        let code = query_param(back.location(), "code").unwrap();
        match resource {
            Some(r) => crate::oidc_flow::exchange_for(&server, &client, &code, r).json(),
            None => crate::oidc_flow::exchange(&server, &client, &code).json(),
        }
    };
    let post = |path: &str, pairs: &[(&str, &str)]| {
        post_form(
            &format!("{}{path}", server.issuer),
            Some((&client.0, &client.1)),
            pairs,
        )
    };
    for resource in [Some("https://api.test"), None] {
        let tokens = tokens_for(resource);
        let access = tokens["access_token"].as_str().unwrap();
        let refresh = tokens["refresh_token"].as_str().expect("a refresh token");
        assert_eq!(
            post("/token/introspection", &[("token", access)]).json()["active"],
            true
        );
        assert_eq!(post("/token/revocation", &[("token", access)]).status, 200);
        assert_eq!(
            post("/token/introspection", &[("token", access)]).json(),
            serde_json::json!({ "active": false }),
            "{resource:?}"
        );
        let refreshed = post(
            "/token",
            &[("grant_type", "refresh_token"), ("refresh_token", refresh)],
        );
        assert_eq!(refreshed.status, 400, "{resource:?}: {refreshed:#?}");
    }
}

/// A refresh that narrows the scope and leaves out `offline_access` is refused, and the refresh
/// token is still good (security review): it used to be spent with no successor issued.
#[test]
fn a_narrowing_refresh_without_offline_access_is_refused_not_spent() {
    let env = Env::new();
    create_user(&env, "nar@example.com");
    let client = web_app(&env, "web");
    let server = Server::start(&env);
    let back =
        Browser::new(&server).sign_in(&auth_url(&server, "web", ""), "nar@example.com", PASSWORD);
    let code = query_param(back.location(), "code").unwrap();
    let tokens = crate::oidc_flow::exchange(&server, &client, &code).json();
    let refresh = tokens["refresh_token"].as_str().unwrap();
    let token_url = format!("{}/token", server.issuer);
    let narrowed = post_form(
        &token_url,
        Some((&client.0, &client.1)),
        &[
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh),
            ("scope", "openid email"),
        ],
    );
    assert_eq!(narrowed.status, 400, "{narrowed:#?}");
    assert_eq!(narrowed.json()["error"], "invalid_scope");
    let kept = post_form(
        &token_url,
        Some((&client.0, &client.1)),
        &[
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh),
            ("scope", "openid offline_access"),
        ],
    );
    assert_eq!(kept.status, 200, "{kept:#?}");
    assert!(kept.json()["refresh_token"].is_string());
}

/// Opaque tokens carry only what was granted (security review): a user's opaque token the
/// scopes doorman knows (an API's permissions asked for at sign-in belong in that API's JWT),
/// and client credentials without an API no scope a client made up.
#[test]
fn opaque_tokens_carry_only_granted_scopes() {
    let env = Env::new();
    create_user(&env, "opa@example.com");
    let client = web_app(&env, "web");
    let robot = env.json(&[
        "app",
        "create",
        "robot",
        "--type",
        "m2m",
        "--client-id",
        "robot",
    ]);
    let robot_secret = robot["client_secret"].as_str().unwrap();
    let server = Server::start(&env);
    let introspect = |token: &str, (id, secret): (&str, &str)| {
        post_form(
            &format!("{}/token/introspection", server.issuer),
            Some((id, secret)),
            &[("token", token)],
        )
        .json()
    };

    let url = auth_url(&server, "web", "").replace(
        "scope=openid%20email%20offline_access",
        "scope=openid%20email%20offline_access%20read%3Aitems%20admin",
    );
    let back = Browser::new(&server).sign_in(&url, "opa@example.com", PASSWORD);
    let code = query_param(back.location(), "code").unwrap();
    let tokens = crate::oidc_flow::exchange(&server, &client, &code).json();
    assert_eq!(tokens["scope"], "openid email offline_access", "{tokens}");
    let access = tokens["access_token"].as_str().unwrap();
    assert_eq!(
        introspect(access, (&client.0, &client.1))["scope"],
        "openid email offline_access"
    );

    let invented = post_form(
        &format!("{}/token", server.issuer),
        Some(("robot", robot_secret)),
        &[
            ("grant_type", "client_credentials"),
            ("scope", "openid admin superuser"),
        ],
    )
    .json();
    assert_eq!(invented["scope"], "", "{invented}");
    let token = invented["access_token"].as_str().unwrap();
    let seen = introspect(token, ("robot", robot_secret));
    assert_eq!(seen["active"], true);
    assert_eq!(seen["scope"], "", "{seen}");
}
