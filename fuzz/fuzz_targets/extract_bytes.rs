//! Any bytes, as an article: extraction never panics and gives valid spans.
#![no_main]

#[path = "../../crates/propos-core/tests/it/invariants.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::extract_bytes(data));
