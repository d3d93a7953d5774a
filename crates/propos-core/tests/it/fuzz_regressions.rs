//! Inputs of the fuzz targets of `fuzz/`, replayed through the targets' own
//! harnesses: every crash input once fixed, and a few inputs that reach far
//! into the code (corpus inputs with quotes, cues, figures and invalid UTF-8;
//! the reading target's are in propos-read's tests). A file
//! `fuzz_regressions/<target>/<name>` holds one raw fuzz input.

#[path = "../../../../tests/support/fuzz_replay.rs"]
mod fuzz_replay;

use crate::invariants;

#[test]
fn extract_bytes_inputs_pass() {
    fuzz_replay::replay(
        env!("CARGO_MANIFEST_DIR"),
        "extract_bytes",
        1,
        invariants::extract_bytes,
    );
}
