//! The integration tests of propos-core: one binary, one module per concern.

mod cases;
mod entities;
mod figures_dates;
mod fuzz_regressions;
mod invariants;
mod lexicons;
mod line_endings;
mod props;
mod seeds;

use std::path::{Path, PathBuf};

/// The case files' folder, `tests/cases/` at the repository root.
pub fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases")
}

/// One case file of `tests/cases/<lang>/`: its language and its cases.
#[derive(Debug, serde::Deserialize)]
pub struct CaseFile<C> {
    /// The language of the cases.
    pub lang: String,
    /// The cases, `[[case]]` tables.
    #[serde(rename = "case")]
    pub cases: Vec<C>,
}

/// Reads a case file, failing the test with the file's name when it is unreadable.
pub fn read_case_file<C: serde::de::DeserializeOwned>(path: &Path) -> CaseFile<C> {
    let data = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    toml::from_str(&data).unwrap_or_else(|e| panic!("bad TOML in {}: {e}", path.display()))
}
