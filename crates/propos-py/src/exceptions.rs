//! The exceptions propos raises besides Python's own (`OSError`, `ValueError`).

use pyo3::exceptions::PyException;

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
