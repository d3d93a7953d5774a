//! Articles read from Parquet files, and analyses run on stored tables.

use std::path::Path;

use propos_analytics::polars::prelude::*;
use propos_analytics::{
    extract_chunks, read_inputs, Analysis, ArticleColumns, Corpus, Options, TableWriter,
    COUNT_BATCH_ROWS,
};

fn seed_texts() -> Vec<(String, String)> {
    let mut seeds: Vec<_> = std::fs::read_dir(crate::seeds_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    seeds.sort();
    seeds
        .iter()
        .map(|p| {
            let id = p.file_stem().unwrap().to_string_lossy().into_owned();
            (id, std::fs::read_to_string(p).unwrap())
        })
        .collect()
}

/// Writes `frame` as Parquet in row groups of `rows` rows.
fn write_parquet_in_groups(path: &Path, frame: &mut DataFrame, rows: usize) {
    let file = std::fs::File::create(path).unwrap();
    ParquetWriter::new(file)
        .with_row_group_size(Some(rows))
        .finish(frame)
        .unwrap();
}

/// Writes `frame` as Parquet in row groups of two rows, so that readers cross groups.
fn write_parquet(path: &Path, frame: &mut DataFrame) {
    write_parquet_in_groups(path, frame, 2);
}

#[test]
fn parquet_articles_give_the_same_tables_as_text_files() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = seed_texts();
    let mut frame = df!(
        "article_id" => seeds.iter().map(|s| s.0.as_str()).collect::<Vec<_>>(),
        "body" => seeds.iter().map(|s| s.1.as_str()).collect::<Vec<_>>(),
    )
    .unwrap();
    let parquet = dir.path().join("seeds.parquet");
    write_parquet(&parquet, &mut frame);
    let options = Options {
        columns: ArticleColumns {
            text: "body".into(),
            id: "article_id".into(),
            ..ArticleColumns::default()
        },
        ..Options::default()
    };
    let from_parquet = Corpus::from_paths(&[&parquet], &options)
        .unwrap()
        .tables()
        .unwrap();
    let from_text = Corpus::from_paths(&[crate::seeds_dir()], &Options::default())
        .unwrap()
        .tables()
        .unwrap();
    assert!(from_parquet.statements.height() > 40);
    assert!(from_parquet
        .statements
        .equals_missing(&from_text.statements));
    assert!(from_parquet.figures.equals_missing(&from_text.figures));
}

#[test]
fn a_parquet_file_without_the_text_column_or_with_null_texts_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let mut no_text = df!("body" => ["Paul Martin a déclaré que la paix était proche."]).unwrap();
    write_parquet(&dir.path().join("no_text.parquet"), &mut no_text);
    let mut some_null = df!(
        "text" => [Some("Paul Martin a déclaré que la paix était proche."), None, Some("  ")],
        "lang" => [Some("fr"), None, None],
    )
    .unwrap();
    write_parquet(&dir.path().join("some_null.parquet"), &mut some_null);
    std::fs::write(dir.path().join("zz_not.parquet"), "not parquet").unwrap();
    let items: Vec<_> = read_inputs(&[dir.path()], &Options::default()).collect();
    let path = |name: &str| dir.path().join(name).display().to_string();
    let messages: Vec<String> = items
        .iter()
        .map(|item| match item {
            Ok(article) => format!("ok {}", article.id),
            Err(failure) => format!("{} | {}", failure.doc_id, failure.error),
        })
        .collect();
    assert_eq!(messages.len(), 5, "{messages:#?}");
    assert_eq!(
        messages[0],
        format!(
            "no_text | {}: no text column \"text\" (columns: body); name the text column with --text-column",
            path("no_text.parquet")
        )
    );
    assert_eq!(messages[1], "ok some_null:0");
    assert_eq!(
        messages[2],
        format!(
            "some_null:1 | {}: row 1: the text is null",
            path("some_null.parquet")
        )
    );
    assert_eq!(
        messages[3],
        format!(
            "some_null:2 | {}: row 2: empty article (no text)",
            path("some_null.parquet")
        )
    );
    assert!(
        messages[4].starts_with(&format!(
            "zz_not | {}: not a readable Parquet file",
            path("zz_not.parquet")
        )),
        "{}",
        messages[4]
    );
}

#[test]
fn analyses_of_stored_tables_equal_those_in_memory() {
    let dir = tempfile::tempdir().unwrap();
    let options = Options::default();
    let mut writer = TableWriter::create(dir.path()).unwrap();
    extract_chunks(
        read_inputs(&[crate::seeds_dir()], &options),
        &options,
        2,
        None,
        |chunk| writer.write(&chunk),
    )
    .unwrap();
    writer.finish().unwrap();
    let tables = Corpus::from_paths(&[crate::seeds_dir()], &options)
        .unwrap()
        .tables()
        .unwrap();
    for analysis in Analysis::ALL {
        let stored = analysis.run_stored(dir.path()).unwrap();
        let in_memory = analysis.run(&tables).unwrap();
        assert!(
            stored.equals_missing(&in_memory),
            "{analysis:?}: {stored} vs {in_memory}"
        );
    }
    assert!(Analysis::Actors.run(&tables).unwrap().height() > 10);
    let missing = Analysis::Actors
        .run_stored(&dir.path().join("nowhere"))
        .unwrap_err();
    assert!(
        missing
            .to_string()
            .contains("nowhere/statements.parquet: cannot open"),
        "{missing}"
    );
}

/// Damaged Parquet files (truncated, or with bytes overwritten, at positions
/// spread over the whole file) never panic: each gives articles or failures
/// naming the file, and a good file beside them still comes out.
#[test]
fn damaged_parquet_files_are_failures_never_panics() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = seed_texts();
    let mut frame = df!(
        "id" => seeds.iter().map(|s| s.0.as_str()).collect::<Vec<_>>(),
        "text" => seeds.iter().map(|s| s.1.as_str()).collect::<Vec<_>>(),
    )
    .unwrap();
    let good = dir.path().join("good.parquet");
    write_parquet(&good, &mut frame);
    // the damaged copies come from a file of other ids: rows they still give are
    // not duplicates of the good file's
    let mut renamed = df!(
        "id" => seeds.iter().map(|s| format!("copy-{}", s.0)).collect::<Vec<_>>(),
        "text" => seeds.iter().map(|s| s.1.as_str()).collect::<Vec<_>>(),
    )
    .unwrap();
    let source = dir.path().join("source.parquet");
    write_parquet(&source, &mut renamed);
    let bytes = std::fs::read(&source).unwrap();
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move |bound: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        (state >> 33) as usize % bound
    };
    let damaged = dir.path().join("damaged.parquet");
    let mut failures = 0;
    for round in 0..300 {
        let mut copy = bytes.clone();
        if round % 3 == 0 {
            copy.truncate(next(bytes.len()));
        } else {
            for _ in 0..1 + round % 8 {
                let at = next(copy.len());
                copy[at] = next(256) as u8;
            }
        }
        std::fs::write(&damaged, &copy).unwrap();
        let items: Vec<_> = read_inputs(&[&damaged, &good], &Options::default()).collect();
        let (damaged_file, good_file) = items.split_at(items.len() - seeds.len());
        assert!(
            good_file.iter().all(Result::is_ok),
            "round {round}: {:?}",
            items
                .iter()
                .map(|i| i
                    .as_ref()
                    .map(|a| a.id.clone())
                    .map_err(|f| f.error.to_string()))
                .collect::<Vec<_>>()
        );
        for failure in damaged_file.iter().filter_map(|item| item.as_ref().err()) {
            failures += 1;
            let message = failure.error.to_string();
            assert!(message.contains("damaged.parquet"), "{message}");
        }
    }
    assert!(
        failures >= 100,
        "only {failures} failures in 300 damaged files"
    );
}

/// Tables larger than one batch of [`COUNT_BATCH_ROWS`] rows, with the rows of
/// a document split across batches, give the counts of the whole tables in
/// memory, each count scaled by the copies; several analyses at once give the
/// same results as one at a time.
#[test]
fn analyses_of_stored_tables_read_in_batches_count_every_row() {
    let options = Options::default();
    let tables = Corpus::from_paths(&[crate::seeds_dir()], &options)
        .unwrap()
        .tables()
        .unwrap();
    let copies = 2 * COUNT_BATCH_ROWS / tables.statements.height() + 1;
    let repeat = |table: &DataFrame| {
        let mut out = table.clone();
        for copy in 1..copies {
            let mut next = table.clone();
            let ids = next.column("doc_id").unwrap().str().unwrap().clone();
            let renamed: StringChunked = ids.apply_values(|id| format!("{id}#{copy}").into());
            next.with_column(renamed.into_column()).unwrap();
            out.vstack_mut(&next).unwrap();
        }
        out
    };
    let dir = tempfile::tempdir().unwrap();
    for (name, table) in [
        ("statements", &tables.statements),
        ("figures", &tables.figures),
        ("documents", &tables.documents),
    ] {
        let mut big = repeat(table);
        write_parquet_in_groups(
            &dir.path().join(format!("{name}.parquet")),
            &mut big,
            10_000,
        );
    }
    assert!(copies * tables.statements.height() > 2 * COUNT_BATCH_ROWS);
    let all = Analysis::run_all_stored(&Analysis::ALL, dir.path()).unwrap();
    for (analysis, stored) in Analysis::ALL.into_iter().zip(all) {
        assert!(
            stored.equals_missing(&analysis.run_stored(dir.path()).unwrap()),
            "{analysis:?}"
        );
        let small = analysis.run(&tables).unwrap();
        assert_eq!(stored.schema(), small.schema(), "{analysis:?}");
        match analysis {
            Analysis::Actors => {
                let count = |df: &DataFrame| df.column("statements").unwrap().u32().unwrap().sum();
                assert_eq!(count(&stored), count(&small).map(|n| n * copies as u32));
                assert_eq!(stored.height(), small.height());
                let documents = stored.column("documents").unwrap().u32().unwrap().get(0);
                let small_documents = small.column("documents").unwrap().u32().unwrap().get(0);
                assert_eq!(documents, small_documents.map(|n| n * copies as u32));
            }
            Analysis::Claims => {
                let mentions = |df: &DataFrame| df.column("mentions").unwrap().u32().unwrap().sum();
                assert_eq!(
                    mentions(&stored),
                    mentions(&small).map(|n| n * copies as u32)
                );
            }
            Analysis::Quotes => {
                // Every direct quote of five words or more is now repeated.
                assert!(stored.height() >= small.height());
            }
            _ => {}
        }
    }
}

/// Parquet files written by pyarrow (`fuzz_regressions/read_parquet/`): a
/// dictionary-encoded text column is read as strings, and a page header
/// declaring a negative number of values (which would make polars abort the
/// process) is refused with the byte it is at; the file beside it still comes out.
#[test]
fn pyarrow_files_dictionary_text_and_a_damaged_page_header() {
    let files =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/fuzz_regressions/read_parquet");
    let dir = tempfile::tempdir().unwrap();
    let dictionary = dir.path().join("dictionary.parquet");
    std::fs::copy(files.join("seed-dictionary"), &dictionary).unwrap();
    let damaged = dir.path().join("damaged.parquet");
    std::fs::copy(files.join("crash-negative-page-value-count"), &damaged).unwrap();
    let items: Vec<_> = read_inputs(&[&damaged, &dictionary], &Options::default()).collect();
    let (failures, articles): (Vec<_>, Vec<_>) = items.into_iter().partition(Result::is_err);
    let message = failures[0].as_ref().unwrap_err().error.to_string();
    assert_eq!(failures.len(), 1, "{message}");
    assert!(
        message.contains("damaged.parquet") && message.contains("damaged page header at byte"),
        "{message}"
    );
    let texts: Vec<String> = articles.into_iter().map(|a| a.unwrap().text).collect();
    assert_eq!(texts.len(), 3);
    assert!(texts[1].contains("10 000 soldats"), "{texts:?}");
}
