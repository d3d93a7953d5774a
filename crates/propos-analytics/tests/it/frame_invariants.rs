//! The harness of the `articles_from_frame` fuzz target of `fuzz/`: the
//! conversion the Python binding (`propos.extract(df)`, and Spark's batches)
//! uses to turn a DataFrame into articles. `fuzz/` includes this file, so a
//! saved input replays here exactly as the fuzzer ran it.

use propos_analytics::articles_from_frame;
use propos_analytics::polars::prelude::*;
use propos_analytics::ArticleColumns;

/// A field that is this one byte is a null.
const NULL: &[u8] = b"\x00";

/// One column of strings from the fields of the rows; categorical when asked.
fn column(name: &str, values: &[Option<String>], categorical: bool) -> Column {
    let series = Series::new(name.into(), values);
    let series = if categorical {
        series
            .cast(&DataType::from_categories(Categories::global()))
            .expect("strings as categorical")
    } else {
        series
    };
    series.into_column()
}

/// The `articles_from_frame` target. The first byte picks the columns: bit 0
/// a categorical text column, bit 1 an id column (named `doc_id` with bit 2),
/// bit 3 a categorical id column, bits 4-6 `lang`, `published` and `url`
/// columns, bit 7 rows without numbers (a Spark batch). The other bytes are
/// rows split at `\n`, fields (text, id, lang, published, url) at `\t`, each
/// decoded as lossy UTF-8; a field of one NUL byte is a null. Panics unless
/// every row gives one item in order: an article with text, the row's id (or
/// `dataframe:ROW`), language and date as given; or a failure with that id
/// whose message names the table and the row.
pub fn articles_from_frame_bytes(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let rows: Vec<Vec<Option<String>>> = rest
        .split(|&b| b == b'\n')
        .map(|row| {
            let mut fields: Vec<Option<String>> = row
                .split(|&b| b == b'\t')
                .map(|f| (f != NULL).then(|| String::from_utf8_lossy(f).into_owned()))
                .collect();
            fields.resize(5, None);
            fields
        })
        .collect();
    let field = |i: usize| -> Vec<Option<String>> { rows.iter().map(|r| r[i].clone()).collect() };
    let id_name = if mode & 4 != 0 { "doc_id" } else { "id" };
    let mut columns = vec![column("text", &field(0), mode & 1 != 0)];
    if mode & 2 != 0 {
        columns.push(column(id_name, &field(1), mode & 8 != 0));
    }
    for (bit, i, name) in [(16, 2, "lang"), (32, 3, "published"), (64, 4, "url")] {
        if mode & bit != 0 {
            columns.push(column(name, &field(i), false));
        }
    }
    let frame = DataFrame::new_infer_height(columns).expect("columns of one height");
    let first_row = (mode & 128 == 0).then_some(0);
    let items = articles_from_frame(
        &frame,
        &ArticleColumns::default(),
        "dataframe".as_ref(),
        first_row,
    )
    .expect("a frame with a text column of strings");
    assert_eq!(items.len(), rows.len(), "one item per row");
    for (i, (item, row)) in items.into_iter().zip(&rows).enumerate() {
        let id = match (&row[1], mode & 2 != 0) {
            (Some(id), true) => id.clone(),
            _ => format!("dataframe:{i}"),
        };
        match item {
            Ok(article) => {
                assert_eq!(article.id, id);
                assert!(!article.text.trim().is_empty(), "an empty article");
                assert_eq!(Some(&article.text), row[0].as_ref());
                let lang = row[2].as_ref().filter(|_| mode & 16 != 0);
                assert_eq!(article.lang.is_some(), lang.is_some(), "language");
                let published = row[3].as_ref().filter(|_| mode & 32 != 0);
                assert_eq!(article.published.as_ref(), published, "date");
            }
            Err(failure) => {
                // an invalid id is named in the message; the failure's doc_id is the row's label
                let valid = propos_analytics::propos_read::check_id(&id).is_ok();
                assert_eq!(
                    failure.doc_id,
                    if valid {
                        id.clone()
                    } else {
                        format!("dataframe:{i}")
                    }
                );
                let message = failure.error.to_string();
                let place = match first_row {
                    Some(_) => format!("dataframe: row {i}: "),
                    None => format!("dataframe: id {id:?}: "),
                };
                assert!(
                    message.starts_with(&place),
                    "{message:?} does not name {place:?}"
                );
            }
        }
    }
}
