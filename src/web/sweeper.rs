//! The server's housekeeping: one sweep at start, before the first request, then one every
//! [`SWEEP_EVERY`] on a thread of its own with its own database connection, until shutdown.

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
    /// Sweeps once now, then starts the thread that sweeps every [`SWEEP_EVERY`].
    pub fn start(mut doorman: Doorman, retention: Retention) -> Result<Sweeper> {
        sweep(&mut doorman, &retention);
        let (stop, stopped) = channel::<()>();
        let thread = std::thread::Builder::new()
            .name("housekeeping".into())
            .spawn(move || {
                while let Err(RecvTimeoutError::Timeout) = stopped.recv_timeout(SWEEP_EVERY) {
                    sweep(&mut doorman, &retention);
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
