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

#[path = "../../../../tests/support/fuzz_replay.rs"]
mod fuzz_replay;

use crate::{frame_invariants, parquet_invariants};

#[test]
fn read_parquet_inputs_pass() {
    fuzz_replay::replay(
        env!("CARGO_MANIFEST_DIR"),
        "read_parquet",
        6,
        parquet_invariants::read_parquet,
    );
}

#[test]
fn articles_from_frame_inputs_pass() {
    fuzz_replay::replay(
        env!("CARGO_MANIFEST_DIR"),
        "articles_from_frame",
        3,
        frame_invariants::articles_from_frame_bytes,
    );
}
