//! Server time of the SAML ACS, in process: the router answering
//! `POST /api/authn/single-sign-on/saml/{id}` with a canned, signed, unsolicited response from
//! pysaml2 (`tests/saml/canned/`): the signature verified by xmlsec1, the signed assertion read
//! and checked, the assertion remembered, a sign-in to the default app started and the browser
//! sent on. The clock is fixed inside the response's window, and the replay cache is emptied
//! between runs (untimed) so the same response is accepted each time.
//! `cargo bench --features saml --bench saml` prints the median and 90th percentile.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

use doorman::model::connector::{ConnectorKind, Endpoints};
use doorman::model::timestamp::Timestamp;
use doorman::ops::Clock;
use doorman::ops::federation::connectors::ConnectorInput;
use doorman::web::engine::router;

mod common;
use common::{request, summary};

const RESPONSE: &str = include_str!("../tests/saml/canned/response.b64");
const METADATA: &str = include_str!("../tests/saml/canned/idp-metadata.xml");
/// One second after the canned response's IssueInstant.
const NOW: i64 = 1_796_466_598;

fn main() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let mut doorman = common::doorman(dir.path(), Clock::Fixed(Timestamp::from_unix(NOW)));
    doorman
        .create_app(doorman::ops::clients::apps::NewApp {
            name: "Shop".into(),
            client_id: Some("shop".into()),
            app_type: doorman::model::app::AppType::Web,
            redirect_uris: vec!["http://127.0.0.1:9/callback".into()],
            post_logout_redirect_uris: Vec::new(),
            backchannel_logout_uri: None,
            is_third_party: false,
            device_flow: false,
        })
        .unwrap();
    let mut idp = doorman::saml::parse_idp_metadata(METADATA).unwrap();
    idp.idp_initiated = true;
    idp.default_app = Some("shop".into());
    doorman
        .create_connector(&ConnectorInput {
            id: Some("bench".into()),
            name: "Bench".into(),
            kind: Some(ConnectorKind::Saml),
            endpoints: Endpoints {
                saml: Some(idp),
                ..Endpoints::default()
            },
            ..ConnectorInput::default()
        })
        .unwrap();
    let shared = common::state();
    let runs = common::runs(1000);
    let mut micros = Vec::with_capacity(runs);
    for _ in 0..runs {
        doorman
            .store
            .conn()
            .execute("DELETE FROM saml_assertions", [])
            .unwrap();
        let acs = request(
            "POST",
            "/api/authn/single-sign-on/saml/bench",
            &[("SAMLResponse", RESPONSE)],
        );
        let started = Instant::now();
        let response = router::handle(&shared, &mut doorman, &acs);
        micros.push(started.elapsed().as_secs_f64() * 1e6);
        assert_eq!(
            response.status,
            303,
            "{}",
            String::from_utf8_lossy(&response.body)
        );
    }
    summary("ACS, signed unsolicited response (xmlsec1)", micros);
}
