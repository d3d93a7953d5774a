//! Python bindings of propos: the native module `propos._propos`.
//!
//! The Python package in `python/propos/` wraps these functions; tables cross
//! as polars DataFrames (`PyDataFrame`). Errors become Python exceptions, and
//! a panic inside one article becomes a problem row of the `documents` table
//! (see `propos_analytics::Corpus::extract`), so no panic crosses into Python.

use pyo3::exceptions::{PyException, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;
use pyo3_polars::PyDataFrame;

use propos_analytics::propos_core::{Article, Lang};
use propos_analytics::{Corpus, Options, Tables};

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

/// Statements per speaker, from a `statements` table.
#[pyfunction]
fn counts_by_actor(py: Python<'_>, statements: PyDataFrame) -> PyResult<PyDataFrame> {
    py.detach(|| propos_analytics::counts_by_actor(&statements.0))
        .map(PyDataFrame)
        .map_err(to_py_error)
}

/// Mentions per figure (value + unit), from a `figures` table.
#[pyfunction]
fn counts_by_figure(py: Python<'_>, figures: PyDataFrame) -> PyResult<PyDataFrame> {
    py.detach(|| propos_analytics::counts_by_figure(&figures.0))
        .map(PyDataFrame)
        .map_err(to_py_error)
}

/// Statements per day, from a `statements` and a `documents` table.
#[pyfunction]
fn counts_by_date(
    py: Python<'_>,
    statements: PyDataFrame,
    documents: PyDataFrame,
) -> PyResult<PyDataFrame> {
    py.detach(|| propos_analytics::counts_by_date(&statements.0, &documents.0))
        .map(PyDataFrame)
        .map_err(to_py_error)
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
    m.add_function(wrap_pyfunction!(counts_by_actor, m)?)?;
    m.add_function(wrap_pyfunction!(counts_by_figure, m)?)?;
    m.add_function(wrap_pyfunction!(counts_by_date, m)?)?;
    Ok(())
}
