//! Replays saved fuzz inputs through a fuzz target's harness; shared by the
//! integration tests of every crate with fuzz targets (each includes this file).

use std::path::Path;

/// Runs `harness` on every file of `<crate>/tests/it/fuzz_regressions/<target>/`
/// (at least `min_inputs` of them) and fails naming every input that panicked.
pub fn replay(crate_dir: &str, target: &str, min_inputs: usize, harness: fn(&[u8])) {
    let dir = Path::new(crate_dir)
        .join("tests/it/fuzz_regressions")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .collect();
    files.sort();
    assert!(
        files.len() >= min_inputs.max(1),
        "{} holds {} inputs, expected at least {}",
        dir.display(),
        files.len(),
        min_inputs.max(1)
    );
    let failed: Vec<String> = files
        .iter()
        .filter(|file| {
            let data = std::fs::read(file).unwrap();
            std::panic::catch_unwind(|| harness(&data)).is_err()
        })
        .map(|file| file.display().to_string())
        .collect();
    assert!(failed.is_empty(), "{target} fails on {failed:#?}");
}
