//! `POST /dev/reset`: the database back to what it held once the server had started and seeded
//! (`serve --seed`), and the server's memory with it — rate-limit counts, queued outcomes and
//! captured requests. The clock stays where the test put it (`/dev/clock` resets it).

use serde_json::json;

use crate::ops::Doorman;
use crate::web::api::error::ApiAnswer;
use crate::web::common::http::Response;
use crate::web::engine::state::ServerState;
use crate::web::testing::controls::TestControls;

/// Restores the snapshot and forgets what the server remembered since.
pub fn reset(state: &ServerState, controls: &TestControls, doorman: &mut Doorman) -> ApiAnswer {
    let started = std::time::Instant::now();
    doorman.restore(&controls.snapshot.path)?;
    state.forget_limits();
    controls.clear();
    let elapsed_ms = started.elapsed().as_secs_f64() * 1000.0;
    tracing::info!(
        elapsed_ms,
        "test reset: the database is back to its start-up snapshot"
    );
    Ok(Response::no_store_json(
        200,
        &json!({ "reset": true, "elapsed_ms": (elapsed_ms * 100.0).round() / 100.0 }),
    ))
}
