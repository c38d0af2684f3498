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
