//! The integration tests of propos-read: one binary, one module per concern.

mod fuzz_regressions;
mod invariants;
mod read;
