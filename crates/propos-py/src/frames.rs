//! polars Series and DataFrames across the Python boundary, without a copy:
//! each column goes through the `polars-ffi` export that Python polars reads
//! and writes (`Series._import`, `Series._export`).

use std::mem::ManuallyDrop;

use polars_ffi::version_0::{export_series, import_series, SeriesExport};
use propos_analytics::polars::prelude::{DataFrame, IntoColumn, Series};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::PyList;

use crate::exceptions::TableError;

/// A polars Series, taken from or given to Python.
pub struct PySeries(pub Series);

/// A polars DataFrame, taken from or given to Python.
pub struct PyFrame(pub DataFrame);

impl<'a, 'py> FromPyObject<'a, 'py> for PySeries {
    type Error = PyErr;

    fn extract(ob: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        let inner = ob.getattr("_s").map_err(|_| {
            PyTypeError::new_err(format!(
                "expected a polars Series, not {}",
                ob.get_type()
                    .name()
                    .map(|n| n.to_string())
                    .unwrap_or_default()
            ))
        })?;
        let mut export = SeriesExport::empty();
        inner.call_method1("_export", ((&raw mut export).addr(),))?;
        // SAFETY: Python polars filled `export` with a series of its own.
        let series =
            unsafe { import_series(export) }.map_err(|e| TableError::new_err(e.to_string()))?;
        Ok(PySeries(series))
    }
}

impl<'a, 'py> FromPyObject<'a, 'py> for PyFrame {
    type Error = PyErr;

    fn extract(ob: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        let columns = ob.call_method0("get_columns").map_err(|_| {
            PyTypeError::new_err(format!(
                "expected a polars DataFrame, not {}",
                ob.get_type()
                    .name()
                    .map(|n| n.to_string())
                    .unwrap_or_default()
            ))
        })?;
        let columns = columns
            .try_iter()?
            .map(|column| Ok(column?.extract::<PySeries>()?.0.into_column()))
            .collect::<PyResult<Vec<_>>>()?;
        DataFrame::new_infer_height(columns)
            .map(PyFrame)
            .map_err(|e| TableError::new_err(e.to_string()))
    }
}

impl<'py> IntoPyObject<'py> for PySeries {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    fn into_pyobject(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let series = py.import("polars")?.getattr("Series")?;
        // Python polars takes the buffers over and releases them itself.
        let export = ManuallyDrop::new(export_series(&self.0));
        series.call_method1("_import", ((&raw const export).addr(),))
    }
}

impl<'py> IntoPyObject<'py> for PyFrame {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    fn into_pyobject(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let columns = self
            .0
            .columns()
            .iter()
            .map(|c| PySeries(c.as_materialized_series().clone()).into_pyobject(py))
            .collect::<PyResult<Vec<_>>>()?;
        py.import("polars")?
            .getattr("DataFrame")?
            .call1((PyList::new(py, columns)?,))
    }
}
