//! Authorization request validation (`/oidc/auth`): any query string against a registered web
//! app. It must answer with a request or a refusal, never panic.
#![no_main]

use doorman::model::app::{App, AppType};
use doorman::model::timestamp::Timestamp;
use doorman::oidc::authorize::validate;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let app = App {
        client_id: "web".into(),
        name: "Web".into(),
        app_type: AppType::Web,
        redirect_uris: vec!["http://app.test/callback".into()],
        post_logout_redirect_uris: vec![],
        backchannel_logout_uri: None,
        is_third_party: false,
        built_in: false,
        device_flow: false,
        claims: Default::default(),
        created_at: Timestamp::from_unix(0),
        updated_at: Timestamp::from_unix(0),
    };
    let params: Vec<(String, String)> = url::form_urlencoded::parse(data)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let _ = validate(&params, Some(&app));
    let _ = validate(&params, None);
});
