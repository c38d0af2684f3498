//! How each kind of result looks as a table. JSON and YAML come from the types' `Serialize`.

use serde::Serialize;

use crate::model::app::{App, AppWithSecret};
use crate::model::audit::Event;
use crate::model::organization::{
    Invitation, Member, OrgRole, OrgScope, Organization, OrganizationDetail,
};
use crate::model::outbox::Message;
use crate::model::resource::{Resource, Role};
use crate::model::user::User;
use crate::ops::clients::keys::KeyInfo;
use crate::ops::organizations::orgs::UserDetail;

/// A value that can print as a table row and as a key/value detail view.
pub trait Tabular: Serialize {
    /// Column headings for a list.
    fn headers() -> Vec<&'static str>;
    /// One list row.
    fn row(&self) -> Vec<String>;
    /// Each heading beside this item's value in that column.
    fn columns(&self) -> Vec<(&'static str, String)> {
        Self::headers().into_iter().zip(self.row()).collect()
    }
    /// The detail view of one item: by default its [`Tabular::columns`].
    fn detail(&self) -> Vec<(&'static str, String)> {
        self.columns()
    }
}

fn opt(value: &Option<String>) -> String {
    value.clone().unwrap_or_default()
}

fn yes_no(value: bool) -> String {
    if value { "yes" } else { "no" }.to_string()
}

impl Tabular for User {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "username",
            "email",
            "phone",
            "name",
            "suspended",
            "created_at",
        ]
    }

    fn row(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            opt(&self.username),
            opt(&self.email),
            opt(&self.phone),
            opt(&self.name),
            yes_no(self.suspended),
            self.created_at.to_rfc3339(),
        ]
    }

    fn detail(&self) -> Vec<(&'static str, String)> {
        vec![
            ("id", self.id.clone()),
            ("username", opt(&self.username)),
            ("email", opt(&self.email)),
            ("email_verified", yes_no(self.email_verified)),
            ("phone", opt(&self.phone)),
            ("phone_verified", yes_no(self.phone_verified)),
            ("name", opt(&self.name)),
            ("avatar_url", opt(&self.avatar_url)),
            (
                "custom_data",
                serde_json::Value::Object(self.custom_data.clone()).to_string(),
            ),
            (
                "password",
                if self.has_password { "set" } else { "not set" }.to_string(),
            ),
            ("suspended", yes_no(self.suspended)),
            ("created_at", self.created_at.to_rfc3339()),
            ("updated_at", self.updated_at.to_rfc3339()),
            (
                "last_sign_in_at",
                self.last_sign_in_at
                    .map(|t| t.to_rfc3339())
                    .unwrap_or_default(),
            ),
        ]
    }
}

impl Tabular for Event {
    fn headers() -> Vec<&'static str> {
        vec!["at", "actor", "event", "user_id", "detail"]
    }

    fn row(&self) -> Vec<String> {
        vec![
            self.at.to_rfc3339(),
            self.actor.clone(),
            self.event.clone(),
            opt(&self.user_id),
            self.detail.to_string(),
        ]
    }

    fn detail(&self) -> Vec<(&'static str, String)> {
        vec![
            ("id", self.id.clone()),
            ("at", self.at.to_rfc3339()),
            ("actor", self.actor.clone()),
            ("event", self.event.clone()),
            ("user_id", opt(&self.user_id)),
            ("detail", self.detail.to_string()),
        ]
    }
}

impl Tabular for Message {
    fn headers() -> Vec<&'static str> {
        vec!["created_at", "channel", "to", "subject", "body"]
    }

    fn row(&self) -> Vec<String> {
        vec![
            self.created_at.to_rfc3339(),
            serde_json::to_value(self.channel)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
            self.to.clone(),
            opt(&self.subject),
            self.body.clone(),
        ]
    }

    fn detail(&self) -> Vec<(&'static str, String)> {
        let mut rows = vec![("id", self.id.clone())];
        rows.extend(self.columns());
        rows
    }
}

fn join(list: &[String]) -> String {
    list.join(", ")
}

impl Tabular for UserDetail {
    fn headers() -> Vec<&'static str> {
        User::headers()
    }

    fn row(&self) -> Vec<String> {
        self.user.row()
    }

    fn detail(&self) -> Vec<(&'static str, String)> {
        let mut rows = self.user.detail();
        let orgs: Vec<String> = self
            .organizations
            .iter()
            .map(|m| {
                if m.roles.is_empty() {
                    m.name.clone()
                } else {
                    format!("{} ({})", m.name, join(&m.roles))
                }
            })
            .collect();
        rows.push(("organizations", orgs.join("\n")));
        let mfa: Vec<&str> = self.mfa.iter().map(|k| k.as_str()).collect();
        rows.push(("mfa", mfa.join(", ")));
        rows
    }
}

impl Tabular for OrgScope {
    fn headers() -> Vec<&'static str> {
        vec!["name", "description", "id"]
    }

    fn row(&self) -> Vec<String> {
        vec![self.name.clone(), opt(&self.description), self.id.clone()]
    }
}

impl Tabular for OrgRole {
    fn headers() -> Vec<&'static str> {
        vec!["name", "type", "scopes", "description", "id"]
    }

    fn row(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.role_type.as_str().to_string(),
            join(&self.scopes),
            opt(&self.description),
            self.id.clone(),
        ]
    }
}

impl Tabular for Organization {
    fn headers() -> Vec<&'static str> {
        vec!["id", "name", "description", "created_at"]
    }

    fn row(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.name.clone(),
            opt(&self.description),
            self.created_at.to_rfc3339(),
        ]
    }

    fn detail(&self) -> Vec<(&'static str, String)> {
        let mut rows = self.columns();
        rows.push((
            "custom_data",
            serde_json::Value::Object(self.custom_data.clone()).to_string(),
        ));
        rows
    }
}

impl Tabular for OrganizationDetail {
    fn headers() -> Vec<&'static str> {
        Organization::headers()
    }

    fn row(&self) -> Vec<String> {
        self.organization.row()
    }

    fn detail(&self) -> Vec<(&'static str, String)> {
        let mut rows = self.organization.detail();
        rows.push(("member_count", self.member_count.to_string()));
        rows.push(("roles_in_use", join(&self.roles_in_use)));
        rows.push(("pending_invitations", self.pending_invitations.to_string()));
        rows
    }
}

impl Tabular for Member {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "kind",
            "name",
            "email",
            "username",
            "roles",
            "joined_at",
        ]
    }

    fn row(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.kind.as_str().to_string(),
            opt(&self.name),
            opt(&self.email),
            opt(&self.username),
            join(&self.roles),
            self.joined_at.to_rfc3339(),
        ]
    }
}

impl Tabular for Invitation {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "organization_id",
            "email",
            "roles",
            "status",
            "expires_at",
        ]
    }

    fn row(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.organization_id.clone(),
            self.email.clone(),
            join(&self.roles),
            self.status.as_str().to_string(),
            self.expires_at.to_rfc3339(),
        ]
    }

    fn detail(&self) -> Vec<(&'static str, String)> {
        let mut rows = self.columns();
        rows.push(("inviter_id", opt(&self.inviter_id)));
        rows.push(("accepted_user_id", opt(&self.accepted_user_id)));
        rows.push(("created_at", self.created_at.to_rfc3339()));
        rows.push(("link", self.link.clone()));
        rows
    }
}

impl Tabular for App {
    fn headers() -> Vec<&'static str> {
        vec!["client_id", "name", "type", "redirect_uris", "third_party"]
    }

    fn row(&self) -> Vec<String> {
        vec![
            self.client_id.clone(),
            self.name.clone(),
            self.app_type.as_str().to_string(),
            self.redirect_uris.join("\n"),
            yes_no(self.is_third_party),
        ]
    }

    fn detail(&self) -> Vec<(&'static str, String)> {
        vec![
            ("client_id", self.client_id.clone()),
            ("name", self.name.clone()),
            ("type", self.app_type.as_str().to_string()),
            ("redirect_uris", self.redirect_uris.join("\n")),
            (
                "post_logout_redirect_uris",
                self.post_logout_redirect_uris.join("\n"),
            ),
            ("backchannel_logout_uri", opt(&self.backchannel_logout_uri)),
            ("is_third_party", yes_no(self.is_third_party)),
            ("created_at", self.created_at.to_rfc3339()),
            ("updated_at", self.updated_at.to_rfc3339()),
        ]
    }
}

impl Tabular for AppWithSecret {
    fn headers() -> Vec<&'static str> {
        App::headers()
    }

    fn row(&self) -> Vec<String> {
        self.app.row()
    }

    fn detail(&self) -> Vec<(&'static str, String)> {
        let mut rows = self.app.detail();
        if let Some(secret) = &self.client_secret {
            rows.push((
                "client_secret",
                format!("{secret}\n(shown once: store it now)"),
            ));
        }
        rows
    }
}

impl Tabular for KeyInfo {
    fn headers() -> Vec<&'static str> {
        vec!["kid", "algorithm", "status", "created_at", "expires_at"]
    }

    fn row(&self) -> Vec<String> {
        vec![
            self.kid.clone(),
            self.algorithm.clone(),
            serde_json::to_value(self.status)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
            self.created_at.to_rfc3339(),
            self.expires_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
        ]
    }
}

impl Tabular for Resource {
    fn headers() -> Vec<&'static str> {
        vec!["indicator", "name", "scopes", "access_token_ttl", "id"]
    }

    fn row(&self) -> Vec<String> {
        let scopes: Vec<String> = self.scopes.iter().map(|s| s.name.clone()).collect();
        vec![
            self.indicator.clone(),
            self.name.clone(),
            join(&scopes),
            format!("{}s", self.access_token_ttl),
            self.id.clone(),
        ]
    }
}

impl Tabular for Role {
    fn headers() -> Vec<&'static str> {
        vec!["name", "type", "permissions", "description", "id"]
    }

    fn row(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.role_type.as_str().to_string(),
            join(&self.permissions),
            opt(&self.description),
            self.id.clone(),
        ]
    }
}
