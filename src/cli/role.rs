//! `doorman role ...` (Logto's RBAC roles), and the `role` subcommands of `user` and `app` that
//! assign them.

use clap::Subcommand;

use crate::cli::{Session, prompt};
use crate::error::Result;
use crate::model::principal::Principal;
use crate::model::resource::RoleType;
use crate::ops::organizations::roles::RoleChanges;

#[derive(Debug, Subcommand)]
pub(crate) enum RoleCommand {
    /// Create a role holding API resource permissions
    Create {
        /// Unique name, without spaces
        name: String,
        /// Who it is for: users, or machine-to-machine apps
        #[arg(long = "type", value_enum)]
        role_type: RoleType,
        /// A permission, RESOURCE:SCOPE with the resource's indicator or name (repeatable)
        #[arg(long = "permission", value_name = "RESOURCE:SCOPE")]
        permissions: Vec<String>,
        /// What it is for
        #[arg(long)]
        description: Option<String>,
    },
    /// List roles
    List,
    /// Show a role with its permissions
    Show {
        /// Id or name
        role: String,
    },
    /// Rename or re-describe a role, add or remove permissions
    Update {
        /// Id or name
        role: String,
        /// New name
        #[arg(long)]
        name: Option<String>,
        /// New description ("" clears it)
        #[arg(long)]
        description: Option<String>,
        /// Add a permission, RESOURCE:SCOPE (repeatable)
        #[arg(long = "add-permission", value_name = "RESOURCE:SCOPE")]
        add_permissions: Vec<String>,
        /// Remove a permission, RESOURCE:SCOPE (repeatable)
        #[arg(long = "remove-permission", value_name = "RESOURCE:SCOPE")]
        remove_permissions: Vec<String>,
    },
    /// Delete a role; its holders lose it
    Delete {
        /// Id or name
        role: String,
    },
}

/// `user role ...` and `app role ...`.
#[derive(Debug, Subcommand)]
pub(crate) enum AssignmentCommand {
    /// List the roles held
    List {
        /// Who holds them
        holder: String,
    },
    /// Assign roles
    Add {
        /// Who gets them
        holder: String,
        /// Role names
        #[arg(required = true)]
        roles: Vec<String>,
    },
    /// Take a role away
    Remove {
        /// Who holds it
        holder: String,
        /// Role name
        role: String,
    },
}

pub(crate) fn run(session: &Session, cmd: RoleCommand) -> Result<()> {
    let printer = session.printer;
    let mut doorman = session.open()?;
    match cmd {
        RoleCommand::Create {
            name,
            role_type,
            permissions,
            description,
        } => printer.one(&doorman.create_rbac_role(
            &name,
            role_type,
            description.as_deref(),
            &permissions,
        )?),
        RoleCommand::List => printer.list(&doorman.list_rbac_roles()?),
        RoleCommand::Show { role } => printer.one(&doorman.show_rbac_role(&role)?),
        RoleCommand::Update {
            role,
            name,
            description,
            add_permissions,
            remove_permissions,
        } => {
            let changes = RoleChanges {
                name,
                description,
                add_permissions,
                remove_permissions,
            };
            printer.one(&doorman.update_rbac_role(&role, &changes)?)
        }
        RoleCommand::Delete { role } => {
            let uses = doorman.rbac_role_usage(&role)?;
            if uses > 0 {
                prompt::confirm(session, &format!("delete role '{role}', held {uses} times"))?;
            }
            printer.one(&doorman.delete_rbac_role(&role)?)
        }
    }
    Ok(())
}

/// Runs `user role ...` (`Principal::User`) or `app role ...` (`Principal::App`).
pub(crate) fn run_assignment(
    session: &Session,
    subject: Principal,
    cmd: AssignmentCommand,
) -> Result<()> {
    let printer = session.printer;
    let mut doorman = session.open()?;
    match cmd {
        AssignmentCommand::List { holder } => printer.list(&doorman.roles_of(subject, &holder)?),
        AssignmentCommand::Add { holder, roles } => {
            // `app role add APP management` needs no role made by hand first.
            let management = crate::ops::clients::management_access::MANAGEMENT_ROLE;
            doorman.store.defer_commits();
            if subject == Principal::App && roles.iter().any(|r| r == management) {
                doorman.ensure_management_role()?;
            }
            let assigned = doorman.assign_roles(subject, &holder, &roles)?;
            doorman.store.commit_deferred()?;
            printer.list(&assigned)
        }
        AssignmentCommand::Remove { holder, role } => {
            printer.list(&doorman.unassign_role(subject, &holder, &role)?)
        }
    }
    Ok(())
}
