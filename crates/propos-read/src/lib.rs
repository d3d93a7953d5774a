//! # propos-read
//!
//! All the reading of articles from files, below everything that reads:
//! propos-core takes text and gives records (no file, no decompression), this
//! crate turns files into [`Article`]s, and propos-analytics adds Parquet
//! (which needs polars) and dispatches between the two in
//! `propos_analytics::read_inputs`, which the CLI, the Python module
//! (`extract`, `Corpus.show()`) and Spark use:
//!
//! ```text
//! propos-core  <-  propos-read  <-  propos-analytics  <-  propos-cli, propos-py
//! ```
//!
//! Readers: `.txt` files (id = file stem), directories (recursive, in sorted
//! order) and JSON Lines files (`.jsonl`, `.ndjson`), also compressed with gzip
//! (`.jsonl.gz`, `.ndjson.gz`) or zstd (`.jsonl.zst`, `.ndjson.zst`), which are
//! decompressed as they stream, never whole in memory.
//!
//! Reading never stops at a bad article: every article, good or bad, comes out
//! of [`read_paths`] as its own `Result`, so a caller can report the bad ones
//! and go on with the rest. Each error names the file, and the line for JSON
//! Lines. A JSON Lines file that fails part-way (a corrupt or truncated
//! compressed stream) gives its articles up to the failing line, then one
//! error naming that line. gzip and zstd check their checksums at the end of
//! a stream only (zstd only when the stream has one, as the `zstd` command
//! writes by default): lines decoded from damaged data before that come out
//! first, as they are, and most of them as bad JSON lines.
//!
//! An article larger than [`ReadOptions::max_article_bytes`] is an error
//! ([`Error::TooLarge`]), never truncated; the reader holds at most that many
//! bytes of it.
//!
//! A directory walk reads only the formats propos knows ([`KNOWN_EXTENSIONS`],
//! plus [`ReadOptions::include_extensions`]); a file named on its own is read
//! whatever its name. Special files (FIFOs, devices, sockets) are never
//! opened: each is an [`Error::NotAFile`].

use std::collections::HashSet;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde_json::Value;

use propos_core::{Article, Lang};

mod error;

pub use error::{Error, Result};

/// The default of [`ReadOptions::max_article_bytes`]: 16 MiB, far above any
/// news article.
pub const DEFAULT_MAX_ARTICLE_BYTES: u64 = 16 * 1024 * 1024;

/// The file names a directory walk reads: `.txt` articles, JSON Lines (also
/// gzip- or zstd-compressed) and Parquet tables. Other files in a directory
/// (`.json`, `.md`, `.py`, `.csv`…) are not articles and are left alone.
pub const KNOWN_EXTENSIONS: [&str; 8] = [
    "txt",
    "jsonl",
    "ndjson",
    "jsonl.gz",
    "ndjson.gz",
    "jsonl.zst",
    "ndjson.zst",
    "parquet",
];

/// How to read articles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadOptions {
    /// The largest article accepted, in bytes: the size of a `.txt` file, or of
    /// one JSON Lines record (its line without the newline, after
    /// decompression). A larger article is an [`Error::TooLarge`].
    pub max_article_bytes: u64,
    /// More file extensions (without the dot, e.g. `md`) that a directory
    /// walk reads, as `.txt` articles, beside [`KNOWN_EXTENSIONS`].
    pub include_extensions: Vec<String>,
}

impl Default for ReadOptions {
    fn default() -> Self {
        Self {
            max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES,
            include_extensions: Vec::new(),
        }
    }
}

impl ReadOptions {
    /// Whether a directory walk reads the file at `path`, by its name.
    pub fn walk_reads(&self, path: &Path) -> bool {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        let has = |ext: &str| {
            name.len() > ext.len() + 1
                && name.ends_with(ext)
                && name.as_bytes()[name.len() - ext.len() - 1] == b'.'
        };
        KNOWN_EXTENSIONS.iter().any(|ext| has(ext))
            || self
                .include_extensions
                .iter()
                .any(|ext| has(&ext.trim_start_matches('.').to_lowercase()))
    }
}

/// Where a failed article came from, and why it failed.
#[derive(Debug)]
pub struct ReadFailure {
    /// The id the article would have had (file stem, or `stem:line`).
    pub doc_id: String,
    /// What went wrong, naming the file and position.
    pub error: Error,
}

/// Every article of the given files and directories, in order.
///
/// Directories are walked recursively in sorted order; hidden files (`.name`)
/// are skipped; a directory reached twice is read once, and a symbolic link
/// back to a directory that holds it is an [`Error::SymlinkLoop`].
pub fn read_paths<P: AsRef<Path>>(
    paths: &[P],
    options: &ReadOptions,
) -> impl Iterator<Item = Result<Article, ReadFailure>> {
    let files = input_files(paths, options);
    let options = options.clone();
    files.into_iter().flat_map(move |file| match file {
        Err(failure) => Box::new(std::iter::once(Err(failure))),
        Ok(path) => read_file(path, &options),
    })
}

/// The files of the given files and directories, in the order [`read_paths`]
/// reads them, or why a path could not be listed (a special file is one such
/// failure, never opened).
///
/// Inside directories only the files that [`ReadOptions::walk_reads`] are
/// listed. For callers that read some kinds of file themselves (the analytics
/// crate reads Parquet) and hand the others to [`read_file`].
pub fn input_files<P: AsRef<Path>>(
    paths: &[P],
    options: &ReadOptions,
) -> Vec<Result<PathBuf, ReadFailure>> {
    let mut files = Vec::new();
    let mut walk = Walk {
        options,
        visited: HashSet::new(),
        ancestors: Vec::new(),
    };
    for path in paths {
        walk.collect(path.as_ref(), true, &mut files);
    }
    files
}

/// The articles of one file: a JSON Lines file (`.jsonl`, `.ndjson`, also
/// compressed `.gz` / `.zst`) gives one per line, any other file is one
/// `.txt` article.
pub fn read_file(
    path: PathBuf,
    options: &ReadOptions,
) -> Box<dyn Iterator<Item = Result<Article, ReadFailure>> + Send> {
    if json_lines_compression(&path).is_some() {
        Box::new(read_json_lines(path, options))
    } else {
        Box::new(std::iter::once(read_text_file(&path, options)))
    }
}

/// The directories seen while collecting files.
struct Walk<'a> {
    /// Which files of a directory are read.
    options: &'a ReadOptions,
    /// Every directory read so far (canonical paths).
    visited: HashSet<PathBuf>,
    /// The directories holding the one being read (canonical paths).
    ancestors: Vec<PathBuf>,
}

impl Walk<'_> {
    /// Lists `path`: a file named by the user (`named`) is listed whatever
    /// its name, a file found in a directory only if the walk reads it.
    fn collect(&mut self, path: &Path, named: bool, out: &mut Vec<Result<PathBuf, ReadFailure>>) {
        let failure = |error| ReadFailure {
            doc_id: stem(path),
            error,
        };
        let io_failure = |source| {
            failure(Error::Io {
                path: path.to_path_buf(),
                source,
            })
        };
        let metadata = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) => return out.push(Err(io_failure(e))),
        };
        if !metadata.is_dir() {
            if !named && !self.options.walk_reads(path) {
                return;
            }
            return out.push(match special_file(&metadata) {
                Some(kind) => Err(failure(Error::NotAFile {
                    path: path.to_path_buf(),
                    kind,
                })),
                None => Ok(path.to_path_buf()),
            });
        }
        let real = match std::fs::canonicalize(path) {
            Ok(real) => real,
            Err(e) => return out.push(Err(io_failure(e))),
        };
        if self.ancestors.contains(&real) {
            return out.push(Err(failure(Error::SymlinkLoop {
                path: path.to_path_buf(),
                target: real,
            })));
        }
        if !self.visited.insert(real.clone()) {
            return;
        }
        let mut entries = match std::fs::read_dir(path) {
            Ok(dir) => match dir.collect::<std::io::Result<Vec<_>>>() {
                Ok(entries) => entries,
                Err(e) => return out.push(Err(io_failure(e))),
            },
            Err(e) => return out.push(Err(io_failure(e))),
        };
        entries.sort_by_key(|e| e.file_name());
        self.ancestors.push(real);
        for entry in entries {
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            self.collect(&entry.path(), false, out);
        }
        self.ancestors.pop();
    }
}

/// What kind of special file `metadata` describes, or `None` for a regular file.
fn special_file(metadata: &std::fs::Metadata) -> Option<&'static str> {
    if metadata.is_file() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = metadata.file_type();
        if kind.is_fifo() {
            return Some("a FIFO (named pipe)");
        }
        if kind.is_socket() {
            return Some("a socket");
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Some("a device");
        }
    }
    Some("not a regular file")
}

/// Fails with [`Error::NotAFile`] unless `path` is a regular file (checked
/// without opening it: opening a FIFO blocks until someone writes to it).
fn check_regular_file(path: &Path) -> Result<()> {
    let metadata = std::fs::metadata(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    match special_file(&metadata) {
        Some(kind) => Err(Error::NotAFile {
            path: path.to_path_buf(),
            kind,
        }),
        None => Ok(()),
    }
}

/// How a JSON Lines file is compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Compression {
    None,
    Gzip,
    Zstd,
}

/// The compression of a JSON Lines file, from its name; `None` when the file
/// is not JSON Lines.
fn json_lines_compression(path: &Path) -> Option<Compression> {
    let name = Path::new(path.file_name()?);
    let (base, compression) = match name.extension().and_then(|e| e.to_str()) {
        Some("gz") => (Path::new(name.file_stem()?), Compression::Gzip),
        Some("zst") => (Path::new(name.file_stem()?), Compression::Zstd),
        _ => (name, Compression::None),
    };
    matches!(
        base.extension().and_then(|e| e.to_str()),
        Some("jsonl" | "ndjson")
    )
    .then_some(compression)
}

/// The id of an article read from `path` when nothing better is known: the
/// file name without its extension, and without the compression extension
/// of a compressed JSON Lines file (`feed.jsonl.gz` → `feed`).
pub fn stem(path: &Path) -> String {
    let stem = match json_lines_compression(path) {
        Some(Compression::Gzip | Compression::Zstd) => path.file_stem().map(Path::new),
        _ => Some(path),
    }
    .and_then(Path::file_stem);
    stem.map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Reads one `.txt` article; its id is the file stem.
pub fn read_text_file(path: &Path, options: &ReadOptions) -> Result<Article, ReadFailure> {
    let doc_id = stem(path);
    let fail = |error| ReadFailure {
        doc_id: doc_id.clone(),
        error,
    };
    let io_error = |source| {
        fail(Error::Io {
            path: path.to_path_buf(),
            source,
        })
    };
    let limit = options.max_article_bytes;
    let too_large = |size| {
        fail(Error::TooLarge {
            path: path.to_path_buf(),
            line: None,
            size,
            limit,
        })
    };
    check_regular_file(path).map_err(fail)?;
    let file = File::open(path).map_err(io_error)?;
    let size = file.metadata().map_err(io_error)?.len();
    if size > limit {
        return Err(too_large(size));
    }
    // The size may be wrong (a file that grows, a special file): read no more
    // than the limit allows anyway.
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    let text = decode(bytes, path, None).map_err(fail)?;
    Ok(Article::new(doc_id.clone(), text))
}

/// Checks that bytes are a non-empty UTF-8 text without NUL bytes.
fn decode(bytes: Vec<u8>, path: &Path, line: Option<usize>) -> Result<String> {
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(Error::Binary {
            path: path.to_path_buf(),
            offset,
        });
    }
    let text = String::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        path: path.to_path_buf(),
        line,
        offset: e.utf8_error().valid_up_to(),
    })?;
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_owned)
        .unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Error::Empty {
            path: path.to_path_buf(),
            line,
        });
    }
    Ok(text)
}

/// Streams the articles of a JSON Lines file (plain, `.gz` or `.zst`), one
/// per non-blank line.
pub fn read_json_lines(
    path: PathBuf,
    options: &ReadOptions,
) -> impl Iterator<Item = Result<Article, ReadFailure>> {
    let file_stem = stem(&path);
    let limit = options.max_article_bytes;
    let opened = check_regular_file(&path).and_then(|()| {
        open_json_lines(&path).map_err(|source| Error::Io {
            path: path.clone(),
            source,
        })
    });
    let (mut reader, mut opening_failure) = match opened {
        Ok(reader) => (Some(reader), None),
        Err(error) => (
            None,
            Some(ReadFailure {
                doc_id: file_stem.clone(),
                error,
            }),
        ),
    };
    let compression = json_lines_compression(&path);
    let mut line_number = 0;
    let mut records = 0;
    std::iter::from_fn(move || loop {
        let Some(lines) = reader.as_mut() else {
            return opening_failure.take().map(Err);
        };
        line_number += 1;
        let doc_id = format!("{file_stem}:{line_number}");
        let fail = |error| {
            let doc_id = doc_id.clone();
            Some(Err(ReadFailure { doc_id, error }))
        };
        let mut bytes = Vec::new();
        let line = match read_line(lines, &mut bytes, limit) {
            Ok(line) => line,
            Err(source) => {
                reader = None;
                return fail(Error::ReadLine {
                    path: path.clone(),
                    line: line_number,
                    source: explain_stream_error(compression, source),
                });
            }
        };
        match line {
            Line::End => {
                reader = None;
                if records > 0 {
                    return None;
                }
                let doc_id = file_stem.clone();
                let error = Error::NoRecords { path: path.clone() };
                return Some(Err(ReadFailure { doc_id, error }));
            }
            Line::TooLong(size) => {
                records += 1;
                return fail(Error::TooLarge {
                    path: path.clone(),
                    line: Some(line_number),
                    size,
                    limit,
                });
            }
            Line::Read => {}
        }
        if line_number == 1 && bytes.starts_with(BYTE_ORDER_MARK) {
            bytes.drain(..BYTE_ORDER_MARK.len());
        }
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        records += 1;
        return Some(
            parse_json_line(bytes, &path, line_number)
                .map_err(|error| ReadFailure { doc_id, error }),
        );
    })
}

/// A decompression error said as such: the decoders' own messages
/// ("Dictionary mismatch", "corrupt deflate stream") do not say that the
/// file is damaged.
fn explain_stream_error(compression: Option<Compression>, error: std::io::Error) -> std::io::Error {
    use std::io::ErrorKind;
    let format = match compression {
        Some(Compression::Gzip) => "gzip",
        Some(Compression::Zstd) => "zstd",
        _ => return error,
    };
    match error.kind() {
        ErrorKind::InvalidData | ErrorKind::InvalidInput | ErrorKind::Other => {
            std::io::Error::new(error.kind(), format!("corrupt {format} stream ({error})"))
        }
        ErrorKind::UnexpectedEof => {
            std::io::Error::new(error.kind(), format!("truncated {format} stream ({error})"))
        }
        _ => error,
    }
}

/// The UTF-8 byte order mark, skipped at the start of a file.
const BYTE_ORDER_MARK: &[u8] = "\u{feff}".as_bytes();

/// Opens a JSON Lines file, decompressing it as it is read if its name says so.
fn open_json_lines(path: &Path) -> std::io::Result<Box<dyn BufRead + Send>> {
    let file = File::open(path)?;
    // Both decoders buffer the file themselves; the outer buffer holds the text.
    Ok(match json_lines_compression(path) {
        Some(Compression::Gzip) => {
            Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(file)))
        }
        Some(Compression::Zstd) => Box::new(BufReader::new(zstd::Decoder::new(file)?)),
        Some(Compression::None) | None => Box::new(BufReader::new(file)),
    })
}

/// What [`read_line`] found.
enum Line {
    /// A line (possibly empty), now in the buffer.
    Read,
    /// A line longer than the limit, of this many bytes without its newline;
    /// it was read to its end but not kept.
    TooLong(u64),
    /// The end of the input: no more lines.
    End,
}

/// Reads one line into `bytes`, keeping at most `limit` bytes of it (plus the newline).
fn read_line(reader: &mut dyn BufRead, bytes: &mut Vec<u8>, limit: u64) -> std::io::Result<Line> {
    let kept = (&mut *reader)
        .take(limit.saturating_add(1))
        .read_until(b'\n', bytes)?;
    if kept == 0 {
        return Ok(Line::End);
    }
    if bytes.last() == Some(&b'\n') || (kept as u64) <= limit {
        return Ok(Line::Read);
    }
    // More than `limit` bytes and no newline yet: skip the rest of the line.
    let mut size = kept as u64;
    let mut rest = Vec::new();
    loop {
        rest.clear();
        let read = (&mut *reader).take(1 << 16).read_until(b'\n', &mut rest)?;
        size += read as u64;
        if read == 0 {
            break;
        }
        if rest.last() == Some(&b'\n') {
            size -= 1;
            break;
        }
    }
    bytes.clear();
    Ok(Line::TooLong(size))
}

fn parse_json_line(bytes: Vec<u8>, path: &Path, line: usize) -> Result<Article> {
    let json_error = |message: String| Error::Json {
        path: path.to_path_buf(),
        line,
        message,
    };
    let text = String::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        path: path.to_path_buf(),
        line: Some(line),
        offset: e.utf8_error().valid_up_to(),
    })?;
    let value: Value = serde_json::from_str(&text).map_err(|e| json_error(json_syntax(&e)))?;
    let Value::Object(record) = value else {
        return Err(json_error("expected a JSON object".into()));
    };
    let field = |names: &[&str], numbers: bool| -> Result<Option<String>> {
        for name in names {
            match record.get(*name) {
                None | Some(Value::Null) => continue,
                Some(Value::String(s)) => return Ok(Some(s.clone())),
                Some(Value::Number(n)) if numbers => return Ok(Some(n.to_string())),
                Some(_) => return Err(json_error(format!("field {name:?} must be a string"))),
            }
        }
        Ok(None)
    };
    let text = field(&["text"], false)?.ok_or_else(|| {
        json_error(if record.contains_key("statements") {
            "no \"text\" field: this looks like propos output, not articles".into()
        } else {
            "no \"text\" field".into()
        })
    })?;
    if text.trim().is_empty() {
        return Err(Error::Empty {
            path: path.to_path_buf(),
            line: Some(line),
        });
    }
    let id = match field(&["id", "doc_id"], true)? {
        Some(id) => {
            check_id(&id).map_err(json_error)?;
            id
        }
        None => format!("{}:{line}", stem(path)),
    };
    let lang = field(&["lang", "language"], false)?
        .map(|code| code.parse::<Lang>())
        .transpose()
        .map_err(|e| json_error(e.to_string()))?;
    let published = field(&["published", "date"], false)?;
    if let Some(date) = &published {
        propos_core::parse_published(date).map_err(|e| json_error(e.to_string()))?;
    }
    Ok(Article {
        id,
        text,
        url: field(&["url", "source_url"], false)?,
        published,
        lang,
    })
}

/// A JSON syntax error without serde's position "at line 1 column C": the
/// line is one record, so only the column means something.
fn json_syntax(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(what, _)| what);
    format!("invalid JSON at column {}: {message}", error.column())
}

/// Checks an article id given by the input: not empty and without control
/// characters (line breaks, tabs), so that an id names one article in every
/// output (a CSV cell, a log line). A URL is a good id.
pub fn check_id(id: &str) -> std::result::Result<(), String> {
    if id.trim().is_empty() {
        return Err("empty id".into());
    }
    if id.chars().any(char::is_control) {
        return Err(format!(
            "invalid id {id:?}: an id cannot contain control characters (line breaks, tabs)"
        ));
    }
    Ok(())
}
