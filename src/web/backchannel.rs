//! Back-channel logout delivery (OpenID Connect Back-Channel Logout 1.0 §2.5): logout tokens are
//! POSTed by one background thread, each with a timeout and a few retries, so a slow or dead
//! app never delays the user's redirect.

use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread::JoinHandle;
use std::time::Duration;

use crate::error::{Error, Result};
use crate::ops::Doorman;
use crate::ops::sessions::LogoutNotice;

/// How long one delivery may take.
pub const TIMEOUT: Duration = Duration::from_secs(5);
/// Attempts per notice.
pub const ATTEMPTS: u32 = 3;

/// The queue handlers push notices into.
pub type Queue = Sender<LogoutNotice>;

/// Starts the delivery thread; it ends when every sender is dropped and the queue is drained.
pub fn start() -> Result<(Queue, JoinHandle<()>)> {
    let (sender, receiver) = channel();
    let handle = std::thread::Builder::new()
        .name("backchannel-logout".into())
        .spawn(move || deliver_all(receiver))
        .map_err(|e| Error::Runtime(format!("cannot start the back-channel logout thread: {e}")))?;
    Ok((sender, handle))
}

/// Queues back-channel logout tokens for delivery, off the user's path. The ended session is
/// committed first, so an app that hears of the logout and asks at once finds it ended.
pub fn notify_apps(queue: &Queue, doorman: &mut Doorman, notices: Vec<LogoutNotice>) -> Result<()> {
    doorman.store.flush_deferred()?;
    for notice in notices {
        if queue.send(notice).is_err() {
            tracing::warn!("the back-channel logout queue is closed");
        }
    }
    Ok(())
}

fn deliver_all(receiver: Receiver<LogoutNotice>) {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(TIMEOUT))
        .http_status_as_error(false)
        .build()
        .into();
    for notice in receiver {
        for attempt in 1..=ATTEMPTS {
            let result = agent
                .post(&notice.uri)
                .send_form([("logout_token", notice.logout_token.as_str())]);
            match result {
                Ok(response) if response.status().is_success() => {
                    tracing::info!(client_id = %notice.client_id, "back-channel logout delivered");
                    break;
                }
                Ok(response) => tracing::warn!(
                    client_id = %notice.client_id, attempt, status = response.status().as_u16(),
                    "back-channel logout refused"
                ),
                Err(e) => tracing::warn!(
                    client_id = %notice.client_id, attempt, "back-channel logout failed: {e}"
                ),
            }
            if attempt < ATTEMPTS {
                std::thread::sleep(Duration::from_millis(500 * u64::from(attempt)));
            }
        }
    }
}
