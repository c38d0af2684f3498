//! `GET /api/status`: Logto's health check, 204 while the server answers. Load balancers and
//! test harnesses poll it before they start.

use crate::web::api::error::ApiAnswer;
use crate::web::common::http::Response;

/// `GET /api/status`.
pub fn status() -> ApiAnswer {
    Ok(Response::empty(204).header("Cache-Control", "no-store"))
}
