//! Any bytes, as a Parquet file of articles: reading never panics, every
//! failure names the file, and the next file is still read.
#![no_main]

#[path = "../../crates/propos-analytics/tests/it/parquet_invariants.rs"]
mod parquet_invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| parquet_invariants::read_parquet(data));
