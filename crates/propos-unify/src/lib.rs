//! No code: this crate's manifest asks for the features that make every build
//! of the workspace compile polars' dependencies the same way (see Cargo.toml).
