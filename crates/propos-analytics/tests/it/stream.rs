use std::path::Path;

use propos_analytics::polars::prelude::*;
use propos_analytics::propos_read::read_paths;
use propos_analytics::synth::Sources;
use propos_analytics::{extract_chunks, read_inputs, Corpus, Error, Options, Summary, TableWriter};

fn options(threads: usize) -> Options {
    Options {
        threads: Some(threads),
        ..Options::default()
    }
}

/// Streams `inputs` into Parquet files in `dir`, read as the CLI reads them
/// (duplicate ids are failures).
fn stream_to(dir: &Path, inputs: &[&Path], threads: usize, chunk: usize) -> Summary {
    let mut writer = TableWriter::create(dir).unwrap();
    let summary = extract_chunks(
        read_inputs(inputs, &options(threads)),
        &options(threads),
        chunk,
        None,
        |c| writer.write(&c),
    )
    .unwrap();
    writer.finish().unwrap();
    summary
}

fn read_parquet(path: &Path) -> DataFrame {
    ParquetReader::new(std::fs::File::open(path).unwrap())
        .finish()
        .unwrap()
}

#[test]
fn streamed_parquet_tables_equal_the_in_memory_tables() {
    let seeds = crate::seeds_dir();
    let bad = crate::bad_input::mixed_folder();
    let out = tempfile::tempdir().unwrap();
    stream_to(out.path(), &[&seeds, bad.path()], 2, 3);
    let tables = Corpus::from_paths(&[&seeds, &bad.path().to_path_buf()], &options(2))
        .unwrap()
        .tables()
        .unwrap();
    let expected = [
        &tables.statements,
        &tables.figures,
        &tables.dates,
        &tables.entities,
        &tables.actors,
        &tables.documents,
    ];
    for (name, expected) in TableWriter::FILES.iter().zip(expected) {
        let written = read_parquet(&out.path().join(name));
        assert!(expected.height() > 0, "{name} is empty");
        assert!(written.equals_missing(expected), "{name} differs");
    }
}

#[test]
fn output_is_byte_identical_whatever_the_thread_count() {
    let seeds = crate::seeds_dir();
    let bad = crate::bad_input::mixed_folder();
    let one = tempfile::tempdir().unwrap();
    let two = tempfile::tempdir().unwrap();
    let a = stream_to(one.path(), &[&seeds, bad.path()], 1, 2);
    let b = stream_to(two.path(), &[&seeds, bad.path()], 2, 2);
    assert_eq!(a, b);
    for name in TableWriter::FILES {
        let x = std::fs::read(one.path().join(name)).unwrap();
        let y = std::fs::read(two.path().join(name)).unwrap();
        assert!(x == y, "{name} differs between 1 and 2 threads");
    }
}

#[test]
fn bad_articles_are_counted_and_kept_as_document_rows() {
    let bad = crate::bad_input::mixed_folder();
    let out = tempfile::tempdir().unwrap();
    let summary = stream_to(out.path(), &[bad.path()], 2, 2);
    assert_eq!(summary.read, 3);
    assert_eq!(summary.skipped, 5);
    assert!(summary.problems >= 5);
    assert!(summary.statements > 0 && summary.bytes > 0);
    let documents = read_parquet(&out.path().join("documents.parquet"));
    assert_eq!(documents.height(), 8);
    let problems = documents.column("problems").unwrap();
    assert_eq!(problems.len() - problems.null_count(), 5);
    let ids: Vec<_> = documents
        .column("doc_id")
        .unwrap()
        .str()
        .unwrap()
        .iter()
        .map(Option::unwrap)
        .collect();
    assert_eq!(ids[0], "000_becc83db35df7d25");
    assert!(ids.contains(&"empty") && ids.contains(&"feed:2"));
}

#[test]
fn chunks_come_in_input_order_and_a_sink_error_stops_the_stream() {
    let seeds = crate::seeds_dir();
    let mut seen = Vec::new();
    let result = extract_chunks(
        read_paths(&[&seeds], &Default::default()),
        &options(2),
        2,
        None,
        |chunk| {
            seen.extend(chunk.into_iter().map(|o| o.unwrap().doc_id));
            if seen.len() >= 4 {
                return Err(Error::ThreadPool {
                    threads: 0,
                    message: "sink full".into(),
                });
            }
            Ok(())
        },
    );
    assert!(result.unwrap_err().to_string().contains("sink full"));
    assert_eq!(
        seen,
        [
            "000_becc83db35df7d25",
            "001_401c6bfd4cffbe8c",
            "002_3f039fbe64c38482",
            "003_7bbe899204955759"
        ]
    );
}

#[test]
fn an_unwritable_output_directory_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("file");
    std::fs::write(&file, "x").unwrap();
    let error = TableWriter::create(&file.join("out")).err().unwrap();
    assert!(
        error
            .to_string()
            .starts_with(&format!("{}: cannot create", file.join("out").display())),
        "{error}"
    );
}

#[test]
fn the_synthetic_corpus_is_deterministic_and_has_statements() {
    let texts: Vec<String> = std::fs::read_dir(crate::seeds_dir())
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    let sources = Sources::from_texts(texts.iter().map(String::as_str));
    assert!(sources.paragraphs() > 20);
    let a: Vec<_> = sources.articles(50_000, 7).collect();
    let b: Vec<_> = sources.articles(50_000, 7).collect();
    let c: Vec<_> = sources.articles(50_000, 8).collect();
    let texts = |v: &[propos_analytics::propos_core::Article]| -> Vec<String> {
        v.iter().map(|a| a.text.clone()).collect()
    };
    assert_eq!(texts(&a), texts(&b));
    assert_ne!(texts(&a), texts(&c));
    let total: usize = a.iter().map(|a| a.text.len()).sum();
    assert!((50_000..60_000).contains(&total), "{total}");
    let summary = extract_chunks(a.into_iter().map(Ok), &options(2), 8, None, |_| {
        Ok::<(), Error>(())
    })
    .unwrap();
    assert!(summary.statements > summary.read, "{summary:?}");
}

#[test]
fn a_run_stops_with_interrupted_once_its_stop_flag_is_set() {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::sync::Arc;
    let articles: Vec<_> = (0..5000)
        .map(|i| {
            Ok(propos_analytics::propos_core::Article::new(
                format!("a{i}"),
                "Titre\nLe maire Paul Martin a déclaré que la route serait rouverte lundi.",
            ))
        })
        .collect();
    let stop = Arc::new(AtomicBool::new(false));
    let options = Options {
        threads: Some(2),
        stop: Some(Arc::clone(&stop)),
        ..Options::default()
    };
    let chunks = AtomicUsize::new(0);
    // the flag is set while the first chunk is handed on, as a Ctrl-C handler would
    let result = extract_chunks(articles, &options, 100, None, |_| {
        chunks.fetch_add(1, Ordering::Relaxed);
        stop.store(true, Ordering::Relaxed);
        Ok::<(), Error>(())
    });
    assert!(matches!(result, Err(Error::Interrupted)), "{result:?}");
    // one chunk handed on, and the one extracted meanwhile dropped: not the 50 of the run
    assert_eq!(chunks.load(Ordering::Relaxed), 1);
}
