//! Server time of a connector sign-in's callback, in process: the router answering
//! `GET /callback/{id}` (the state taken, the upstream's ID token checked against its keys or
//! its user info mapped, the user found or made and linked, the session started, the
//! authorization code issued). The upstream is canned and the time spent inside it (signing its
//! ID token included) is subtracted, so the figures are doorman's own work without the token
//! exchange. `cargo bench --bench connectors` prints medians and 90th percentiles.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use doorman::model::connector::{ConnectorKind, Endpoints};
use doorman::model::timestamp::Timestamp;
use doorman::oidc::keys::{KeyAlgorithm, PrivateKey, Signer, generate};
use doorman::ops::Clock;
use doorman::ops::federation::connectors::ConnectorInput;
use doorman::ops::federation::upstream::{HttpClient, UpstreamError, Upstreams};
use doorman::web::engine::router;
use serde_json::{Value, json};

mod common;
use common::{carry, location, request, summary};

const REDIRECT: &str = "http://127.0.0.1:9/callback";
const UPSTREAM: &str = "http://upstream.test/oidc";

/// What the canned upstream answers next, and how long it took.
#[derive(Default)]
struct Script {
    nonce: String,
    subject: String,
    spent: Duration,
}

struct Canned {
    script: Arc<Mutex<Script>>,
    signer: Signer,
    jwks: Value,
}

impl HttpClient for Canned {
    fn get_json(&self, url: &str, _bearer: Option<&str>) -> Result<Value, UpstreamError> {
        let started = Instant::now();
        let answer = if url.ends_with("/openid-configuration") {
            json!({
                "issuer": UPSTREAM,
                "authorization_endpoint": format!("{UPSTREAM}/auth"),
                "token_endpoint": format!("{UPSTREAM}/token"),
                "jwks_uri": format!("{UPSTREAM}/jwks"),
            })
        } else if url.ends_with("/jwks") {
            self.jwks.clone()
        } else {
            let s = self.script.lock().unwrap();
            json!({ "id": s.subject, "email": format!("{}@example.com", s.subject) })
        };
        self.script.lock().unwrap().spent += started.elapsed();
        Ok(answer)
    }

    fn get_text(&self, url: &str) -> Result<String, UpstreamError> {
        Err(UpstreamError::Refused(format!(
            "{url}: the bench serves no documents"
        )))
    }

    fn post_form(&self, _url: &str, form: &[(&str, &str)]) -> Result<(u16, Value), UpstreamError> {
        let started = Instant::now();
        let client_id = form.iter().find(|(k, _)| *k == "client_id").unwrap().1;
        let mut s = self.script.lock().unwrap();
        let now = Timestamp::now().unix();
        let claims = json!({
            "iss": UPSTREAM, "sub": s.subject, "aud": client_id, "exp": now + 600, "iat": now,
            "nonce": s.nonce, "email": format!("{}@example.com", s.subject), "email_verified": true,
        });
        let id_token =
            doorman::oidc::jwt::sign(&self.signer, None, claims.as_object().unwrap()).unwrap();
        s.spent += started.elapsed();
        Ok((
            200,
            json!({ "id_token": id_token, "access_token": "at", "token_type": "bearer" }),
        ))
    }
}

fn main() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let clock = Clock::Fixed(Timestamp::now());
    let mut doorman = common::doorman(dir.path(), clock);
    common::spa(&mut doorman, REDIRECT);
    let key = generate(KeyAlgorithm::ES256).unwrap();
    let script = Arc::new(Mutex::new(Script::default()));
    doorman.upstreams = Upstreams::new(Box::new(Canned {
        script: script.clone(),
        jwks: json!({ "keys": [key.public_jwk] }),
        signer: Signer {
            kid: key.kid,
            algorithm: key.algorithm,
            key: PrivateKey::from_pem(key.algorithm, &key.private_pem).unwrap(),
        },
    }));
    for (id, kind) in [
        ("oidc", ConnectorKind::Oidc),
        ("oauth", ConnectorKind::Oauth2),
    ] {
        let endpoints = match kind {
            ConnectorKind::Oidc => Endpoints {
                issuer: Some(UPSTREAM.into()),
                ..Endpoints::default()
            },
            ConnectorKind::Oauth2 | ConnectorKind::Saml => Endpoints {
                authorization_endpoint: Some(format!("{UPSTREAM}/auth")),
                token_endpoint: Some(format!("{UPSTREAM}/token")),
                userinfo_endpoint: Some(format!("{UPSTREAM}/user")),
                ..Endpoints::default()
            },
        };
        doorman
            .create_connector(&ConnectorInput {
                id: Some(id.into()),
                name: id.into(),
                kind: Some(kind),
                endpoints,
                client_id: "doorman".into(),
                client_secret: Some("secret".into()),
                ..ConnectorInput::default()
            })
            .unwrap();
    }
    let shared = common::state();
    let runs = common::runs(2000);
    let target = format!(
        "/oidc/auth?client_id=bench&response_type=code&scope=openid%20email&prompt=login\
         &redirect_uri={}&code_challenge=V5T1pu0fu1y3sRJgbQCFWSiHUp6nY5V0Gm4ov7oQO1U\
         &code_challenge_method=S256",
        form_urlencoded::byte_serialize(REDIRECT.as_bytes()).collect::<String>()
    );
    let mut one_sign_in = |connector: &str, subject: &str| -> f64 {
        let sign_in = location(&router::handle(
            &shared,
            &mut doorman,
            &request("GET", &target, &[]),
        ));
        let interaction = sign_in.split('=').nth(1).unwrap().to_string();
        let departure = router::handle(
            &shared,
            &mut doorman,
            &request(
                "GET",
                &format!("/sign-in/connector/{connector}?interaction={interaction}"),
                &[],
            ),
        );
        let upstream = location(&departure);
        let url = url::Url::parse(&upstream).unwrap();
        let param = |name: &str| {
            url.query_pairs()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.into_owned())
                .unwrap_or_default()
        };
        {
            let mut s = script.lock().unwrap();
            s.nonce = param("nonce");
            s.subject = subject.to_string();
            s.spent = Duration::ZERO;
        }
        let callback = format!("/callback/{connector}?code=c&state={}", param("state"));
        let started = Instant::now();
        let back = carry(request("GET", &callback, &[]), &departure);
        let response = router::handle(&shared, &mut doorman, &back);
        if response.status != 303 {
            panic!("{}", String::from_utf8_lossy(&response.body));
        }
        let total = started.elapsed();
        assert!(
            location(&response).starts_with(REDIRECT),
            "{}",
            response.status
        );
        let upstream_time = script.lock().unwrap().spent;
        (total - upstream_time).as_secs_f64() * 1e6
    };
    let mut oidc_new = Vec::with_capacity(runs);
    let mut oidc_known = Vec::with_capacity(runs);
    let mut oauth_known = Vec::with_capacity(runs);
    for i in 0..runs {
        oidc_new.push(one_sign_in("oidc", &format!("user{i}")));
        oidc_known.push(one_sign_in("oidc", "user0"));
        oauth_known.push(one_sign_in("oauth", "octo"));
    }
    summary("callback, OIDC, new user (JIT)", oidc_new);
    summary("callback, OIDC, returning user", oidc_known);
    summary("callback, OAuth 2.0, returning user", oauth_known);
}
