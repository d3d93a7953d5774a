//! Errors of reading articles: each names the file (and, where it applies,
//! the line, row or byte position) so that a user can find the bad input.

use std::path::PathBuf;

/// Everything that can go wrong while reading articles.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or directory could not be read.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A file holds bytes that are not valid UTF-8.
    #[error("{path}{}: invalid UTF-8 at byte {offset}", line_suffix(*.line))]
    InvalidUtf8 {
        /// The file.
        path: PathBuf,
        /// The line (1-based) for JSON Lines files.
        line: Option<usize>,
        /// Byte offset of the first invalid byte (in the file, or in the line).
        offset: usize,
    },
    /// A file looks binary (it contains NUL bytes).
    #[error("{path}: binary content (NUL byte at byte {offset}), not a text article")]
    Binary {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first NUL byte.
        offset: usize,
    },
    /// An article has no text.
    #[error("{path}{}: empty article (no text)", line_suffix(*.line))]
    Empty {
        /// The file.
        path: PathBuf,
        /// The line (1-based) for JSON Lines files.
        line: Option<usize>,
    },
    /// A file could not be read to its end: the lines before `line` came out,
    /// the rest of the file did not (a corrupt or truncated compressed stream, say).
    #[error("{path}:{line}: cannot read: {source}")]
    ReadLine {
        /// The file.
        path: PathBuf,
        /// The line (1-based) being read when reading failed.
        line: usize,
        /// The underlying I/O or decompression error.
        #[source]
        source: std::io::Error,
    },
    /// An article larger than the reader's limit
    /// ([`ReadOptions::max_article_bytes`](crate::ReadOptions::max_article_bytes));
    /// it is skipped, never truncated.
    #[error("{path}{}: article too large: {size} bytes, over the limit of {limit} bytes", line_suffix(*.line))]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The line (1-based) for JSON Lines files.
        line: Option<usize>,
        /// Bytes of the article: the file, or the JSON line without its newline.
        size: u64,
        /// The limit it is over.
        limit: u64,
    },
    /// A JSON Lines file without a single record (empty, or blank lines only).
    #[error("{path}: no JSON record (empty file)")]
    NoRecords {
        /// The file.
        path: PathBuf,
    },
    /// A symbolic link to a directory that holds it: followed, it would loop forever.
    #[error("{path}: symlink loop back to {target}, not followed")]
    SymlinkLoop {
        /// The link, as reached by the walk.
        path: PathBuf,
        /// The directory it leads back to.
        target: PathBuf,
    },
    /// A special file (a FIFO, a device, a socket): never opened, as reading
    /// one may block for ever or never end.
    #[error("{path}: {kind}, not a file of articles: not opened")]
    NotAFile {
        /// The file.
        path: PathBuf,
        /// What it is ("a FIFO (named pipe)", "a device", "a socket").
        kind: &'static str,
    },
    /// An article id that cannot name one article: already the id of an
    /// earlier article (never merged with it), or not a valid id (see
    /// [`check_id`](crate::check_id)).
    #[error("{place}: {message}")]
    Id {
        /// Where the article is: its file and record, or its rank in the input.
        place: String,
        /// What is wrong, naming the earlier article for a duplicate.
        message: String,
    },
    /// A JSON Lines record could not be understood.
    #[error("{path}:{line}: {message}")]
    Json {
        /// The file.
        path: PathBuf,
        /// The line (1-based).
        line: usize,
        /// What is wrong with it.
        message: String,
    },
    /// A table of articles (a Parquet file, a DataFrame) lacks a column or
    /// holds a value that cannot be read.
    #[error("{path}{}: {message}", row_suffix(*.row))]
    Table {
        /// The file, or a name for the table.
        path: PathBuf,
        /// The row (0-based) when the problem is one row's.
        row: Option<usize>,
        /// What is wrong.
        message: String,
    },
}

fn line_suffix(line: Option<usize>) -> String {
    line.map(|l| format!(":{l}")).unwrap_or_default()
}

fn row_suffix(row: Option<usize>) -> String {
    row.map(|r| format!(": row {r}")).unwrap_or_default()
}

/// Result type of the readers.
pub type Result<T, E = Error> = std::result::Result<T, E>;
