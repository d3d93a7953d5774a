//! Outputs: Parquet written chunk by chunk (one row group per chunk), so a
//! corpus larger than memory can be turned into tables; every output is
//! written under a temporary name beside its target and renamed to it only
//! once complete, so an interrupted run leaves the previous output whole.

use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};

use polars::prelude::*;

use propos_read::ReadOptions;

use crate::error::{Error, Result};
use crate::outcome::Outcome;
use crate::tables::Tables;

/// A file being written under a temporary name beside its target
/// (`.NAME.propos-PID.tmp`, hidden, so a directory walk skips it);
/// [`PendingFile::commit`] renames it to the target, and dropping it before
/// removes it, so the target is either the previous file or the complete new one.
///
/// The temporary file is locked while it is written (an advisory lock that
/// ends with the process, however it ends), so the temporary files of a run
/// that was killed are told from those of a run still writing: the next
/// [`PendingFile::create`] for the same target removes the former.
#[derive(Debug)]
pub struct PendingFile {
    target: PathBuf,
    temp: PathBuf,
    committed: bool,
}

/// Removes the temporary files of `target` (named `.NAME.propos-PID.tmp`)
/// that no running process holds locked: those of a run killed before it
/// could remove them. A file that cannot be opened or locked is left.
fn remove_stale_temps(target: &Path, name: &str) {
    let dir = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let prefix = format!(".{name}.propos-");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(pid) = file_name
            .to_str()
            .and_then(|n| n.strip_prefix(&prefix))
            .and_then(|n| n.strip_suffix(".tmp"))
        else {
            continue;
        };
        if pid.is_empty() || !pid.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let path = entry.path();
        let unlocked = std::fs::OpenOptions::new()
            .write(true)
            .open(&path)
            .is_ok_and(|file| file.try_lock().is_ok());
        if unlocked {
            let _ = std::fs::remove_file(&path);
        }
    }
}

impl PendingFile {
    /// Creates the temporary file for `target`, returned open for writing
    /// (and locked), after removing those that killed runs left for it.
    pub fn create(target: &Path) -> Result<(Self, File)> {
        let name = target.file_name().unwrap_or_default().to_string_lossy();
        remove_stale_temps(target, &name);
        let temp = target.with_file_name(format!(".{name}.propos-{}.tmp", std::process::id()));
        let file = File::create(&temp).map_err(|source| Error::Io {
            path: target.to_path_buf(),
            source,
        })?;
        // Without locks (some network file systems), stale files are only left behind.
        let _ = file.try_lock();
        let pending = Self {
            target: target.to_path_buf(),
            temp,
            committed: false,
        };
        Ok((pending, file))
    }

    /// The file this one replaces once committed.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Renames the complete temporary file to its target.
    pub fn commit(mut self) -> Result<()> {
        std::fs::rename(&self.temp, &self.target).map_err(|source| Error::Io {
            path: self.target.clone(),
            source,
        })?;
        self.committed = true;
        Ok(())
    }
}

impl Drop for PendingFile {
    fn drop(&mut self) {
        if !self.committed {
            // Best effort: an incomplete output is never left under its name anyway.
            let _ = std::fs::remove_file(&self.temp);
        }
    }
}

/// Refuses outputs that are also inputs, before anything is opened for
/// writing: an output that is one of the `inputs` files, or that lies in an
/// input directory where a later walk would read it (by `read`'s rules).
pub fn check_outputs<P: AsRef<Path>>(
    inputs: &[P],
    outputs: &[PathBuf],
    read: &ReadOptions,
) -> Result<()> {
    // The real path of an output that may not exist yet: its deepest existing
    // ancestor resolved, the rest appended.
    let real = |path: &Path| -> Option<PathBuf> {
        let absolute = std::path::absolute(path).ok()?;
        let mut existing = absolute.as_path();
        loop {
            if let Ok(real) = std::fs::canonicalize(existing) {
                return Some(real.join(absolute.strip_prefix(existing).ok()?));
            }
            existing = existing.parent()?;
        }
    };
    for output in outputs {
        let Some(target) = real(output) else { continue };
        for input in inputs {
            let input = input.as_ref();
            let Ok(source) = std::fs::canonicalize(input) else {
                continue;
            };
            let refused = if source.is_dir() {
                target.starts_with(&source) && read.walk_reads(&target)
            } else {
                target == source
            };
            if refused {
                return Err(Error::OutputIsInput {
                    output: output.clone(),
                    input: input.to_path_buf(),
                });
            }
        }
    }
    Ok(())
}

/// One Parquet file with a fixed schema, written one row group per batch
/// under a temporary name (see [`PendingFile`]).
pub struct ParquetFile {
    pending: PendingFile,
    writer: polars::io::parquet::write::BatchedWriter<BufWriter<File>>,
}

impl ParquetFile {
    /// Starts the file that will replace `path` once finished, for rows of `schema`.
    pub fn create(path: &Path, schema: &Schema) -> Result<Self> {
        let (pending, file) = PendingFile::create(path)?;
        let writer = ParquetWriter::new(BufWriter::new(file))
            .batched(schema)
            .map_err(|source| Error::Write {
                path: path.to_path_buf(),
                source,
            })?;
        Ok(Self { pending, writer })
    }

    /// Appends the rows of `df` (which must have the file's schema) as row groups.
    pub fn write(&mut self, df: &DataFrame) -> Result<()> {
        if df.height() == 0 {
            return Ok(());
        }
        self.writer.write_batch(df).map_err(|source| Error::Write {
            path: self.pending.target().to_path_buf(),
            source,
        })
    }

    /// Writes the footer and renames the file to its target.
    pub fn finish(self) -> Result<()> {
        self.complete()?.commit()
    }

    /// Writes the footer (and flushes), leaving the file under its temporary name.
    fn complete(self) -> Result<PendingFile> {
        let Self { pending, writer } = self;
        writer.finish().map_err(|source| Error::Write {
            path: pending.target().to_path_buf(),
            source,
        })?;
        Ok(pending)
    }
}

/// The six tables of a corpus as Parquet files in one directory
/// (`statements.parquet`, `figures.parquet`, `dates.parquet`, `entities.parquet`,
/// `actors.parquet`, `documents.parquet`), written chunk by chunk.
pub struct TableWriter {
    files: [ParquetFile; 6],
}

impl TableWriter {
    /// The names of the files written, in the order of the fields of [`Tables`].
    pub const FILES: [&'static str; 6] = [
        "statements.parquet",
        "figures.parquet",
        "dates.parquet",
        "entities.parquet",
        "actors.parquet",
        "documents.parquet",
    ];

    /// Creates `dir` if needed and starts the six files in it (under
    /// temporary names until [`TableWriter::finish`]).
    pub fn create(dir: &Path) -> Result<Self> {
        std::fs::create_dir_all(dir).map_err(|source| Error::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        let empty = Tables::empty()?;
        let [s, f, d, e, a, o] = Self::FILES;
        let file = |name: &str, df: &DataFrame| ParquetFile::create(&dir.join(name), df.schema());
        Ok(Self {
            files: [
                file(s, &empty.statements)?,
                file(f, &empty.figures)?,
                file(d, &empty.dates)?,
                file(e, &empty.entities)?,
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
            &tables.entities,
            &tables.actors,
            &tables.documents,
        ];
        for (file, df) in self.files.iter_mut().zip(frames) {
            file.write(df)?;
        }
        Ok(())
    }

    /// Completes the six files, then renames them to their names: until
    /// then the previous tables in the directory are left as they were.
    pub fn finish(self) -> Result<()> {
        let complete = self
            .files
            .into_iter()
            .map(ParquetFile::complete)
            .collect::<Result<Vec<_>>>()?;
        for file in complete {
            file.commit()?;
        }
        Ok(())
    }
}
