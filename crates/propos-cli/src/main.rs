//! `propos`: extract statements, figures and dates from news articles, and count them.

mod bench;
mod progress;

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::builder::TypedValueParser;
use clap::{Parser, Subcommand, ValueEnum};

use propos_analytics::polars::prelude::*;
use propos_analytics::propos_core::Lang;
use propos_analytics::propos_read::{ReadOptions, DEFAULT_MAX_ARTICLE_BYTES};
use propos_analytics::{
    check_outputs, extract_chunks, read_inputs, Analysis, ArticleColumns, Counter, Options,
    Outcome, ParquetFile, PendingFile, TableWriter, Tables, DEFAULT_CHUNK_SIZE,
};

use progress::Reporter;

/// Extraction makes many small, short-lived allocations (tokens, names, the strings of
/// every record); mimalloc serves them with fewer instructions than the system
/// allocator (README, "Measuring speed and robustness").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Turn news articles into tables of statements: who said what, with which
/// figures, on which date.
///
/// INPUT may be a `.txt` article (its id is the file name without extension),
/// a JSON Lines file (`.jsonl` or `.ndjson`, also gzip- or zstd-compressed as
/// `.jsonl.gz`, `.jsonl.zst`: one object per line with `text` and optional
/// `id`/`doc_id`, `url`, `published`, `lang`), a Parquet file (`.parquet`: a
/// text column and optional id, url, published, lang columns; see
/// --text-column) or a directory (read recursively). Articles that cannot be
/// read are reported on stderr and skipped; the rest still come out.
/// `extract` streams: articles are extracted chunk by chunk and written as
/// they come, in input order, so the output does not depend on the number of
/// threads and memory stays bounded.
#[derive(Parser)]
#[command(name = "propos", version, about, long_about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// How articles are read and extracted.
#[derive(clap::Args)]
struct ReadArgs {
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
    /// More file extensions a directory walk reads as .txt articles (e.g.
    /// `md`); by default it reads .txt, .jsonl, .ndjson (also .gz, .zst) and
    /// .parquet files only. Repeat or separate with commas.
    #[arg(long, value_name = "EXT", value_delimiter = ',')]
    include_ext: Vec<String>,
    /// Do not print the progress bar, the summary and the problems on stderr.
    #[arg(long, short)]
    quiet: bool,
    /// Column of Parquet inputs holding the article text.
    #[arg(
        long,
        default_value = "text",
        value_name = "NAME",
        help_heading = "Parquet input"
    )]
    text_column: String,
    /// Column of Parquet inputs holding the article id (else `doc_id`, else FILE:ROW).
    #[arg(
        long,
        default_value = "id",
        value_name = "NAME",
        help_heading = "Parquet input"
    )]
    id_column: String,
    /// Column of Parquet inputs holding the source URL, if any.
    #[arg(
        long,
        default_value = "url",
        value_name = "NAME",
        help_heading = "Parquet input"
    )]
    url_column: String,
    /// Column of Parquet inputs holding the publication date (YYYY-MM-DD strings), if any.
    #[arg(
        long,
        default_value = "published",
        value_name = "NAME",
        help_heading = "Parquet input"
    )]
    published_column: String,
    /// Column of Parquet inputs holding the language code, if any.
    #[arg(
        long,
        default_value = "lang",
        value_name = "NAME",
        help_heading = "Parquet input"
    )]
    lang_column: String,
}

/// Where the counts come from: articles to extract, or the tables of an
/// earlier `propos extract --out-dir`.
#[derive(clap::Args)]
struct CountSource {
    /// Articles: .txt, .jsonl or .parquet files, or directories.
    #[arg(
        value_name = "INPUT",
        required_unless_present = "tables",
        conflicts_with = "tables"
    )]
    inputs: Vec<PathBuf>,
    /// Count the Parquet tables written by `propos extract --out-dir DIR`
    /// instead of extracting articles (only the columns needed are read).
    #[arg(long, value_name = "DIR")]
    tables: Option<PathBuf>,
    #[command(flatten)]
    read: ReadArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Extract statements, figures and dates.
    ///
    /// jsonl (the default): one object per article with doc_id, statements,
    /// figures, dates, entities, actors and problems (the statement-spec schema).
    /// csv and parquet: the statements table. --out-dir DIR: the six tables
    /// (statements, figures, dates, entities, actors, documents) as Parquet files in DIR.
    /// A progress bar is shown when stderr is a terminal.
    Extract {
        /// Articles: .txt, .jsonl or .parquet files, or directories.
        #[arg(required = true, value_name = "INPUT")]
        inputs: Vec<PathBuf>,
        #[command(flatten)]
        read: ReadArgs,
        /// Output file (default: standard output).
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Output format (default: from the output file's extension, else jsonl).
        #[arg(long, short, value_enum)]
        format: Option<Format>,
        /// Write the six tables as DIR/{statements,figures,dates,entities,actors,documents}.parquet
        /// instead of one output.
        #[arg(long, value_name = "DIR", conflicts_with_all = ["output", "format"])]
        out_dir: Option<PathBuf>,
        /// Articles extracted together before their output is written; memory
        /// grows with it.
        #[arg(long, default_value_t = DEFAULT_CHUNK_SIZE, value_name = "N",
              value_parser = clap::value_parser!(u64).range(1..).map(|n| n as usize))]
        chunk_size: usize,
    },
    /// Print every count as a table: by actor, by figure, by date, the claims
    /// (actor × figure × date), reporting verbs and repeated quotes.
    Report {
        #[command(flatten)]
        source: CountSource,
        /// Rows shown per table.
        #[arg(long, default_value_t = 20, value_name = "N")]
        top: usize,
    },
    /// Compute one count; print it as a table, or write all its rows to a
    /// file (.csv or .parquet).
    Counts {
        /// Which count.
        #[arg(value_enum)]
        analysis: AnalysisArg,
        #[command(flatten)]
        source: CountSource,
        /// Rows shown when printing.
        #[arg(long, default_value_t = 20, value_name = "N")]
        top: usize,
        /// Write every row to FILE (.csv or .parquet) instead of printing.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
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

/// The counts `propos counts` can compute.
#[derive(Clone, Copy, ValueEnum)]
enum AnalysisArg {
    /// Statements per speaker (names merged across spellings, with their variants).
    Actors,
    /// Mentions per figure (value + unit), who cites it, first and last date.
    Figures,
    /// Statements per day (statement date, else publication date).
    Dates,
    /// Who put which figure forward when (actor × figure × date).
    Claims,
    /// Statements per reporting verb, by kind.
    Cues,
    /// Direct quotes found in more than one document.
    Quotes,
}

impl From<AnalysisArg> for Analysis {
    fn from(arg: AnalysisArg) -> Self {
        match arg {
            AnalysisArg::Actors => Analysis::Actors,
            AnalysisArg::Figures => Analysis::Figures,
            AnalysisArg::Dates => Analysis::Dates,
            AnalysisArg::Claims => Analysis::Claims,
            AnalysisArg::Cues => Analysis::Cues,
            AnalysisArg::Quotes => Analysis::Quotes,
        }
    }
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

/// A flag set by the first Ctrl-C (SIGINT) or SIGTERM: no article is started
/// after it, the run ends with [`propos_analytics::Error::Interrupted`] and
/// its unfinished outputs are removed (the previous ones stay whole). A
/// second Ctrl-C ends the process at once; a killed run's temporary files
/// are removed by the next run writing the same outputs.
fn interrupt_flag() -> std::sync::Arc<std::sync::atomic::AtomicBool> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let flag = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    for signal in [SIGINT, SIGTERM] {
        // Registration fails only for a forbidden signal; these are not.
        let _ = signal_hook::flag::register_conditional_shutdown(signal, 130, flag.clone());
        let _ = signal_hook::flag::register(signal, flag.clone());
    }
    flag
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(error)
            if matches!(
                error.downcast_ref::<propos_analytics::Error>(),
                Some(propos_analytics::Error::Interrupted)
            ) =>
        {
            eprintln!("propos: interrupted; the outputs of earlier runs are left as they were");
            ExitCode::from(130)
        }
        Err(error) => {
            eprintln!("propos: error: {}", error_message(&error));
            ExitCode::FAILURE
        }
    }
}

/// An error and its causes, separated by ": ", each cause left out when the
/// message before already says it (propos' errors show their source).
fn error_message(error: &anyhow::Error) -> String {
    let mut message = error.to_string();
    for cause in error.chain().skip(1) {
        let cause = cause.to_string();
        if !message.contains(&cause) {
            message.push_str(": ");
            message.push_str(&cause);
        }
    }
    message
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Extract {
            inputs,
            read,
            output,
            format,
            out_dir,
            chunk_size,
        } => {
            let options = options(&read)?;
            let targets = match (&out_dir, &output) {
                (Some(dir), _) => TableWriter::FILES.map(|f| dir.join(f)).to_vec(),
                (None, Some(file)) => vec![file.clone()],
                (None, None) => Vec::new(),
            };
            check_outputs(&inputs, &targets, &options.read)?;
            let mut sink = match out_dir {
                Some(dir) => Sink::Tables(Box::new(TableWriter::create(&dir)?)),
                None => {
                    let format = format
                        .or_else(|| output.as_deref().and_then(format_of))
                        .unwrap_or(Format::Jsonl);
                    Sink::open(format, output.as_deref())?
                }
            };
            let reporter = Reporter::new(&inputs, read.quiet);
            let callback = reporter.callback();
            let summary = extract_chunks(
                read_inputs(&inputs, &options),
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
        Command::Report { source, top } => {
            let analyses = Analysis::ALL;
            let (results, code) = count(&source, &analyses)?;
            let mut out = std::io::stdout().lock();
            set_table_format(top);
            for (analysis, table) in analyses.iter().zip(results) {
                writeln!(out, "{} ({} rows)", analysis.title(), table.height())?;
                writeln!(out, "{}\n", table.head(Some(top)))?;
            }
            Ok(code)
        }
        Command::Counts {
            analysis,
            source,
            top,
            output,
        } => {
            let analysis = Analysis::from(analysis);
            if let Some(path) = &output {
                table_format(path)?;
                check_outputs(
                    &source.inputs,
                    std::slice::from_ref(path),
                    &read_options(&source.read),
                )?;
            }
            let (mut results, code) = count(&source, &[analysis])?;
            let mut table = results.remove(0);
            match output {
                Some(path) => write_table(&mut table, &path)?,
                None => {
                    set_table_format(top);
                    let mut out = std::io::stdout().lock();
                    writeln!(out, "{} ({} rows)", analysis.title(), table.height())?;
                    writeln!(out, "{}", table.head(Some(top)))?;
                }
            }
            Ok(code)
        }
        Command::Bench(args) => bench::run(&args),
    }
}

/// Runs analyses on stored tables, or on the articles extracted chunk by
/// chunk as `extract` streams them (memory holds the tallies, not the
/// tables), reporting their problems and summary on stderr.
fn count(source: &CountSource, analyses: &[Analysis]) -> Result<(Vec<DataFrame>, ExitCode)> {
    if let Some(dir) = &source.tables {
        let results = Analysis::run_all_stored(analyses, dir)?;
        return Ok((results, ExitCode::SUCCESS));
    }
    let options = options(&source.read)?;
    let mut counter = Counter::new(analyses);
    let reporter = Reporter::new(&[] as &[PathBuf], source.read.quiet);
    let summary = extract_chunks(
        read_inputs(&source.inputs, &options),
        &options,
        DEFAULT_CHUNK_SIZE,
        None,
        |chunk| -> Result<()> {
            reporter.problems(&chunk);
            counter.add(&Tables::from_outcomes(&chunk)?)?;
            Ok(())
        },
    )?;
    Ok((counter.finish()?, reporter.finish(&summary)))
}

/// How polars prints tables on the terminal: `top` rows, no shape or types.
fn set_table_format(top: usize) {
    std::env::set_var("POLARS_FMT_MAX_ROWS", top.to_string());
    std::env::set_var("POLARS_FMT_STR_LEN", "60");
    std::env::set_var("POLARS_FMT_TABLE_HIDE_DATAFRAME_SHAPE_INFORMATION", "1");
    std::env::set_var("POLARS_FMT_TABLE_HIDE_COLUMN_DATA_TYPES", "1");
    std::env::set_var("POLARS_TABLE_WIDTH", "160");
}

/// Writes a whole table as CSV or Parquet, by the file's extension, under a
/// temporary name renamed to `path` once complete.
fn write_table(table: &mut DataFrame, path: &Path) -> Result<()> {
    let format = table_format(path)?;
    let (pending, file) = PendingFile::create(path)?;
    let mut file = BufWriter::new(file);
    let written = match format {
        Format::Csv => CsvWriter::new(&mut file).finish(table),
        _ => ParquetWriter::new(&mut file).finish(table).map(|_| ()),
    };
    Context::with_context(written, || format!("{}: cannot write", path.display()))?;
    file.flush()
        .with_context(|| format!("{}: cannot write", path.display()))?;
    drop(file);
    Ok(pending.commit()?)
}

/// The format of a count's output file: CSV or Parquet, by its extension.
fn table_format(path: &Path) -> Result<Format> {
    match format_of(path) {
        Some(format @ (Format::Csv | Format::Parquet)) => Ok(format),
        _ => bail!("{}: counts are written as .csv or .parquet", path.display()),
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

/// How files are read, as asked for on the command line.
fn read_options(read: &ReadArgs) -> ReadOptions {
    ReadOptions {
        max_article_bytes: read.max_article_bytes,
        include_extensions: read.include_ext.clone(),
    }
}

/// The extraction options asked for on the command line, checked; says on
/// stderr when fewer threads are used than asked for.
fn options(read: &ReadArgs) -> Result<Options> {
    if let Some(date) = &read.published {
        propos_analytics::propos_core::parse_published(date)?;
    }
    let options = Options {
        threads: read.threads,
        lang: read.lang,
        published: read.published.clone(),
        read: read_options(read),
        columns: ArticleColumns {
            text: read.text_column.clone(),
            id: read.id_column.clone(),
            url: read.url_column.clone(),
            published: read.published_column.clone(),
            lang: read.lang_column.clone(),
        },
        stop: Some(interrupt_flag()),
    };
    if let Some(message) = options.threads_capped() {
        if !read.quiet {
            eprintln!("propos: {message}");
        }
    }
    Ok(options)
}

/// Where `extract` writes, chunk by chunk; a file output is renamed to its
/// name only once complete.
enum Sink {
    /// One JSON object per article.
    Jsonl(Output, Option<PendingFile>),
    /// The statements table as CSV.
    Csv(
        propos_analytics::polars::io::csv::write::BatchedWriter<Output>,
        String,
        Option<PendingFile>,
    ),
    /// The statements table as Parquet.
    Parquet(Box<ParquetFile>),
    /// The six tables as Parquet files in a directory.
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
    /// Opens `path` under a temporary name (or standard output); `buffered`
    /// for writers that do not buffer themselves.
    fn open(path: Option<&Path>, buffered: bool) -> Result<(Self, Option<PendingFile>)> {
        let (sink, pending): (Box<dyn Write>, _) = match path {
            Some(path) => {
                let (pending, file) = PendingFile::create(path)?;
                (Box::new(file), Some(pending))
            }
            None => (Box::new(std::io::stdout().lock()), None),
        };
        let output = Self {
            sink: if buffered {
                Box::new(BufWriter::new(sink))
            } else {
                sink
            },
            name: path.map_or("standard output".into(), |p| p.display().to_string()),
        };
        Ok((output, pending))
    }
}

impl Sink {
    fn open(format: Format, output: Option<&Path>) -> Result<Self> {
        Ok(match format {
            Format::Jsonl => {
                let (out, pending) = Output::open(output, true)?;
                Sink::Jsonl(out, pending)
            }
            Format::Csv => {
                // polars writes CSV in large blocks: no buffer, so no error hides in a final flush.
                let (out, pending) = Output::open(output, false)?;
                let name = out.name.clone();
                let schema = Tables::empty()?.statements.schema().clone();
                Sink::Csv(CsvWriter::new(out).batched(&schema)?, name, pending)
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
            Sink::Jsonl(out, _) => {
                for extraction in chunk.iter().filter_map(|o| o.as_ref().ok()) {
                    serde_json::to_writer(&mut *out, extraction)
                        .with_context(|| format!("{}: cannot write", out.name))?;
                    out.write_all(b"\n")
                        .with_context(|| format!("{}: cannot write", out.name))?;
                }
            }
            Sink::Csv(writer, name, _) => {
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
            Sink::Jsonl(mut out, pending) => {
                out.flush()
                    .with_context(|| format!("{}: cannot write", out.name))?;
                drop(out);
                pending.map(PendingFile::commit).transpose()?;
            }
            Sink::Csv(mut writer, name, pending) => {
                let written = writer.finish();
                Context::with_context(written, || format!("{name}: cannot write CSV"))?;
                drop(writer);
                pending.map(PendingFile::commit).transpose()?;
            }
            Sink::Parquet(file) => file.finish()?,
            Sink::Tables(writer) => writer.finish()?,
        }
        Ok(())
    }
}
