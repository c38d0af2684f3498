//! The SAML endpoints the IdP talks to: `POST /api/authn/single-sign-on/saml/{id}` (the ACS,
//! Logto's path) and `GET /enterprise-sso/{id}` (doorman's SP metadata; the URL is also its
//! entity id). The ACS is POSTed to from the IdP's page, without the browser's cookies: it
//! checks the response and sends the browser on to `GET /callback/{id}`, which checks the
//! browser as for any connector.

use crate::model::connector::ConnectorKind;
use crate::oidc::authorize;
use crate::ops::Doorman;
use crate::ops::federation::saml_sign_in::Consumed;
use crate::web::common::binding::bind_interaction;
use crate::web::common::http::{Request, Response};
use crate::web::common::responses::{Answer, error_detail, error_page};
use crate::web::common::session::{csrf_token, with_csrf};
use crate::web::engine::state::ServerState;
use crate::web::pages::connectors::upstream_failed;

/// The ACS path prefix; the connector's id follows.
pub const ACS_PREFIX: &str = "/api/authn/single-sign-on/saml/";
/// The SP metadata path prefix; the connector's id follows.
pub const METADATA_PREFIX: &str = "/enterprise-sso/";

/// `GET /enterprise-sso/{id}`: the SP metadata an IdP imports.
pub fn metadata(doorman: &mut Doorman, request: &Request, id: &str) -> Answer {
    if request.method != "GET" {
        return Ok(Response::empty(405).header("Allow", "GET"));
    }
    let Some(connector) = doorman
        .connector_for_sign_in(id)?
        .filter(|c| c.kind == ConnectorKind::Saml && c.id == id)
    else {
        return Ok(error_page(doorman, request, None, 404, "error.not_found"));
    };
    let sp = doorman.service_provider(&connector.id)?;
    let key = doorman.sp_key(&connector.id)?;
    let signs_requests = connector
        .endpoints
        .saml
        .as_ref()
        .is_some_and(|idp| idp.want_signed_requests);
    Ok(Response::empty(200)
        .header(
            "Content-Type",
            "application/samlmetadata+xml; charset=utf-8",
        )
        .header("Cache-Control", "no-cache")
        .body(crate::saml::sp_metadata(&sp, &key, signs_requests).into_bytes()))
}

/// `POST /api/authn/single-sign-on/saml/{id}`: the IdP's response.
pub fn acs(state: &ServerState, doorman: &mut Doorman, request: &Request, id: &str) -> Answer {
    if request.method != "POST" {
        return Ok(Response::empty(405).header("Allow", "POST"));
    }
    let Some(encoded) = request.param("SAMLResponse").filter(|r| !r.is_empty()) else {
        return Ok(error_detail(
            doorman,
            request,
            None,
            400,
            "error.invalid_request",
            "no SAMLResponse was posted",
        ));
    };
    let relay_state = request.param("RelayState");
    match doorman.consume_saml_response(id, encoded, relay_state)? {
        None => Ok(error_page(doorman, request, None, 404, "error.not_found")),
        Some(Consumed::Answered { state }) => Ok(Response::redirect(&callback(id, &state))),
        Some(Consumed::UnknownState) => Ok(error_page(
            doorman,
            request,
            None,
            400,
            "error.upstream_state",
        )),
        Some(Consumed::Refused { provider, reason }) => {
            Ok(upstream_failed(doorman, request, None, &provider, &reason))
        }
        Some(Consumed::Unsolicited {
            connector,
            attributes,
        }) => {
            let client_id = connector
                .endpoints
                .saml
                .as_ref()
                .and_then(|s| s.default_app.clone())
                .unwrap_or_default();
            let app = doorman.find_client(&client_id)?;
            let Some(redirect_uri) = app.as_ref().and_then(|a| a.redirect_uris.first()) else {
                return Ok(error_page(doorman, request, None, 400, "error.unknown_app"));
            };
            // A fresh authorization request for the default app, as if it had sent the user.
            let params: Vec<(String, String)> = [
                ("client_id", client_id.as_str()),
                ("redirect_uri", redirect_uri.as_str()),
                ("response_type", "code"),
                ("scope", "openid profile email"),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
            let Ok(auth) = authorize::validate(&params, app.as_ref()) else {
                return Ok(error_page(doorman, request, None, 400, "error.unknown_app"));
            };
            let (csrf, new) = csrf_token(request);
            let interaction = doorman.start_interaction(&auth, &csrf)?;
            let state_id = doorman.park_unsolicited(&interaction, &connector, attributes)?;
            let onward = Response::redirect(&callback(id, &state_id));
            let bound = bind_interaction(state, doorman, &interaction, onward)?;
            Ok(with_csrf(state, bound, &csrf, new))
        }
    }
}

fn callback(id: &str, state: &str) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    query.append_pair("state", state);
    format!("/callback/{id}?{}", query.finish())
}
