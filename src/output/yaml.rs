//! YAML as people's tools read it. serde_norway writes a string such as `2026-12-04T23:08:21Z`
//! plain, which YAML 1.2 reads back as a string but YAML 1.1 parsers (PyYAML, Ruby's Psych, many
//! CI tools) read as a timestamp, so `-o yaml` and `-o json` would disagree. Such scalars are
//! single-quoted here; everything else is serde_norway's own output.

use serde::Serialize;

/// `value` as YAML, with date- and timestamp-shaped strings quoted.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, String> {
    let text = serde_yaml::to_string(value).map_err(|e| e.to_string())?;
    let mut out = String::with_capacity(text.len() + 64);
    // The indentation of the line that opened a block scalar (`|-`, `>`): lines indented deeper
    // are that string's text and stay exactly as they are.
    let mut block: Option<usize> = None;
    for line in text.split_inclusive('\n') {
        let (body, newline) = match line.strip_suffix('\n') {
            Some(body) => (body, "\n"),
            None => (line, ""),
        };
        let indent = body.len() - body.trim_start().len();
        if let Some(opener) = block {
            if body.trim().is_empty() || indent > opener {
                out.push_str(line);
                continue;
            }
            block = None;
        }
        let start = scalar_start(body);
        if body[start..].starts_with(['|', '>']) {
            block = Some(indent);
        }
        if is_timestamp(&body[start..]) {
            out.push_str(&body[..start]);
            out.push('\'');
            out.push_str(&body[start..]);
            out.push('\'');
        } else {
            out.push_str(body);
        }
        out.push_str(newline);
    }
    Ok(out)
}

/// Where a line's value begins: after its indentation, any `- ` list markers and a `key: `.
fn scalar_start(line: &str) -> usize {
    let mut at = line.len() - line.trim_start().len();
    while line[at..].starts_with("- ") {
        at += 2;
    }
    match line[at..].find(": ") {
        Some(colon) if !line[at..].starts_with(['\'', '"']) => at + colon + 2,
        _ => at,
    }
}

/// Whether a plain scalar begins like a YAML 1.1 date or timestamp: `YYYY-MM-DD` (month and day
/// of one or two digits), alone or followed by `T` or a space. Quoting a little more than YAML
/// 1.1 would misread costs nothing: a quoted string is the same string.
fn is_timestamp(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        b.get(range.clone())
            .is_some_and(|s| s.len() == range.len() && s.iter().all(u8::is_ascii_digit))
    };
    if !(digits(0..4) && b.get(4) == Some(&b'-')) {
        return false;
    }
    // Month and day may be one or two digits in YAML 1.1.
    let mut at = 5;
    for separator in [Some(b'-'), None] {
        let width = (at..b.len()).take_while(|&i| b[i].is_ascii_digit()).count();
        if !(1..=2).contains(&width) {
            return false;
        }
        at += width;
        if let Some(separator) = separator {
            if b.get(at) != Some(&separator) {
                return false;
            }
            at += 1;
        }
    }
    at == b.len() || matches!(b[at], b'T' | b't' | b' ' | b'\t')
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn timestamps_and_dates_are_quoted_and_nothing_else() {
        let value = json!({
            "created_at": "2026-12-04T23:08:21Z",
            "born": "1990-1-2",
            "note": "2026-12-04 is a date inside a sentence",
            "version": "2026",
            "items": ["2026-12-04T00:00:00+01:00", "plain"],
            "nested": [{"at": "2026-12-04T23:08:21.5Z"}],
            "text": "first line\n2026-12-04T00:00:00Z\nlast line",
        });
        let text = to_string(&value).unwrap();
        assert!(
            text.contains("created_at: '2026-12-04T23:08:21Z'\n"),
            "{text}"
        );
        assert!(text.contains("born: '1990-1-2'\n"), "{text}");
        assert!(text.contains("- '2026-12-04T00:00:00+01:00'\n"), "{text}");
        assert!(text.contains("- at: '2026-12-04T23:08:21.5Z'\n"), "{text}");
        assert!(text.contains("- plain\n"), "{text}");
        assert!(text.contains("version: '2026'\n"), "{text}");
        let back: serde_json::Value = serde_yaml::from_str(&text).unwrap();
        assert_eq!(back, value);
    }
}
