//! Integration tests of the analytics crate, on the seed articles of `seeds/`.

mod bad_input;
mod claims;
mod frame_invariants;
mod fuzz_regressions;
mod parquet_invariants;
mod robustness;
mod seeds;
mod stream;
mod tables_input;

use std::path::PathBuf;

/// The `seeds/` folder at the repository root.
pub fn seeds_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds")
}
