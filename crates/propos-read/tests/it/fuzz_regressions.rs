//! Inputs of the fuzz targets of `fuzz/`, replayed through the targets' own
//! harnesses: every crash input once fixed, and a few inputs that reach far
//! into the code (the `read_json_lines` seeds: plain, size-limited, gzip and
//! zstd). A file `fuzz_regressions/<target>/<name>` holds one raw fuzz input.

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
fn read_json_lines_inputs_pass() {
    replay("read_json_lines", invariants::read_json_lines);
}
