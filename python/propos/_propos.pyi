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
) -> Dict[str, pl.DataFrame]: ...
def extract_texts(
    texts: List[str],
    ids: List[str],
    *,
    published: Optional[List[Optional[str]]] = None,
    langs: Optional[List[Optional[str]]] = None,
    lang: Optional[str] = None,
    default_published: Optional[str] = None,
    threads: Optional[int] = None,
) -> Dict[str, pl.DataFrame]: ...
def counts_by_actor(statements: pl.DataFrame) -> pl.DataFrame: ...
def counts_by_figure(figures: pl.DataFrame) -> pl.DataFrame: ...
def counts_by_date(statements: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame: ...
