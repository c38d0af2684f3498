//! `doorman org ...`: organizations, their members, and the role and scope template.

use clap::Subcommand;

use crate::cli::{Session, prompt};
use crate::error::Result;
use crate::model::resource::RoleType;
use crate::output;

#[derive(Debug, Subcommand)]
pub(crate) enum OrgCommand {
    /// Create an organization
    Create {
        /// Unique name
        name: String,
        /// Free text
        #[arg(long)]
        description: Option<String>,
    },
    /// List organizations
    List,
    /// Show an organization with its member count, roles in use and pending invitations
    Show {
        /// Organization id or name
        org: String,
    },
    /// Rename or re-describe an organization
    Update {
        /// Organization id or name
        org: String,
        /// New name
        #[arg(long)]
        name: Option<String>,
        /// New description ("" clears it)
        #[arg(long)]
        description: Option<String>,
        /// Whether members need a second factor (see mfa.organization_required_mfa_policy)
        #[arg(long, value_name = "true|false")]
        mfa_required: Option<bool>,
    },
    /// Delete an organization with its memberships and invitations
    Delete {
        /// Organization id or name
        org: String,
    },
    /// Manage members
    #[command(subcommand)]
    Member(MemberCommand),
    /// Manage organization roles (shared by all organizations)
    #[command(subcommand)]
    Role(RoleCommand),
    /// Manage organization scopes (shared by all organizations)
    #[command(subcommand)]
    Scope(ScopeCommand),
}

#[derive(Debug, Subcommand)]
pub(crate) enum MemberCommand {
    /// List members in joining order
    List {
        /// Organization id or name
        org: String,
        /// At most N members
        #[arg(long, value_name = "N")]
        limit: Option<u32>,
        /// Skip the first N members
        #[arg(long, default_value_t = 0, value_name = "N")]
        offset: u32,
    },
    /// Add users or machine-to-machine apps, optionally with roles
    Add {
        /// Organization id or name
        org: String,
        /// Users (id, email, username or phone) or M2M apps (client id or name)
        #[arg(required = true, value_name = "MEMBER")]
        members: Vec<String>,
        /// Role to grant each (repeatable)
        #[arg(long = "role", value_name = "ROLE")]
        roles: Vec<String>,
    },
    /// Remove a member and their roles
    Remove {
        /// Organization id or name
        org: String,
        /// User (id, email, username or phone) or M2M app (client id or name)
        #[arg(value_name = "MEMBER")]
        member: String,
    },
    /// Grant a role to a member
    Grant {
        /// Organization id or name
        org: String,
        /// User (id, email, username or phone) or M2M app (client id or name)
        #[arg(value_name = "MEMBER")]
        member: String,
        /// Role name
        role: String,
    },
    /// Take a role from a member
    Revoke {
        /// Organization id or name
        org: String,
        /// User (id, email, username or phone) or M2M app (client id or name)
        #[arg(value_name = "MEMBER")]
        member: String,
        /// Role name
        role: String,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum RoleCommand {
    /// Create a role holding scopes
    Create {
        /// Unique name
        name: String,
        /// Who it is for: user members, or machine-to-machine app members
        #[arg(long = "type", value_enum, default_value_t = RoleType::User)]
        role_type: RoleType,
        /// What it is for
        #[arg(long)]
        description: Option<String>,
        /// Scope it holds (repeatable)
        #[arg(long = "scope", value_name = "SCOPE")]
        scopes: Vec<String>,
        /// An API resource permission it holds in organizations, RESOURCE:SCOPE (repeatable)
        #[arg(long = "permission", value_name = "RESOURCE:SCOPE")]
        permissions: Vec<String>,
    },
    /// List roles with their scopes
    List,
    /// Delete a role, taking it from every member and invitation
    Delete {
        /// Role name
        name: String,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum ScopeCommand {
    /// Create a scope
    Create {
        /// Unique name, such as read:docs
        name: String,
        /// What it allows
        #[arg(long)]
        description: Option<String>,
    },
    /// List scopes
    List,
    /// Delete a scope, removing it from every role
    Delete {
        /// Scope name
        name: String,
    },
}

pub(crate) fn run(session: &Session, cmd: OrgCommand) -> Result<()> {
    let printer = session.printer;
    let mut doorman = session.open()?;
    match cmd {
        OrgCommand::Create { name, description } => {
            printer.one(&doorman.create_org(&name, description.as_deref())?)
        }
        OrgCommand::List => printer.list(&doorman.list_orgs()?),
        OrgCommand::Show { org } => printer.one(&doorman.show_org(&org)?),
        OrgCommand::Update {
            org,
            name,
            description,
            mfa_required,
        } => printer.one(&doorman.update_org(
            &org,
            name.as_deref(),
            description.as_deref(),
            mfa_required,
        )?),
        OrgCommand::Delete { org } => {
            let detail = doorman.show_org(&org)?;
            prompt::confirm(
                session,
                &format!(
                    "delete organization '{}' with {} members and its invitations",
                    detail.organization.name, detail.member_count
                ),
            )?;
            printer.one(&doorman.delete_org(&detail.organization.id)?);
        }
        OrgCommand::Member(cmd) => match cmd {
            MemberCommand::List { org, limit, offset } => {
                printer.list(&doorman.list_members(&org, limit, offset)?)
            }
            MemberCommand::Add {
                org,
                members,
                roles,
            } => printer.list(&doorman.add_members(&org, &members, &roles)?),
            MemberCommand::Remove { org, member } => {
                doorman.remove_member(&org, &member)?;
                output::message(&format!("removed '{member}' from '{org}'"));
            }
            MemberCommand::Grant { org, member, role } => {
                printer.one(&doorman.grant_role(&org, &member, &role)?)
            }
            MemberCommand::Revoke { org, member, role } => {
                printer.one(&doorman.revoke_role(&org, &member, &role)?)
            }
        },
        OrgCommand::Role(cmd) => match cmd {
            RoleCommand::Create {
                name,
                role_type,
                description,
                scopes,
                permissions,
            } => printer.one(&doorman.create_role(
                &name,
                role_type,
                description.as_deref(),
                &scopes,
                &permissions,
            )?),
            RoleCommand::List => printer.list(&doorman.list_roles()?),
            RoleCommand::Delete { name } => {
                let uses = doorman.role_usage(&name)?;
                if uses > 0 {
                    prompt::confirm(
                        session,
                        &format!("delete role '{name}', granted {uses} times"),
                    )?;
                }
                printer.one(&doorman.delete_role(&name)?);
            }
        },
        OrgCommand::Scope(cmd) => match cmd {
            ScopeCommand::Create { name, description } => {
                printer.one(&doorman.create_scope(&name, description.as_deref())?)
            }
            ScopeCommand::List => printer.list(&doorman.list_scopes()?),
            ScopeCommand::Delete { name } => {
                let uses = doorman.scope_usage(&name)?;
                if uses > 0 {
                    prompt::confirm(
                        session,
                        &format!("delete scope '{name}', held by {uses} roles"),
                    )?;
                }
                printer.one(&doorman.delete_scope(&name)?);
            }
        },
    }
    Ok(())
}
