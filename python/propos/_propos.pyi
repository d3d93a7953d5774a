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
) -> Dict[str, pl.DataFrame]:
    """Extracts the articles of files and directories (``.txt``, ``.jsonl``, recursive)."""

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

def counts_by_actor(statements: pl.DataFrame) -> pl.DataFrame:
    """Statements per speaker, from a ``statements`` table."""

def counts_by_figure(figures: pl.DataFrame) -> pl.DataFrame:
    """Mentions per figure (value + unit), from a ``figures`` table."""

def counts_by_date(statements: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    """Statements per day, from a ``statements`` and a ``documents`` table."""

def claims(statements: pl.DataFrame, figures: pl.DataFrame) -> pl.DataFrame:
    """Who put which number forward when, from a ``statements`` and a ``figures`` table."""

def actor_keys(names: pl.Series) -> pl.Series:
    """The keys under which spellings of actor names are merged, one per name (nulls stay null)."""
