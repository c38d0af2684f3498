//! The command line: clap types and thin handlers. A handler turns arguments into one operation
//! call and hands the result to [`crate::output`]; it holds no rules of its own.

mod admin;
mod app;
mod connector;
mod deferred;
mod invite;
mod keys;
mod logto;
mod mfa;
mod org;
mod prompt;
mod resource;
mod role;
mod seed;
mod serve;
mod settings;
mod token;
mod user;
mod user_token;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{ArgAction, Args, CommandFactory, Parser, Subcommand};

use crate::cli::deferred::Deferred;
use crate::config::{Config, Overrides};
use crate::error::Result;
use crate::ops::Doorman;
use crate::output::{self, Format, Printer};

/// doorman: a local identity provider. Manage users, organizations and sign-in settings in one
/// SQLite file.
#[derive(Debug, Parser)]
#[command(
    name = "doorman",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    global: GlobalArgs,
    #[command(subcommand)]
    command: Command,
}

/// Options every command takes, before or after the subcommand.
#[derive(Debug, Args)]
struct GlobalArgs {
    /// The SQLite file; created with its schema on first use [default: ./doorman.db]
    #[arg(long, global = true, env = "DOORMAN_DB", value_name = "PATH")]
    db: Option<PathBuf>,
    /// The config file [default: ./doorman.yaml if it exists]
    #[arg(long, global = true, env = "DOORMAN_CONFIG", value_name = "PATH")]
    config: Option<PathBuf>,
    /// How results print [default: table on a terminal, json otherwise]
    #[arg(short, long, global = true, env = "DOORMAN_OUTPUT", value_enum)]
    output: Option<Format>,
    /// Answer yes to confirmations (required for destructive commands off a terminal)
    #[arg(short, long, global = true)]
    yes: bool,
    /// Only log errors
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Log more (-v info, -vv debug, -vvv trace); RUST_LOG overrides
    #[arg(short, long, global = true, action = ArgAction::Count)]
    verbose: u8,
}

// Parsed once per process, so the size difference between variants costs nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
enum Command {
    /// Create the database with default settings
    Init(admin::InitArgs),
    /// Manage users
    #[command(subcommand)]
    User(Deferred<user::UserCommand>),
    /// Manage organizations, members, organization roles and scopes
    #[command(subcommand)]
    Org(Deferred<org::OrgCommand>),
    /// Manage organization invitations
    #[command(subcommand)]
    Invite(Deferred<invite::InviteCommand>),
    /// Manage OIDC client applications
    #[command(subcommand)]
    App(Deferred<app::AppCommand>),
    /// Manage API resources and their permissions
    #[command(subcommand)]
    Resource(Deferred<resource::ResourceCommand>),
    /// Manage social and enterprise SSO connectors (upstream OIDC / OAuth 2.0 providers)
    #[command(subcommand)]
    Connector(Deferred<connector::ConnectorCommand>),
    /// Manage roles: sets of API resource permissions for users and M2M apps
    #[command(subcommand)]
    Role(Deferred<role::RoleCommand>),
    /// List and rotate token signing keys
    #[command(subcommand)]
    Keys(Deferred<keys::KeysCommand>),
    /// Show and change the sign-in experience settings
    #[command(subcommand)]
    Settings(Deferred<settings::SettingsCommand>),
    /// Upsert everything fixture files name (idempotent)
    Seed(seed::SeedArgs),
    /// Print the whole database as a fixture file (or in Logto's shapes)
    Export(seed::ExportArgs),
    /// Copy users, organizations, roles and scopes into a Logto-compatible Management API
    Push(logto::PushArgs),
    /// Copy a Logto tenant's users, organizations, roles and scopes into this database
    Pull(logto::PullArgs),
    /// Show the emails and SMS doorman would have sent
    Outbox(admin::OutboxArgs),
    /// Show sign-in, sign-out and admin events
    Audit(admin::AuditArgs),
    /// Mint tokens for a user and app without a browser
    #[command(subcommand)]
    Token(Deferred<token::TokenCommand>),
    /// Run the OpenID Connect provider
    Serve(serve::ServeArgs),
    /// Print a shell completion script
    Completions(admin::CompletionsArgs),
}

/// What a handler works with: the configuration, the printer and the terminal facts.
pub(crate) struct Session {
    config: Config,
    printer: Printer,
    /// The format was chosen by flag or environment, not defaulted.
    format_chosen: bool,
    yes: bool,
}

impl Session {
    /// Opens the database and builds the operations context.
    fn open(&self) -> Result<Doorman> {
        Doorman::open(&self.config.setup()?, actor())
    }

    /// Whether prompts may be shown: both stdin and stderr are terminals.
    fn interactive(&self) -> bool {
        std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
    }
}

fn actor() -> String {
    match std::env::var("USER").or_else(|_| std::env::var("USERNAME")) {
        Ok(login) if !login.is_empty() => format!("cli:{login}"),
        _ => "cli".to_string(),
    }
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(&cli.global, matches!(cli.command, Command::Serve(_)));
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            output::message(&format!("error: {e}"));
            ExitCode::from(e.exit_code())
        }
    }
}

fn init_logging(global: &GlobalArgs, serving: bool) {
    let level = if global.quiet {
        "error"
    } else {
        match global.verbose {
            // The server logs each request at info: that is what a developer watches it for.
            0 if serving => "info",
            0 => "warn",
            1 => "info",
            2 => "debug",
            _ => "trace",
        }
    };
    let filter = std::env::var("RUST_LOG")
        .ok()
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| format!("doorman={level}"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .without_time()
        .with_target(false)
        .try_init();
}

fn run(cli: Cli) -> Result<()> {
    if let Command::Completions(args) = &cli.command {
        deferred::build_eagerly();
        admin::completions(args, &mut Cli::command());
        return Ok(());
    }
    let issuer = match &cli.command {
        Command::Init(args) => args.issuer.clone(),
        Command::Serve(args) => args.issuer.clone(),
        Command::Token(Deferred(token::TokenCommand::Issue { issuer, .. })) => issuer.clone(),
        _ => None,
    };
    let config = Config::load(Overrides {
        config: cli.global.config.clone(),
        database: cli.global.db.clone(),
        issuer,
        now: std::env::var("DOORMAN_NOW").ok().filter(|v| !v.is_empty()),
    })?;
    let session = Session {
        config,
        printer: Printer::new(cli.global.output.unwrap_or_else(Format::default_for_stdout)),
        format_chosen: cli.global.output.is_some(),
        yes: cli.global.yes,
    };
    match cli.command {
        Command::Init(args) => admin::init(&session, &args),
        Command::User(Deferred(cmd)) => user::run(&session, cmd),
        Command::Org(Deferred(cmd)) => org::run(&session, cmd),
        Command::Invite(Deferred(cmd)) => invite::run(&session, cmd),
        Command::App(Deferred(cmd)) => app::run(&session, cmd),
        Command::Keys(Deferred(cmd)) => keys::run(&session, cmd),
        Command::Settings(Deferred(cmd)) => settings::run(&session, cmd),
        Command::Seed(args) => seed::seed(&session, &args),
        Command::Export(args) => seed::export(&session, &args),
        Command::Push(args) => logto::push(&session, &args),
        Command::Pull(args) => logto::pull(&session, &args),
        Command::Outbox(args) => admin::outbox(&session, &args),
        Command::Audit(args) => admin::audit(&session, &args),
        Command::Token(Deferred(cmd)) => token::run(&session, cmd),
        Command::Resource(Deferred(cmd)) => resource::run(&session, cmd),
        Command::Connector(Deferred(cmd)) => connector::run(&session, cmd),
        Command::Role(Deferred(cmd)) => role::run(&session, cmd),
        Command::Serve(args) => serve::run(&session, &args),
        Command::Completions(_) => Ok(()),
    }
}

/// The clap command tree, whole, for completions and tests.
pub fn command() -> clap::Command {
    deferred::build_eagerly();
    Cli::command()
}
