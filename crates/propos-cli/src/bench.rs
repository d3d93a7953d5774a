//! `propos bench`: extraction speed on a deterministic synthetic corpus.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::builder::TypedValueParser;

use propos_analytics::synth::Sources;
use propos_analytics::{extract_chunks, read_inputs, Options, Summary, DEFAULT_CHUNK_SIZE};

/// Options of `propos bench`.
#[derive(clap::Args)]
pub struct BenchArgs {
    /// Size of the synthetic corpus, in megabytes (10^6 bytes) of text.
    #[arg(long, default_value_t = 20.0, value_name = "MB")]
    mb: f64,
    /// Threads of the parallel run (default: PROPOS_MAX_THREADS, else all cores).
    #[arg(long, short = 'j', value_name = "N")]
    threads: Option<usize>,
    /// Articles extracted together.
    #[arg(long, default_value_t = DEFAULT_CHUNK_SIZE, value_name = "N",
          value_parser = clap::value_parser!(u64).range(1..).map(|n| n as usize))]
    chunk_size: usize,
    /// Rounds of measurement: each round runs 1 thread, then all threads; the best
    /// round of each is reported, as timings on a shared machine vary from run to run.
    #[arg(long, default_value_t = 3, value_name = "N",
          value_parser = clap::value_parser!(u64).range(1..).map(|n| n as usize))]
    runs: usize,
    /// Seed of the shuffle: the same seed and size give the same corpus.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Articles whose paragraphs make the corpus (.txt, .jsonl or directories;
    /// default: the project's seeds/ and, when present, ../shared/data/dev).
    #[arg(long = "source", value_name = "PATH")]
    sources: Vec<PathBuf>,
    /// Write the corpus to FILE as JSON Lines (`id`, `text`) instead of
    /// measuring, as input for an end-to-end run (`propos extract FILE --out-dir DIR`).
    #[arg(long, value_name = "FILE")]
    write: Option<PathBuf>,
}

/// The default sources: the seed articles and the dev articles beside the project.
fn default_sources() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    [root.join("seeds"), root.join("../shared/data/dev")]
        .into_iter()
        .filter(|p| p.is_dir())
        .collect()
}

/// Runs the benchmark and prints its table on stdout.
pub fn run(args: &BenchArgs) -> Result<ExitCode> {
    if args.mb.is_nan() || args.mb <= 0.0 {
        bail!("--mb must be a positive number of megabytes");
    }
    let paths = if args.sources.is_empty() {
        default_sources()
    } else {
        args.sources.clone()
    };
    let mut texts = Vec::new();
    for item in read_inputs(&paths, &Options::default()) {
        match item {
            Ok(article) => texts.push(article.text),
            Err(failure) => bail!("bench source: {}", failure.error),
        }
    }
    let sources = Sources::from_texts(texts.iter().map(String::as_str));
    if sources.paragraphs() == 0 {
        bail!("no paragraph in the bench sources: give articles with --source");
    }
    let bytes = (args.mb * 1e6) as u64;
    if let Some(path) = &args.write {
        return write_corpus(&sources, bytes, args.seed, path);
    }
    let all = Options {
        threads: args.threads,
        ..Options::default()
    }
    .thread_count();
    println!(
        "corpus: {:.1} MB of text from {} paragraphs of {} articles (seed {}), chunks of {} articles",
        args.mb,
        sources.paragraphs(),
        texts.len(),
        args.seed,
        args.chunk_size
    );
    println!(
        "{:>7} {:>8} {:>8} {:>9} {:>11} {:>10} {:>13}",
        "threads", "articles", "seconds", "MB/s", "articles/s", "statements", "peak RSS (MB)"
    );
    // best MB/s for 1 thread and for all threads
    let mut best = [0.0f64; 2];
    let mut first: Option<Summary> = None;
    for _ in 0..args.runs {
        for (slot, threads) in [1, all].into_iter().enumerate() {
            let options = Options {
                threads: Some(threads),
                ..Options::default()
            };
            let start = Instant::now();
            let summary = extract_chunks(
                sources.articles(bytes, args.seed).map(Ok),
                &options,
                args.chunk_size,
                None,
                |_| anyhow::Ok(()),
            )?;
            let seconds = start.elapsed().as_secs_f64().max(1e-9);
            let mb_per_s = summary.bytes as f64 / 1e6 / seconds;
            println!(
                "{threads:>7} {:>8} {seconds:>8.2} {mb_per_s:>9.3} {:>11.1} {:>10} {:>13}",
                summary.read,
                summary.read as f64 / seconds,
                summary.statements,
                peak_rss_mb().map_or("?".into(), |m| format!("{m:.1}")),
            );
            best[slot] = best[slot].max(mb_per_s);
            match &first {
                None => first = Some(summary),
                Some(first) if *first != summary => {
                    bail!("the runs with 1 and {all} threads found different records")
                }
                Some(_) => {}
            }
        }
    }
    println!(
        "best of {} run(s): 1 thread {:.3} MB/s, {all} threads {:.3} MB/s",
        args.runs, best[0], best[1]
    );
    println!(
        "speed-up with {all} threads over 1: {:.2}x (best runs; same records in every run)",
        best[1] / best[0]
    );
    Ok(ExitCode::SUCCESS)
}

/// Writes the synthetic corpus as JSON Lines.
fn write_corpus(sources: &Sources, bytes: u64, seed: u64, path: &Path) -> Result<ExitCode> {
    let cannot_write = || format!("{}: cannot write", path.display());
    let file = File::create(path).with_context(|| format!("{}: cannot create", path.display()))?;
    let mut out = BufWriter::new(file);
    let (mut articles, mut text_bytes) = (0usize, 0u64);
    for article in sources.articles(bytes, seed) {
        let line = serde_json::json!({ "id": article.id, "text": article.text });
        serde_json::to_writer(&mut out, &line).with_context(cannot_write)?;
        out.write_all(b"\n").with_context(cannot_write)?;
        articles += 1;
        text_bytes += article.text.len() as u64;
    }
    out.flush().with_context(cannot_write)?;
    println!(
        "{}: {articles} articles, {:.1} MB of text",
        path.display(),
        text_bytes as f64 / 1e6
    );
    Ok(ExitCode::SUCCESS)
}

/// Peak resident memory of this process so far (VmHWM), in MB, on Linux.
fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024.0 / 1e6)
}
