//! `doorman connector ...`: social and enterprise SSO connectors.

use clap::{Args, Subcommand};

use crate::cli::{Session, prompt};
use crate::error::Result;
use crate::model::connector::{AppleKey, ConnectorKind, Endpoints, Preset};
use crate::model::saml::SamlIdp;
use crate::ops::federation::connectors::{ConnectorChanges, ConnectorInput, parse_mapping};
use crate::ops::federation::saml_sign_in::MetadataSource;

#[derive(Debug, Subcommand)]
pub(crate) enum ConnectorCommand {
    /// Register an upstream OIDC, OAuth 2.0 or SAML provider; prints the URLs to register there
    Create {
        /// Unique name, shown on its sign-in button
        name: String,
        /// A fixed id (the last segment of the callback URL) [default: random]
        #[arg(long)]
        id: Option<String>,
        /// Protocol [default: the preset's]
        #[arg(long, value_enum)]
        kind: Option<ConnectorKind>,
        /// Fill in a well-known provider's endpoints, scopes and mapping
        #[arg(long, value_enum)]
        preset: Option<Preset>,
        #[command(flatten)]
        endpoints: EndpointArgs,
        #[command(flatten)]
        saml: SamlArgs,
        /// The client id registered upstream (not for SAML)
        #[arg(long, required_unless_present_any = ["metadata_url", "metadata_file"])]
        client_id: Option<String>,
        /// Read the client secret from the first line of stdin
        #[arg(long)]
        client_secret_stdin: bool,
        /// Sign in with Apple: the private key file (AuthKey_<key id>.p8), kept as the secret
        #[arg(long, value_name = "FILE", conflicts_with = "client_secret_stdin")]
        private_key_file: Option<std::path::PathBuf>,
        /// A scope to ask for (repeatable) [default: the preset's, or openid profile email]
        #[arg(long = "scope", value_name = "SCOPE")]
        scopes: Vec<String>,
        /// Where a profile field comes from: id, email, email_verified, name or avatar =
        /// a field (dotted path) of the upstream's answer (repeatable)
        #[arg(long = "map", value_name = "CLAIM=FIELD")]
        mapping: Vec<String>,
        /// Enterprise SSO: chosen by the email's domain instead of a button
        #[arg(long, requires = "domains")]
        sso: bool,
        /// An email domain the SSO provider owns (repeatable; SAML connectors are always SSO)
        #[arg(long = "domain", value_name = "DOMAIN")]
        domains: Vec<String>,
        /// An organization its users join, with an organization role; with GROUP=, only the
        /// users the IdP puts in that group (repeatable)
        #[arg(long = "jit-org", value_name = "[GROUP=]ORG[:ROLE]")]
        jit_orgs: Vec<String>,
    },
    /// List connectors
    List,
    /// Show a connector and its callback URL (never its secret)
    Show {
        /// Id or name
        connector: String,
    },
    /// Change a connector
    Update {
        /// Id or name
        connector: String,
        /// New name
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        endpoints: EndpointArgs,
        #[command(flatten)]
        saml: SamlArgs,
        /// New client id
        #[arg(long)]
        client_id: Option<String>,
        /// Read a new client secret from the first line of stdin
        #[arg(long)]
        client_secret_stdin: bool,
        /// Sign in with Apple: the private key file (AuthKey_<key id>.p8), kept as the secret
        #[arg(long, value_name = "FILE", conflicts_with = "client_secret_stdin")]
        private_key_file: Option<std::path::PathBuf>,
        /// Replace the scopes (repeatable)
        #[arg(long = "scope", value_name = "SCOPE")]
        scopes: Vec<String>,
        /// Change where a profile field comes from (repeatable)
        #[arg(long = "map", value_name = "CLAIM=FIELD")]
        mapping: Vec<String>,
        /// Replace the SSO domains (repeatable)
        #[arg(long = "domain", value_name = "DOMAIN")]
        domains: Vec<String>,
        /// Replace the JIT organizations (repeatable)
        #[arg(long = "jit-org", value_name = "[GROUP=]ORG[:ROLE]")]
        jit_orgs: Vec<String>,
    },
    /// Delete a connector and unlink its identities
    Delete {
        /// Id or name
        connector: String,
    },
}

#[derive(Debug, Args)]
pub(crate) struct EndpointArgs {
    /// OIDC issuer (its discovery document gives the endpoints)
    #[arg(long, value_name = "URL")]
    issuer: Option<String>,
    /// OAuth 2.0 authorization endpoint
    #[arg(long, value_name = "URL")]
    authorization_endpoint: Option<String>,
    /// OAuth 2.0 token endpoint
    #[arg(long, value_name = "URL")]
    token_endpoint: Option<String>,
    /// User-info endpoint (OAuth 2.0: where the profile comes from)
    #[arg(long, value_name = "URL")]
    userinfo_endpoint: Option<String>,
    /// How the provider sends its answer back (form_post: POSTed to the callback)
    #[arg(long, value_name = "MODE", value_parser = ["query", "form_post"])]
    response_mode: Option<String>,
    /// Sign in with Apple: your team id (the client secret is then a JWT doorman signs)
    #[arg(long, value_name = "ID", requires = "key_id")]
    team_id: Option<String>,
    /// Sign in with Apple: the id of the private key (AuthKey_<ID>.p8)
    #[arg(long, value_name = "ID", requires = "team_id")]
    key_id: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct SamlArgs {
    /// SAML: the IdP's metadata URL (read now; the connector is --kind saml)
    #[arg(long, value_name = "URL", conflicts_with = "metadata_file")]
    metadata_url: Option<String>,
    /// SAML: the IdP's metadata file
    #[arg(long, value_name = "FILE")]
    metadata_file: Option<std::path::PathBuf>,
    /// SAML: accept IdP-initiated sign-in (unsolicited responses), landing in --default-app
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    idp_initiated: Option<bool>,
    /// SAML: the web app an IdP-initiated sign-in continues to (its client id)
    #[arg(long, value_name = "CLIENT_ID")]
    default_app: Option<String>,
}

impl SamlArgs {
    /// The IdP from the metadata given, with what the flags allow; `None` without metadata
    /// (an update that changes only the flags applies them to the stored IdP).
    fn idp(&self, doorman: &crate::ops::Doorman) -> Result<Option<SamlIdp>> {
        let source = match (&self.metadata_url, &self.metadata_file) {
            (Some(url), _) => MetadataSource::Url(url.clone()),
            (None, Some(path)) => {
                MetadataSource::Text(std::fs::read_to_string(path).map_err(|e| {
                    crate::Error::io(format!("reading the metadata file '{}'", path.display()), e)
                })?)
            }
            (None, None) => return Ok(None),
        };
        let mut idp = doorman.idp_metadata(&source)?;
        idp.idp_initiated = self.idp_initiated.unwrap_or(false);
        idp.default_app.clone_from(&self.default_app);
        Ok(Some(idp))
    }
}

impl EndpointArgs {
    fn into_endpoints(self, scopes: Vec<String>, mapping: &[String]) -> Result<Endpoints> {
        Ok(Endpoints {
            issuer: self.issuer,
            authorization_endpoint: self.authorization_endpoint,
            token_endpoint: self.token_endpoint,
            userinfo_endpoint: self.userinfo_endpoint,
            scopes,
            mapping: parse_mapping(mapping)?,
            response_mode: self.response_mode,
            saml: None,
            apple: match (self.team_id, self.key_id) {
                (Some(team_id), Some(key_id)) => Some(AppleKey { team_id, key_id }),
                _ => None,
            },
        })
    }
}

/// The secret from stdin's first line, or a private key file read whole.
fn secret(from_stdin: bool, key_file: Option<std::path::PathBuf>) -> Result<Option<String>> {
    if let Some(path) = key_file {
        let text = std::fs::read_to_string(&path).map_err(|e| {
            crate::Error::io(format!("reading the private key '{}'", path.display()), e)
        })?;
        return Ok(Some(text));
    }
    from_stdin.then(prompt::line_from_stdin).transpose()
}

fn replaced(list: Vec<String>) -> Option<Vec<String>> {
    (!list.is_empty()).then_some(list)
}

pub(crate) fn run(session: &Session, cmd: ConnectorCommand) -> Result<()> {
    let printer = session.printer;
    match cmd {
        ConnectorCommand::Create {
            name,
            id,
            kind,
            preset,
            endpoints,
            saml,
            client_id,
            client_secret_stdin,
            private_key_file,
            scopes,
            mapping,
            sso,
            domains,
            jit_orgs,
        } => {
            let mut doorman = session.open()?;
            let mut endpoints = endpoints.into_endpoints(scopes, &mapping)?;
            endpoints.saml = saml.idp(&doorman)?;
            let kind = kind.or(endpoints.saml.as_ref().map(|_| ConnectorKind::Saml));
            let input = ConnectorInput {
                id,
                name,
                kind,
                preset,
                endpoints,
                client_id: client_id.unwrap_or_default(),
                client_secret: secret(client_secret_stdin, private_key_file)?,
                sso,
                domains,
                jit_organizations: jit_orgs,
            };
            printer.one(&doorman.create_connector(&input)?);
        }
        ConnectorCommand::List => printer.list(&session.open()?.list_connectors()?),
        ConnectorCommand::Show { connector } => {
            printer.one(&session.open()?.show_connector(&connector)?);
        }
        ConnectorCommand::Update {
            connector,
            name,
            endpoints,
            saml,
            client_id,
            client_secret_stdin,
            private_key_file,
            scopes,
            mapping,
            domains,
            jit_orgs,
        } => {
            let mut doorman = session.open()?;
            let mut endpoints = endpoints.into_endpoints(Vec::new(), &mapping)?;
            endpoints.saml = saml.idp(&doorman)?;
            let changes = ConnectorChanges {
                name,
                client_id,
                client_secret: secret(client_secret_stdin, private_key_file)?,
                endpoints,
                scopes: replaced(scopes),
                domains: replaced(domains),
                jit_organizations: replaced(jit_orgs),
                idp_initiated: saml.idp_initiated,
                default_app: saml.default_app.clone(),
            };
            printer.one(&doorman.update_connector(&connector, &changes)?);
        }
        ConnectorCommand::Delete { connector } => {
            let mut doorman = session.open()?;
            let found = doorman.show_connector(&connector)?;
            prompt::confirm(
                session,
                &format!(
                    "delete connector '{}' and unlink its identities",
                    found.connector.name
                ),
            )?;
            printer.one(&doorman.delete_connector(&found.connector.id)?);
        }
    }
    Ok(())
}
