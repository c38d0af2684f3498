//! The server's housekeeping: one sweep at start, before the first request (on the start-up
//! connection), then one every [`SWEEP_EVERY`] on a thread of its own, which opens its own
//! connection when its first sweep comes, until shutdown.

use std::sync::mpsc::{RecvTimeoutError, Sender, channel};
use std::thread::JoinHandle;
use std::time::Duration;

use crate::error::{Error, Result};
use crate::model::outbox::Retention;
use crate::ops::Doorman;

/// How often the running server sweeps.
pub const SWEEP_EVERY: Duration = Duration::from_secs(600);

/// The sweeping thread, until [`Sweeper::stop`].
pub struct Sweeper {
    stop: Sender<()>,
    thread: JoinHandle<()>,
}

impl Sweeper {
    /// Sweeps once now with `now`, then starts the thread that sweeps every [`SWEEP_EVERY`]
    /// with a connection it opens with `open`.
    pub fn start(
        now: &mut Doorman,
        open: impl FnOnce() -> Result<Doorman> + Send + 'static,
        retention: Retention,
    ) -> Result<Sweeper> {
        sweep(now, &retention);
        let (stop, stopped) = channel::<()>();
        let thread = std::thread::Builder::new()
            .name("housekeeping".into())
            .spawn(move || {
                // Its connection is opened at the first sweep, not beside the start-up's work.
                let mut open = Some(open);
                let mut doorman = None;
                while let Err(RecvTimeoutError::Timeout) = stopped.recv_timeout(SWEEP_EVERY) {
                    if let Some(open) = open.take() {
                        match open() {
                            Ok(opened) => doorman = Some(opened),
                            Err(e) => {
                                tracing::warn!("housekeeping stopped: {e}");
                                return;
                            }
                        }
                    }
                    if let Some(doorman) = doorman.as_mut() {
                        sweep(doorman, &retention);
                    }
                }
            })
            .map_err(|e| Error::Runtime(format!("cannot start the housekeeping thread: {e}")))?;
        Ok(Sweeper { stop, thread })
    }

    /// Stops the thread (between sweeps, or after the one under way).
    pub fn stop(self) {
        let _ = self.stop.send(());
        let _ = self.thread.join();
    }
}

/// One sweep; a failure (the database busy for longer than its timeout) is logged and the next
/// sweep tries again.
fn sweep(doorman: &mut Doorman, retention: &Retention) {
    match doorman.sweep(retention) {
        Ok(swept) => tracing::debug!(?swept, "housekeeping"),
        Err(e) => tracing::warn!("housekeeping failed: {e}"),
    }
}
