//! Measures single-threaded throughput of [`propos_core::extract`].
//!
//! Reads every article of the given files and directories (`.txt`, `.jsonl`)
//! into memory first, then runs `extract` on each one in turn on the current
//! thread, and prints MB/s (of article text) and articles/s.
//!
//! `cargo run --release -p propos-core --example throughput -- corpus.jsonl [REPEAT]`
//!
//! A trailing integer argument repeats the whole set that many times.

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut paths: Vec<String> = std::env::args().skip(1).collect();
    let repeat = match paths.last().map(|p| p.parse::<usize>()) {
        Some(Ok(n)) => {
            paths.pop();
            n
        }
        _ => 1,
    };
    if paths.is_empty() {
        return Err("usage: throughput INPUT... [REPEAT]".into());
    }
    let articles: Vec<_> = propos_read::read_paths(&paths, &Default::default())
        .filter_map(Result::ok)
        .collect();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mut found = 0usize;
    let start = Instant::now();
    for _ in 0..repeat {
        for article in &articles {
            let extraction = propos_core::extract(article);
            found += extraction.statements.len() + extraction.figures.len();
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    let total = (bytes * repeat) as f64;
    println!(
        "{} articles, {:.1} MB, {:.3} s: {:.1} MB/s, {:.0} articles/s ({} records)",
        articles.len() * repeat,
        total / 1e6,
        seconds,
        total / 1e6 / seconds,
        (articles.len() * repeat) as f64 / seconds,
        found
    );
    Ok(())
}
