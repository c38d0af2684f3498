//! Back-channel logout delivery (OpenID Connect Back-Channel Logout 1.0 §2.5): logout tokens are
//! POSTed by one background thread, each with a timeout and a few retries, so a slow or dead
//! app never delays the user's redirect.

use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};
use std::sync::{Arc, Mutex, OnceLock};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::error::{Error, Result};
use crate::ops::Doorman;
use crate::ops::accounts::sessions::LogoutNotice;

/// How long one delivery may take.
pub const TIMEOUT: Duration = Duration::from_secs(5);
/// Attempts per notice.
pub const ATTEMPTS: u32 = 3;
/// Notices waiting at most; past it new ones are dropped (and logged), so apps that never
/// answer cannot grow the server's memory without bound.
pub const QUEUE_LIMIT: usize = 1_000;
/// How long the notices still queued at shutdown get before they are dropped.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

/// The queue handlers push notices into, shared by the server's workers. Its thread (and the
/// queue's memory) start with the first notice: most servers never send one, and a server's
/// start should not wait for a thread it may never use.
#[derive(Clone, Default)]
pub struct Queue {
    shared: Arc<Shared>,
}

#[derive(Default)]
struct Shared {
    lane: Mutex<Lane>,
    deadline: Arc<OnceLock<Instant>>,
}

/// The delivery thread and the way to it, once started; `closed` after [`Queue::finish`].
#[derive(Default)]
struct Lane {
    sender: Option<SyncSender<LogoutNotice>>,
    thread: Option<JoinHandle<()>>,
    closed: bool,
}

impl Queue {
    /// Queues a notice for delivery, starting the delivery thread with the first one.
    fn push(&self, notice: LogoutNotice) -> Result<()> {
        let mut lane = self.shared.lane.lock().unwrap_or_else(|p| p.into_inner());
        if lane.closed {
            tracing::warn!(client_id = %notice.client_id, "back-channel logout dropped: shutting down");
            return Ok(());
        }
        if lane.sender.is_none() {
            let (sender, receiver) = sync_channel(QUEUE_LIMIT);
            let deadline = self.shared.deadline.clone();
            let thread = std::thread::Builder::new()
                .name("backchannel-logout".into())
                .spawn(move || deliver_all(&receiver, &deadline))
                .map_err(|e| {
                    Error::Runtime(format!("cannot start the back-channel logout thread: {e}"))
                })?;
            lane.sender = Some(sender);
            lane.thread = Some(thread);
        }
        let Some(sender) = &lane.sender else {
            return Ok(());
        };
        match sender.try_send(notice) {
            Ok(()) => {}
            Err(TrySendError::Full(notice)) => tracing::warn!(
                client_id = %notice.client_id,
                "back-channel logout dropped: {QUEUE_LIMIT} notices are already waiting"
            ),
            Err(TrySendError::Disconnected(_)) => {
                tracing::warn!("the back-channel logout queue is closed");
            }
        }
        Ok(())
    }

    /// Gives the notices still queued [`SHUTDOWN_GRACE`] to go out, then drops the rest, and
    /// waits for the thread; notices pushed afterwards are dropped.
    pub fn finish(&self) {
        let _ = self.shared.deadline.set(Instant::now() + SHUTDOWN_GRACE);
        let thread = {
            let mut lane = self.shared.lane.lock().unwrap_or_else(|p| p.into_inner());
            lane.closed = true;
            // The thread ends once the queue is drained and its sender gone.
            lane.sender = None;
            lane.thread.take()
        };
        if let Some(thread) = thread {
            let _ = thread.join();
        }
    }
}

/// Queues back-channel logout tokens for delivery, off the user's path. The ended session is
/// committed first, so an app that hears of the logout and asks at once finds it ended.
pub fn notify_apps(queue: &Queue, doorman: &mut Doorman, notices: Vec<LogoutNotice>) -> Result<()> {
    doorman.store.flush_deferred()?;
    for notice in notices {
        queue.push(notice)?;
    }
    Ok(())
}

/// Sends back-channel logout tokens from a process that does not serve (the CLI), with the same
/// timeouts and retries, and returns when they went out or the shutdown grace passed.
pub fn deliver_now(notices: Vec<LogoutNotice>) -> Result<()> {
    if notices.is_empty() {
        return Ok(());
    }
    let queue = Queue::default();
    for notice in notices {
        queue.push(notice)?;
    }
    queue.finish();
    Ok(())
}

fn deliver_all(receiver: &Receiver<LogoutNotice>, deadline: &OnceLock<Instant>) {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(TIMEOUT))
        .http_status_as_error(false)
        .build()
        .into();
    // Time left before the shutdown deadline; `None` while the server runs.
    let left = || {
        deadline
            .get()
            .map(|d| d.saturating_duration_since(Instant::now()))
    };
    for notice in receiver {
        for attempt in 1..=ATTEMPTS {
            let budget = match left() {
                Some(Duration::ZERO) => {
                    let dropped = 1 + receiver.try_iter().count();
                    tracing::warn!(
                        dropped,
                        "shutdown: back-channel logout notices not delivered in time"
                    );
                    return;
                }
                Some(left) => left.min(TIMEOUT),
                None => TIMEOUT,
            };
            let result = agent
                .post(&notice.uri)
                .config()
                .timeout_global(Some(budget))
                .build()
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
                let pause = Duration::from_millis(500 * u64::from(attempt));
                std::thread::sleep(left().map_or(pause, |left| left.min(pause)));
            }
        }
    }
}
