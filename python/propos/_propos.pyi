"""Type stubs of the native module ``propos._propos``."""

from typing import Dict, List, Optional

import polars as pl

__version__: str
SUPPORTED_LANGUAGES: List[str]

class ProposError(Exception):
    """Base class of the errors raised by propos."""

class TableError(ProposError):
    """A table lacks a column propos needs, or a column has the wrong type."""

def extract_paths(
    paths: List[str],
    *,
    lang: Optional[str] = None,
    published: Optional[str] = None,
    threads: Optional[int] = None,
    text_column: Optional[str] = None,
    id_column: Optional[str] = None,
) -> Dict[str, pl.DataFrame]:
    """Extracts the articles of files and directories (``.txt``, JSON Lines, Parquet; recursive)."""

def read_texts(
    paths: List[str],
    doc_ids: List[str],
    *,
    text_column: Optional[str] = None,
    id_column: Optional[str] = None,
) -> Dict[str, str]:
    """The texts of the articles ``doc_ids`` of files and directories, read by the reader of ``extract_paths``."""

def extract_texts(
    texts: List[str],
    ids: List[str],
    *,
    published: Optional[List[Optional[str]]] = None,
    langs: Optional[List[Optional[str]]] = None,
    lang: Optional[str] = None,
    default_published: Optional[str] = None,
    threads: Optional[int] = None,
) -> Dict[str, pl.DataFrame]:
    """Extracts articles given as texts, with their ids (and optional dates and languages)."""

def extract_frame(
    frame: pl.DataFrame,
    *,
    lang: Optional[str] = None,
    published: Optional[str] = None,
    threads: Optional[int] = None,
    source: str = "dataframe",
    row_numbers: bool = True,
) -> Dict[str, pl.DataFrame]:
    """Extracts the articles of a DataFrame with columns ``text`` and optionally ``id``, ``url``, ``published``, ``lang``.

    A row's problem names ``source`` and the row: its number, or its id alone when ``row_numbers`` is false.
    """

def write_tables(
    paths: List[str],
    out_dir: str,
    *,
    lang: Optional[str] = None,
    published: Optional[str] = None,
    threads: Optional[int] = None,
    chunk_size: int = ...,
    text_column: Optional[str] = None,
    id_column: Optional[str] = None,
) -> Dict[str, int]:
    """Extracts files and directories as a stream, writing the six tables as Parquet files in ``out_dir``."""

def count(analysis: str, tables: Dict[str, pl.DataFrame]) -> pl.DataFrame:
    """Runs a count (actors, figures, dates, claims, cues, quotes) on tables given by name."""

def count_stored(analysis: str, tables_dir: str) -> pl.DataFrame:
    """Runs a count on the Parquet tables in ``tables_dir``, reading only the columns it needs."""

def actor_keys(names: pl.Series) -> pl.Series:
    """The keys under which spellings of actor names are merged, one per name (nulls stay null)."""

def quote_keys(contents: pl.Series) -> pl.Series:
    """The keys under which ``repeated_quotes`` compares direct quotes (null: too short to count)."""
