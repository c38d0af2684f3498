//! The token endpoint (`/oidc/token`) end to end on an in-memory database: any form body from a
//! client with the right Basic credentials and from one without. Every answer must be a token
//! response or an OAuth error, never a panic.
#![no_main]

use std::sync::Mutex;
use std::sync::OnceLock;

use doorman::credentials::password::{Hasher, HashingCost};
use doorman::model::app::AppType;
use doorman::ops::clients::apps::NewApp;
use doorman::ops::{Clock, Doorman};
use doorman::store::Store;
use doorman::web::common::http::Request;
use doorman::web::oidc::endpoints::token;
use libfuzzer_sys::fuzz_target;

struct Setup {
    doorman: Doorman,
    basic: String,
}

fn setup() -> &'static Mutex<Setup> {
    static SETUP: OnceLock<Mutex<Setup>> = OnceLock::new();
    SETUP.get_or_init(|| {
        let cheap = HashingCost {
            memory_kib: 1024,
            iterations: 1,
            parallelism: 1,
        };
        let store = Store::open_in_memory().expect("an in-memory database");
        let hasher = Hasher::new(cheap).expect("a hasher");
        let mut doorman = Doorman::new(store, hasher, "fuzz", Clock::System);
        doorman
            .init(Some("http://localhost:3001/oidc"))
            .expect("init");
        let created = doorman
            .create_app(NewApp {
                name: "Web".into(),
                app_type: AppType::Web,
                redirect_uris: vec!["http://app.test/callback".into()],
                post_logout_redirect_uris: vec![],
                backchannel_logout_uri: None,
                is_third_party: false,
                client_id: Some("web".into()),
                device_flow: false,
            })
            .expect("an app");
        let secret = created
            .client_secret
            .expect("a confidential app has a secret");
        let basic = base64_basic("web", &secret);
        Mutex::new(Setup { doorman, basic })
    })
}

fn base64_basic(id: &str, secret: &str) -> String {
    use std::fmt::Write;
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let input = format!("{id}:{secret}");
    let mut out = String::from("Basic ");
    for chunk in input.as_bytes().chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                let _ = write!(
                    out,
                    "{}",
                    ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char
                );
            } else {
                out.push('=');
            }
        }
    }
    out
}

fuzz_target!(|data: &[u8]| {
    let mut setup = setup().lock().unwrap_or_else(|p| p.into_inner());
    let basic = setup.basic.clone();
    for authorization in [Some(basic), None] {
        let mut headers = vec![(
            "content-type".to_string(),
            "application/x-www-form-urlencoded".to_string(),
        )];
        if let Some(value) = authorization {
            headers.push(("authorization".into(), value));
        }
        let Ok(request) = Request::from_parts("POST", "/oidc/token", headers, data, None) else {
            return;
        };
        let _ = token(&mut setup.doorman, &request);
    }
});
