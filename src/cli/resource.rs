//! `doorman resource ...`: API resources and their permissions.

use clap::Subcommand;

use crate::cli::{Session, prompt};
use crate::error::Result;
use crate::model::duration::parse_seconds;
use crate::ops::organizations::resources::ResourceChanges;

#[derive(Debug, Subcommand)]
pub(crate) enum ResourceCommand {
    /// Register an API resource: the indicator apps send as `resource`, with its permissions
    Create {
        /// Display name
        name: String,
        /// Resource indicator: an absolute URI, the `aud` of its tokens
        #[arg(long, value_name = "URI")]
        indicator: String,
        /// A permission, NAME or "NAME: DESCRIPTION" (repeatable)
        #[arg(long = "scope", value_name = "SCOPE")]
        scopes: Vec<String>,
        /// Lifetime of its access tokens, such as 15m or 1h [default: the configured one]
        #[arg(long, value_name = "DURATION")]
        access_token_ttl: Option<String>,
    },
    /// List API resources
    List,
    /// Show an API resource with its permissions
    Show {
        /// Indicator, id or name
        resource: String,
    },
    /// Rename an API resource, change its token lifetime, add or remove permissions
    Update {
        /// Indicator, id or name
        resource: String,
        /// New name
        #[arg(long)]
        name: Option<String>,
        /// New access-token lifetime
        #[arg(long, value_name = "DURATION")]
        access_token_ttl: Option<String>,
        /// Add (or re-describe) a permission, NAME or "NAME: DESCRIPTION" (repeatable)
        #[arg(long = "add-scope", value_name = "SCOPE")]
        add_scopes: Vec<String>,
        /// Remove a permission by name (repeatable)
        #[arg(long = "remove-scope", value_name = "NAME")]
        remove_scopes: Vec<String>,
    },
    /// Delete an API resource; roles lose its permissions
    Delete {
        /// Indicator, id or name
        resource: String,
    },
}

fn ttl(text: Option<&str>) -> Result<Option<i64>> {
    text.map(|t| parse_seconds(t).map_err(|e| e.context("--access-token-ttl")))
        .transpose()
}

pub(crate) fn run(session: &Session, cmd: ResourceCommand) -> Result<()> {
    let printer = session.printer;
    let mut doorman = session.open()?;
    match cmd {
        ResourceCommand::Create {
            name,
            indicator,
            scopes,
            access_token_ttl,
        } => printer.one(&doorman.create_resource(
            &name,
            &indicator,
            &scopes,
            ttl(access_token_ttl.as_deref())?,
        )?),
        ResourceCommand::List => printer.list(&doorman.list_resources()?),
        ResourceCommand::Show { resource } => printer.one(&doorman.show_resource(&resource)?),
        ResourceCommand::Update {
            resource,
            name,
            access_token_ttl,
            add_scopes,
            remove_scopes,
        } => {
            let changes = ResourceChanges {
                name,
                access_token_ttl: ttl(access_token_ttl.as_deref())?,
                add_scopes,
                remove_scopes,
            };
            printer.one(&doorman.update_resource(&resource, &changes)?)
        }
        ResourceCommand::Delete { resource } => {
            let found = doorman.show_resource(&resource)?;
            prompt::confirm(
                session,
                &format!(
                    "delete API resource '{}' with {} permissions",
                    found.indicator,
                    found.scopes.len()
                ),
            )?;
            printer.one(&doorman.delete_resource(&found.indicator)?)
        }
    }
    Ok(())
}
