//! Parquet output written chunk by chunk (one row group per chunk), so a corpus
//! larger than memory can be turned into tables.

use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};

use polars::prelude::*;

use crate::corpus::Outcome;
use crate::error::{Error, Result};
use crate::tables::Tables;

/// One Parquet file with a fixed schema, written one row group per batch.
pub struct ParquetFile {
    path: PathBuf,
    writer: polars::io::parquet::write::BatchedWriter<BufWriter<File>>,
}

impl ParquetFile {
    /// Creates (or truncates) the file at `path` for rows of `schema`.
    pub fn create(path: &Path, schema: &Schema) -> Result<Self> {
        let file = File::create(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let writer = ParquetWriter::new(BufWriter::new(file))
            .batched(schema)
            .map_err(|source| Error::Write {
                path: path.to_path_buf(),
                source,
            })?;
        Ok(Self {
            path: path.to_path_buf(),
            writer,
        })
    }

    /// Appends the rows of `df` (which must have the file's schema) as row groups.
    pub fn write(&mut self, df: &DataFrame) -> Result<()> {
        if df.height() == 0 {
            return Ok(());
        }
        self.writer.write_batch(df).map_err(|source| Error::Write {
            path: self.path.clone(),
            source,
        })
    }

    /// Writes the footer; the file is complete only after this.
    pub fn finish(self) -> Result<()> {
        self.writer.finish().map_err(|source| Error::Write {
            path: self.path,
            source,
        })?;
        Ok(())
    }
}

/// The five tables of a corpus as Parquet files in one directory
/// (`statements.parquet`, `figures.parquet`, `dates.parquet`, `actors.parquet`,
/// `documents.parquet`), written chunk by chunk.
pub struct TableWriter {
    files: [ParquetFile; 5],
}

impl TableWriter {
    /// The names of the files written, in the order of the fields of [`Tables`].
    pub const FILES: [&'static str; 5] = [
        "statements.parquet",
        "figures.parquet",
        "dates.parquet",
        "actors.parquet",
        "documents.parquet",
    ];

    /// Creates `dir` if needed and the five files in it.
    pub fn create(dir: &Path) -> Result<Self> {
        std::fs::create_dir_all(dir).map_err(|source| Error::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        let empty = Tables::empty()?;
        let [s, f, d, a, o] = Self::FILES;
        let file = |name: &str, df: &DataFrame| ParquetFile::create(&dir.join(name), df.schema());
        Ok(Self {
            files: [
                file(s, &empty.statements)?,
                file(f, &empty.figures)?,
                file(d, &empty.dates)?,
                file(a, &empty.actors)?,
                file(o, &empty.documents)?,
            ],
        })
    }

    /// Appends the tables of a chunk of outcomes.
    pub fn write(&mut self, outcomes: &[Outcome]) -> Result<()> {
        let tables = Tables::from_outcomes(outcomes)?;
        let frames = [
            &tables.statements,
            &tables.figures,
            &tables.dates,
            &tables.actors,
            &tables.documents,
        ];
        for (file, df) in self.files.iter_mut().zip(frames) {
            file.write(df)?;
        }
        Ok(())
    }

    /// Completes the five files.
    pub fn finish(self) -> Result<()> {
        for file in self.files {
            file.finish()?;
        }
        Ok(())
    }
}
