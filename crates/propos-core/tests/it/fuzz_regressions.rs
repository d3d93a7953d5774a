//! Inputs of the fuzz targets of `fuzz/`, replayed through the targets' own
//! harnesses: every crash input once fixed, and a few inputs that reach far
//! into the code (corpus inputs with quotes, cues, figures and invalid UTF-8;
//! the reading target's are in propos-read's tests). A file
//! `fuzz_regressions/<target>/<name>` holds one raw fuzz input.

use std::path::{Path, PathBuf};

use crate::invariants;

fn inputs(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/it/fuzz_regressions")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no input in {}", dir.display());
    files
}

fn replay(target: &str, harness: fn(&[u8])) {
    let failed: Vec<String> = inputs(target)
        .into_iter()
        .filter(|file| {
            let data = std::fs::read(file).unwrap();
            std::panic::catch_unwind(|| harness(&data)).is_err()
        })
        .map(|file| file.display().to_string())
        .collect();
    assert!(failed.is_empty(), "{target} fails on {failed:#?}");
}

#[test]
fn extract_bytes_inputs_pass() {
    replay("extract_bytes", invariants::extract_bytes);
}
