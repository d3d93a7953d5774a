//! Any bytes, as a JSON Lines file: reading never panics and every error
//! names the file and line.
#![no_main]

#[path = "../../crates/propos-read/tests/it/invariants.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::read_json_lines(data));
