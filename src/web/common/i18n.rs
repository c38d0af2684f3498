//! Page strings in five languages, kept in `locales/*.yaml` (embedded at build time) rather than
//! in code, and the choice of language for a request: `ui_locales`, then `Accept-Language`, then
//! the settings' default. A missing translation falls back to English, and a test fails the
//! build's tests when any language lacks a key.
//!
//! A string with a count has a form per CLDR plural category of its language (`key.one`,
//! `key.few`, `key.many`, `key.other`; Russian needs three, Korean only `other`), chosen by
//! `intl_pluralrules`. `Accept-Language` is read by the `accept-language` crate.

use std::collections::HashMap;
use std::sync::OnceLock;

use intl_pluralrules::operands::PluralOperands;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

use crate::model::settings::{Languages, SUPPORTED_LANGUAGES};

type Table = HashMap<String, String>;

const SOURCES: [(&str, &str); 5] = [
    ("en", include_str!("../../../locales/en.yaml")),
    ("de", include_str!("../../../locales/de.yaml")),
    ("fr", include_str!("../../../locales/fr.yaml")),
    ("ko", include_str!("../../../locales/ko.yaml")),
    ("ru", include_str!("../../../locales/ru.yaml")),
];

/// One language's strings and its plural rules.
struct Language {
    table: Table,
    plurals: Option<PluralRules>,
}

fn languages() -> &'static HashMap<&'static str, Language> {
    static LANGUAGES: OnceLock<HashMap<&'static str, Language>> = OnceLock::new();
    LANGUAGES.get_or_init(|| {
        SOURCES
            .iter()
            .map(|(lang, text)| {
                // The files are part of the binary and checked by tests; a broken one is a
                // build defect, so it shows as English rather than taking the server down.
                let table: Table = serde_yaml::from_str(text).unwrap_or_else(|e| {
                    tracing::error!("locales/{lang}.yaml is not valid: {e}");
                    Table::new()
                });
                let plurals = lang
                    .parse::<unic_langid::LanguageIdentifier>()
                    .ok()
                    .and_then(|id| PluralRules::create(id, PluralRuleType::CARDINAL).ok());
                (*lang, Language { table, plurals })
            })
            .collect()
    })
}

#[cfg(test)]
fn tables() -> HashMap<&'static str, &'static Table> {
    languages()
        .iter()
        .map(|(lang, language)| (*lang, &language.table))
        .collect()
}

/// The CLDR name of a plural category, as the YAML keys spell it.
fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// The strings of one language.
#[derive(Clone, Copy)]
pub struct Texts {
    /// The language code, for `<html lang>`.
    pub lang: &'static str,
    language: &'static Language,
    english: &'static Language,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Texts").field("lang", &self.lang).finish()
    }
}

impl Texts {
    /// The strings of `lang`, or English for a language doorman does not have.
    pub fn for_language(lang: &str) -> Texts {
        let all = languages();
        let english = &all["en"];
        match SUPPORTED_LANGUAGES.iter().find(|l| **l == lang) {
            Some(found) => Texts {
                lang: found,
                language: all.get(found).unwrap_or(english),
                english,
            },
            None => Texts {
                lang: "en",
                language: english,
                english,
            },
        }
    }

    /// The string for `key`; English when this language lacks it, the key itself when English
    /// does too (a visible defect rather than an empty label).
    pub fn get<'a>(&self, key: &'a str) -> &'a str {
        self.language
            .table
            .get(key)
            .or_else(|| self.english.table.get(key))
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

    /// The form of `key` for the number `n` in this language's plural rules, with `{n}` filled
    /// in: `key.one` for 1 in English, `key.few` for 3 in Russian, `key.other` for any number
    /// in Korean. A language without the form falls back to its `key.other`, then to `key`,
    /// then to English.
    pub fn count<N>(&self, key: &str, n: N) -> String
    where
        N: Copy + std::fmt::Display + TryInto<PluralOperands>,
    {
        let text = [self.language, self.english]
            .into_iter()
            .find_map(|language| {
                let category = language
                    .plurals
                    .as_ref()
                    .and_then(|rules| rules.select(n).ok())
                    .unwrap_or(PluralCategory::OTHER);
                [category_name(category), "other"]
                    .into_iter()
                    .map(|form| format!("{key}.{form}"))
                    .find_map(|plural| language.table.get(&plural))
                    .or_else(|| language.table.get(key))
            })
            .map_or(key, String::as_str);
        text.replace("{n}", &n.to_string())
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
    // Tags by preference (q-value, then order); `q=0` means "not this one".
    if let Some(found) = accept_language
        .map(accept_language::parse_with_quality)
        .unwrap_or_default()
        .iter()
        .filter(|(_, q)| *q > 0.0)
        .find_map(|(tag, _)| supported(tag))
    {
        return found;
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

    const PLURAL_FORMS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

    /// A key with its plural form taken off (`verify.error.wrong.one` is `verify.error.wrong`).
    fn base(key: &str) -> &str {
        key.rsplit_once('.')
            .filter(|(_, form)| PLURAL_FORMS.contains(form))
            .map_or(key, |(base, _)| base)
    }

    fn keys(lang: &str) -> Vec<String> {
        let mut keys: Vec<String> = tables()[lang].keys().map(|k| base(k).to_string()).collect();
        keys.sort();
        keys.dedup();
        keys
    }

    fn forms_of<'a>(lang: &str, key: &'a str) -> Vec<(&'a str, &'static String)> {
        PLURAL_FORMS
            .iter()
            .filter_map(|form| tables()[lang].get(&format!("{key}.{form}")))
            .map(|text| (key, text))
            .chain(tables()[lang].get(key).map(|text| (key, text)))
            .collect()
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
                let english_text: String = forms_of("en", key)
                    .iter()
                    .map(|(_, t)| t.as_str())
                    .collect();
                for (_, value) in forms_of(lang, key) {
                    assert!(!value.trim().is_empty(), "{lang}.yaml: {key} is empty");
                    // A placeholder in English must survive translation, in every form.
                    for placeholder in ["{app}", "{n}", "{target}", "{user}", "{scope}", "{issuer}"]
                    {
                        if english_text.contains(placeholder) {
                            assert!(
                                value.contains(placeholder),
                                "{lang}.yaml: {key} lacks {placeholder}"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn every_counted_string_has_the_forms_its_language_needs() {
        let counted: Vec<String> = tables()["en"]
            .keys()
            .filter(|k| k.ends_with(".other"))
            .map(|k| base(k).to_string())
            .collect();
        assert!(
            counted.iter().any(|k| k == "verify.error.wrong"),
            "{counted:?}"
        );
        for lang in SUPPORTED_LANGUAGES {
            let rules = languages()[lang].plurals.as_ref().expect("plural rules");
            for key in &counted {
                assert!(
                    tables()[lang].contains_key(&format!("{key}.other")),
                    "{lang}.yaml: {key}.other is missing"
                );
                for n in 0..=1000u32 {
                    let form = category_name(rules.select(n).expect("an integer"));
                    assert!(
                        tables()[lang].contains_key(&format!("{key}.{form}")),
                        "{lang}.yaml: {key}.{form} is missing (needed for {n})"
                    );
                }
            }
        }
    }

    #[test]
    fn counts_follow_each_languages_plural_rules() {
        let en = Texts::for_language("en");
        assert_eq!(
            en.count("verify.error.wrong", 1),
            "The code is wrong. 1 attempt left."
        );
        assert_eq!(
            en.count("verify.error.wrong", 4),
            "The code is wrong. 4 attempts left."
        );
        assert_eq!(
            en.count("verify.error.wrong", 0),
            "The code is wrong. 0 attempts left."
        );
        let ru = Texts::for_language("ru");
        assert_eq!(
            ru.count("verify.error.wrong", 1),
            "Неверный код. Осталась 1 попытка."
        );
        assert_eq!(
            ru.count("verify.error.wrong", 3),
            "Неверный код. Осталось 3 попытки."
        );
        assert_eq!(
            ru.count("verify.error.wrong", 5),
            "Неверный код. Осталось 5 попыток."
        );
        assert_eq!(
            ru.count("verify.error.wrong", 21),
            "Неверный код. Осталась 21 попытка."
        );
        let ko = Texts::for_language("ko");
        assert_eq!(
            ko.count("verify.error.wrong", 1),
            "코드가 올바르지 않습니다. 남은 시도: 1회."
        );
        assert_eq!(
            ko.count("verify.error.wrong", 5),
            "코드가 올바르지 않습니다. 남은 시도: 5회."
        );
        let fr = Texts::for_language("fr");
        assert_eq!(
            fr.count("verify.error.cooldown", 0),
            "Patientez 0 seconde avant de demander un autre code."
        );
    }

    /// The text of every template and every web source file, read from the checkout, so a page
    /// added later is checked without being listed here. The JSON APIs (`src/web/api`) are left
    /// out: their dotted strings are Logto's error codes (`password.rejected`), not page strings.
    fn sources_under(roots: &[&str]) -> Vec<String> {
        let mut texts = Vec::new();
        let mut folders: Vec<std::path::PathBuf> = roots
            .iter()
            .map(|root| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(root))
            .collect();
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(&folder).expect("a source folder") {
                let path = entry.expect("a folder entry").path();
                if path.is_dir() {
                    if !path.ends_with("src/web/api") {
                        folders.push(path);
                    }
                } else if matches!(
                    path.extension().and_then(|e| e.to_str()),
                    Some("rs" | "html")
                ) {
                    texts.push(std::fs::read_to_string(&path).expect("a source file"));
                }
            }
        }
        assert!(texts.len() > 30, "found only {} sources", texts.len());
        texts
    }

    #[test]
    fn every_key_the_code_and_templates_use_exists() {
        let english = keys("en");
        let sources = sources_under(&["templates", "src/web"]);
        let prefixes: Vec<&str> = english.iter().filter_map(|k| k.split('.').next()).collect();
        for source in &sources {
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
        assert_eq!(
            negotiate(None, Some("fr;q=0.5, de;q=0.5"), &languages),
            "fr"
        );
        assert_eq!(negotiate(None, Some("ru; q=0.2, ko-KR"), &languages), "ko");
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
