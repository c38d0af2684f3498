//! How connectors and linked identities look as tables.

use crate::model::connector::Identity;
use crate::ops::federation::connectors::ConnectorView;
use crate::output::views::Tabular;

impl Tabular for ConnectorView {
    fn headers() -> Vec<&'static str> {
        vec![
            "name",
            "kind",
            "sso",
            "issuer / endpoint",
            "domains",
            "callback_url",
            "id",
        ]
    }

    fn row(&self) -> Vec<String> {
        let c = &self.connector;
        let kind = match c.preset {
            Some(preset) => format!("{} ({})", c.kind.as_str(), preset.as_str()),
            None => c.kind.as_str().to_string(),
        };
        let endpoint = c
            .endpoints
            .issuer
            .clone()
            .or_else(|| c.endpoints.authorization_endpoint.clone())
            .or_else(|| c.endpoints.saml.as_ref().map(|s| s.entity_id.clone()))
            .unwrap_or_default();
        vec![
            c.name.clone(),
            kind,
            if c.sso { "yes" } else { "" }.to_string(),
            endpoint,
            c.sso_config.domains.join(", "),
            self.callback_url.clone(),
            c.id.clone(),
        ]
    }

    fn detail(&self) -> Vec<(&'static str, String)> {
        let mut detail = self.columns();
        if self.service_provider.is_some() {
            // A SAML IdP answers at the ACS; the callback is doorman's own next step.
            detail.retain(|(key, _)| *key != "callback_url" && *key != "issuer / endpoint");
            detail.extend(self.saml_detail());
        }
        detail
    }
}

impl ConnectorView {
    /// What the detail view adds for a SAML connector: what the IdP's administrator registers,
    /// and what the IdP's metadata said.
    fn saml_detail(&self) -> Vec<(&'static str, String)> {
        let (Some(sp), Some(idp)) = (&self.service_provider, &self.connector.endpoints.saml) else {
            return Vec::new();
        };
        vec![
            ("sp_entity_id", sp.sp_entity_id.clone()),
            ("acs_url", sp.acs_url.clone()),
            ("sp_metadata_url", sp.sp_metadata_url.clone()),
            ("idp_entity_id", idp.entity_id.clone()),
            ("idp_sso_url", idp.sso_url.clone()),
            (
                "idp_initiated",
                if idp.idp_initiated { "yes" } else { "no" }.to_string(),
            ),
            ("default_app", idp.default_app.clone().unwrap_or_default()),
        ]
    }
}

impl Tabular for Identity {
    fn headers() -> Vec<&'static str> {
        vec!["connector", "subject", "email", "linked_at", "connector_id"]
    }

    fn row(&self) -> Vec<String> {
        vec![
            self.connector.clone(),
            self.subject.clone(),
            self.email.clone().unwrap_or_default(),
            self.linked_at.to_rfc3339(),
            self.connector_id.clone(),
        ]
    }
}
