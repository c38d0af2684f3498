//! HTTPS for `serve` (optional; some SDKs refuse an `http://` issuer outside localhost): a
//! certificate and key from files, or a local CA and a certificate for the issuer's host that
//! doorman makes once and keeps beside the database (`doorman-tls/`), so a client trusts
//! `doorman-tls/ca.pem` once (mkcert-style) and restarts keep working.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, KeyUsagePurpose};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};

use crate::error::{Error, Result};

/// Where the server's certificate comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TlsSource {
    /// A PEM certificate chain and its PEM private key.
    Files {
        /// The certificate chain.
        cert: PathBuf,
        /// The private key.
        key: PathBuf,
    },
    /// A certificate doorman makes (with its own CA) and keeps in `doorman-tls/` beside the
    /// database.
    SelfSigned,
}

/// The server's TLS configuration, and the CA file clients should trust when doorman made it.
pub struct ServerTls {
    /// For the listener.
    pub config: Arc<rustls::ServerConfig>,
    /// `doorman-tls/ca.pem` for a self-signed setup.
    pub ca_file: Option<PathBuf>,
}

/// The TLS configuration `source` describes, for a server called `host`.
pub fn server_tls(source: &TlsSource, database: &Path, host: &str) -> Result<ServerTls> {
    let (cert, key, ca_file) = match source {
        TlsSource::Files { cert, key } => (cert.clone(), key.clone(), None),
        TlsSource::SelfSigned => {
            let dir = database
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."))
                .join("doorman-tls");
            let made = self_signed(&dir, host)?;
            (made.0, made.1, Some(made.2))
        }
    };
    let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(&cert)
        .and_then(|certs| certs.collect())
        .map_err(|e| {
            Error::invalid(format!("cannot read certificate '{}': {e}", cert.display()))
        })?;
    if chain.is_empty() {
        return Err(Error::invalid(format!(
            "certificate file '{}' holds no PEM certificate",
            cert.display()
        )));
    }
    let private_key = PrivateKeyDer::from_pem_file(&key)
        .map_err(|e| Error::invalid(format!("cannot read private key '{}': {e}", key.display())))?;
    let mut config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::aws_lc_rs::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| Error::Runtime(format!("TLS setup failed: {e}")))?
    .with_no_client_auth()
    .with_single_cert(chain, private_key)
    .map_err(|e| {
        Error::invalid(format!(
            "certificate '{}' and key '{}' do not make a TLS identity: {e}",
            cert.display(),
            key.display()
        ))
    })?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(ServerTls {
        config: Arc::new(config),
        ca_file,
    })
}

/// The certificate, key and CA files in `dir` for `host`, made now unless a certificate for
/// that host is already there.
fn self_signed(dir: &Path, host: &str) -> Result<(PathBuf, PathBuf, PathBuf)> {
    let (cert, key, ca) = (
        dir.join("cert.pem"),
        dir.join("key.pem"),
        dir.join("ca.pem"),
    );
    let marker = dir.join("host");
    let io = |context: String| move |source| Error::Io { context, source };
    if cert.is_file() && key.is_file() && ca.is_file() {
        let made_for = std::fs::read_to_string(&marker).unwrap_or_default();
        if made_for.trim() == host {
            return Ok((cert, key, ca));
        }
    }
    std::fs::create_dir_all(dir).map_err(io(format!("cannot create '{}'", dir.display())))?;
    let failed = |e: rcgen::Error| Error::Runtime(format!("making a certificate failed: {e}"));
    let ca_key = KeyPair::generate().map_err(failed)?;
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).map_err(failed)?;
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(DnType::CommonName, "doorman local CA");
    ca_params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    let ca_cert = ca_params.self_signed(&ca_key).map_err(failed)?;
    let issuer = Issuer::from_params(&ca_params, &ca_key);
    let mut names = vec![host.to_string()];
    for local in ["localhost", "127.0.0.1", "::1"] {
        if !names.iter().any(|n| n == local) {
            names.push(local.to_string());
        }
    }
    let leaf_key = KeyPair::generate().map_err(failed)?;
    let mut leaf_params = CertificateParams::new(names).map_err(failed)?;
    leaf_params
        .distinguished_name
        .push(DnType::CommonName, host);
    let leaf = leaf_params.signed_by(&leaf_key, &issuer).map_err(failed)?;
    write_private(&key, &leaf_key.serialize_pem())?;
    std::fs::write(&cert, leaf.pem()).map_err(io(format!("cannot write '{}'", cert.display())))?;
    std::fs::write(&ca, ca_cert.pem()).map_err(io(format!("cannot write '{}'", ca.display())))?;
    std::fs::write(&marker, host).map_err(io(format!("cannot write '{}'", marker.display())))?;
    Ok((cert, key, ca))
}

/// Writes a private key readable by its owner only.
fn write_private(path: &Path, pem: &str) -> Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .map_err(|source| Error::Io {
            context: format!("cannot write '{}'", path.display()),
            source,
        })?;
    file.write_all(pem.as_bytes()).map_err(|source| Error::Io {
        context: format!("cannot write '{}'", path.display()),
        source,
    })
}
