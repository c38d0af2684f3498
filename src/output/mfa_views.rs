//! How second factors look as tables: the list, and the enrolments that show a secret once.

use crate::model::mfa::Factor;
use crate::ops::accounts::mfa::{BackupCodeSet, TotpEnrolment};
use crate::output::views::Tabular;

fn when(value: &Option<crate::model::timestamp::Timestamp>) -> String {
    value.map(|t| t.to_rfc3339()).unwrap_or_default()
}

impl Tabular for Factor {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "type",
            "created_at",
            "last_used_at",
            "remaining_codes",
        ]
    }

    fn row(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.kind.as_str().to_string(),
            self.created_at.to_rfc3339(),
            when(&self.last_used_at),
            self.remaining_codes
                .map(|n| n.to_string())
                .unwrap_or_default(),
        ]
    }
}

impl Tabular for TotpEnrolment {
    fn headers() -> Vec<&'static str> {
        vec!["id", "type", "secret", "otpauth_uri"]
    }

    fn row(&self) -> Vec<String> {
        vec![
            self.factor.id.clone(),
            self.factor.kind.as_str().to_string(),
            self.secret.clone(),
            self.otpauth_uri.clone(),
        ]
    }
}

impl Tabular for BackupCodeSet {
    fn headers() -> Vec<&'static str> {
        vec!["id", "type", "codes"]
    }

    fn row(&self) -> Vec<String> {
        vec![
            self.factor.id.clone(),
            self.factor.kind.as_str().to_string(),
            self.codes.join("\n"),
        ]
    }
}
