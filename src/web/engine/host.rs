//! Which `Host` names the server answers for, against DNS rebinding: a web page whose name an
//! attacker re-points at 127.0.0.1 reaches a local doorman with its own name in `Host`, and
//! must be refused before it can read `/dev/outbox` or drive a sign-in. Like development
//! servers do, doorman answers only for the issuer's host, loopback names and addresses, IP
//! literals (a rebinding needs a name) and the hosts listed in `server.allowed_hosts`.

use std::net::IpAddr;

/// The host names a server answers for, beside loopback names and IP literals.
#[derive(Debug, Clone, Default)]
pub struct AllowedHosts {
    names: Vec<String>,
}

impl AllowedHosts {
    /// The issuer's host and the configured names (`.example.com` allows the domain and every
    /// name under it).
    pub fn new(issuer_host: Option<&str>, configured: &[String]) -> AllowedHosts {
        let names = issuer_host
            .into_iter()
            .chain(configured.iter().map(String::as_str))
            .map(normalize)
            .filter(|n| !n.is_empty())
            .collect();
        AllowedHosts { names }
    }

    /// Whether a request with this `Host` header (or the host of its absolute-form target) may
    /// be served. One that names no host at all (HTTP/1.0 allows it) is refused too: which name
    /// it was sent to is exactly what is not known.
    pub fn allows(&self, header: Option<&str>) -> bool {
        let Some(header) = header else {
            return false;
        };
        let name = normalize(without_port(header.trim()));
        if name == "localhost" || name.ends_with(".localhost") {
            return true;
        }
        if name.parse::<IpAddr>().is_ok() {
            return true;
        }
        self.names
            .iter()
            .any(|allowed| match allowed.strip_prefix('.') {
                Some(domain) => name == domain || name.ends_with(allowed.as_str()),
                None => *allowed == name,
            })
    }
}

/// The host of a `Host` header value: `[::1]:3001` is `::1`, `example.com:80` is `example.com`.
fn without_port(host: &str) -> &str {
    if let Some(rest) = host.strip_prefix('[') {
        return rest.split(']').next().unwrap_or(rest);
    }
    match host.rsplit_once(':') {
        Some((name, port)) if port.chars().all(|c| c.is_ascii_digit()) => name,
        _ => host,
    }
}

/// Lower case, without the trailing dot of a fully qualified name.
fn normalize(name: &str) -> String {
    name.trim().trim_end_matches('.').to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_ip_literals_the_issuer_and_configured_names_pass() {
        let hosts = AllowedHosts::new(Some("id.example.test"), &[".corp.test".into()]);
        for ok in [
            "localhost:3001",
            "LOCALHOST",
            "app.localhost:3001",
            "127.0.0.1:3001",
            "[::1]:3001",
            "192.168.1.5:3001",
            "id.example.test",
            "id.example.test.:443",
            "corp.test",
            "sso.corp.test:8443",
        ] {
            assert!(hosts.allows(Some(ok)), "{ok}");
        }
        assert!(!hosts.allows(None), "HTTP/1.0 without Host");
    }

    #[test]
    fn foreign_names_are_refused() {
        let hosts = AllowedHosts::new(Some("localhost"), &["docs.test".into()]);
        for bad in [
            "evil.example",
            "evil.example:3001",
            "localhost.evil.example",
            "127.0.0.1.nip.io",
            "notdocs.test",
            "sub.docs.test",
            "",
        ] {
            assert!(!hosts.allows(Some(bad)), "{bad}");
        }
    }
}
