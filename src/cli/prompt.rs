//! Talking to the person at the terminal: confirmations and hidden password entry. Off a terminal
//! nothing here ever waits for input; it refuses with a message saying what flag to pass instead.

use std::io::BufRead;

use dialoguer::{Confirm, Input, Password};

use crate::cli::Session;
use crate::error::{Error, Result};

/// Asks before a destructive action; `--yes` skips the question, and off a terminal the action is
/// refused without it.
pub fn confirm(session: &Session, question: &str) -> Result<()> {
    if session.yes {
        return Ok(());
    }
    if !session.interactive() {
        return Err(Error::invalid(format!(
            "refusing to {question} without --yes (not a terminal)"
        )));
    }
    let yes = Confirm::new()
        .with_prompt(format!("Really {question}?"))
        .default(false)
        .interact()
        .map_err(prompt_error)?;
    if yes {
        Ok(())
    } else {
        Err(Error::invalid("cancelled"))
    }
}

/// Asks twice for a new password, hiding the input.
pub fn new_password(prompt: &str) -> Result<String> {
    Password::new()
        .with_prompt(prompt)
        .with_confirmation("Repeat it", "The passwords do not match")
        .interact()
        .map_err(prompt_error)
}

/// Asks for an optional line of text.
pub fn optional_text(prompt: &str) -> Result<Option<String>> {
    let text: String = Input::new()
        .with_prompt(prompt)
        .allow_empty(true)
        .interact_text()
        .map_err(prompt_error)?;
    Ok(Some(text.trim().to_string()).filter(|t| !t.is_empty()))
}

/// Reads one line from stdin and drops its trailing newline (`--password-stdin`).
pub fn line_from_stdin() -> Result<String> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| Error::io("reading the password from stdin", e))?;
    let trimmed = line
        .strip_suffix('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .unwrap_or(&line);
    if trimmed.is_empty() {
        return Err(Error::invalid("no password on stdin"));
    }
    Ok(trimmed.to_string())
}

fn prompt_error(e: dialoguer::Error) -> Error {
    Error::Runtime(format!("prompt failed: {e}"))
}
