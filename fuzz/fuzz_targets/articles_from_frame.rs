//! Any bytes, as a DataFrame of articles (text, id, lang, published, url;
//! categorical or not, nulls, rows numbered or not): the conversion the
//! Python binding and Spark's batches use never panics and gives one item
//! per row, each failure naming the table and the row.
#![no_main]

#[path = "../../crates/propos-analytics/tests/it/frame_invariants.rs"]
mod frame_invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| frame_invariants::articles_from_frame_bytes(data));
