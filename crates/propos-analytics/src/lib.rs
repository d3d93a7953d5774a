pub use polars;
pub use propos_core;
