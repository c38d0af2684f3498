//! A tiny upstream provider written for the tests: plain OAuth 2.0 (a user-info endpoint with a
//! GitHub-like answer), OIDC whose ID tokens are signed by a key it does not publish, or a Sign in
//! with Apple look-alike (answers by `form_post` with the `user` field, wants a client secret
//! that is an ES256 JWT signed with the developer's key, says `email_verified: "true"`). Its
//! authorization endpoint consents at once; its token endpoint checks the PKCE verifier and the
//! client secret, so a connector that forgot either fails the test.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

use doorman::oidc::keys::{KeyAlgorithm, PrivateKey, Signer, generate};
use serde_json::{Value, json};

/// What the stand-in speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// OAuth 2.0 with `/user`.
    OAuth2,
    /// OIDC, signing ID tokens with a key missing from its JWKS.
    ForeignKeyOidc,
    /// Sign in with Apple's ways.
    Apple,
}

/// The Apple look-alike's team and key ids.
pub const APPLE_TEAM: &str = "TEAM123456";
/// The id of the developer's key.
pub const APPLE_KEY_ID: &str = "KEY1234567";

/// The client secret the stand-in expects.
pub const SECRET: &str = "standin-secret";

/// A running stand-in; it serves until the test process ends.
pub struct StandIn {
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// The developer's private key (PKCS#8 PEM) the Apple look-alike checks client secrets
    /// against, as Apple's `AuthKey_<key id>.p8`.
    pub developer_key: String,
}

/// The keys a stand-in keeps for its life.
struct Keys {
    /// Signs its ID tokens (published in Apple mode).
    published: doorman::oidc::keys::GeneratedKey,
    /// The developer's key (Apple mode).
    developer: doorman::oidc::keys::GeneratedKey,
}

struct Pending {
    challenge: String,
    nonce: Option<String>,
}

/// Starts a stand-in on a free port.
pub fn start(mode: Mode) -> StandIn {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let codes: Arc<Mutex<HashMap<String, Pending>>> = Arc::default();
    let issuer = base.clone();
    let keys = Arc::new(Keys {
        published: generate(KeyAlgorithm::ES256).unwrap(),
        developer: generate(KeyAlgorithm::ES256).unwrap(),
    });
    let developer_key = keys.developer.private_pem.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let _ = serve(stream, mode, &issuer, &codes, &keys);
        }
    });
    StandIn {
        base,
        developer_key,
    }
}

/// Whether a client secret is the JWT Apple wants: ES256 by the developer's key, from the team
/// to this issuer about the client.
fn apple_secret_ok(secret: &str, keys: &Keys, issuer: &str, client_id: &str) -> bool {
    let Ok(key) = jsonwebtoken::DecodingKey::from_jwk(&keys.developer.public_jwk) else {
        return false;
    };
    let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::ES256);
    validation.set_audience(&[issuer]);
    validation.set_issuer(&[APPLE_TEAM]);
    validation.sub = Some(client_id.to_string());
    let header_ok =
        jsonwebtoken::decode_header(secret).is_ok_and(|h| h.kid.as_deref() == Some(APPLE_KEY_ID));
    header_ok && jsonwebtoken::decode::<Value>(secret, &key, &validation).is_ok()
}

fn signer() -> Signer {
    let key = generate(KeyAlgorithm::ES256).unwrap();
    Signer {
        kid: key.kid,
        algorithm: key.algorithm,
        key: PrivateKey::from_pem(key.algorithm, &key.private_pem).unwrap(),
    }
}

fn serve(
    stream: TcpStream,
    mode: Mode,
    issuer: &str,
    codes: &Mutex<HashMap<String, Pending>>,
    keys: &Keys,
) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let target = line.split_whitespace().nth(1).unwrap_or("/").to_string();
    let mut headers = HashMap::new();
    loop {
        let mut header = String::new();
        reader.read_line(&mut header)?;
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some((k, v)) = header.split_once(':') {
            headers.insert(k.trim().to_lowercase(), v.trim().to_string());
        }
    }
    let length: usize = headers
        .get("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    let (path, query) = target.split_once('?').unwrap_or((&target, ""));
    let params: HashMap<String, String> = form_urlencoded::parse(query.as_bytes())
        .chain(form_urlencoded::parse(&body))
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let (status, location, answer) = match path {
        "/.well-known/openid-configuration" => (
            200,
            None,
            json!({
                "issuer": issuer,
                "authorization_endpoint": format!("{issuer}/authorize"),
                "token_endpoint": format!("{issuer}/token"),
                "jwks_uri": format!("{issuer}/jwks"),
            }),
        ),
        "/jwks" if mode == Mode::Apple => {
            (200, None, json!({ "keys": [keys.published.public_jwk] }))
        }
        "/jwks" => {
            let published = generate(KeyAlgorithm::ES256).unwrap();
            (200, None, json!({ "keys": [published.public_jwk] }))
        }
        "/authorize" => {
            let code = doorman::model::id::random_string(16);
            codes.lock().unwrap().insert(
                code.clone(),
                Pending {
                    challenge: params["code_challenge"].clone(),
                    nonce: params.get("nonce").cloned(),
                },
            );
            if mode == Mode::Apple {
                // form_post: a page that POSTs the answer back, with the name Apple sends once.
                if params.get("response_mode").map(String::as_str) != Some("form_post") {
                    return respond(stream, 400, None, "text/plain", "form_post is required");
                }
                let user = r#"{"name":{"firstName":"Ada","lastName":"Lovelace"},"email":"ada@apple.test"}"#;
                let field = |name: &str, value: &str| {
                    format!(
                        "<input type=hidden name={name} value=\"{}\">",
                        value.replace('&', "&amp;").replace('"', "&quot;")
                    )
                };
                let page = format!(
                    "<!doctype html><body onload=\"document.forms[0].submit()\">\
                     <form method=post action=\"{}\">{}{}{}</form></body>",
                    params["redirect_uri"],
                    field("code", &code),
                    field("state", &params["state"]),
                    field("user", user),
                );
                return respond(stream, 200, None, "text/html", &page);
            }
            let to = format!(
                "{}?code={code}&state={}",
                params["redirect_uri"], params["state"]
            );
            (303, Some(to), Value::Null)
        }
        "/token" => {
            let pending = codes.lock().unwrap().remove(&params["code"]);
            let verifier_ok = pending.as_ref().is_some_and(|p| {
                doorman::oidc::pkce::verify(&params["code_verifier"], &p.challenge)
            });
            let secret = params
                .get("client_secret")
                .map(String::as_str)
                .unwrap_or_default();
            let secret_ok = match mode {
                Mode::Apple => apple_secret_ok(secret, keys, issuer, &params["client_id"]),
                _ => secret == SECRET,
            };
            if !verifier_ok || !secret_ok {
                (400, None, json!({ "error": "invalid_grant" }))
            } else if mode == Mode::Apple {
                let now = doorman::model::timestamp::Timestamp::now().unix();
                let claims = json!({
                    "iss": issuer, "sub": "001234.apple.subject", "aud": params["client_id"],
                    "exp": now + 300, "iat": now, "email": "ada@apple.test",
                    "email_verified": "true", "nonce": pending.and_then(|p| p.nonce),
                });
                let signer = Signer {
                    kid: keys.published.kid.clone(),
                    algorithm: keys.published.algorithm,
                    key: PrivateKey::from_pem(
                        keys.published.algorithm,
                        &keys.published.private_pem,
                    )
                    .unwrap(),
                };
                let token =
                    doorman::oidc::jwt::sign(&signer, None, claims.as_object().unwrap()).unwrap();
                (
                    200,
                    None,
                    json!({ "id_token": token, "access_token": "x", "token_type": "bearer" }),
                )
            } else if mode == Mode::OAuth2 {
                (
                    200,
                    None,
                    json!({ "access_token": "standin-token", "token_type": "bearer" }),
                )
            } else {
                let now = doorman::model::timestamp::Timestamp::now().unix();
                let claims = json!({
                    "iss": issuer, "sub": "forged", "aud": params["client_id"],
                    "exp": now + 300, "iat": now, "email": "mallory@example.com",
                    "email_verified": true, "nonce": pending.and_then(|p| p.nonce),
                });
                let token =
                    doorman::oidc::jwt::sign(&signer(), None, claims.as_object().unwrap()).unwrap();
                (
                    200,
                    None,
                    json!({ "id_token": token, "access_token": "x", "token_type": "bearer" }),
                )
            }
        }
        "/user" => {
            if headers.get("authorization").map(String::as_str) == Some("Bearer standin-token") {
                (
                    200,
                    None,
                    json!({
                        "id": 4242, "login": "octo", "name": "Octo Cat",
                        "email": "octo@example.com", "avatar_url": "https://avatars.example.com/octo.png",
                    }),
                )
            } else {
                (401, None, json!({ "message": "Bad credentials" }))
            }
        }
        _ => (404, None, json!({})),
    };
    let body = if answer.is_null() {
        String::new()
    } else {
        answer.to_string()
    };
    respond(stream, status, location, "application/json", &body)
}

fn respond(
    mut out: TcpStream,
    status: u16,
    location: Option<String>,
    content_type: &str,
    body: &str,
) -> std::io::Result<()> {
    write!(
        out,
        "HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n{}\r\n{body}",
        body.len(),
        location
            .map(|l| format!("Location: {l}\r\n"))
            .unwrap_or_default()
    )?;
    out.flush()
}
