//! Fixture parsing (`doorman seed`): any text, including nesting the YAML parser is slow on,
//! must parse or be refused quickly, never panic.
#![no_main]

use doorman::ops::admin::fixtures::Fixture;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = Fixture::parse(text);
    }
});
