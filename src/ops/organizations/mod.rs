//! Who may do what: organizations with their members, roles and invitations, and Logto's RBAC
//! (API resources and the user and machine-to-machine roles that grant their scopes).

pub mod by_id;
pub mod invitations;
pub mod memberships;
pub mod orgs;
pub mod resources;
pub mod roles;
