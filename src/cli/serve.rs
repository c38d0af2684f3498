//! `doorman serve`: the OpenID Connect provider.

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::output;
use crate::web::engine::tls::TlsSource;
use crate::web::{self, ServeOptions, Started};

#[derive(Debug, Args)]
pub(crate) struct ServeArgs {
    /// Interface to listen on [default: server.host from the config, else 127.0.0.1]
    #[arg(long, value_name = "HOST")]
    host: Option<String>,
    /// Port to listen on; 0 picks a free one [default: server.port, else 3001]
    #[arg(long, value_name = "PORT")]
    port: Option<u16>,
    /// The issuer URL [default: from the config, else http://localhost:PORT/oidc]
    #[arg(long, value_name = "URL")]
    pub(crate) issuer: Option<String>,
    /// Turn on the test controls under /dev/ (clock, scripted outcomes, headless sign-in of
    /// test users, reset); loopback only [default: server.test_controls]
    #[arg(long)]
    test_controls: bool,
    /// Seed these fixtures at start, as `doorman seed` does (repeatable; /dev/reset returns to
    /// them)
    #[arg(long, value_name = "FILE")]
    seed: Vec<std::path::PathBuf>,
    /// Serve HTTPS with this PEM certificate chain (with --tls-key)
    #[arg(
        long,
        value_name = "FILE",
        requires = "tls_key",
        conflicts_with = "tls_self_signed"
    )]
    tls_cert: Option<std::path::PathBuf>,
    /// The PEM private key of --tls-cert
    #[arg(long, value_name = "FILE", requires = "tls_cert")]
    tls_key: Option<std::path::PathBuf>,
    /// Serve HTTPS with a certificate doorman makes for the issuer's host (and a local CA to
    /// trust, doorman-tls/ca.pem beside the database), kept for the next start
    #[arg(long)]
    tls_self_signed: bool,
}

pub(crate) fn run(session: &Session, args: &ServeArgs) -> Result<()> {
    let config = &session.config;
    let options = ServeOptions {
        host: args
            .host
            .clone()
            .unwrap_or_else(|| config.server.host.clone()),
        port: args.port.unwrap_or(config.server.port),
        test_controls: args.test_controls,
        tls: match (&args.tls_cert, &args.tls_key) {
            (Some(cert), Some(key)) => Some(TlsSource::Files {
                cert: cert.clone(),
                key: key.clone(),
            }),
            _ if args.tls_self_signed => Some(TlsSource::SelfSigned),
            _ => None,
        },
        seed: args
            .seed
            .iter()
            .map(crate::cli::seed::read_source)
            .collect::<Result<_>>()?,
    };
    web::serve(config, &options, |started| {
        banner(config.database.display(), started)
    })
}

fn banner(database: std::path::Display<'_>, started: &Started) {
    let issuer = &started.issuer;
    let trust = match &started.tls_ca_file {
        Some(ca) => format!(
            "tls:       a local CA made this certificate; trust {}\n",
            ca.display()
        ),
        None => String::new(),
    };
    let controls = if started.test_controls {
        "test controls: on (/dev/clock, /dev/next, /dev/requests, /dev/reset)\n"
    } else {
        ""
    };
    let playground = match &started.playground {
        Some(url) => format!("playground: {url}  (try a sign-in in your browser)\n"),
        None => String::new(),
    };
    output::announce(&format!(
        "doorman is listening on {}://{}\n\
         {trust}\
         {playground}\
         {controls}\
         issuer:    {issuer}\n\
         discovery: {issuer}/.well-known/openid-configuration\n\
         database:  {database}\n\
         \n\
         Create a first app and user (in another terminal):\n  \
         doorman app create \"My app\" --type web --redirect-uri http://localhost:3000/callback\n  \
         doorman user create --email you@example.com --password-stdin\n\
         \n\
         Press Ctrl+C to stop.",
        started.scheme, started.address
    ));
    if !crate::credentials::passkey::available(issuer) {
        output::message(
            "note: passkeys need an issuer with a host name; with this one the pages do not \
             offer them (try --issuer http://localhost:PORT/oidc)",
        );
    }
}
