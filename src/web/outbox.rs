//! `/dev/outbox`: every email and SMS doorman "sent", newest first, for people and browser
//! tests; on by default on loopback only (`server.dev_outbox`).

use crate::ops::Doorman;
use crate::web::http::Request;
use crate::web::pages::{self, Chrome, OutboxEntry, OutboxPage};
use crate::web::responses::{Answer, error_page, language};
use crate::web::state::ServerState;

/// `GET /dev/outbox`: every message, newest first, when the outbox page is on.
pub fn outbox(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    if !state.outbox_page {
        return Ok(error_page(doorman, request, None, 404, "error.outbox_off"));
    }
    let settings = doorman.settings()?;
    let messages = doorman.outbox(request.param("to"), false)?;
    Ok(pages::render(
        200,
        &OutboxPage {
            chrome: Chrome::new(&settings, language(&settings, request, None)),
            messages: messages.iter().map(OutboxEntry::from_message).collect(),
        },
    ))
}
