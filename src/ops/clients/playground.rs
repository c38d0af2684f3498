//! The playground's operations: its built-in client (a public SPA-type client with PKCE whose
//! redirect URI is on doorman's own origin), the runs of the sign-ins it starts, the token
//! calls it makes as that client, and the test user it can create on an empty database.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::app::App;
use crate::model::id::random_string;
use crate::model::user::{PasswordInput, Profile, Secret, User};
use crate::oidc::error::OAuthError;
use crate::ops::Doorman;
use crate::ops::clients::built_in::BuiltIn;
use crate::ops::clients::tokens::TokenResponse;
use crate::store::playground::{self as runs, Run};
use crate::store::{self};

/// The built-in client's id.
pub const CLIENT_ID: &str = "doorman-playground";
/// The path of its redirect URI on doorman's origin.
pub const CALLBACK_PATH: &str = "/playground/callback";
/// The meta key that says the client was registered once (so a deleted one stays deleted).
const REGISTERED: &str = "playground_client_registered";

/// The tokens a run holds, as the playground shows and reuses them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunTokens {
    /// The ID token.
    pub id_token: Option<String>,
    /// The access token.
    pub access_token: String,
    /// The refresh token.
    pub refresh_token: Option<String>,
    /// The granted scopes.
    pub scope: String,
    /// Seconds the access token lives.
    pub expires_in: i64,
    /// An organization token, after the organization-token button.
    pub organization_token: Option<String>,
}

impl From<TokenResponse> for RunTokens {
    fn from(t: TokenResponse) -> Self {
        RunTokens {
            id_token: t.id_token,
            access_token: t.access_token,
            refresh_token: t.refresh_token,
            scope: t.scope,
            expires_in: t.expires_in,
            organization_token: None,
        }
    }
}

/// A new run: its id (the `state`), the PKCE challenge and the nonce for the authorization
/// request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRun {
    /// The run's id, sent as `state`.
    pub id: String,
    /// The S256 challenge of the run's verifier.
    pub challenge: String,
    /// The nonce.
    pub nonce: String,
}

/// A test user made from the playground, with the password when doorman chose it.
#[derive(Debug, Clone, PartialEq)]
pub struct TestUser {
    /// The user.
    pub user: User,
    /// The generated password, shown once.
    pub generated_password: Option<String>,
}

fn refused(e: OAuthError) -> Error {
    Error::invalid(format!("{}: {}", e.error, e.error_description))
}

impl Doorman {
    /// Registers the built-in client the first time the playground is on, and points it at
    /// `origin` (its redirect URI is `origin` + [`CALLBACK_PATH`], its post-logout URI `origin`
    /// + `/`). A client deleted by an operator is not brought back. Writes only on a change.
    pub fn register_playground(&mut self, origin: &str) -> Result<()> {
        self.register_built_in(&BuiltIn {
            client_id: CLIENT_ID,
            name: "doorman playground",
            registered_key: REGISTERED,
            redirect_uri: format!("{origin}{CALLBACK_PATH}"),
            post_logout_redirect_uri: format!("{origin}/"),
        })
    }

    /// The built-in client, when it is registered.
    pub fn playground_client(&self) -> Result<Option<App>> {
        Ok(store::apps::find(self.store.conn(), CLIENT_ID)?
            .map(|s| s.app)
            .filter(|a| a.built_in))
    }

    /// Starts a run bound to the browser that holds the secret whose digest is `binding`.
    pub fn start_playground_run(
        &mut self,
        binding: &str,
        resource: Option<&str>,
        organization_id: Option<&str>,
    ) -> Result<NewRun> {
        let verifier = random_string(64);
        let run = Run {
            id: random_string(24),
            binding: binding.to_string(),
            verifier: verifier.clone(),
            nonce: random_string(24),
            resource: resource.map(str::to_string),
            organization_id: organization_id.map(str::to_string),
            tokens: None,
            created_at: self.clock.now(),
        };
        let tx = self.store.transaction()?;
        runs::insert(&tx, &run)?;
        tx.commit()?;
        Ok(NewRun {
            id: run.id,
            challenge: crate::oidc::pkce::challenge_of(&verifier),
            nonce: run.nonce,
        })
    }

    /// A run by id; whether the asking browser may have it is the caller's to check against
    /// its `binding`.
    pub fn playground_run(&self, id: &str) -> Result<Option<Run>> {
        runs::find(self.store.conn(), id)
    }

    /// Exchanges the callback's code as the built-in client, keeping the tokens with the run.
    pub fn finish_playground_run(&mut self, run: &Run, code: &str) -> Result<RunTokens> {
        let client = self
            .playground_client()?
            .ok_or_else(|| Error::not_found("the playground's client is not registered"))?;
        let redirect = client.redirect_uris.first().cloned().unwrap_or_default();
        let response = self
            .exchange_code(
                &client,
                code,
                Some(&redirect),
                Some(&run.verifier),
                run.resource.as_deref(),
            )
            .map_err(refused)?;
        let tokens = RunTokens::from(response);
        self.keep_run_tokens(&run.id, &tokens)?;
        Ok(tokens)
    }

    /// Refreshes a run's tokens, or (with `organization_id`) fetches an organization token
    /// beside them.
    pub fn refresh_playground_run(
        &mut self,
        run: &Run,
        tokens: &RunTokens,
        organization_id: Option<&str>,
    ) -> Result<RunTokens> {
        let client = self
            .playground_client()?
            .ok_or_else(|| Error::not_found("the playground's client is not registered"))?;
        let refresh_token = tokens
            .refresh_token
            .as_deref()
            .ok_or_else(|| Error::invalid("this sign-in has no refresh token (offline_access)"))?;
        let response = self
            .refresh(&client, refresh_token, None, organization_id, None)
            .map_err(refused)?;
        let next = match organization_id {
            Some(_) => RunTokens {
                refresh_token: response.refresh_token.or(tokens.refresh_token.clone()),
                organization_token: Some(response.access_token),
                ..tokens.clone()
            },
            None => {
                let mut next = RunTokens::from(response);
                next.id_token = next.id_token.or(tokens.id_token.clone());
                next
            }
        };
        self.keep_run_tokens(&run.id, &next)?;
        Ok(next)
    }

    fn keep_run_tokens(&mut self, id: &str, tokens: &RunTokens) -> Result<()> {
        let text = serde_json::to_string(tokens)
            .map_err(|e| Error::Runtime(format!("encoding tokens failed: {e}")))?;
        let tx = self.store.transaction()?;
        runs::set_tokens(&tx, id, &text)?;
        tx.commit()
    }

    /// Forgets a run (its tokens) when the playground signs out.
    pub fn end_playground_run(&mut self, id: &str) -> Result<()> {
        let tx = self.store.transaction()?;
        runs::delete(&tx, id)?;
        tx.commit()
    }

    /// Whether the database has no user yet (the playground then offers a test user).
    pub fn has_no_users(&self) -> Result<bool> {
        store::users::is_empty(self.store.conn())
    }

    /// Creates the first user from the playground, with its email verified: only while there
    /// is none, so the form cannot add accounts to a database in use. Without a password, one
    /// is generated (and shown once).
    pub fn create_test_user(&mut self, email: &str, password: Option<&str>) -> Result<TestUser> {
        if !self.has_no_users()? {
            return Err(Error::conflict(
                "the playground creates a test user only on an empty database",
            ));
        }
        let generated = password.filter(|p| !p.is_empty()).is_none().then(|| {
            format!(
                "{}-{}-42",
                random_string(6),
                random_string(6).to_uppercase()
            )
        });
        let password = generated
            .clone()
            .or(password.map(str::to_string))
            .unwrap_or_default();
        let user = self.create_user(
            Profile {
                email: Some(email.to_string()),
                email_verified: Some(true),
                ..Profile::default()
            },
            Some(PasswordInput::Plain(Secret::new(password))),
        )?;
        Ok(TestUser {
            user,
            generated_password: generated,
        })
    }
}
