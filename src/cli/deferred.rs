//! A subcommand group whose own subcommands clap builds only when the command line enters it.
//! Building the whole tree (every noun's verbs and their arguments) cost `doorman serve` 0.7 ms
//! of its start-up, and every CLI command as much. Help for a group still lists its verbs (clap
//! builds the group when asked about it); shell completions, which walk the whole tree, ask for
//! it built at once with [`build_eagerly`].

use std::sync::atomic::{AtomicBool, Ordering};

use clap::{ArgMatches, Command, FromArgMatches, Subcommand};

static EAGER: AtomicBool = AtomicBool::new(false);

/// From now on every group is built with its command (for generating completions).
pub(crate) fn build_eagerly() {
    EAGER.store(true, Ordering::Relaxed);
}

/// `T`'s subcommands, built on demand.
#[derive(Debug)]
pub(crate) struct Deferred<T>(pub(crate) T);

impl<T: FromArgMatches> FromArgMatches for Deferred<T> {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches(matches).map(Deferred)
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches(matches)
    }
}

impl<T: Subcommand> Subcommand for Deferred<T> {
    fn augment_subcommands(command: Command) -> Command {
        if EAGER.load(Ordering::Relaxed) {
            T::augment_subcommands(command)
        } else {
            command.defer(T::augment_subcommands)
        }
    }

    fn augment_subcommands_for_update(command: Command) -> Command {
        if EAGER.load(Ordering::Relaxed) {
            T::augment_subcommands_for_update(command)
        } else {
            command.defer(T::augment_subcommands_for_update)
        }
    }

    fn has_subcommand(name: &str) -> bool {
        T::has_subcommand(name)
    }
}
