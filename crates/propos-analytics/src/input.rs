//! Articles from tables: Parquet files and polars DataFrames with a text
//! column, beside the `.txt` and JSON Lines files that the core reads.

use std::path::{Path, PathBuf};

use polars::prelude::*;

use propos_core::{parse_published, Article, Lang};
use propos_read::{check_id, input_files, read_file, stem, Error as ReadError, ReadFailure};

use crate::error::catch_reader_panic;
use crate::ids::{Ids, Place};
use crate::options::{ArticleColumns, Options};
use crate::parquet_pages::{check_page_headers, read_metadata, read_rows, reader, Refusal};

/// Rows of a Parquet file read at a time: the memory a Parquet file takes
/// while it is read is about this many articles.
const PARQUET_BATCH_ROWS: usize = 1024;

/// Every article of the given files and directories, in order: `.txt`,
/// JSON Lines (as [`propos_read::read_paths`], with `options.read`)
/// and Parquet files (`.parquet`, read in batches with `options.columns`).
///
/// An article whose id an earlier one already has is a failure naming both
/// places (file and record or row), never merged with it.
pub fn read_inputs<P: AsRef<Path>>(
    paths: &[P],
    options: &Options,
) -> impl Iterator<Item = Result<Article, ReadFailure>> + Send {
    let columns = options.columns.clone();
    let read = options.read.clone();
    let files = input_files(paths, &read);
    let mut ids = Ids::of_files(
        files
            .iter()
            .map(|f| f.as_ref().map_or_else(|_| PathBuf::new(), Clone::clone))
            .collect(),
    );
    let mut record = (0, 0);
    files
        .into_iter()
        .enumerate()
        .flat_map(move |(index, file)| -> Box<dyn Iterator<Item = _> + Send> {
            let items: Box<dyn Iterator<Item = _> + Send> = match file {
                Err(failure) => Box::new(std::iter::once(Err(failure))),
                Ok(path) if is_parquet(&path) => Box::new(read_parquet(path, columns.clone())),
                Ok(path) => read_file(path, &read),
            };
            Box::new(items.map(move |item| (index, item)))
        })
        .map(move |(index, item)| {
            record = if record.0 == index {
                (index, record.1 + 1)
            } else {
                (index, 1)
            };
            let place = Place {
                file: Some(index as u32),
                record: record.1,
            };
            item.and_then(|article| ids.check(article, place))
        })
}

fn is_parquet(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()) == Some("parquet")
}

/// Streams the articles of a Parquet file, [`PARQUET_BATCH_ROWS`] rows at a
/// time, so a file larger than memory can be read.
///
/// A file that cannot be opened or lacks the text column is one failure; a
/// row whose text is null or empty, whose id is invalid, or whose language
/// or publication date cannot be read is that row's failure.
pub fn read_parquet(
    path: PathBuf,
    columns: ArticleColumns,
) -> impl Iterator<Item = Result<Article, ReadFailure>> + Send {
    let name = stem(&path);
    let whole_file_failure = |error: ReadError| ReadFailure {
        doc_id: name.clone(),
        error,
    };
    let opened = parquet_layout(&path, &columns).map_err(whole_file_failure);
    let mut offset = 0;
    let mut pending: std::vec::IntoIter<Result<Article, ReadFailure>> = Vec::new().into_iter();
    let mut state = opened.map_err(Some);
    std::iter::from_fn(move || loop {
        if let Some(item) = pending.next() {
            return Some(item);
        }
        let (metadata, selected) = match &mut state {
            Ok(layout) => (&layout.0, &layout.1),
            Err(failure) => return failure.take().map(Err),
        };
        if offset >= metadata.num_rows {
            return None;
        }
        let batch = read_rows(&path, metadata, selected, offset, PARQUET_BATCH_ROWS)
            .map_err(|refusal| match refusal {
                Refusal::Open(source) => ReadError::Io {
                    path: path.clone(),
                    source,
                },
                Refusal::Damaged(message) => ReadError::Table {
                    path: path.clone(),
                    row: Some(offset),
                    message,
                },
                Refusal::Unreadable(e) => ReadError::Table {
                    path: path.clone(),
                    row: Some(offset),
                    message: format!("cannot read rows from here: {e}"),
                },
            })
            .and_then(|frame| articles_from_frame(&frame, &columns, &path, Some(offset)));
        match batch {
            Ok(articles) => pending = articles.into_iter(),
            Err(error) => {
                state = Err(None);
                return Some(Err(ReadFailure {
                    doc_id: format!("{name}:{offset}"),
                    error,
                }));
            }
        }
        offset += PARQUET_BATCH_ROWS;
    })
}

/// The metadata of a Parquet file and the article columns it has, or why it
/// cannot be read as articles.
fn parquet_layout(
    path: &Path,
    columns: &ArticleColumns,
) -> Result<(FileMetadataRef, Vec<String>), ReadError> {
    let table_error = |message: String| ReadError::Table {
        path: path.to_path_buf(),
        row: None,
        message,
    };
    let refused = |refusal: Refusal| match refusal {
        Refusal::Open(source) => ReadError::Io {
            path: path.to_path_buf(),
            source,
        },
        Refusal::Damaged(message) => table_error(message),
        Refusal::Unreadable(e) => table_error(format!("not a readable Parquet file: {e}")),
    };
    let metadata = read_metadata(path).map_err(refused)?;
    let mut reader = reader(path, &metadata).map_err(refused)?;
    let schema =
        catch_reader_panic(|| reader.schema()).map_err(|e| refused(Refusal::Unreadable(e)))?;
    let names: Vec<String> = schema.iter_names().map(|n| n.to_string()).collect();
    if !names.contains(&columns.text) {
        return Err(table_error(missing_text_column(&columns.text, &names)));
    }
    check_page_headers(path, &metadata).map_err(refused)?;
    let wanted = [
        &columns.text,
        &columns.id,
        &"doc_id".to_string(),
        &columns.url,
        &columns.published,
        &columns.lang,
    ];
    let mut selected: Vec<String> = Vec::new();
    for name in wanted {
        if names.contains(name) && !selected.contains(name) {
            selected.push(name.clone());
        }
    }
    Ok((metadata, selected))
}

fn missing_text_column(text: &str, names: &[String]) -> String {
    format!(
        "no text column {text:?} (columns: {}); name the text column with --text-column",
        names.join(", ")
    )
}

/// The articles of a table, one per row, or why a row cannot be one.
///
/// `source` names the table in errors and ids (a file path, or a name such
/// as `dataframe`). `first_row` is the row number of the table's first row in
/// its source, for ids and messages; `None` when the rows have no order a
/// person can see (a batch of a Spark DataFrame): a row's problem then names
/// the row by its id alone (`spark: id "a7": the text is null`).
/// Dictionary-encoded (categorical) string columns are read as strings. A
/// missing text column, or a column of the wrong type, is an error for the
/// whole table.
pub fn articles_from_frame(
    frame: &DataFrame,
    columns: &ArticleColumns,
    source: &Path,
    first_row: Option<usize>,
) -> Result<Vec<Result<Article, ReadFailure>>, ReadError> {
    let categorical = frame
        .columns()
        .iter()
        .find(|c| matches!(c.dtype(), DataType::Categorical(..) | DataType::Enum(..)));
    if let Some(column) = categorical {
        let table_error = |e: PolarsError| ReadError::Table {
            path: source.to_path_buf(),
            row: None,
            message: format!("column {:?}: {e}", column.name()),
        };
        let mut decoded = frame.clone();
        decoded
            .with_column(column.cast(&DataType::String).map_err(table_error)?)
            .map_err(table_error)?;
        return articles_from_frame(&decoded, columns, source, first_row);
    }
    let table_error = |message: String| ReadError::Table {
        path: source.to_path_buf(),
        row: None,
        message,
    };
    let names: Vec<String> = frame
        .get_column_names()
        .iter()
        .map(|n| n.to_string())
        .collect();
    let string_column = |name: &str| -> Result<Option<&StringChunked>, ReadError> {
        match frame.column(name) {
            Err(_) => Ok(None),
            Ok(column) => column.str().map(Some).map_err(|_| {
                table_error(format!(
                    "column {name:?} must hold strings, not {}",
                    column.dtype()
                ))
            }),
        }
    };
    let texts = string_column(&columns.text)?
        .ok_or_else(|| table_error(missing_text_column(&columns.text, &names)))?;
    let ids = match string_column(&columns.id)? {
        Some(ids) => Some(ids),
        None => string_column("doc_id")?,
    };
    let urls = string_column(&columns.url)?;
    let published = string_column(&columns.published)?;
    let langs = string_column(&columns.lang)?;
    let name = stem(source);
    let mut articles = Vec::with_capacity(frame.height());
    for i in 0..frame.height() {
        let row = first_row.map(|first| first + i);
        let given_id = ids.and_then(|ids| ids.get(i));
        let fallback = || format!("{name}:{}", row.unwrap_or(i));
        let doc_id = given_id.map_or_else(fallback, str::to_owned);
        let row_error = |message: &str| ReadFailure {
            doc_id: doc_id.clone(),
            error: ReadError::Table {
                path: source.to_path_buf(),
                row,
                message: match row {
                    Some(_) => message.to_owned(),
                    None => format!("id {doc_id:?}: {message}"),
                },
            },
        };
        if let Some(Err(message)) = given_id.map(check_id) {
            // named in the message as given; the failure's doc_id is a valid one
            let mut failure = row_error(&message);
            failure.doc_id = fallback();
            articles.push(Err(failure));
            continue;
        }
        let text = match texts.get(i) {
            None => {
                articles.push(Err(row_error("the text is null")));
                continue;
            }
            Some(text) if text.trim().is_empty() => {
                articles.push(Err(row_error("empty article (no text)")));
                continue;
            }
            Some(text) => text,
        };
        let lang = match langs.and_then(|l| l.get(i)).map(str::parse::<Lang>) {
            Some(Err(error)) => {
                articles.push(Err(row_error(&error.to_string())));
                continue;
            }
            Some(Ok(lang)) => Some(lang),
            None => None,
        };
        let date = published.and_then(|p| p.get(i));
        if let Some(Err(error)) = date.map(parse_published) {
            articles.push(Err(row_error(&error.to_string())));
            continue;
        }
        let mut article = Article::new(doc_id.clone(), text.to_owned());
        article.url = urls.and_then(|u| u.get(i)).map(str::to_owned);
        article.published = date.map(str::to_owned);
        article.lang = lang;
        articles.push(Ok(article));
    }
    Ok(articles)
}
