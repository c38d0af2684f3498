//! What the handlers share: requests and responses, cookies, sessions and CSRF, the answers
//! every page gives (errors, redirects), page language, the parked authorization request a flow
//! continues, which identifiers a form accepts, and the counting limits against guessing.

pub mod binding;
pub mod ceremonies;
pub mod code_limits;
pub mod http;
pub mod i18n;
pub mod identifiers;
pub mod page_context;
pub mod parked;
pub mod ratelimit;
pub mod responses;
pub mod session;
