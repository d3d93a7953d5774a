//! `propos`: extract statements, figures and dates from news articles, and count them.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

use propos_analytics::polars::prelude::*;
use propos_analytics::propos_core::Lang;
use propos_analytics::{counts_by_actor, counts_by_date, counts_by_figure, Corpus, Options};

/// Turn news articles into tables of statements: who said what, with which
/// figures, on which date.
///
/// INPUT may be a `.txt` article (its id is the file name without extension),
/// a JSON Lines file (`.jsonl`: one object per line with `text` and optional
/// `id`/`doc_id`, `url`, `published`, `lang`), or a directory (read
/// recursively). Articles that cannot be read are reported on stderr and
/// skipped; the rest still come out.
#[derive(Parser)]
#[command(name = "propos", version, about, long_about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args)]
struct InputArgs {
    /// Articles: .txt files, .jsonl files or directories.
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
    /// Do not print the summary and the problems on stderr.
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Extract statements, figures and dates.
    ///
    /// jsonl (the default): one object per article with doc_id, statements,
    /// figures, dates, actors and problems (the statement-spec schema).
    /// csv and parquet: the statements table.
    Extract {
        #[command(flatten)]
        input: InputArgs,
        /// Output file (default: standard output).
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Output format (default: from the output file's extension, else jsonl).
        #[arg(long, short, value_enum)]
        format: Option<Format>,
    },
    /// Print counts by actor, by figure and by date as tables.
    Report {
        #[command(flatten)]
        input: InputArgs,
        /// Rows shown per table.
        #[arg(long, default_value_t = 20, value_name = "N")]
        top: usize,
    },
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
        } => {
            let corpus = extract(&input)?;
            let format = format
                .or_else(|| output.as_deref().and_then(format_of))
                .unwrap_or(Format::Jsonl);
            write_output(&corpus, format, output.as_deref())?;
            Ok(finish(&corpus, &input))
        }
        Command::Report { input, top } => {
            let corpus = extract(&input)?;
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
            ];
            for (title, table) in sections {
                writeln!(out, "{title} ({} rows)", table.height())?;
                writeln!(out, "{}\n", table.head(Some(top)))?;
            }
            Ok(finish(&corpus, &input))
        }
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

fn extract(input: &InputArgs) -> Result<Corpus> {
    if let Some(date) = &input.published {
        propos_analytics::propos_core::parse_published(date)?;
    }
    let options = Options {
        threads: input.threads,
        lang: input.lang,
        published: input.published.clone(),
    };
    Ok(Corpus::from_paths(&input.inputs, &options)?)
}

fn write_output(corpus: &Corpus, format: Format, output: Option<&Path>) -> Result<()> {
    let sink: Box<dyn Write> = match output {
        Some(path) => Box::new(
            File::create(path).with_context(|| format!("{}: cannot create", path.display()))?,
        ),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut sink = BufWriter::new(sink);
    let name = output.map_or("standard output".into(), |p| p.display().to_string());
    match format {
        Format::Jsonl => {
            for extraction in corpus.extractions() {
                serde_json::to_writer(&mut sink, extraction)?;
                sink.write_all(b"\n")?;
            }
        }
        Format::Csv => {
            let mut statements = corpus.tables()?.statements;
            let written = CsvWriter::new(&mut sink).finish(&mut statements);
            Context::with_context(written, || format!("{name}: cannot write CSV"))?;
        }
        Format::Parquet => {
            if output.is_none() {
                bail!("parquet output needs a file: add -o FILE.parquet");
            }
            let mut statements = corpus.tables()?.statements;
            let written = ParquetWriter::new(&mut sink).finish(&mut statements);
            Context::with_context(written, || format!("{name}: cannot write Parquet"))?;
        }
    }
    sink.flush()
        .with_context(|| format!("{name}: cannot write"))?;
    Ok(())
}

/// Prints the problems and a summary on stderr; fails only when nothing could be read.
fn finish(corpus: &Corpus, input: &InputArgs) -> ExitCode {
    let read = corpus.extractions().count();
    let failed = corpus.failures().count();
    if !input.quiet {
        for failure in corpus.failures() {
            eprintln!("propos: skipped {}", failure.error);
        }
        for extraction in corpus.extractions() {
            for problem in &extraction.problems {
                eprintln!("propos: {}: {problem}", extraction.doc_id);
            }
        }
        let count = |f: fn(&propos_analytics::propos_core::Extraction) -> usize| -> usize {
            corpus.extractions().map(f).sum()
        };
        eprintln!(
            "propos: {read} article(s) read, {failed} skipped; {} statements, {} figures, {} dates",
            count(|e| e.statements.len()),
            count(|e| e.figures.len()),
            count(|e| e.dates.len()),
        );
    }
    if read == 0 {
        eprintln!("propos: error: no article could be read");
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
