//! How personal access tokens look as tables: the token itself only on the one creation that
//! shows it.

use crate::model::timestamp::Timestamp;
use crate::ops::accounts::personal_tokens::PersonalToken;
use crate::output::views::Tabular;

fn when(value: &Option<Timestamp>) -> String {
    value.map(Timestamp::to_rfc3339).unwrap_or_default()
}

impl Tabular for PersonalToken {
    fn headers() -> Vec<&'static str> {
        vec!["name", "created_at", "expires_at", "last_used_at"]
    }

    fn row(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.created_at.to_rfc3339(),
            when(&self.expires_at),
            when(&self.last_used_at),
        ]
    }

    fn detail(&self) -> Vec<(&'static str, String)> {
        let mut rows = self.columns();
        if let Some(token) = &self.token {
            rows.push(("token", token.clone()));
        }
        rows
    }
}
