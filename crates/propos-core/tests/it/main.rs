//! The integration tests of propos-core: one binary, one module per concern.

mod cases;
mod lexicons;
mod props;
mod seeds;
