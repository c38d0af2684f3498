//! `/dev/outbox`: every email and SMS doorman "sent", newest first, [`PAGE_SIZE`] to a page
//! (`?page=2`, `?to=` for one address), for people and browser tests; on by default on loopback
//! only (`server.dev_outbox`).

use crate::ops::Doorman;
use crate::web::common::http::Request;
use crate::web::common::responses::{Answer, error_page, language};
use crate::web::engine::state::ServerState;
use crate::web::pages::templates::{self, Chrome, OutboxEntry, OutboxPage};

/// Messages on one page.
pub const PAGE_SIZE: u32 = 50;

/// `GET /dev/outbox`: one page of messages, newest first, when the outbox page is on.
pub fn outbox(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    if !state.outbox_page {
        return Ok(error_page(doorman, request, None, 404, "error.outbox_off"));
    }
    let settings = doorman.settings()?;
    let to = request.param("to").filter(|to| !to.is_empty());
    // A page number that is not one (or is absurdly far) shows the first or an empty page.
    let page = request
        .param("page")
        .and_then(|p| p.parse::<u32>().ok())
        .filter(|p| *p >= 1)
        .unwrap_or(1);
    let offset = (page - 1).saturating_mul(PAGE_SIZE);
    let mut messages = doorman.outbox_page(to, PAGE_SIZE + 1, offset)?;
    let more = messages.len() > PAGE_SIZE as usize;
    messages.truncate(PAGE_SIZE as usize);
    Ok(templates::render(
        200,
        &OutboxPage {
            chrome: Chrome::new(&settings, language(&settings, request, None)),
            messages: messages.iter().map(OutboxEntry::from_message).collect(),
            newer: (page > 1).then(|| page_link(to, page - 1)),
            older: more.then(|| page_link(to, page + 1)),
        },
    ))
}

/// The outbox page `page`, for the same address filter.
fn page_link(to: Option<&str>, page: u32) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    if let Some(to) = to {
        query.append_pair("to", to);
    }
    query.append_pair("page", &page.to_string());
    format!("/dev/outbox?{}", query.finish())
}
