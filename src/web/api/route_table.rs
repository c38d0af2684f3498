//! One row of the JSON APIs' route table, which `GET /api/swagger.json` is made from: the
//! Management API's rows in [`openapi`](crate::web::api::openapi), the Account API's in
//! [`account::openapi`](crate::web::api::account::openapi).

/// One route: its method, its path (Logto's parameter names in braces), its tag and summary.
pub struct Route {
    /// `GET`, `POST`, ...
    pub method: &'static str,
    /// `/api/users/{userId}`.
    pub path: &'static str,
    /// Which API: `Account`, `Verifications`, `Management` or `Status`.
    pub tag: &'static str,
    /// What it does.
    pub summary: &'static str,
}

pub(crate) const fn route(
    method: &'static str,
    path: &'static str,
    tag: &'static str,
    summary: &'static str,
) -> Route {
    Route {
        method,
        path,
        tag,
        summary,
    }
}
