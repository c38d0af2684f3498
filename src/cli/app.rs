//! `doorman app ...`: OIDC client applications.

use clap::{Args, Subcommand};

use crate::cli::role;
use crate::cli::{Session, prompt};
use crate::error::Result;
use crate::model::app::AppType;
use crate::model::principal::Principal;
use crate::ops::clients::apps::{AppChanges, NewApp};

#[derive(Debug, Subcommand)]
pub(crate) enum AppCommand {
    /// Create an app; prints its client_id, and its client_secret once for web and m2m apps
    Create {
        /// Display name
        name: String,
        /// Kind of client
        #[arg(long = "type", value_enum, value_name = "TYPE")]
        app_type: AppType,
        /// Redirect URI, matched exactly (repeatable)
        #[arg(long = "redirect-uri", value_name = "URI")]
        redirect_uris: Vec<String>,
        /// Post-logout redirect URI, matched exactly (repeatable)
        #[arg(long = "post-logout-redirect-uri", value_name = "URI")]
        post_logout_redirect_uris: Vec<String>,
        /// Where back-channel logout tokens are sent
        #[arg(long, value_name = "URI")]
        backchannel_logout_uri: Option<String>,
        /// A third-party app: users are asked for consent
        #[arg(long)]
        third_party: bool,
        /// A fixed client id [default: random]
        #[arg(long, value_name = "ID")]
        client_id: Option<String>,
        /// Let a native app use the device flow (RFC 8628): a device shows a code that a
        /// person types at /device
        #[arg(long)]
        device_flow: bool,
        /// Give an m2m app the Management API (the role `management`, made on first use)
        #[arg(long)]
        management_api: bool,
    },
    /// List apps
    List,
    /// Show one app
    Show {
        /// Client id or name
        app: String,
    },
    /// Change an app; list options replace the whole list
    Update(UpdateArgs),
    /// Delete an app
    Delete {
        /// Client id or name
        app: String,
    },
    /// Replace a web or m2m app's secret; prints the new one once
    RotateSecret {
        /// Client id or name
        app: String,
    },
    /// List, assign and take away an M2M app's roles (APP is a client id or name)
    #[command(subcommand)]
    Role(role::AssignmentCommand),
}

/// A field `app update --unset` clears.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum AppField {
    /// Every redirect URI.
    RedirectUris,
    /// Every post-logout redirect URI.
    PostLogoutRedirectUris,
    /// The back-channel logout URI.
    BackchannelLogoutUri,
}

#[derive(Debug, Args)]
pub(crate) struct UpdateArgs {
    /// Client id or name
    app: String,
    /// New name
    #[arg(long)]
    name: Option<String>,
    /// Redirect URI (repeatable; replaces the list)
    #[arg(long = "redirect-uri", value_name = "URI")]
    redirect_uris: Vec<String>,
    /// Post-logout redirect URI (repeatable; replaces the list)
    #[arg(long = "post-logout-redirect-uri", value_name = "URI")]
    post_logout_redirect_uris: Vec<String>,
    /// Back-channel logout URI
    #[arg(long, value_name = "URI")]
    backchannel_logout_uri: Option<String>,
    /// Third-party or not (--third-party=false)
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL")]
    third_party: Option<bool>,
    /// Device flow on or off, for a native app (--device-flow=false)
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL")]
    device_flow: Option<bool>,
    /// Clear a field (repeatable)
    #[arg(long, value_enum, value_name = "FIELD")]
    unset: Vec<AppField>,
    /// Add a custom claim to the tokens of the app's users, NAME=JSON (repeatable)
    #[arg(long, value_name = "NAME=JSON")]
    claim: Vec<String>,
    /// Remove a custom claim (repeatable)
    #[arg(long, value_name = "NAME")]
    unset_claim: Vec<String>,
}

impl UpdateArgs {
    fn changes(self) -> Result<AppChanges> {
        let list = |given: Vec<String>, field: AppField| {
            if self.unset.contains(&field) {
                Some(Vec::new())
            } else {
                (!given.is_empty()).then_some(given)
            }
        };
        let claims = self
            .claim
            .iter()
            .map(|c| crate::oidc::custom_claims::parse_assignment(c))
            .collect::<Result<_>>()?;
        Ok(AppChanges {
            redirect_uris: list(self.redirect_uris, AppField::RedirectUris),
            post_logout_redirect_uris: list(
                self.post_logout_redirect_uris,
                AppField::PostLogoutRedirectUris,
            ),
            backchannel_logout_uri: if self.unset.contains(&AppField::BackchannelLogoutUri) {
                Some(None)
            } else {
                self.backchannel_logout_uri.map(Some)
            },
            name: self.name,
            is_third_party: self.third_party,
            device_flow: self.device_flow,
            claims,
            unset_claims: self.unset_claim,
        })
    }
}

pub(crate) fn run(session: &Session, cmd: AppCommand) -> Result<()> {
    let printer = session.printer;
    let mut doorman = session.open()?;
    match cmd {
        AppCommand::Create {
            name,
            app_type,
            redirect_uris,
            post_logout_redirect_uris,
            backchannel_logout_uri,
            third_party,
            client_id,
            device_flow,
            management_api,
        } => {
            if management_api && app_type != AppType::M2m {
                return Err(crate::error::Error::invalid(format!(
                    "--management-api is for m2m apps, not a {} app",
                    app_type.as_str()
                )));
            }
            // The app and its access land together or not at all.
            doorman.store.defer_commits();
            let created = doorman.create_app(NewApp {
                name,
                app_type,
                redirect_uris,
                post_logout_redirect_uris,
                backchannel_logout_uri,
                is_third_party: third_party,
                client_id,
                device_flow,
            })?;
            if management_api {
                doorman.grant_management_api(&created.app.client_id)?;
            }
            doorman.store.commit_deferred()?;
            printer.one(&created)
        }
        AppCommand::List => printer.list(&doorman.list_apps()?),
        AppCommand::Show { app } => printer.one(&doorman.show_app(&app)?),
        AppCommand::Update(args) => {
            let app = args.app.clone();
            let changes = args.changes()?;
            printer.one(&doorman.update_app(&app, changes)?)
        }
        AppCommand::Delete { app } => {
            let found = doorman.show_app(&app)?;
            prompt::confirm(
                session,
                &format!("delete app '{}' ({})", found.name, found.client_id),
            )?;
            printer.one(&doorman.delete_app(&found.client_id)?);
        }
        AppCommand::RotateSecret { app } => {
            let found = doorman.show_app(&app)?;
            prompt::confirm(
                session,
                &format!(
                    "replace the secret of app '{}'; the old one stops working",
                    found.client_id
                ),
            )?;
            printer.one(&doorman.rotate_app_secret(&found.client_id)?);
        }
        AppCommand::Role(cmd) => role::run_assignment(session, Principal::App, cmd)?,
    }
    Ok(())
}
