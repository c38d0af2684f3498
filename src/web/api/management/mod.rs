//! Logto's Management API: what a back office or a script does with doorman's data, authorised
//! as Logto authorises it, by a machine-to-machine app's JWT for `https://default.logto.app/api`
//! with the scope `all`. Every write goes through the same operations as the CLI, audited with
//! the app as the actor.

pub mod admin;
pub mod applications;
pub mod invitations;
pub mod one_time_tokens;
pub mod organization_apps;
pub mod organization_roles;
pub mod organizations;
pub mod resources;
pub mod role_links;
pub mod roles;
pub mod sign_in_experience;
pub mod user_credentials;
pub mod user_shape;
pub mod users;

use crate::model::principal::Principal;
use crate::ops::Doorman;
use crate::web::api::error::ApiAnswer;
use crate::web::common::http::Request;

/// The organization collections' routes (`/api/organizations`, `/api/organization-roles`,
/// `/api/organization-scopes`, `/api/organization-invitations`, and a user's organizations),
/// or `None` for another path.
pub fn route(doorman: &mut Doorman, request: &Request) -> Option<ApiAnswer> {
    let path = request.path.as_str();
    let under = |prefix: &str| {
        path.strip_prefix(prefix)
            .filter(|rest| rest.is_empty() || rest.starts_with('/'))
    };
    if let Some(rest) = under("/api/organizations") {
        return Some(organizations::route(doorman, request, rest));
    }
    if let Some(rest) = under("/api/organization-roles") {
        return Some(organization_roles::roles(doorman, request, rest));
    }
    if let Some(rest) = under("/api/organization-scopes") {
        return Some(organization_roles::scopes(doorman, request, rest));
    }
    if let Some(rest) = under("/api/organization-invitations") {
        return Some(invitations::route(doorman, request, rest));
    }
    if path == "/api/sign-in-exp" {
        return Some(sign_in_experience::route(doorman, request));
    }
    if let Some(rest) = under("/api/one-time-tokens") {
        return Some(one_time_tokens::route(doorman, request, rest));
    }
    if let Some(rest) = under("/api/resources") {
        return Some(resources::route(doorman, request, rest));
    }
    if let Some(rest) = under("/api/roles") {
        return Some(roles::route(doorman, request, rest));
    }
    if let Some(rest) = under("/api/applications")
        && !is_roles_path(rest)
    {
        return Some(applications::route(doorman, request, rest));
    }
    for (prefix, holder) in [
        ("/api/users/", Principal::User),
        ("/api/applications/", Principal::App),
    ] {
        if let Some((key, rest)) = path
            .strip_prefix(prefix)
            .and_then(|rest| rest.split_once("/roles"))
            .filter(|(key, rest)| {
                !key.is_empty() && !key.contains('/') && (rest.is_empty() || rest.starts_with('/'))
            })
        {
            return Some(roles::of_holder(doorman, request, holder, key, rest));
        }
    }
    let user = path
        .strip_prefix("/api/users/")?
        .strip_suffix("/organizations")
        .filter(|id| !id.is_empty() && !id.contains('/'))?;
    Some(match request.method.as_str() {
        "GET" => admin::admin(doorman, request)
            .and_then(|_| organizations::of_user(doorman, request, user)),
        _ => Err(admin::not_allowed(request, "GET")),
    })
}

/// Whether the path after `/api/applications` is an app's roles (`/{id}/roles...`).
fn is_roles_path(rest: &str) -> bool {
    rest.trim_start_matches('/')
        .split_once('/')
        .is_some_and(|(_, sub)| sub == "roles" || sub.starts_with("roles/"))
}
