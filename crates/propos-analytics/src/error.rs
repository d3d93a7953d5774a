//! Errors of the analytics crate.

/// What can go wrong while building or counting tables.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A polars operation failed (a table without an expected column, say).
    #[error("table error: {0}")]
    Polars(#[from] polars::error::PolarsError),
    /// The thread pool could not be built.
    #[error("cannot start {threads} worker threads: {message}")]
    ThreadPool {
        /// Threads asked for.
        threads: usize,
        /// Why it failed.
        message: String,
    },
    /// The run was stopped through [`crate::Options::stop`] before its end.
    #[error("interrupted")]
    Interrupted,
    /// An output file or directory could not be created.
    #[error("{}: cannot create: {source}", path.display())]
    Io {
        /// The file or directory.
        path: std::path::PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// An output file could not be written.
    #[error("{}: cannot write: {source}", path.display())]
    Write {
        /// The file.
        path: std::path::PathBuf,
        /// Why.
        source: polars::error::PolarsError,
    },
    /// A stored table could not be opened.
    #[error("{}: cannot open: {source}", path.display())]
    Open {
        /// The file.
        path: std::path::PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A stored table could not be read (not Parquet, or a column missing).
    #[error("{}: cannot read: {source}", path.display())]
    Read {
        /// The file.
        path: std::path::PathBuf,
        /// Why.
        source: polars::error::PolarsError,
    },
    /// A stored table is damaged (a page header that cannot be right).
    #[error("{}: cannot read: {message}", path.display())]
    Damaged {
        /// The file.
        path: std::path::PathBuf,
        /// What is wrong, and where.
        message: String,
    },
    /// An output that is also an input (or would be read as one): refused
    /// before anything is written.
    #[error("{}: the output is also an input (given as {}): nothing written", output.display(), input.display())]
    OutputIsInput {
        /// The output.
        output: std::path::PathBuf,
        /// The input it is, or the input directory it lies in.
        input: std::path::PathBuf,
    },
    /// An analysis was not given a table it reads.
    #[error("the {analysis} count needs the {table} table")]
    MissingTable {
        /// The analysis.
        analysis: &'static str,
        /// The table it needs.
        table: String,
    },
    /// A core error (a language or a date that cannot be understood).
    #[error(transparent)]
    Core(#[from] propos_core::Error),
    /// An input that cannot be read (a file, a line or a table of articles).
    #[error(transparent)]
    Input(#[from] propos_read::Error),
}

/// Result type of the analytics crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The message of a caught panic.
pub(crate) fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}

/// Runs a call into polars' Parquet reader, turning a panic inside it into
/// an error: the reader can panic on damaged metadata instead of failing.
pub(crate) fn catch_reader_panic<T>(
    read: impl FnOnce() -> polars::error::PolarsResult<T>,
) -> polars::error::PolarsResult<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(read)).unwrap_or_else(|panic| {
        Err(polars::error::polars_err!(
            ComputeError: "damaged file (the Parquet reader failed: {})",
            panic_message(panic.as_ref())
        ))
    })
}
