//! The only printer. Results go to stdout as a table for people or JSON/YAML for scripts;
//! messages go to stderr, so a script can pipe the data and still see what happened.

mod connector_views;
mod mfa_views;
mod token_views;
mod views;
mod yaml;

use std::io::{IsTerminal, Write};

use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};
use serde::Serialize;

pub use views::Tabular;

/// How results print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table for people.
    Table,
    /// JSON for scripts.
    Json,
    /// YAML for scripts and fixtures.
    Yaml,
}

impl Format {
    /// The format when none was asked for: a table on a terminal, JSON otherwise.
    pub fn default_for_stdout() -> Format {
        if std::io::stdout().is_terminal() {
            Format::Table
        } else {
            Format::Json
        }
    }
}

/// Prints results in one format.
#[derive(Debug, Clone, Copy)]
pub struct Printer {
    format: Format,
}

impl Printer {
    /// A printer for the format.
    pub fn new(format: Format) -> Self {
        Printer { format }
    }

    /// The format in use.
    pub fn format(&self) -> Format {
        self.format
    }

    /// One object: key/value table, or the object.
    pub fn one<T: Tabular>(&self, item: &T) {
        match self.format {
            Format::Table => {
                let mut table = new_table();
                for (key, value) in item.detail() {
                    table.add_row(vec![key.to_string(), value]);
                }
                emit(&format!("{table}\n"));
            }
            _ => self.data(item),
        }
    }

    /// A list: one row per item, or an array.
    pub fn list<T: Tabular>(&self, items: &[T]) {
        match self.format {
            Format::Table => {
                let mut table = new_table();
                table.set_header(T::headers());
                for item in items {
                    table.add_row(item.row());
                }
                emit(&format!("{table}\n"));
            }
            _ => self.data(&items),
        }
    }

    /// Any serializable value as JSON or YAML; in table mode, as YAML (readable nested data).
    pub fn data<T: Serialize + ?Sized>(&self, value: &T) {
        let text = match self.format {
            Format::Json => serde_json::to_string_pretty(value)
                .map(|s| s + "\n")
                .map_err(|e| e.to_string()),
            Format::Yaml | Format::Table => yaml::to_string(value),
        };
        match text {
            Ok(text) => emit(&text),
            Err(e) => message(&format!("error: cannot print result: {e}")),
        }
    }

    /// A bare value (`settings get`): strings print without quotes in table mode.
    pub fn scalar(&self, value: &serde_json::Value) {
        match (self.format, value) {
            (Format::Table, serde_json::Value::String(s)) => emit(&format!("{s}\n")),
            (Format::Table, v) if !v.is_object() && !v.is_array() => emit(&format!("{v}\n")),
            _ => self.data(value),
        }
    }

    /// A summary line: in table mode the text, otherwise the value.
    pub fn summary<T: Serialize>(&self, text: &str, value: &T) {
        match self.format {
            Format::Table => emit(&format!("{text}\n")),
            _ => self.data(value),
        }
    }
}

/// A message for the person at the terminal, on stderr.
pub fn message(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{text}");
}

fn emit(text: &str) {
    let mut out = std::io::stdout().lock();
    // A closed pipe (`doorman user list | head`) is not an error worth reporting.
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

/// A table that wraps to the terminal's width, or lays out unwrapped when the width is unknown
/// or too narrow to wrap into (a pseudo-terminal that reports 0 columns would otherwise squeeze
/// every column to one character).
fn new_table() -> Table {
    let mut table = Table::new();
    table.load_style(UTF8_FULL_CONDENSED);
    let arrangement = match table.width() {
        Some(width) if width >= 40 => ContentArrangement::Dynamic,
        _ => ContentArrangement::Disabled,
    };
    table.set_content_arrangement(arrangement);
    table
}

/// A line for whoever watches a long-running command (`serve`'s banner), on stdout and flushed
/// at once so a script reading it sees it immediately.
pub fn announce(text: &str) {
    emit(&format!("{text}\n"));
}
