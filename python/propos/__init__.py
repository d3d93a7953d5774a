"""propos: who said what, with which figures, on which date.

Turn news articles into polars tables of statements, figures and dates, and
count them across a corpus::

    import propos
    corpus = propos.extract("seeds")          # a folder, a file, texts...
    corpus.statements                         # polars.DataFrame
    corpus.counts_by_actor()                  # who speaks most

Tables (offsets are byte offsets into the article text):

- ``statements``: doc_id, statement_id, sentence, start, end, speaker,
  speaker_mention, speaker_type, speaker_country, cue, cue_start, cue_end,
  cue_lemma, kind, content, content_start, content_end, date, lang, rule
- ``figures``: doc_id, figure_id, start, end, text, value, unit, approx,
  bound, statement_id, speaker
- ``dates``: doc_id, start, end, text, value, granularity
- ``actors``: doc_id, actor, actor_type, country, mentions, statements
- ``documents``: doc_id, url, published, lang, chars, statements, problems
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional, Sequence, Union

import polars as pl

from . import _propos
from ._propos import SUPPORTED_LANGUAGES, ProposError, TableError, __version__

__all__ = [
    "Corpus",
    "ProposError",
    "SUPPORTED_LANGUAGES",
    "TableError",
    "counts_by_actor",
    "counts_by_date",
    "counts_by_figure",
    "extract",
]

Source = Union[str, "os.PathLike[str]", Sequence[Union[str, "os.PathLike[str]"]]]


@dataclass(frozen=True)
class Corpus:
    """The tables extracted from a corpus, as polars DataFrames."""

    statements: pl.DataFrame
    figures: pl.DataFrame
    dates: pl.DataFrame
    actors: pl.DataFrame
    documents: pl.DataFrame

    def counts_by_actor(self) -> pl.DataFrame:
        """Statements per speaker (see :func:`counts_by_actor`)."""
        return counts_by_actor(self.statements)

    def counts_by_figure(self) -> pl.DataFrame:
        """Mentions per figure (see :func:`counts_by_figure`)."""
        return counts_by_figure(self.figures)

    def counts_by_date(self) -> pl.DataFrame:
        """Statements per day (see :func:`counts_by_date`)."""
        return counts_by_date(self.statements, self.documents)


_PATH_SUFFIXES = (".txt", ".jsonl", ".ndjson")


def _is_path(item: object) -> bool:
    """Whether ``item`` names a file or directory rather than being article text."""
    if isinstance(item, os.PathLike):
        return True
    if not isinstance(item, str) or "\n" in item or len(item) > 4096:
        return False
    return os.path.exists(item) or item.endswith(_PATH_SUFFIXES)


def extract(
    source: Source,
    *,
    lang: Optional[str] = None,
    published: Optional[str] = None,
    threads: Optional[int] = None,
) -> Corpus:
    """Extract statements, figures and dates from articles.

    Args:
        source: a path to a ``.txt`` article, a ``.jsonl`` file (one JSON
            object per line with ``text`` and optional ``id``/``doc_id``,
            ``url``, ``published``, ``lang``) or a directory (read
            recursively); a list of such paths; an article's text; or a list
            of texts (their ids are ``text-0``, ``text-1``, ...).
        lang: language of the articles that do not give theirs (``"fr"`` or
            ``"en"``); detected from the text when ``None``.
        published: publication date (``YYYY-MM-DD``) of the articles that do
            not give theirs; relative dates ("hier", "vendredi") are resolved
            against it.
        threads: worker threads (default: ``PROPOS_MAX_THREADS``, else all
            cores). Extraction runs in parallel without the GIL.

    Returns:
        A :class:`Corpus` with the five tables. Articles that could not be
        read are listed in ``documents`` with their problem; the others still
        come out.

    Raises:
        FileNotFoundError: a path that does not exist.
        ValueError: an unsupported language or a malformed date.
    """
    items = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    if not items:
        tables = _propos.extract_texts([], [], lang=lang, default_published=published, threads=threads)
    elif all(_is_path(item) for item in items):
        paths = [os.fspath(item) for item in items]
        for path in paths:
            if not os.path.exists(path):
                raise FileNotFoundError(f"{path}: no such file or directory")
        tables = _propos.extract_paths(paths, lang=lang, published=published, threads=threads)
    elif all(isinstance(item, str) for item in items):
        texts = [str(item) for item in items]
        ids = [f"text-{i}" for i in range(len(texts))]
        tables = _propos.extract_texts(
            texts, ids, lang=lang, default_published=published, threads=threads
        )
    else:
        raise TypeError("source must be paths or texts, not a mix of both")
    return Corpus(**tables)


def counts_by_actor(statements: pl.DataFrame) -> pl.DataFrame:
    """Statements per speaker, most frequent first.

    Columns: actor, actor_type, country, statements, documents, first_date,
    last_date, top_cue. Statements without a speaker are not counted.
    """
    return _propos.counts_by_actor(statements)


def counts_by_figure(figures: pl.DataFrame) -> pl.DataFrame:
    """Mentions per figure (value + unit), most frequent first.

    Columns: value, unit, mentions, documents, speakers, speaker_names.
    """
    return _propos.counts_by_figure(figures)


def counts_by_date(statements: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    """Statements per day (the statement's date, else its article's publication date).

    Columns: date, statements, documents.
    """
    return _propos.counts_by_date(statements, documents)


