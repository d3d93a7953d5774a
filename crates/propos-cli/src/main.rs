//! `propos`: extract statements, figures and dates from news articles, and count them.

mod bench;
mod progress;

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::builder::TypedValueParser;
use clap::{Parser, Subcommand, ValueEnum};

use propos_analytics::polars::prelude::*;
use propos_analytics::propos_core::read::{read_paths, ReadOptions, DEFAULT_MAX_ARTICLE_BYTES};
use propos_analytics::propos_core::Lang;
use propos_analytics::{
    claims, counts_by_actor, counts_by_date, counts_by_figure, extract_chunks, Corpus, Options,
    Outcome, ParquetFile, Summary, TableWriter, Tables, DEFAULT_CHUNK_SIZE,
};

use progress::Reporter;

/// Turn news articles into tables of statements: who said what, with which
/// figures, on which date.
///
/// INPUT may be a `.txt` article (its id is the file name without extension),
/// a JSON Lines file (`.jsonl` or `.ndjson`, also gzip- or zstd-compressed as
/// `.jsonl.gz`, `.jsonl.zst`: one object per line with `text` and optional
/// `id`/`doc_id`, `url`, `published`, `lang`), or a directory (read
/// recursively). Articles that cannot be read are reported on stderr and
/// skipped; the rest still come out. `extract` streams: articles are
/// extracted chunk by chunk and written as they come, in input order, so the
/// output does not depend on the number of threads and memory stays bounded.
#[derive(Parser)]
#[command(name = "propos", version, about, long_about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args)]
struct InputArgs {
    /// Articles: .txt files, .jsonl(.gz|.zst) files or directories.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<PathBuf>,
    /// Worker threads (default: PROPOS_MAX_THREADS, else all cores).
    #[arg(long, short = 'j', value_name = "N")]
    threads: Option<usize>,
    /// Language of articles that do not give theirs (default: detected).
    #[arg(long, value_parser = parse_lang, value_name = "fr|en")]
    lang: Option<Lang>,
    /// Publication date (YYYY-MM-DD) of articles that do not give theirs;
    /// relative dates ("hier", "vendredi") are resolved against it.
    #[arg(long, value_name = "DATE")]
    published: Option<String>,
    /// Largest article accepted, in bytes (a .txt file, or one JSON line);
    /// a larger one is reported and skipped, never truncated.
    #[arg(long, default_value_t = DEFAULT_MAX_ARTICLE_BYTES, value_name = "N",
          value_parser = clap::value_parser!(u64).range(1..))]
    max_article_bytes: u64,
    /// Do not print the progress bar, the summary and the problems on stderr.
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Extract statements, figures and dates.
    ///
    /// jsonl (the default): one object per article with doc_id, statements,
    /// figures, dates, actors and problems (the statement-spec schema).
    /// csv and parquet: the statements table. --out-dir DIR: the five tables
    /// (statements, figures, dates, actors, documents) as Parquet files in DIR.
    /// A progress bar is shown when stderr is a terminal.
    Extract {
        #[command(flatten)]
        input: InputArgs,
        /// Output file (default: standard output).
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Output format (default: from the output file's extension, else jsonl).
        #[arg(long, short, value_enum)]
        format: Option<Format>,
        /// Write the five tables as DIR/{statements,figures,dates,actors,documents}.parquet
        /// instead of one output.
        #[arg(long, value_name = "DIR", conflicts_with_all = ["output", "format"])]
        out_dir: Option<PathBuf>,
        /// Articles extracted together before their output is written; memory
        /// grows with it.
        #[arg(long, default_value_t = DEFAULT_CHUNK_SIZE, value_name = "N",
              value_parser = clap::value_parser!(u64).range(1..).map(|n| n as usize))]
        chunk_size: usize,
    },
    /// Print counts by actor, by figure and by date, and the claims (actor ×
    /// figure × date), as tables.
    Report {
        #[command(flatten)]
        input: InputArgs,
        /// Rows shown per table.
        #[arg(long, default_value_t = 20, value_name = "N")]
        top: usize,
    },
    /// Measure extraction speed on a synthetic corpus.
    ///
    /// The corpus is made of the paragraphs of real articles (by default the
    /// seed articles and, when present, the dev articles beside the project),
    /// shuffled deterministically into articles until it reaches --mb
    /// megabytes. It is extracted with 1 thread, then with all threads (or
    /// --threads); MB/s, articles/s, the speed-up and the peak resident memory
    /// are printed.
    Bench(bench::BenchArgs),
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// One JSON object per article.
    Jsonl,
    /// The statements table as CSV.
    Csv,
    /// The statements table as Parquet.
    Parquet,
}

fn parse_lang(value: &str) -> Result<Lang, String> {
    value
        .parse()
        .map_err(|e: propos_analytics::propos_core::Error| e.to_string())
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("propos: error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Extract {
            input,
            output,
            format,
            out_dir,
            chunk_size,
        } => {
            let options = options(&input)?;
            let mut sink = match out_dir {
                Some(dir) => Sink::Tables(Box::new(TableWriter::create(&dir)?)),
                None => {
                    let format = format
                        .or_else(|| output.as_deref().and_then(format_of))
                        .unwrap_or(Format::Jsonl);
                    Sink::open(format, output.as_deref())?
                }
            };
            let reporter = Reporter::new(&input.inputs, input.quiet);
            let callback = reporter.callback();
            let summary = extract_chunks(
                read_paths(&input.inputs, &options.read),
                &options,
                chunk_size,
                callback
                    .as_ref()
                    .map(|c| c as &propos_analytics::ProgressCallback),
                |chunk| -> Result<()> {
                    reporter.problems(&chunk);
                    sink.write(&chunk)
                },
            )?;
            sink.finish()?;
            Ok(reporter.finish(&summary))
        }
        Command::Report { input, top } => {
            let corpus = Corpus::from_paths(&input.inputs, &options(&input)?)?;
            let tables = corpus.tables()?;
            std::env::set_var("POLARS_FMT_MAX_ROWS", top.to_string());
            std::env::set_var("POLARS_FMT_STR_LEN", "60");
            std::env::set_var("POLARS_FMT_TABLE_HIDE_DATAFRAME_SHAPE_INFORMATION", "1");
            std::env::set_var("POLARS_FMT_TABLE_HIDE_COLUMN_DATA_TYPES", "1");
            let mut out = std::io::stdout().lock();
            let sections = [
                ("Statements by actor", counts_by_actor(&tables.statements)?),
                ("Figures", counts_by_figure(&tables.figures)?),
                (
                    "Statements by date",
                    counts_by_date(&tables.statements, &tables.documents)?,
                ),
                (
                    "Claims: who put which figure forward when",
                    claims(&tables.statements, &tables.figures)?,
                ),
            ];
            for (title, table) in sections {
                writeln!(out, "{title} ({} rows)", table.height())?;
                writeln!(out, "{}\n", table.head(Some(top)))?;
            }
            let reporter = Reporter::new(&[] as &[PathBuf], input.quiet);
            reporter.problems(&corpus.outcomes);
            let mut summary = Summary::default();
            summary.add(&corpus.outcomes);
            Ok(reporter.finish(&summary))
        }
        Command::Bench(args) => bench::run(&args),
    }
}

fn format_of(path: &Path) -> Option<Format> {
    match path.extension()?.to_str()? {
        "jsonl" | "ndjson" => Some(Format::Jsonl),
        "csv" => Some(Format::Csv),
        "parquet" => Some(Format::Parquet),
        _ => None,
    }
}

/// The extraction options asked for on the command line, checked.
fn options(input: &InputArgs) -> Result<Options> {
    if let Some(date) = &input.published {
        propos_analytics::propos_core::parse_published(date)?;
    }
    Ok(Options {
        threads: input.threads,
        lang: input.lang,
        published: input.published.clone(),
        read: ReadOptions {
            max_article_bytes: input.max_article_bytes,
        },
    })
}

/// Where `extract` writes, chunk by chunk.
enum Sink {
    /// One JSON object per article.
    Jsonl(Output),
    /// The statements table as CSV.
    Csv(
        propos_analytics::polars::io::csv::write::BatchedWriter<Output>,
        String,
    ),
    /// The statements table as Parquet.
    Parquet(Box<ParquetFile>),
    /// The five tables as Parquet files in a directory.
    Tables(Box<TableWriter>),
}

/// A buffered output file or standard output, with its name for errors.
struct Output {
    sink: Box<dyn Write>,
    name: String,
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.sink.write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.sink.flush()
    }
}

impl Output {
    /// Opens `path` (or standard output); `buffered` for writers that do not
    /// buffer themselves.
    fn open(path: Option<&Path>, buffered: bool) -> Result<Self> {
        let sink: Box<dyn Write> = match path {
            Some(path) => Box::new(
                File::create(path).with_context(|| format!("{}: cannot create", path.display()))?,
            ),
            None => Box::new(std::io::stdout().lock()),
        };
        Ok(Self {
            sink: if buffered {
                Box::new(BufWriter::new(sink))
            } else {
                sink
            },
            name: path.map_or("standard output".into(), |p| p.display().to_string()),
        })
    }
}

impl Sink {
    fn open(format: Format, output: Option<&Path>) -> Result<Self> {
        Ok(match format {
            Format::Jsonl => Sink::Jsonl(Output::open(output, true)?),
            Format::Csv => {
                // polars writes CSV in large blocks: no buffer, so no error hides in a final flush.
                let out = Output::open(output, false)?;
                let name = out.name.clone();
                let schema = Tables::empty()?.statements.schema().clone();
                Sink::Csv(CsvWriter::new(out).batched(&schema)?, name)
            }
            Format::Parquet => {
                let Some(path) = output else {
                    bail!("parquet output needs a file: add -o FILE.parquet");
                };
                let schema = Tables::empty()?.statements.schema().clone();
                Sink::Parquet(Box::new(ParquetFile::create(path, &schema)?))
            }
        })
    }

    fn write(&mut self, chunk: &[Outcome]) -> Result<()> {
        match self {
            Sink::Jsonl(out) => {
                for extraction in chunk.iter().filter_map(|o| o.as_ref().ok()) {
                    serde_json::to_writer(&mut *out, extraction)
                        .with_context(|| format!("{}: cannot write", out.name))?;
                    out.write_all(b"\n")
                        .with_context(|| format!("{}: cannot write", out.name))?;
                }
            }
            Sink::Csv(writer, name) => {
                let statements = Tables::from_outcomes(chunk)?.statements;
                let written = writer.write_batch(&statements);
                Context::with_context(written, || format!("{name}: cannot write CSV"))?;
            }
            Sink::Parquet(file) => file.write(&Tables::from_outcomes(chunk)?.statements)?,
            Sink::Tables(writer) => writer.write(chunk)?,
        }
        Ok(())
    }

    fn finish(self) -> Result<()> {
        match self {
            Sink::Jsonl(mut out) => out
                .flush()
                .with_context(|| format!("{}: cannot write", out.name))?,
            Sink::Csv(mut writer, name) => {
                let written = writer.finish();
                Context::with_context(written, || format!("{name}: cannot write CSV"))?;
            }
            Sink::Parquet(file) => file.finish()?,
            Sink::Tables(writer) => writer.finish()?,
        }
        Ok(())
    }
}
