//! Inputs of the fuzz targets of `fuzz/`, replayed through the targets' own
//! harnesses: every crash input once fixed, and a few inputs that reach far
//! into the code (the `read_json_lines` seeds: plain, size-limited, gzip and
//! zstd). A file `fuzz_regressions/<target>/<name>` holds one raw fuzz input.

#[path = "../../../../tests/support/fuzz_replay.rs"]
mod fuzz_replay;

use crate::invariants;

#[test]
fn read_json_lines_inputs_pass() {
    fuzz_replay::replay(
        env!("CARGO_MANIFEST_DIR"),
        "read_json_lines",
        1,
        invariants::read_json_lines,
    );
}
