//! Page strings in five languages, kept in `locales/*.yaml` (embedded at build time) rather than
//! in code, and the choice of language for a request: `ui_locales`, then `Accept-Language`, then
//! the settings' default. A missing translation falls back to English, and a test fails the
//! build's tests when any language lacks a key.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::model::settings::{Languages, SUPPORTED_LANGUAGES};

type Table = HashMap<String, String>;

const SOURCES: [(&str, &str); 5] = [
    ("en", include_str!("../../locales/en.yaml")),
    ("de", include_str!("../../locales/de.yaml")),
    ("fr", include_str!("../../locales/fr.yaml")),
    ("ko", include_str!("../../locales/ko.yaml")),
    ("ru", include_str!("../../locales/ru.yaml")),
];

fn tables() -> &'static HashMap<&'static str, Table> {
    static TABLES: OnceLock<HashMap<&'static str, Table>> = OnceLock::new();
    TABLES.get_or_init(|| {
        SOURCES
            .iter()
            .map(|(lang, text)| {
                // The files are part of the binary and checked by tests; a broken one is a
                // build defect, so it shows as English rather than taking the server down.
                let table: Table = serde_yaml::from_str(text).unwrap_or_else(|e| {
                    tracing::error!("locales/{lang}.yaml is not valid: {e}");
                    Table::new()
                });
                (*lang, table)
            })
            .collect()
    })
}

/// The strings of one language.
#[derive(Debug, Clone, Copy)]
pub struct Texts {
    /// The language code, for `<html lang>`.
    pub lang: &'static str,
    table: &'static Table,
    english: &'static Table,
}

impl Texts {
    /// The strings of `lang`, or English for a language doorman does not have.
    pub fn for_language(lang: &str) -> Texts {
        let all = tables();
        let english = &all["en"];
        match SUPPORTED_LANGUAGES.iter().find(|l| **l == lang) {
            Some(found) => Texts {
                lang: found,
                table: all.get(found).unwrap_or(english),
                english,
            },
            None => Texts {
                lang: "en",
                table: english,
                english,
            },
        }
    }

    /// The string for `key`; English when this language lacks it, the key itself when English
    /// does too (a visible defect rather than an empty label).
    pub fn get<'a>(&self, key: &'a str) -> &'a str {
        self.table
            .get(key)
            .or_else(|| self.english.get(key))
            .map_or(key, String::as_str)
    }

    /// The string for `key` with each `{name}` replaced by its value.
    pub fn fill<'v>(&self, key: &str, values: impl AsRef<[(&'v str, &'v str)]>) -> String {
        let mut text = self.get(key).to_string();
        for (name, value) in values.as_ref() {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }

    /// [`Texts::fill`] with one number, the common case (`{n}`).
    pub fn count(&self, key: &str, n: impl std::fmt::Display) -> String {
        self.fill(key, [("n", n.to_string().as_str())])
    }
}

/// The language for a request: the first supported tag of `ui_locales` (space-separated, by
/// preference), then of `Accept-Language` (by q-value), then the settings' default. With
/// `auto_detect` off, always the default.
pub fn negotiate(
    ui_locales: Option<&str>,
    accept_language: Option<&str>,
    languages: &Languages,
) -> &'static str {
    let fallback = supported(&languages.default).unwrap_or("en");
    if !languages.auto_detect {
        return fallback;
    }
    if let Some(found) = ui_locales
        .into_iter()
        .flat_map(str::split_whitespace)
        .find_map(supported)
    {
        return found;
    }
    if let Some(header) = accept_language {
        let mut ranked: Vec<(f32, usize, &str)> = header
            .split(',')
            .enumerate()
            .filter_map(|(position, item)| {
                let mut parts = item.split(';');
                let tag = parts.next()?.trim();
                let q = parts
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                (q > 0.0).then_some((q, position, tag))
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        if let Some(found) = ranked.iter().find_map(|(_, _, tag)| supported(tag)) {
            return found;
        }
    }
    fallback
}

/// The supported language a tag such as `de-AT` or `ko` names.
fn supported(tag: &str) -> Option<&'static str> {
    let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
    SUPPORTED_LANGUAGES
        .iter()
        .copied()
        .find(|lang| *lang == primary)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(lang: &str) -> Vec<String> {
        let mut keys: Vec<String> = tables()[lang].keys().cloned().collect();
        keys.sort();
        keys
    }

    #[test]
    fn every_language_has_every_key_and_no_other() {
        let english = keys("en");
        assert!(
            english.len() > 50,
            "en.yaml parsed to {} keys",
            english.len()
        );
        for lang in SUPPORTED_LANGUAGES {
            let theirs = keys(lang);
            let missing: Vec<_> = english.iter().filter(|k| !theirs.contains(k)).collect();
            let extra: Vec<_> = theirs.iter().filter(|k| !english.contains(k)).collect();
            assert!(missing.is_empty(), "{lang}.yaml lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "{lang}.yaml has keys en.yaml lacks: {extra:?}"
            );
            for key in &english {
                let value = &tables()[lang][key];
                assert!(!value.trim().is_empty(), "{lang}.yaml: {key} is empty");
                // A placeholder in English must survive translation.
                for placeholder in ["{app}", "{n}", "{target}", "{user}", "{scope}", "{issuer}"] {
                    if tables()["en"][key].contains(placeholder) {
                        assert!(
                            value.contains(placeholder),
                            "{lang}.yaml: {key} lacks {placeholder}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn every_key_the_code_and_templates_use_exists() {
        let english = keys("en");
        let sources = [
            include_str!("../../templates/base.html"),
            include_str!("../../templates/sign_in.html"),
            include_str!("../../templates/register.html"),
            include_str!("../../templates/verify.html"),
            include_str!("../../templates/forgot_password.html"),
            include_str!("../../templates/consent.html"),
            include_str!("../../templates/sign_out.html"),
            include_str!("../../templates/error.html"),
            include_str!("../../templates/home.html"),
            include_str!("../../templates/outbox.html"),
            include_str!("authorize.rs"),
            include_str!("consent.rs"),
            include_str!("home.rs"),
            include_str!("identifiers.rs"),
            include_str!("outbox.rs"),
            include_str!("page_context.rs"),
            include_str!("pages.rs"),
            include_str!("parked.rs"),
            include_str!("register.rs"),
            include_str!("reset.rs"),
            include_str!("responses.rs"),
            include_str!("router.rs"),
            include_str!("session.rs"),
            include_str!("sign_in.rs"),
            include_str!("sign_out.rs"),
            include_str!("verify.rs"),
        ];
        let prefixes: Vec<&str> = english.iter().filter_map(|k| k.split('.').next()).collect();
        for source in sources {
            // Every string literal shaped like a key whose first part is a key family.
            for literal in source.split('"').skip(1).step_by(2) {
                let Some((family, _)) = literal.split_once('.') else {
                    continue;
                };
                let key_shaped = literal
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '.' || c == '_');
                if key_shaped
                    && prefixes.contains(&family)
                    && !literal.ends_with('.')
                    && !literal.ends_with(".html")
                {
                    assert!(
                        english.iter().any(|k| k == literal),
                        "no string for {literal:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn ui_locales_then_accept_language_then_the_default() {
        let mut languages = Languages::default();
        assert_eq!(negotiate(Some("xx de"), Some("fr"), &languages), "de");
        assert_eq!(
            negotiate(None, Some("xx, ko;q=0.5, ru;q=0.9"), &languages),
            "ru"
        );
        assert_eq!(negotiate(None, Some("de-AT,de;q=0.9"), &languages), "de");
        assert_eq!(negotiate(None, Some("fr;q=0"), &languages), "en");
        languages.default = "ko".into();
        assert_eq!(negotiate(Some("xx"), None, &languages), "ko");
        languages.auto_detect = false;
        assert_eq!(negotiate(Some("de"), Some("fr"), &languages), "ko");
    }

    #[test]
    fn fill_replaces_named_values() {
        let t = Texts::for_language("de");
        assert_eq!(t.fill("home.running", [("app", "Acme")]), "Acme läuft");
        assert_eq!(t.count("policy.too_short", 8), "Mindestens 8 Zeichen");
        assert_eq!(Texts::for_language("xx").lang, "en");
    }
}
