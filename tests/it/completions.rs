//! The shell completions in `completions/` must be what the binary generates today.
//! Run with `UPDATE_COMPLETIONS=1` to rewrite them after changing the command line.

use crate::util::Env;

const SHELLS: [(&str, &str); 5] = [
    ("bash", "doorman.bash"),
    ("zsh", "_doorman"),
    ("fish", "doorman.fish"),
    ("powershell", "_doorman.ps1"),
    ("elvish", "doorman.elv"),
];

#[test]
fn completions_match_the_binary() {
    let env = Env::new();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let update = std::env::var_os("UPDATE_COMPLETIONS").is_some();
    for (shell, file) in SHELLS {
        let generated = env.cmd(&["completions", shell]).run().success().stdout;
        assert!(generated.contains("doorman"), "{shell}");
        let path = dir.join(file);
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "completions/{file} is stale: run UPDATE_COMPLETIONS=1 cargo test completions"
        );
    }
}
