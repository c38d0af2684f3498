//! `/dev/clock`: the server's clock, which an app's tests move instead of sleeping. Every expiry
//! doorman checks reads it (codes, tokens, sessions, verification codes and records,
//! invitations, rate-limit windows, TOTP steps), and so do the `iat` and `exp` it issues.

use serde::Deserialize;
use serde_json::json;

use crate::model::duration::parse_seconds;
use crate::model::timestamp::Timestamp;
use crate::web::api::body;
use crate::web::api::error::{ApiAnswer, ApiError};
use crate::web::common::http::{Request, Response};
use crate::web::testing::controls::TestControls;

/// The body of `POST /dev/clock`: exactly one of the three.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Move {
    /// A duration (`90s`, `15m`, `2h`, `7d`), or one with a minus to go back.
    advance: Option<String>,
    /// An RFC 3339 instant, from where the clock keeps running.
    set: Option<String>,
    /// Back to the real time.
    reset: Option<bool>,
}

/// `GET /dev/clock`: the server's time and how far it is from the real one.
pub fn show(controls: &TestControls) -> ApiAnswer {
    Ok(Response::no_store_json(200, &reading(controls)))
}

/// `POST /dev/clock`: moves the clock and answers with its new reading.
pub fn set(controls: &TestControls, request: &Request) -> ApiAnswer {
    let body: Move = body::json(request)?;
    let clock = controls.clock;
    match (body.advance, body.set, body.reset) {
        (Some(duration), None, None) => {
            let (sign, text) = match duration.strip_prefix('-') {
                Some(rest) => (-1, rest),
                None => (1, duration.as_str()),
            };
            let seconds = parse_seconds(text)
                .map_err(|e| ApiError::invalid_input("body", format!("advance: {e}")))?;
            clock.advance(sign * seconds);
        }
        (None, Some(at), None) => {
            let at = Timestamp::parse(&at)
                .map_err(|e| ApiError::invalid_input("body", format!("set: {e}")))?;
            clock.set(at);
        }
        (None, None, Some(true)) => clock.reset(),
        _ => {
            return Err(ApiError::invalid_input(
                "body",
                "give exactly one of advance (\"1h\"), set (RFC 3339) and reset (true)",
            ));
        }
    }
    Ok(Response::no_store_json(200, &reading(controls)))
}

fn reading(controls: &TestControls) -> serde_json::Value {
    json!({
        "now": controls.clock.now().to_rfc3339(),
        "offset_seconds": controls.clock.offset(),
    })
}
