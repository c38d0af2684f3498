//! `doorman settings ...`: the sign-in experience.

use std::io::Write;
use std::path::PathBuf;

use clap::Subcommand;

use crate::cli::Session;
use crate::error::{Error, Result};
use crate::model::id::random_string;

#[derive(Debug, Subcommand)]
pub(crate) enum SettingsCommand {
    /// Print all settings
    Show,
    /// Print one setting by dotted key, e.g. password_policy.min_length
    Get {
        /// Dotted key
        key: String,
    },
    /// Change one setting; VALUE is YAML (8, true, "[email, phone]", null)
    Set {
        /// Dotted key
        key: String,
        /// The new value
        value: String,
    },
    /// Merge a partial settings YAML file into the settings
    Apply {
        /// The YAML file
        file: PathBuf,
    },
    /// Edit the settings in $VISUAL or $EDITOR
    Edit,
}

pub(crate) fn run(session: &Session, cmd: SettingsCommand) -> Result<()> {
    let printer = session.printer;
    let mut doorman = session.open()?;
    match cmd {
        SettingsCommand::Show => printer.data(&doorman.settings()?),
        SettingsCommand::Get { key } => printer.scalar(&doorman.setting(&key)?),
        SettingsCommand::Set { key, value } => printer.data(&doorman.set_setting(&key, &value)?),
        SettingsCommand::Apply { file } => {
            let text = std::fs::read_to_string(&file).map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound => {
                    Error::not_found(format!("file '{}' not found", file.display()))
                }
                _ => Error::io(format!("reading '{}'", file.display()), e),
            })?;
            let patch: serde_json::Value = serde_yaml::from_str(&text)
                .map_err(|e| Error::invalid(format!("{}: {e}", file.display())))?;
            let patch = if patch.is_null() {
                serde_json::json!({})
            } else {
                patch
            };
            let settings = doorman
                .apply_settings(patch)
                .map_err(|e| e.context(file.display()))?;
            printer.data(&settings);
        }
        SettingsCommand::Edit => {
            let current = serde_yaml::to_string(&doorman.settings()?)
                .map_err(|e| Error::Runtime(e.to_string()))?;
            let edited = edit_text(&current)?;
            let document: serde_json::Value = serde_yaml::from_str(&edited)
                .map_err(|e| Error::invalid(format!("edited settings: {e}")))?;
            printer.data(&doorman.replace_settings(document)?);
        }
    }
    Ok(())
}

/// Opens the text in the user's editor and returns what they saved.
fn edit_text(text: &str) -> Result<String> {
    let editor = std::env::var("VISUAL")
        .or_else(|_| std::env::var("EDITOR"))
        .unwrap_or_else(|_| "vi".to_string());
    let path = std::env::temp_dir().join(format!("doorman-settings-{}.yaml", random_string(8)));
    let mut file = std::fs::File::create(&path)
        .map_err(|e| Error::io(format!("creating '{}'", path.display()), e))?;
    file.write_all(text.as_bytes())
        .map_err(|e| Error::io(format!("writing '{}'", path.display()), e))?;
    drop(file);
    // The editor may carry arguments (`code --wait`); run it through the shell like git does.
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("doorman")
        .arg(&path)
        .status();
    let result = match status {
        Ok(s) if s.success() => std::fs::read_to_string(&path)
            .map_err(|e| Error::io(format!("reading '{}'", path.display()), e)),
        Ok(s) => Err(Error::Runtime(format!(
            "editor '{editor}' exited with {s}; nothing changed"
        ))),
        Err(e) => Err(Error::io(format!("starting editor '{editor}'"), e)),
    };
    let _ = std::fs::remove_file(&path);
    result
}
