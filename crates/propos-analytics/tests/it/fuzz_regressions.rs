//! Inputs of the `read_parquet` fuzz target of `fuzz/`, replayed through the
//! target's own harness: its seeds (Parquet files written by pyarrow: plain,
//! zstd with one row per row group, snappy with nulls and data pages v2,
//! dictionary-encoded, no text column, an integer text column) and every
//! crash input once fixed: a footer bool polars panicked on, footers with
//! fields of the wrong type and a page header with a negative value count
//! (polars reserved up to 2^61 bytes for them and the process aborted). A file `fuzz_regressions/<target>/<name>` holds
//! one raw fuzz input.

use std::path::Path;

use crate::parquet_invariants;

#[test]
fn read_parquet_inputs_pass() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/fuzz_regressions/read_parquet");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .collect();
    files.sort();
    assert!(files.len() >= 6, "seeds missing from {}", dir.display());
    let failed: Vec<String> = files
        .iter()
        .filter(|file| {
            let data = std::fs::read(file).unwrap();
            std::panic::catch_unwind(|| parquet_invariants::read_parquet(&data)).is_err()
        })
        .map(|file| file.display().to_string())
        .collect();
    assert!(failed.is_empty(), "read_parquet fails on {failed:#?}");
}
