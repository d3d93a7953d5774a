//! Python bindings of propos: the native module `propos._propos`.
//!
//! The Python package in `python/propos/` wraps these functions; tables cross
//! as polars DataFrames ([`frames`]). Errors become Python exceptions by kind
//! (`OSError` subclasses naming the file, `ValueError`, `TableError`), and a
//! panic inside one article becomes a problem row of the `documents` table
//! (see `propos_analytics::Corpus::extract`), so no panic crosses into Python.

mod exceptions;
mod frames;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use pyo3::exceptions::{
    PyFileExistsError, PyFileNotFoundError, PyIsADirectoryError, PyKeyboardInterrupt,
    PyNotADirectoryError, PyOSError, PyPermissionError, PyValueError,
};
use pyo3::prelude::*;
use pyo3::types::PyDict;

use exceptions::{ProposError, TableError};
use frames::{PyFrame, PySeries};
use propos_analytics::polars::error::PolarsError;
use propos_analytics::polars::prelude::{IntoSeries, StringChunked};
use propos_analytics::propos_core::{Article, Error as CoreError, Lang};
use propos_analytics::propos_read::{Error as ReadError, ReadFailure};
use propos_analytics::{
    articles_from_frame, check_outputs, extract_chunks, read_inputs, Analysis, ArticleColumns,
    Corpus, Options, TableWriter, Tables, DEFAULT_CHUNK_SIZE,
};

/// The `OSError` subclass of an I/O error's kind, naming the file
/// (`FileNotFoundError`, `PermissionError`, `IsADirectoryError`...).
fn os_error(path: &Path, error: &std::io::Error) -> PyErr {
    use std::io::ErrorKind as Kind;
    let args = (
        error.raw_os_error().unwrap_or(0),
        error.to_string(),
        path.display().to_string(),
    );
    match error.kind() {
        Kind::NotFound => PyFileNotFoundError::new_err(args),
        Kind::PermissionDenied => PyPermissionError::new_err(args),
        Kind::IsADirectory => PyIsADirectoryError::new_err(args),
        Kind::NotADirectory => PyNotADirectoryError::new_err(args),
        Kind::AlreadyExists => PyFileExistsError::new_err(args),
        _ => PyOSError::new_err(args),
    }
}

fn to_py_error(error: propos_analytics::Error) -> PyErr {
    use propos_analytics::Error;
    match error {
        Error::Core(core) => core_error(core),
        Error::Input(input) => read_error(input),
        Error::Io { path, source } | Error::Open { path, source } => os_error(&path, &source),
        Error::Write {
            path,
            source: PolarsError::IO { error, .. },
        } => os_error(&path, &error),
        e @ (Error::Write { .. } | Error::ThreadPool { .. }) => PyOSError::new_err(e.to_string()),
        e @ (Error::Read { .. } | Error::Damaged { .. } | Error::OutputIsInput { .. }) => {
            PyValueError::new_err(e.to_string())
        }
        Error::Interrupted => PyKeyboardInterrupt::new_err("propos: interrupted"),
        other => TableError::new_err(other.to_string()),
    }
}

fn read_error(error: ReadError) -> PyErr {
    match error {
        ReadError::Io { path, source } | ReadError::ReadLine { path, source, .. } => {
            os_error(&path, &source)
        }
        // An input that is not what its name says.
        other => PyValueError::new_err(other.to_string()),
    }
}

/// A language or a date that cannot be understood.
fn core_error(error: CoreError) -> PyErr {
    PyValueError::new_err(error.to_string())
}

/// Runs `work` without the GIL, so that Ctrl-C stops it: while it runs, SIGINT
/// also sets `options.stop` (Python's own handler still runs, chained by
/// signal-hook), no article is started after that, and the call raises
/// `KeyboardInterrupt` through Python's handler (or propos' own when that one
/// does not raise). Workers end with the call: none is left behind.
fn detach_interruptible<T, F>(py: Python<'_>, mut options: Options, work: F) -> PyResult<T>
where
    T: Send,
    F: FnOnce(&Options) -> PyResult<T> + Send,
{
    // a Ctrl-C while the arguments were converted
    py.check_signals()?;
    let stop = Arc::new(AtomicBool::new(false));
    options.stop = Some(Arc::clone(&stop));
    // Registration fails only for a forbidden signal; SIGINT is not one.
    let hook = signal_hook::flag::register(signal_hook::consts::SIGINT, Arc::clone(&stop)).ok();
    let result = py.detach(|| work(&options));
    if let Some(id) = hook {
        signal_hook::low_level::unregister(id);
    }
    if stop.load(Ordering::Relaxed) {
        py.check_signals()?;
        return Err(PyKeyboardInterrupt::new_err("propos: interrupted"));
    }
    result
}

fn options(
    lang: Option<&str>,
    published: Option<String>,
    threads: Option<i64>,
) -> PyResult<Options> {
    let lang = lang
        .map(|code| code.parse::<Lang>())
        .transpose()
        .map_err(core_error)?;
    if let Some(date) = &published {
        propos_analytics::propos_core::parse_published(date).map_err(core_error)?;
    }
    let threads = threads
        .map(|n| {
            usize::try_from(n).ok().filter(|&n| n > 0).ok_or_else(|| {
                PyValueError::new_err(format!("threads must be at least 1, not {n}"))
            })
        })
        .transpose()?;
    Ok(Options {
        threads,
        lang,
        published,
        ..Options::default()
    })
}

/// Options with the column names of Parquet inputs.
fn with_columns(
    mut options: Options,
    text_column: Option<String>,
    id_column: Option<String>,
) -> Options {
    if let Some(text) = text_column {
        options.columns.text = text;
    }
    if let Some(id) = id_column {
        options.columns.id = id;
    }
    options
}

/// The first failure to read, as a whole, a file named in `paths` (it cannot
/// be opened, or is not a table of articles): an error, where the problems of
/// single articles, and of files found in directories, are rows of `documents`.
fn named_file_failure(
    items: &mut Vec<Result<Article, ReadFailure>>,
    paths: &[PathBuf],
) -> Option<PyErr> {
    let position = items.iter().position(|item| match item {
        Err(ReadFailure {
            error:
                ReadError::Io { path, .. }
                | ReadError::Table {
                    path, row: None, ..
                },
            ..
        }) => paths.contains(path),
        _ => false,
    })?;
    items
        .swap_remove(position)
        .err()
        .map(|f| read_error(f.error))
}

fn tables_dict<'py>(py: Python<'py>, tables: Tables) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    dict.set_item("statements", PyFrame(tables.statements))?;
    dict.set_item("figures", PyFrame(tables.figures))?;
    dict.set_item("dates", PyFrame(tables.dates))?;
    dict.set_item("entities", PyFrame(tables.entities))?;
    dict.set_item("actors", PyFrame(tables.actors))?;
    dict.set_item("documents", PyFrame(tables.documents))?;
    Ok(dict)
}

/// Extracts the articles of files and directories (`.txt`, JSON Lines,
/// Parquet with `text_column` and `id_column`; directories recursively).
///
/// Returns a dict of the six tables. A named file that cannot be read as a
/// whole raises (`OSError` by kind, or `ValueError` for a file that is not
/// what its name says); articles that cannot be read, and files found in
/// directories, appear in the `documents` table with their problem. Runs
/// without the GIL, in parallel.
#[pyfunction]
#[pyo3(signature = (paths, *, lang=None, published=None, threads=None, text_column=None, id_column=None))]
#[allow(clippy::too_many_arguments)]
fn extract_paths<'py>(
    py: Python<'py>,
    paths: Vec<PathBuf>,
    lang: Option<&str>,
    published: Option<String>,
    threads: Option<i64>,
    text_column: Option<String>,
    id_column: Option<String>,
) -> PyResult<Bound<'py, PyDict>> {
    let options = with_columns(options(lang, published, threads)?, text_column, id_column);
    let tables = detach_interruptible(py, options, |options| {
        let mut items: Vec<_> = read_inputs(&paths, options).collect();
        if let Some(error) = named_file_failure(&mut items, &paths) {
            return Err(error);
        }
        Corpus::extract(items, options, None)
            .and_then(|c| c.tables())
            .map_err(to_py_error)
    })?;
    tables_dict(py, tables)
}

/// The texts of the articles `doc_ids` of files and directories, read by the
/// reader of `extract_paths` (so compressed JSON Lines and Parquet too): a dict
/// from id to text, without the ids no article has. Stops reading once all are found.
#[pyfunction]
#[pyo3(signature = (paths, doc_ids, *, text_column=None, id_column=None))]
fn read_texts(
    py: Python<'_>,
    paths: Vec<PathBuf>,
    doc_ids: Vec<String>,
    text_column: Option<String>,
    id_column: Option<String>,
) -> HashMap<String, String> {
    let options = with_columns(Options::default(), text_column, id_column);
    let mut wanted: HashSet<String> = doc_ids.into_iter().collect();
    py.detach(|| {
        let mut texts = HashMap::new();
        for article in read_inputs(&paths, &options).flatten() {
            if wanted.is_empty() {
                break;
            }
            if wanted.remove(&article.id) {
                texts.insert(article.id, article.text);
            }
        }
        texts
    })
}

/// The strings of a Python sequence, copied with Ctrl-C checked every 4096
/// of them: copying a list of a few hundred MB takes seconds, which a Ctrl-C
/// must not wait for.
fn strings(py: Python<'_>, items: &Bound<'_, PyAny>) -> PyResult<Vec<String>> {
    let mut copied = Vec::with_capacity(items.len().unwrap_or(0));
    for (i, item) in items.try_iter()?.enumerate() {
        if i.is_multiple_of(4096) {
            py.check_signals()?;
        }
        copied.push(item?.extract::<String>()?);
    }
    Ok(copied)
}

/// Extracts articles given as texts, with their ids (and optional dates and languages).
///
/// Returns a dict of the six tables. Runs without the GIL, in parallel.
#[pyfunction]
#[pyo3(signature = (texts, ids, *, published=None, langs=None, lang=None, default_published=None, threads=None))]
#[allow(clippy::too_many_arguments)]
fn extract_texts<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    ids: &Bound<'py, PyAny>,
    published: Option<Vec<Option<String>>>,
    langs: Option<Vec<Option<String>>>,
    lang: Option<&str>,
    default_published: Option<String>,
    threads: Option<i64>,
) -> PyResult<Bound<'py, PyDict>> {
    let texts = strings(py, texts)?;
    let ids = strings(py, ids)?;
    if ids.len() != texts.len() {
        return Err(PyValueError::new_err(format!(
            "{} texts but {} ids",
            texts.len(),
            ids.len()
        )));
    }
    let options = options(lang, default_published, threads)?;
    let mut articles = Vec::with_capacity(texts.len());
    for (i, (text, id)) in texts.into_iter().zip(ids).enumerate() {
        let mut article = Article::new(id, text);
        article.published = published.as_ref().and_then(|p| p.get(i).cloned().flatten());
        article.lang = langs
            .as_ref()
            .and_then(|l| l.get(i).cloned().flatten())
            .map(|code| code.parse::<Lang>())
            .transpose()
            .map_err(core_error)?;
        articles.push(article);
    }
    let tables = detach_interruptible(py, options, |options| {
        Corpus::from_articles(articles, options)
            .and_then(|c| c.tables())
            .map_err(to_py_error)
    })?;
    tables_dict(py, tables)
}

/// Extracts the articles of a DataFrame with columns `text` (String) and
/// optionally `id`, `url`, `published` (YYYY-MM-DD strings), `lang`.
///
/// The text column goes to Rust as it is: no Python object per row. A null
/// or empty text, an unsupported language or a malformed date is that row's
/// problem in the `documents` table, naming `source` and the row (its
/// number, or its id alone when `row_numbers` is false: the rows of a Spark
/// batch have no order a person sees). Runs without the GIL, in parallel.
#[pyfunction]
#[pyo3(signature = (frame, *, lang=None, published=None, threads=None, source="dataframe", row_numbers=true))]
#[allow(clippy::too_many_arguments)]
fn extract_frame<'py>(
    py: Python<'py>,
    frame: PyFrame,
    lang: Option<&str>,
    published: Option<String>,
    threads: Option<i64>,
    source: &str,
    row_numbers: bool,
) -> PyResult<Bound<'py, PyDict>> {
    let options = options(lang, published, threads)?;
    let tables = detach_interruptible(py, options, |options| {
        let articles = articles_from_frame(
            &frame.0,
            &ArticleColumns::default(),
            source.as_ref(),
            row_numbers.then_some(0),
        )
        .map_err(read_error)?;
        Corpus::extract(articles, options, None)
            .and_then(|c| c.tables())
            .map_err(to_py_error)
    })?;
    tables_dict(py, tables)
}

/// Extracts the articles of files and directories as a stream, writing the
/// six tables as Parquet files in `out_dir` before it returns; memory stays
/// bounded whatever the corpus size.
///
/// Returns the run's summary: articles read and skipped, bytes of text,
/// statements, figures, dates, problems.
#[pyfunction]
#[pyo3(signature = (paths, out_dir, *, lang=None, published=None, threads=None, chunk_size=DEFAULT_CHUNK_SIZE, text_column=None, id_column=None))]
#[allow(clippy::too_many_arguments)]
fn write_tables<'py>(
    py: Python<'py>,
    paths: Vec<String>,
    out_dir: std::path::PathBuf,
    lang: Option<&str>,
    published: Option<String>,
    threads: Option<i64>,
    chunk_size: usize,
    text_column: Option<String>,
    id_column: Option<String>,
) -> PyResult<Bound<'py, PyDict>> {
    if chunk_size == 0 {
        return Err(PyValueError::new_err("chunk_size must be at least 1"));
    }
    let options = with_columns(options(lang, published, threads)?, text_column, id_column);
    let targets = TableWriter::FILES.map(|f| out_dir.join(f));
    check_outputs(&paths, &targets, &options.read).map_err(to_py_error)?;
    let summary = detach_interruptible(py, options, |options| {
        let run = || {
            let mut writer = TableWriter::create(&out_dir)?;
            let summary = extract_chunks(
                read_inputs(&paths, options),
                options,
                chunk_size,
                None,
                |chunk| writer.write(&chunk),
            )?;
            writer.finish()?;
            Ok::<_, propos_analytics::Error>(summary)
        };
        run().map_err(to_py_error)
    })?;
    let dict = PyDict::new(py);
    dict.set_item("read", summary.read)?;
    dict.set_item("skipped", summary.skipped)?;
    dict.set_item("bytes", summary.bytes)?;
    dict.set_item("statements", summary.statements)?;
    dict.set_item("figures", summary.figures)?;
    dict.set_item("dates", summary.dates)?;
    dict.set_item("problems", summary.problems)?;
    Ok(dict)
}

fn analysis_of(name: &str) -> PyResult<Analysis> {
    Analysis::from_name(name).ok_or_else(|| {
        let names: Vec<&str> = Analysis::ALL.iter().map(|a| a.name()).collect();
        PyValueError::new_err(format!(
            "no count {name:?}: the counts are {}",
            names.join(", ")
        ))
    })
}

/// Runs the count `analysis` (actors, figures, dates, claims, cues, quotes)
/// on tables given by name (`statements`, `figures`, `documents`).
#[pyfunction]
fn count(
    py: Python<'_>,
    analysis: &str,
    tables: std::collections::HashMap<String, PyFrame>,
) -> PyResult<PyFrame> {
    let analysis = analysis_of(analysis)?;
    py.detach(|| {
        analysis.run_with(|name| {
            tables.get(name).map(|t| t.0.clone()).ok_or_else(|| {
                propos_analytics::Error::MissingTable {
                    analysis: analysis.name(),
                    table: name.to_owned(),
                }
            })
        })
    })
    .map(PyFrame)
    .map_err(to_py_error)
}

/// Runs the count `analysis` on the Parquet tables in `tables_dir` (as
/// written by `scan_paths`), reading only the columns it needs.
#[pyfunction]
fn count_stored(
    py: Python<'_>,
    analysis: &str,
    tables_dir: std::path::PathBuf,
) -> PyResult<PyFrame> {
    let analysis = analysis_of(analysis)?;
    py.detach(|| analysis.run_stored(&tables_dir))
        .map(PyFrame)
        .map_err(to_py_error)
}

/// The keys under which spellings of actor names are merged, one per name
/// (nulls stay null): see `propos_analytics::actor_key`.
#[pyfunction]
fn actor_keys(py: Python<'_>, names: PySeries) -> PyResult<PySeries> {
    let names = names.0;
    let strings = names
        .str()
        .map_err(|e| TableError::new_err(format!("actor names: {e}")))?;
    let keys: StringChunked = py.detach(|| {
        strings
            .iter()
            .map(|name| name.map(propos_analytics::actor_key))
            .collect()
    });
    Ok(PySeries(keys.with_name(names.name().clone()).into_series()))
}

/// The keys under which `repeated_quotes` compares direct quotes, one per
/// content (null for a null content or a quote too short to count): see
/// `propos_analytics::quote_key`.
#[pyfunction]
fn quote_keys(py: Python<'_>, contents: PySeries) -> PyResult<PySeries> {
    let contents = contents.0;
    let strings = contents
        .str()
        .map_err(|e| TableError::new_err(format!("quote contents: {e}")))?;
    let keys: StringChunked = py.detach(|| {
        strings
            .iter()
            .map(|content| content.and_then(propos_analytics::quote_key))
            .collect()
    });
    Ok(PySeries(
        keys.with_name(contents.name().clone()).into_series(),
    ))
}

/// The native module of propos.
#[pymodule]
fn _propos(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("ProposError", m.py().get_type::<ProposError>())?;
    m.add("TableError", m.py().get_type::<TableError>())?;
    m.add("SUPPORTED_LANGUAGES", Lang::SUPPORTED.to_vec())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(extract_paths, m)?)?;
    m.add_function(wrap_pyfunction!(extract_texts, m)?)?;
    m.add_function(wrap_pyfunction!(extract_frame, m)?)?;
    m.add_function(wrap_pyfunction!(write_tables, m)?)?;
    m.add_function(wrap_pyfunction!(read_texts, m)?)?;
    m.add_function(wrap_pyfunction!(count, m)?)?;
    m.add_function(wrap_pyfunction!(count_stored, m)?)?;
    m.add_function(wrap_pyfunction!(actor_keys, m)?)?;
    m.add_function(wrap_pyfunction!(quote_keys, m)?)?;
    Ok(())
}
