//! Inputs of the `read_parquet` and `articles_from_frame` fuzz targets of
//! `fuzz/`, replayed through the targets' own harnesses. `articles_from_frame`:
//! its seeds (every column, categorical columns, rows without numbers, nulls,
//! bad languages, dates and ids). `read_parquet`: its seeds (Parquet files written by pyarrow: plain,
//! zstd with one row per row group, snappy with nulls and data pages v2,
//! dictionary-encoded, no text column, an integer text column) and every
//! crash input once fixed: a footer bool polars panicked on, footers with
//! fields of the wrong type and a page header with a negative value count
//! (polars reserved up to 2^61 bytes for them and the process aborted). A file `fuzz_regressions/<target>/<name>` holds
//! one raw fuzz input.

use std::path::Path;

use crate::{frame_invariants, parquet_invariants};

/// Replays every input of `fuzz_regressions/<target>/` (at least `seeds` of them) through `harness`.
fn replay(target: &str, seeds: usize, harness: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/it/fuzz_regressions")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .collect();
    files.sort();
    assert!(files.len() >= seeds, "seeds missing from {}", dir.display());
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

#[test]
fn read_parquet_inputs_pass() {
    replay("read_parquet", 6, parquet_invariants::read_parquet);
}

#[test]
fn articles_from_frame_inputs_pass() {
    replay(
        "articles_from_frame",
        3,
        frame_invariants::articles_from_frame_bytes,
    );
}
