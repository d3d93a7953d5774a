//! Article ids: each names one article. An article whose id is already an
//! earlier article's is a failure naming both places, never merged with it;
//! an id that is empty or holds `/` or control characters is a failure too
//! ([`propos_read::check_id`]).

use std::path::PathBuf;

use polars::prelude::PlHashMap;

use propos_core::Article;
use propos_read::{check_id, Error as ReadError, ReadFailure};

/// Where an article was read: the index of its file and its record (1-based)
/// in that file, or `None` and its rank (1-based) among articles given in memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Place {
    pub file: Option<u32>,
    pub record: u64,
}

/// The ids seen so far and where each was first seen.
#[derive(Default)]
pub(crate) struct Ids {
    /// The files, for naming places.
    files: Vec<PathBuf>,
    seen: PlHashMap<Box<str>, Place>,
}

impl Ids {
    /// Ids of articles read from `files` (places name them by index).
    pub fn of_files(files: Vec<PathBuf>) -> Self {
        Self {
            files,
            seen: PlHashMap::default(),
        }
    }

    /// The place as a person reads it: `feed.jsonl, record 3`, `a.parquet, row 2`
    /// (rows of tables are 0-based, as elsewhere), `a.txt`, `input article 4`.
    fn describe(&self, place: Place) -> String {
        let Some(path) = place.file.and_then(|f| self.files.get(f as usize)) else {
            return format!("input article {}", place.record);
        };
        let name = path.display();
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        if file_name.ends_with(".parquet") {
            format!("{name}, row {}", place.record - 1)
        } else if file_name.contains(".jsonl") || file_name.contains(".ndjson") {
            format!("{name}, record {}", place.record)
        } else {
            name.to_string()
        }
    }

    /// Passes an article whose id is valid and new; else the failure naming
    /// its place (and the earlier article's, for a duplicate).
    pub fn check(&mut self, article: Article, place: Place) -> Result<Article, ReadFailure> {
        let problem = match check_id(&article.id) {
            Err(message) => Some(message),
            Ok(()) => match self.seen.get(article.id.as_str()) {
                Some(&first) => Some(format!(
                    "duplicate id {:?}: already the id of {}; this article is skipped, not merged",
                    article.id,
                    self.describe(first)
                )),
                None => {
                    self.seen.insert(article.id.as_str().into(), place);
                    None
                }
            },
        };
        match problem {
            None => Ok(article),
            Some(message) => Err(ReadFailure {
                error: ReadError::Id {
                    place: self.describe(place),
                    message,
                },
                doc_id: article.id,
            }),
        }
    }
}
