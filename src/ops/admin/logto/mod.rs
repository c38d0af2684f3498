//! The way up to Logto and back: `export --format logto` writes doorman's users (with their
//! password digests), organizations, roles and scopes in Logto's shapes ([`document`]); `push`
//! replays them through a Logto-compatible Management API ([`push`], over [`client`]); `pull`
//! reads a tenant through one and seeds what it read ([`pull`]). Both are idempotent.

pub mod client;
pub mod document;
pub mod pull;
pub mod push;

use crate::error::Result;
use crate::ops::Doorman;
use crate::ops::admin::fixtures::{FixtureSource, Progress};
use client::ManagementClient;
use document::LogtoDocument;
use push::SyncReport;

impl Doorman {
    /// The database in Logto's shapes; password digests only `with_secrets`.
    pub fn export_logto(&self, with_secrets: bool) -> Result<LogtoDocument> {
        Ok(LogtoDocument::from_fixture(&self.export(with_secrets)?))
    }

    /// Replays the database (with its password digests) into the Management API behind
    /// `client`.
    pub fn push_to(
        &self,
        client: &ManagementClient,
        progress: &dyn Progress,
    ) -> Result<SyncReport> {
        let document = self.export_logto(true)?;
        push::push(client, &document, progress)
    }

    /// Reads the Management API behind `client` and seeds what it read, in one transaction.
    pub fn pull_from(
        &mut self,
        client: &ManagementClient,
        source: &str,
        progress: &dyn Progress,
    ) -> Result<SyncReport> {
        let document = pull::pull(client, progress)?;
        let fixture = document.to_fixture()?;
        let text = serde_yaml::to_string(&fixture)
            .map_err(|e| crate::Error::Runtime(format!("encoding what was pulled: {e}")))?;
        let source = FixtureSource {
            name: source.to_string(),
            text,
        };
        let seeded = self.seed(&[source], false, progress)?;
        Ok(SyncReport {
            created: seeded.created,
            updated: seeded.updated,
            skipped: seeded.unchanged,
            ..SyncReport::default()
        })
    }
}
