//! Python bindings of propos: the native module `propos._propos`.
//!
//! The Python package in `python/propos/` wraps these functions; tables cross
//! as polars DataFrames (`PyDataFrame`). Errors become Python exceptions, and
//! a panic inside one article becomes a problem row of the `documents` table
//! (see `propos_analytics::Corpus::extract`), so no panic crosses into Python.

use pyo3::exceptions::{PyException, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;
use pyo3_polars::{PyDataFrame, PySeries};

use propos_analytics::polars::prelude::{IntoSeries, StringChunked};
use propos_analytics::propos_core::{Article, Lang};
use propos_analytics::{
    articles_from_frame, extract_chunks, read_inputs, Analysis, ArticleColumns, Corpus, Options,
    TableWriter, Tables, DEFAULT_CHUNK_SIZE,
};

pyo3::create_exception!(
    _propos,
    ProposError,
    PyException,
    "Base class of the errors raised by propos."
);
pyo3::create_exception!(
    _propos,
    TableError,
    ProposError,
    "A table lacks a column propos needs, or a column has the wrong type."
);

fn to_py_error(error: propos_analytics::Error) -> PyErr {
    match error {
        propos_analytics::Error::Core(core) => core_error(core),
        other => TableError::new_err(other.to_string()),
    }
}

fn core_error(error: propos_analytics::propos_core::Error) -> PyErr {
    use propos_analytics::propos_core::Error as Core;
    match error {
        e @ (Core::UnsupportedLanguage { .. } | Core::InvalidDate { .. }) => {
            PyValueError::new_err(e.to_string())
        }
        other => ProposError::new_err(other.to_string()),
    }
}

fn options(
    lang: Option<&str>,
    published: Option<String>,
    threads: Option<usize>,
) -> PyResult<Options> {
    let lang = lang
        .map(|code| code.parse::<Lang>())
        .transpose()
        .map_err(core_error)?;
    if let Some(date) = &published {
        propos_analytics::propos_core::parse_published(date).map_err(core_error)?;
    }
    Ok(Options {
        threads,
        lang,
        published,
        ..Options::default()
    })
}

fn tables_dict<'py>(py: Python<'py>, tables: Tables) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    dict.set_item("statements", PyDataFrame(tables.statements))?;
    dict.set_item("figures", PyDataFrame(tables.figures))?;
    dict.set_item("dates", PyDataFrame(tables.dates))?;
    dict.set_item("actors", PyDataFrame(tables.actors))?;
    dict.set_item("documents", PyDataFrame(tables.documents))?;
    Ok(dict)
}

/// Extracts the articles of files and directories (`.txt`, `.jsonl`, recursive).
///
/// Returns a dict of the five tables. Articles that cannot be read appear in
/// the `documents` table with their problem. Runs without the GIL, in parallel.
#[pyfunction]
#[pyo3(signature = (paths, *, lang=None, published=None, threads=None))]
fn extract_paths<'py>(
    py: Python<'py>,
    paths: Vec<String>,
    lang: Option<&str>,
    published: Option<String>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyDict>> {
    let options = options(lang, published, threads)?;
    let tables = py
        .detach(|| Corpus::from_paths(&paths, &options).and_then(|c| c.tables()))
        .map_err(to_py_error)?;
    tables_dict(py, tables)
}

/// Extracts articles given as texts, with their ids (and optional dates and languages).
///
/// Returns a dict of the five tables. Runs without the GIL, in parallel.
#[pyfunction]
#[pyo3(signature = (texts, ids, *, published=None, langs=None, lang=None, default_published=None, threads=None))]
#[allow(clippy::too_many_arguments)]
fn extract_texts<'py>(
    py: Python<'py>,
    texts: Vec<String>,
    ids: Vec<String>,
    published: Option<Vec<Option<String>>>,
    langs: Option<Vec<Option<String>>>,
    lang: Option<&str>,
    default_published: Option<String>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyDict>> {
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
    let tables = py
        .detach(|| Corpus::from_articles(articles, &options).and_then(|c| c.tables()))
        .map_err(to_py_error)?;
    tables_dict(py, tables)
}

/// Extracts the articles of a DataFrame with columns `text` (String) and
/// optionally `id`, `url`, `published` (YYYY-MM-DD strings), `lang`.
///
/// The text column goes to Rust as it is: no Python object per row. A null
/// or empty text is that row's problem in the `documents` table. Runs without
/// the GIL, in parallel.
#[pyfunction]
#[pyo3(signature = (frame, *, lang=None, published=None, threads=None))]
fn extract_frame<'py>(
    py: Python<'py>,
    frame: PyDataFrame,
    lang: Option<&str>,
    published: Option<String>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyDict>> {
    let options = options(lang, published, threads)?;
    let tables = py
        .detach(|| {
            let articles = articles_from_frame(
                &frame.0,
                &ArticleColumns::default(),
                "dataframe".as_ref(),
                0,
            )?;
            Corpus::extract(articles, &options, None)?.tables()
        })
        .map_err(to_py_error)?;
    tables_dict(py, tables)
}

/// Extracts the articles of files and directories as a stream, writing the
/// five tables as Parquet files in `out_dir`; memory stays bounded whatever
/// the corpus size.
///
/// Returns the run's summary: articles read and skipped, bytes of text,
/// statements, figures, dates, problems.
#[pyfunction]
#[pyo3(signature = (paths, out_dir, *, lang=None, published=None, threads=None, chunk_size=DEFAULT_CHUNK_SIZE, text_column=None, id_column=None))]
#[allow(clippy::too_many_arguments)]
fn scan_paths<'py>(
    py: Python<'py>,
    paths: Vec<String>,
    out_dir: std::path::PathBuf,
    lang: Option<&str>,
    published: Option<String>,
    threads: Option<usize>,
    chunk_size: usize,
    text_column: Option<String>,
    id_column: Option<String>,
) -> PyResult<Bound<'py, PyDict>> {
    if chunk_size == 0 {
        return Err(PyValueError::new_err("chunk_size must be at least 1"));
    }
    let mut options = options(lang, published, threads)?;
    if let Some(text) = text_column {
        options.columns.text = text;
    }
    if let Some(id) = id_column {
        options.columns.id = id;
    }
    let summary = py
        .detach(|| {
            let mut writer = TableWriter::create(&out_dir)?;
            let summary = extract_chunks(
                read_inputs(&paths, &options),
                &options,
                chunk_size,
                None,
                |chunk| writer.write(&chunk),
            )?;
            writer.finish()?;
            Ok::<_, propos_analytics::Error>(summary)
        })
        .map_err(to_py_error)?;
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
    tables: std::collections::HashMap<String, PyDataFrame>,
) -> PyResult<PyDataFrame> {
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
    .map(PyDataFrame)
    .map_err(to_py_error)
}

/// Runs the count `analysis` on the Parquet tables in `tables_dir` (as
/// written by `scan_paths`), reading only the columns it needs.
#[pyfunction]
fn count_stored(
    py: Python<'_>,
    analysis: &str,
    tables_dir: std::path::PathBuf,
) -> PyResult<PyDataFrame> {
    let analysis = analysis_of(analysis)?;
    py.detach(|| analysis.run_stored(&tables_dir))
        .map(PyDataFrame)
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
    m.add_function(wrap_pyfunction!(scan_paths, m)?)?;
    m.add_function(wrap_pyfunction!(count, m)?)?;
    m.add_function(wrap_pyfunction!(count_stored, m)?)?;
    m.add_function(wrap_pyfunction!(actor_keys, m)?)?;
    Ok(())
}
