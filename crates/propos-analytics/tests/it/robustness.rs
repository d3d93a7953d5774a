//! Nothing hangs, nothing is lost, nothing is silently wrong: duplicate and
//! invalid ids, special files, thread counts, outputs written whole or not at
//! all, and counts streamed chunk by chunk.

use std::path::Path;

use propos_analytics::polars::prelude::*;
use propos_analytics::propos_core::Article;
use propos_analytics::propos_read::ReadOptions;
use propos_analytics::{
    check_outputs, extract_chunks, max_threads, read_inputs, Analysis, Corpus, Counter, Error,
    Options, PendingFile, TableWriter, Tables,
};

const TEXT: &str = "Titre\nPaul Martin a déclaré que la paix était proche.";

fn failures(corpus: &Corpus) -> Vec<String> {
    corpus.failures().map(|f| f.error.to_string()).collect()
}

#[test]
fn a_duplicate_id_is_a_failure_naming_both_places_never_a_merge() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("dup.txt"), TEXT).unwrap();
    let line = format!("{{\"id\": \"dup\", \"text\": {TEXT:?}}}\n");
    std::fs::write(dir.path().join("feed.jsonl"), format!("{line}{line}")).unwrap();
    let corpus = Corpus::from_paths(&[dir.path()], &Options::default()).unwrap();
    let good: Vec<&str> = corpus.extractions().map(|e| e.doc_id.as_str()).collect();
    assert_eq!(good, ["dup"]);
    let at = |name: &str| dir.path().join(name).display().to_string();
    let expected = |record: usize| {
        format!(
            "{}, record {record}: duplicate id \"dup\": already the id of {}; this article is skipped, not merged",
            at("feed.jsonl"),
            at("dup.txt")
        )
    };
    assert_eq!(failures(&corpus), [expected(1), expected(2)]);
    // One document in the counts, not three merged into one.
    let actors = corpus.tables().unwrap();
    let counts = Analysis::Actors.run(&actors).unwrap();
    let documents = counts.column("documents").unwrap().u32().unwrap();
    assert!(documents.iter().all(|n| n == Some(1)), "{counts}");
}

#[test]
fn duplicate_and_invalid_ids_of_articles_in_memory_are_failures() {
    let articles = ["a", "b", "a", "", "x/y", "l\nm"]
        .map(|id| Article::new(id, TEXT))
        .to_vec();
    let corpus = Corpus::from_articles(articles, &Options::default()).unwrap();
    let good: Vec<&str> = corpus.extractions().map(|e| e.doc_id.as_str()).collect();
    assert_eq!(good, ["a", "b", "x/y"]);
    assert_eq!(
        failures(&corpus),
        [
            "input article 3: duplicate id \"a\": already the id of input article 1; this article is skipped, not merged",
            "input article 4: empty id",
            "input article 6: invalid id \"l\\nm\": an id cannot contain control characters (line breaks, tabs)",
        ]
    );
}

#[test]
fn parquet_rows_with_a_bad_id_or_date_are_failures_naming_file_and_row() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("articles.parquet");
    let mut frame = df!(
        "id" => ["ok", "", "a/b", "d"],
        "text" => [TEXT; 4],
        "published" => [Some("2024-03-02"), None, None, Some("le 3 mars")],
    )
    .unwrap();
    ParquetWriter::new(std::fs::File::create(&path).unwrap())
        .finish(&mut frame)
        .unwrap();
    let corpus = Corpus::from_paths(&[&path], &Options::default()).unwrap();
    let good: Vec<&str> = corpus.extractions().map(|e| e.doc_id.as_str()).collect();
    assert_eq!(good, ["ok", "a/b"]);
    let file = path.display();
    assert_eq!(
        failures(&corpus),
        [
            format!("{file}: row 1: empty id"),
            format!("{file}: row 3: invalid publication date \"le 3 mars\": expected YYYY-MM-DD"),
        ]
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_is_skipped_with_a_named_problem_and_the_rest_comes_out() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), TEXT).unwrap();
    let fifo = dir.path().join("pipe.parquet");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    for input in [dir.path(), fifo.as_path()] {
        let corpus = Corpus::from_paths(&[input], &Options::default()).unwrap();
        assert_eq!(
            failures(&corpus),
            [format!(
                "{}: a FIFO (named pipe), not a file of articles: not opened",
                fifo.display()
            )]
        );
    }
}

#[test]
fn thread_counts_are_capped_with_a_message() {
    let options = Options {
        threads: Some(1 << 40),
        ..Options::default()
    };
    assert_eq!(options.thread_count(), max_threads());
    assert!((16..=256).contains(&max_threads()));
    let message = options.threads_capped().unwrap();
    assert!(
        message.starts_with(&format!(
            "1099511627776 threads asked for, {} used",
            max_threads()
        )),
        "{message}"
    );
    assert_eq!(Options::default().threads_capped(), None);
    let corpus = Corpus::from_articles(vec![Article::new("a", TEXT)], &options).unwrap();
    assert_eq!(corpus.extractions().count(), 1);
}

fn file_bytes(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn tables_replace_the_previous_ones_only_once_complete() {
    let out = tempfile::tempdir().unwrap();
    let first = Corpus::from_articles(vec![Article::new("a", TEXT)], &Options::default()).unwrap();
    let mut writer = TableWriter::create(out.path()).unwrap();
    writer.write(&first.outcomes).unwrap();
    writer.finish().unwrap();
    let before = file_bytes(out.path());
    assert_eq!(before.len(), 6);

    // A run that stops before finishing (an error, a panic, Ctrl-C in Python)
    // leaves the previous tables as they were, and no temporary file.
    let second = Corpus::from_articles(vec![Article::new("b", TEXT)], &Options::default()).unwrap();
    let mut writer = TableWriter::create(out.path()).unwrap();
    writer.write(&second.outcomes).unwrap();
    assert!(file_bytes(out.path()).len() > 6);
    drop(writer);
    assert_eq!(file_bytes(out.path()), before);

    let mut writer = TableWriter::create(out.path()).unwrap();
    writer.write(&second.outcomes).unwrap();
    writer.finish().unwrap();
    let after = file_bytes(out.path());
    assert_eq!(after.len(), 6);
    assert_ne!(after, before);
}

#[test]
fn an_output_that_is_an_input_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("a.txt");
    std::fs::write(&input, TEXT).unwrap();
    let read = ReadOptions::default();
    let refused = |inputs: &[&Path], output: &Path| {
        matches!(
            check_outputs(inputs, &[output.to_path_buf()], &read),
            Err(Error::OutputIsInput { .. })
        )
    };
    assert!(refused(&[&input], &input));
    assert!(refused(&[&input], &dir.path().join(".").join("a.txt")));
    assert!(refused(&[dir.path()], &dir.path().join("new.jsonl")));
    assert!(refused(
        &[dir.path()],
        &dir.path().join("t/statements.parquet")
    ));
    assert!(!refused(&[dir.path()], &dir.path().join("actors.csv")));
    assert!(!refused(&[&input], &dir.path().join("b.jsonl")));
}

#[test]
fn counts_fed_chunk_by_chunk_equal_counts_of_the_whole_tables() {
    let seeds = crate::seeds_dir();
    let options = Options::default();
    let whole = Corpus::from_paths(&[&seeds], &options)
        .unwrap()
        .tables()
        .unwrap();
    let mut counter = Counter::new(&Analysis::ALL);
    extract_chunks(
        read_inputs(&[&seeds], &options),
        &options,
        3,
        None,
        |chunk| counter.add(&Tables::from_outcomes(&chunk)?),
    )
    .unwrap();
    for (analysis, streamed) in Analysis::ALL.iter().zip(counter.finish().unwrap()) {
        let expected = analysis.run(&whole).unwrap();
        assert!(
            streamed.equals_missing(&expected),
            "{}:\n{streamed}\n{expected}",
            analysis.name()
        );
    }
}

#[test]
fn a_killed_runs_temporary_file_is_removed_by_the_next_write_of_its_target() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.jsonl");
    // left by a killed run: no process holds it locked
    let stale = dir.path().join(".out.jsonl.propos-4000000001.tmp");
    std::fs::write(&stale, "cut mid-li").unwrap();
    // being written by a live run: locked
    let live = dir.path().join(".out.jsonl.propos-4000000002.tmp");
    let held = std::fs::File::create(&live).unwrap();
    held.try_lock().unwrap();
    // another target's, and a file that only looks alike
    let other = dir.path().join(".other.jsonl.propos-4000000001.tmp");
    let alike = dir.path().join(".out.jsonl.propos-x.tmp");
    std::fs::write(&other, "").unwrap();
    std::fs::write(&alike, "").unwrap();
    let (pending, _file) = PendingFile::create(&target).unwrap();
    assert!(!stale.exists(), "the killed run's file is left");
    assert!(live.exists() && other.exists() && alike.exists());
    drop(pending);
    drop(held);
}
