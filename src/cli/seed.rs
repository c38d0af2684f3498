//! `doorman seed` and `doorman export`: fixtures in and out.

use std::io::{IsTerminal, Read};
use std::path::PathBuf;

use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::cli::Session;
use crate::error::{Error, Result};
use crate::ops::admin::fixtures::{FixtureSource, Progress};
use crate::output::{self, Format, Printer};

#[derive(Debug, Args)]
pub(crate) struct SeedArgs {
    /// Fixture files, applied in order (- reads stdin)
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Say what would change without writing anything
    #[arg(long)]
    dry_run: bool,
}

#[derive(Debug, Args)]
pub(crate) struct ExportArgs {
    /// Include password hashes (handle the output as a secret)
    #[arg(long)]
    with_secrets: bool,
    /// doorman's fixture format, or Logto's Management API shapes (JSON)
    #[arg(long, value_enum, default_value_t = ExportFormat::Fixture)]
    format: ExportFormat,
}

/// What `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum ExportFormat {
    /// A fixture file that `seed` reproduces (YAML, or JSON with -o json)
    Fixture,
    /// Users (camelCase, passwordDigest and passwordAlgorithm), organizations, roles and scopes
    /// as Logto's Management API takes them
    Logto,
}

/// A running count of seeded records on a terminal. Records stream in as the file is parsed, so
/// there is no total to show a bar against.
pub(crate) struct Bar(pub(crate) ProgressBar);

impl Bar {
    /// A bar (`total` known) or a spinner on stderr when it is a terminal, hidden otherwise.
    pub(crate) fn new(total: Option<u64>, template: &str) -> Bar {
        let target = if std::io::stderr().is_terminal() {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        let bar = ProgressBar::with_draw_target(total, target);
        bar.set_style(
            ProgressStyle::with_template(template)
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        Bar(bar)
    }
}

impl Progress for Bar {
    fn advance(&self, n: u64) {
        self.0.inc(n);
    }
}

pub(crate) fn seed(session: &Session, args: &SeedArgs) -> Result<()> {
    let sources = args
        .files
        .iter()
        .map(read_source)
        .collect::<Result<Vec<_>>>()?;
    let mut doorman = session.open()?;
    let progress = Bar::new(None, "{spinner} {human_pos} records seeded ({per_sec})");
    let report = doorman.seed(&sources, args.dry_run, &progress)?;
    progress.0.finish_and_clear();
    let suffix = if args.dry_run {
        " (dry run: nothing written)"
    } else {
        ""
    };
    session
        .printer
        .summary(&format!("{report}{suffix}"), &report);
    if args.dry_run && session.printer.format() != Format::Table {
        output::message("dry run: nothing written");
    }
    Ok(())
}

/// A fixture file (or stdin for `-`) read whole, named for its errors.
pub(crate) fn read_source(path: &PathBuf) -> Result<FixtureSource> {
    let name = path.display().to_string();
    let bytes = if name == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| Error::io("reading the fixture from stdin", e))?;
        bytes
    } else {
        std::fs::read(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::not_found(format!("file '{name}' not found")),
            _ => Error::io(format!("reading '{name}'"), e),
        })?
    };
    // Undecodable text is bad input like any other (exit 2), not an I/O failure.
    let text = String::from_utf8(bytes).map_err(|e| {
        Error::invalid(format!(
            "{name}: not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })?;
    Ok(FixtureSource { name, text })
}

pub(crate) fn export(session: &Session, args: &ExportArgs) -> Result<()> {
    if args.format == ExportFormat::Logto {
        let document = session.open()?.export_logto(args.with_secrets)?;
        Printer::new(Format::Json).data(&document);
        return Ok(());
    }
    let fixture = session.open()?.export(args.with_secrets)?;
    // A fixture is YAML unless JSON was asked for by name.
    let format = if session.format_chosen && session.printer.format() == Format::Json {
        Format::Json
    } else {
        Format::Yaml
    };
    Printer::new(format).data(&fixture);
    Ok(())
}
