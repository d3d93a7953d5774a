//! Any bytes, as a Parquet file of articles: reading never panics, every
//! failure names the file, and the next file is still read.
#![no_main]

#[path = "../../crates/propos-analytics/tests/it/parquet_invariants.rs"]
mod parquet_invariants;

libfuzzer_sys::fuzz_target!(
    init: {
        // polars' Parquet reader can panic on damaged metadata; propos catches
        // that panic and reports the file. libfuzzer-sys's hook would abort on
        // the caught panic, so it is replaced: a panic that escapes propos is
        // still a crash (libfuzzer-sys aborts on it).
        std::panic::set_hook(Box::new(|_| {}));
    },
    |data: &[u8]| parquet_invariants::read_parquet(data)
);
