//! `doorman push` and `doorman pull`: the way up to Logto and back through a Logto-compatible
//! Management API (Logto's own, or another `doorman serve`), authorised by a machine-to-machine
//! app's client credentials. The secret is read from stdin, never from the command line.

use clap::Args;

use crate::cli::Session;
use crate::cli::prompt;
use crate::cli::seed::Bar;
use crate::error::Result;
use crate::ops::admin::logto::client::ManagementClient;
use crate::ops::admin::logto::push::{SyncReport, records_in};
use crate::output;

#[derive(Debug, Args)]
pub(crate) struct PushArgs {
    /// The Management API's server (its issuer's origin), e.g. https://tenant.logto.app
    #[arg(long, value_name = "URL")]
    to: String,
    /// A machine-to-machine app there with the Management API's role
    #[arg(long, value_name = "ID")]
    client_id: String,
    /// Read the app's secret from the first line of stdin
    #[arg(long, required = true)]
    client_secret_stdin: bool,
}

#[derive(Debug, Args)]
pub(crate) struct PullArgs {
    /// The Management API's server (its issuer's origin), e.g. https://tenant.logto.app
    #[arg(long, value_name = "URL")]
    from: String,
    /// A machine-to-machine app there with the Management API's role
    #[arg(long, value_name = "ID")]
    client_id: String,
    /// Read the app's secret from the first line of stdin
    #[arg(long, required = true)]
    client_secret_stdin: bool,
}

/// Prints the counts, and each refusal on stderr.
fn report(session: &Session, report: &SyncReport) {
    for refusal in &report.refusals {
        output::message(&format!("refused: {refusal}"));
    }
    let text = format!(
        "{} created, {} updated, {} skipped, {} refused",
        report.created, report.updated, report.skipped, report.refused
    );
    session.printer.summary(&text, report);
}

pub(crate) fn push(session: &Session, args: &PushArgs) -> Result<()> {
    let secret = prompt::line_from_stdin()?;
    let doorman = session.open()?;
    let client = ManagementClient::connect(&args.to, &args.client_id, &secret)?;
    let total = records_in(&doorman.export_logto(false)?);
    let progress = Bar::new(
        Some(total),
        "{bar:30} {human_pos}/{human_len} records pushed",
    );
    let done = doorman.push_to(&client, &progress)?;
    progress.0.finish_and_clear();
    report(session, &done);
    Ok(())
}

pub(crate) fn pull(session: &Session, args: &PullArgs) -> Result<()> {
    let secret = prompt::line_from_stdin()?;
    let mut doorman = session.open()?;
    let client = ManagementClient::connect(&args.from, &args.client_id, &secret)?;
    let progress = Bar::new(None, "{spinner} {human_pos} records pulled ({per_sec})");
    let done = doorman.pull_from(&client, &args.from, &progress)?;
    progress.0.finish_and_clear();
    report(session, &done);
    Ok(())
}
