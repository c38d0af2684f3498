//! A tiny upstream provider written for the tests: plain OAuth 2.0 (a user-info endpoint with a
//! GitHub-like answer) or OIDC whose ID tokens are signed by a key it does not publish. Its
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
}

/// The client secret the stand-in expects.
pub const SECRET: &str = "standin-secret";

/// A running stand-in; it serves until the test process ends.
pub struct StandIn {
    /// `http://127.0.0.1:PORT`.
    pub base: String,
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
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let _ = serve(stream, mode, &issuer, &codes);
        }
    });
    StandIn { base }
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
            if !verifier_ok || params.get("client_secret").map(String::as_str) != Some(SECRET) {
                (400, None, json!({ "error": "invalid_grant" }))
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
    let mut out = stream;
    write!(
        out,
        "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n{}\r\n{body}",
        body.len(),
        location
            .map(|l| format!("Location: {l}\r\n"))
            .unwrap_or_default()
    )?;
    out.flush()
}
