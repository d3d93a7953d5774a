use pyo3::prelude::*;
#[pymodule]
fn _propos(_m: &Bound<'_, PyModule>) -> PyResult<()> {
    Ok(())
}
