//! `doorman user mfa ...`: a user's second factors. `add-totp` and `backup-codes` print their
//! secret once; on a terminal `add-totp` also draws the QR code an authenticator app scans.

use std::io::IsTerminal;

use clap::Subcommand;
use qrcode::QrCode;
use qrcode::render::unicode::Dense1x2;

use crate::cli::Session;
use crate::error::Result;
use crate::output::{self, Format};

#[derive(Debug, Subcommand)]
pub(crate) enum MfaCommand {
    /// List a user's enrolled factors
    List {
        /// User id, email, username or phone
        user: String,
    },
    /// Enrol an authenticator app (TOTP); prints the secret and otpauth:// URI once
    AddTotp {
        /// User id, email, username or phone
        user: String,
        /// Use this base32 secret (at least 128 bits) instead of a new one
        #[arg(long, value_name = "BASE32")]
        secret: Option<String>,
    },
    /// Make 10 single-use backup codes (replacing any older set); prints them once
    BackupCodes {
        /// User id, email, username or phone
        user: String,
    },
    /// Remove a factor
    Remove {
        /// User id, email, username or phone
        user: String,
        /// The factor's id, from `user mfa list`
        factor_id: String,
    },
}

pub(crate) fn run(session: &Session, cmd: MfaCommand) -> Result<()> {
    let printer = session.printer;
    let mut doorman = session.open()?;
    match cmd {
        MfaCommand::List { user } => printer.list(&doorman.mfa_factors(&user)?),
        MfaCommand::AddTotp { user, secret } => {
            let enrolment = doorman.add_totp(&user, secret.as_deref())?;
            printer.one(&enrolment);
            if printer.format() == Format::Table && std::io::stdout().is_terminal() {
                print_qr(&enrolment.otpauth_uri);
            }
        }
        MfaCommand::BackupCodes { user } => printer.one(&doorman.new_backup_codes(&user)?),
        MfaCommand::Remove { user, factor_id } => {
            printer.one(&doorman.remove_factor(&user, &factor_id)?)
        }
    }
    Ok(())
}

/// Draws a QR code with Unicode half blocks, two modules per character cell.
fn print_qr(text: &str) {
    match QrCode::new(text.as_bytes()) {
        Ok(code) => {
            let drawing = code
                .render::<Dense1x2>()
                .dark_color(Dense1x2::Light)
                .light_color(Dense1x2::Dark)
                .build();
            println!("{drawing}");
        }
        Err(e) => output::message(&format!("cannot draw the QR code: {e}")),
    }
}
