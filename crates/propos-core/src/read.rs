//! Readers: `.txt` files (id = file stem), directories (recursive, in sorted
//! order) and JSON Lines files (`.jsonl`, `.ndjson`).
//!
//! Reading never stops at a bad article: every article, good or bad, comes out
//! of [`read_paths`] as its own `Result`, so a caller can report the bad ones
//! and go on with the rest.

use std::collections::HashSet;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::error::{Error, Result};
use crate::{Article, Lang};

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
/// are skipped; a directory reached twice (a symlink loop) is read once.
pub fn read_paths<P: AsRef<Path>>(
    paths: &[P],
) -> impl Iterator<Item = Result<Article, ReadFailure>> {
    input_files(paths).into_iter().flat_map(|file| match file {
        Err(failure) => Box::new(std::iter::once(Err(failure))),
        Ok(path) => read_file(path),
    })
}

/// The files of the given files and directories, in the order [`read_paths`]
/// reads them, or why a path could not be listed.
///
/// For callers that read some kinds of file themselves (the analytics crate
/// reads Parquet) and hand the others to [`read_file`].
pub fn input_files<P: AsRef<Path>>(paths: &[P]) -> Vec<Result<PathBuf, ReadFailure>> {
    let mut files = Vec::new();
    let mut visited = HashSet::new();
    for path in paths {
        collect_files(path.as_ref(), &mut visited, &mut files);
    }
    files
}

/// The articles of one file: a JSON Lines file (`.jsonl`, `.ndjson`) gives one
/// per line, any other file is one `.txt` article.
pub fn read_file(path: PathBuf) -> Box<dyn Iterator<Item = Result<Article, ReadFailure>> + Send> {
    if is_json_lines(&path) {
        Box::new(read_json_lines(path))
    } else {
        Box::new(std::iter::once(read_text_file(&path)))
    }
}

/// The id of an article read from `path` when nothing better is known: the
/// file name without its extension.
pub fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

fn collect_files(
    path: &Path,
    visited: &mut HashSet<PathBuf>,
    out: &mut Vec<Result<PathBuf, ReadFailure>>,
) {
    let io_failure = |source| ReadFailure {
        doc_id: stem(path),
        error: Error::Io {
            path: path.to_path_buf(),
            source,
        },
    };
    let metadata = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return out.push(Err(io_failure(e))),
    };
    if !metadata.is_dir() {
        return out.push(Ok(path.to_path_buf()));
    }
    match std::fs::canonicalize(path) {
        Ok(real) => {
            if !visited.insert(real) {
                return;
            }
        }
        Err(e) => return out.push(Err(io_failure(e))),
    }
    let mut entries = match std::fs::read_dir(path) {
        Ok(dir) => match dir.collect::<std::io::Result<Vec<_>>>() {
            Ok(entries) => entries,
            Err(e) => return out.push(Err(io_failure(e))),
        },
        Err(e) => return out.push(Err(io_failure(e))),
    };
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        collect_files(&entry.path(), visited, out);
    }
}

fn is_json_lines(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("jsonl" | "ndjson")
    )
}

/// Reads one `.txt` article; its id is the file stem.
pub fn read_text_file(path: &Path) -> Result<Article, ReadFailure> {
    let doc_id = stem(path);
    let fail = |error| ReadFailure {
        doc_id: doc_id.clone(),
        error,
    };
    let bytes = std::fs::read(path).map_err(|source| {
        fail(Error::Io {
            path: path.to_path_buf(),
            source,
        })
    })?;
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

/// Streams the articles of a JSON Lines file, one per non-blank line.
pub fn read_json_lines(path: PathBuf) -> impl Iterator<Item = Result<Article, ReadFailure>> {
    let file_stem = stem(&path);
    let opened = File::open(&path).map(BufReader::new);
    let mut state = match opened {
        Ok(reader) => Ok(reader),
        Err(source) => Err(Some(ReadFailure {
            doc_id: file_stem.clone(),
            error: Error::Io {
                path: path.clone(),
                source,
            },
        })),
    };
    let mut line_number = 0;
    std::iter::from_fn(move || loop {
        let reader = match &mut state {
            Ok(reader) => reader,
            Err(failure) => return failure.take().map(Err),
        };
        let mut bytes = Vec::new();
        line_number += 1;
        let doc_id = format!("{file_stem}:{line_number}");
        match reader.read_until(b'\n', &mut bytes) {
            Ok(0) => return None,
            Ok(_) => {}
            Err(source) => {
                state = Err(None);
                return Some(Err(ReadFailure {
                    doc_id,
                    error: Error::Io {
                        path: path.clone(),
                        source,
                    },
                }));
            }
        }
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        return Some(
            parse_json_line(bytes, &path, line_number)
                .map_err(|error| ReadFailure { doc_id, error }),
        );
    })
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
    let value: Value =
        serde_json::from_str(&text).map_err(|e| json_error(format!("invalid JSON: {e}")))?;
    let Value::Object(record) = value else {
        return Err(json_error("expected a JSON object".into()));
    };
    let field = |names: &[&str]| -> Result<Option<String>> {
        for name in names {
            match record.get(*name) {
                None | Some(Value::Null) => continue,
                Some(Value::String(s)) => return Ok(Some(s.clone())),
                Some(Value::Number(n)) => return Ok(Some(n.to_string())),
                Some(_) => return Err(json_error(format!("field {name:?} must be a string"))),
            }
        }
        Ok(None)
    };
    let text = field(&["text"])?.ok_or_else(|| json_error("no \"text\" field".into()))?;
    if text.trim().is_empty() {
        return Err(Error::Empty {
            path: path.to_path_buf(),
            line: Some(line),
        });
    }
    let id = field(&["id", "doc_id"])?.unwrap_or_else(|| format!("{}:{line}", stem(path)));
    let lang = field(&["lang", "language"])?
        .map(|code| code.parse::<Lang>())
        .transpose()?;
    Ok(Article {
        id,
        text,
        url: field(&["url", "source_url"])?,
        published: field(&["published", "date"])?,
        lang,
    })
}
