"""propos: who said what, with which figures, on which date.

Turn news articles into polars tables of statements, figures and dates, and
count them across a corpus::

    import propos
    corpus = propos.extract("seeds")          # paths: a folder, files, Parquet...
    corpus = propos.extract_texts(["Titre\nPaul Martin a déclaré..."])  # texts
    corpus = propos.extract(df)               # a polars DataFrame or LazyFrame
    corpus.statements                         # polars.DataFrame
    corpus.counts_by_actor()                  # who speaks most
    corpus.claims()                           # who put which figure forward when
    corpus.show(corpus.documents["doc_id"][0])  # an article, highlighted

As in polars, what a value is never depends on what it looks like: a string
given to :func:`extract` is always a path (``pl.read_csv("x")`` never parses
``"x"`` as CSV), and a path that does not exist is a ``FileNotFoundError``;
texts go to :func:`extract_texts`.

Tables (offsets are byte offsets into the article text):

- ``statements``: doc_id, statement_id, sentence, start, end, speaker,
  speaker_mention, speaker_type, speaker_country, cue, cue_start, cue_end,
  cue_lemma, kind, content, content_start, content_end, date, lang, rule,
  speaker_rule, speaker_entity (the ``entity_id`` of the speaker in ``entities``)
- ``figures``: doc_id, figure_id, start, end, text, value, unit, approx,
  bound, statement_id, speaker, date (the date of the figure's statement)
- ``dates``: doc_id, start, end, text, value, granularity
- ``entities``: doc_id, entity_id, name, entity_type, country, mentions,
  mention_forms (a list of the distinct words naming it, pronouns resolved to it
  included): the speakers and the subjects the speaker resolver linked, ids
  in order of first mention; ``statements`` joins on (doc_id, speaker_entity)
- ``actors``: doc_id, actor, actor_type, country, mentions, statements (the
  entities that speak)
- ``documents``: doc_id, url, published, lang, chars, statements, problems

The tables do not store the texts. A corpus made by :func:`extract` keeps a
reference to what it read (the texts given, or the files, read again on
demand by the same Rust reader) so that ``corpus.text(doc_id)`` and
``corpus.show(doc_id)`` give an article back.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional, Protocol, Sequence, Union

import polars as pl

from . import _propos
from ._highlight import Highlighted, spans_of
from ._propos import SUPPORTED_LANGUAGES, ProposError, TableError, __version__

__all__ = [
    "Corpus",
    "Highlighted",
    "ProposError",
    "SUPPORTED_LANGUAGES",
    "StoredCorpus",
    "TableError",
    "__version__",
    "claims",
    "counts_by_actor",
    "counts_by_cue",
    "counts_by_date",
    "counts_by_figure",
    "extract",
    "extract_texts",
    "extract_to_parquet",
    "repeated_quotes",
    "scan_tables",
    "show",
]

#: A path: what :func:`extract` reads (``str`` or ``os.PathLike``, never a text).
AnyPath = Union[str, "os.PathLike[str]"]
#: What :func:`extract` accepts.
Source = Union[AnyPath, Sequence[AnyPath], pl.DataFrame, pl.LazyFrame, pl.Series]
#: A table: the counts take either kind of polars frame.
Frame = Union[pl.DataFrame, pl.LazyFrame]
#: What :func:`show` accepts: a text, a document id, or a row naming a document.
DocumentRef = Union[str, Mapping[str, Any], pl.DataFrame]

_SOURCE_TYPES = (
    "a path (str or os.PathLike), a list of paths, or a polars DataFrame, LazyFrame or Series "
    "(texts: propos.extract_texts)"
)


class TextLookup(Protocol):
    """Gives the text of a document of the corpus by its id."""

    def text(self, doc_id: str) -> str:
        """The text of ``doc_id``; ``KeyError`` when the corpus has no such document."""
        ...


class InMemoryTexts:
    """Texts the corpus was built from, kept by reference (no copy of the strings).

    The index from id to row is built on the first request only.
    """

    def __init__(self, ids: "Sequence[str] | pl.Series", texts: "Sequence[str] | pl.Series") -> None:
        self._ids = ids
        self._texts = texts
        self._row_of: Optional[Dict[str, int]] = None

    def text(self, doc_id: str) -> str:
        if self._row_of is None:
            self._row_of = {str(doc_id): row for row, doc_id in enumerate(self._ids)}
        if doc_id not in self._row_of:
            raise KeyError(f"no document {doc_id!r} in this corpus")
        text = self._texts[self._row_of[doc_id]]
        return "" if text is None else str(text)


class FileTexts:
    """Texts read again from the files the corpus was built from, when asked for.

    They are read by the Rust reader that :func:`extract` used (``.txt``,
    JSON Lines, compressed or not, Parquet), so a text is the one the offsets
    of the tables count in.
    """

    def __init__(self, paths: Sequence[str], text_column: Optional[str], id_column: Optional[str]) -> None:
        self._paths = [os.path.abspath(path) for path in paths]  # a later chdir must not lose them
        self._columns = {"text_column": text_column, "id_column": id_column}

    def text(self, doc_id: str) -> str:
        found = _propos.read_texts(self._paths, [doc_id], **self._columns)
        if doc_id not in found:
            raise KeyError(f"no readable document {doc_id!r} in {', '.join(self._paths)}")
        return found[doc_id]


@dataclass(frozen=True, repr=False)
class Corpus:
    """The tables extracted from a corpus, as polars DataFrames.

    A corpus made by :func:`extract` also remembers where its texts are (the
    texts themselves, or the files they were read from), so that
    :meth:`text` and :meth:`show` can give an article back.
    """

    statements: pl.DataFrame
    figures: pl.DataFrame
    dates: pl.DataFrame
    entities: pl.DataFrame
    actors: pl.DataFrame
    documents: pl.DataFrame
    text_source: Optional[TextLookup] = field(default=None, compare=False)

    def __repr__(self) -> str:
        sizes = ", ".join(
            f"{getattr(self, name).height} {name}"
            for name in ("documents", "statements", "figures", "dates", "entities", "actors")
        )
        return f"Corpus({sizes})"

    def counts_by_actor(self) -> pl.DataFrame:
        """Statements per speaker (see :func:`counts_by_actor`)."""
        return counts_by_actor(self.statements)

    def counts_by_figure(self) -> pl.DataFrame:
        """Mentions per figure (see :func:`counts_by_figure`)."""
        return counts_by_figure(self.figures)

    def counts_by_date(self) -> pl.DataFrame:
        """Statements per day (see :func:`counts_by_date`)."""
        return counts_by_date(self.statements, self.documents)

    def claims(self) -> pl.DataFrame:
        """Who put which number forward when (see :func:`claims`)."""
        return claims(self.statements, self.figures)

    def counts_by_cue(self) -> pl.DataFrame:
        """Statements per reporting verb (see :func:`counts_by_cue`)."""
        return counts_by_cue(self.statements)

    def repeated_quotes(self) -> pl.DataFrame:
        """Direct quotes found in several documents (see :func:`repeated_quotes`)."""
        return repeated_quotes(self.statements)

    def text(self, doc_id: str) -> str:
        """The text of document ``doc_id``, as the offsets of the tables count it.

        Raises:
            KeyError: no such document in the corpus.
            ValueError: the corpus was built from tables alone and does not
                know its texts.
        """
        if self.text_source is None:
            raise ValueError(
                "this corpus does not know its texts (it was built from tables): "
                "make it with propos.extract(...)"
            )
        return self.text_source.text(doc_id)

    def show(self, document: DocumentRef) -> Highlighted:
        """Document ``document`` with its speakers, cues, contents, figures and dates highlighted.

        ``document`` is a doc_id, or a row of any table (a dict from
        ``DataFrame.row(i, named=True)`` or a one-row DataFrame) whose
        ``doc_id`` names the document. In Jupyter the result displays as HTML
        with a legend; ``print()`` gives the text and one line per span.
        """
        doc_id = _doc_id_of(document)
        text = self.text(doc_id)
        return Highlighted(
            doc_id,
            text,
            spans_of(
                text,
                self.statements.filter(pl.col("doc_id") == doc_id),
                self.figures.filter(pl.col("doc_id") == doc_id),
                self.dates.filter(pl.col("doc_id") == doc_id),
            ),
        )



def _type_name(value: object) -> str:
    """The type of ``value`` as a user would name it: ``int``, ``pandas.DataFrame``."""
    kind = type(value)
    if kind.__module__ == "builtins":
        return kind.__qualname__
    return f"{kind.__module__.split('.')[0]}.{kind.__qualname__}"


def _doc_id_of(document: DocumentRef) -> str:
    if isinstance(document, str):
        return document
    if isinstance(document, pl.DataFrame):
        if document.height != 1 or "doc_id" not in document.columns:
            raise ValueError(
                f"a DataFrame names a document when it has one row and a doc_id column; "
                f"this one has {document.height} rows and columns {document.columns}"
            )
        return str(document["doc_id"][0])
    if isinstance(document, Mapping):
        if "doc_id" not in document:
            raise KeyError(f"the row has no doc_id; its keys are: {', '.join(map(str, document))}")
        return str(document["doc_id"])
    raise TypeError(f"expected a doc_id, a row or a one-row DataFrame, not {_type_name(document)}")


def _iso_day(day: Union[str, dt.date, None]) -> Optional[str]:
    """A publication date as the ``YYYY-MM-DD`` string the native module reads."""
    return day.strftime("%Y-%m-%d") if isinstance(day, dt.date) else day


def _column(frame: pl.DataFrame, name: str, role: str) -> pl.Series:
    if name not in frame.columns:
        raise KeyError(
            f"{role} column {name!r} is not in the DataFrame; its columns are: {', '.join(frame.columns)}"
        )
    return frame[name]


def _publication_days(column: pl.Series) -> pl.Series:
    """A column of dates (``pl.Date``, ``pl.Datetime`` or ISO strings) as ``YYYY-MM-DD`` strings."""
    if column.dtype in (pl.String, pl.Categorical, pl.Enum):
        return column.cast(pl.String)
    if column.dtype in (pl.Date, pl.Datetime):
        return column.dt.strftime("%Y-%m-%d")
    raise TypeError(
        f"published column {column.name!r} has type {column.dtype}; expected String, Date or Datetime"
    )


def _strings(column: pl.Series, role: str) -> pl.Series:
    """A column of strings, categorical ones decoded; else a ``TypeError`` naming its role."""
    if column.dtype in (pl.Categorical, pl.Enum):
        return column.cast(pl.String)
    if column.dtype != pl.String:
        raise TypeError(f"{role} column {column.name!r} has type {column.dtype}; expected String")
    return column


def _lang_codes(column: pl.Series) -> pl.Series:
    """Language codes; a code propos does not support is that row's problem (in ``documents``)."""
    return _strings(column, "lang")


def _texts_of(column: pl.Series) -> pl.Series:
    """Texts; a null text is that row's problem (in ``documents``), as in a Parquet file."""
    return _strings(column, "text")


def _ids_of(frame: pl.DataFrame, id_column: Optional[str]) -> pl.Series:
    if id_column is None:
        return pl.int_range(frame.height, eager=True).cast(pl.String).alias("id")
    column = _column(frame, id_column, "id")
    if column.null_count():
        raise ValueError(f"id column {id_column!r} has {column.null_count()} null values")
    ids = column.cast(pl.String)
    duplicated = ids.filter(ids.is_duplicated()).unique(maintain_order=True)
    if duplicated.len():
        raise ValueError(f"id column {id_column!r} has duplicate ids: {', '.join(duplicated.head(5).to_list())}")
    return ids.alias("id")



def _threads(threads: Optional[int]) -> Optional[int]:
    """``threads`` checked: ``None`` or a positive ``int``."""
    if threads is None:
        return None
    if isinstance(threads, bool) or not isinstance(threads, int):
        raise TypeError(f"threads must be an int or None, not {_type_name(threads)}")
    if threads < 1:
        raise ValueError(f"threads must be at least 1, not {threads}")
    return threads


def _paths_of(source: object, role: str = "source") -> List[str]:
    """``source`` as a list of paths that exist.

    Raises:
        TypeError: ``source`` is not a path or a list (or tuple) of paths.
        FileNotFoundError: a path that does not exist.
    """
    if isinstance(source, (str, os.PathLike)):
        items: List[object] = [source]
    elif isinstance(source, (list, tuple)):
        items = list(source)
    else:
        raise TypeError(f"{role} must be {_SOURCE_TYPES}; not {_type_name(source)}")
    paths = []
    for item in items:
        if not isinstance(item, (str, os.PathLike)):
            raise TypeError(f"{role} must be {_SOURCE_TYPES}; got a list holding a {_type_name(item)}")
        path = os.fspath(item)
        if not os.path.exists(path):
            hint = "No such file or directory" + (
                " (a text? extract it with propos.extract_texts)" if "\n" in path or len(path) > 255 else ""
            )
            raise FileNotFoundError(errno.ENOENT, hint, path)
        paths.append(path)
    return paths


def _extract_frame(
    frame: pl.DataFrame,
    *,
    text_column: str,
    id_column: Optional[str],
    published_column: Optional[str],
    lang_column: Optional[str],
    lang: Optional[str],
    published: Optional[str],
    threads: Optional[int],
    source: str = "dataframe",
    row_numbers: bool = True,
) -> Corpus:
    texts = _texts_of(_column(frame, text_column, "text"))
    ids = _ids_of(frame, id_column)
    columns = [texts.alias("text"), ids]
    if published_column is not None:
        columns.append(_publication_days(_column(frame, published_column, "published")).alias("published"))
    if lang_column is not None:
        columns.append(_lang_codes(_column(frame, lang_column, "lang")).alias("lang"))
    # The columns go to Rust whole (Arrow buffers), not as Python strings.
    tables = _propos.extract_frame(
        pl.DataFrame(columns), lang=lang, published=published, threads=threads, source=source, row_numbers=row_numbers
    )
    return Corpus(**tables, text_source=InMemoryTexts(ids, texts))


def _collected(frame: pl.LazyFrame, names: Sequence[Optional[str]]) -> pl.DataFrame:
    """The columns ``names`` of a LazyFrame that has them (the others are reported by the DataFrame path)."""
    schema = frame.collect_schema()
    return frame.select([name for name in dict.fromkeys(names) if name is not None and name in schema]).collect()


def extract(
    source: Source,
    *,
    lang: Optional[str] = None,
    published: Union[str, dt.date, None] = None,
    text_column: Optional[str] = None,
    id_column: Optional[str] = None,
    published_column: Optional[str] = None,
    lang_column: Optional[str] = None,
    threads: Optional[int] = None,
) -> Corpus:
    """Extract statements, figures and dates from articles in files or a table.

    A string is always a path, as in polars: to extract texts, use
    :func:`extract_texts`.

    Args:
        source: one of
            - a path (``str`` or ``os.PathLike``) or a list of paths: ``.txt``
              articles (the id is the file stem), JSON Lines files
              (``.jsonl``/``.ndjson``, also ``.gz``/``.zst``; one JSON object
              per line with ``text`` and optional ``id``/``doc_id``, ``url``,
              ``published``, ``lang``), Parquet files (a ``text_column`` and
              optional ``id_column``, ``url``, ``published``, ``lang``
              columns) and directories, read recursively;
            - a polars DataFrame or LazyFrame with one article per row: the
              text in ``text_column`` (default ``"text"``), and optionally
              ids, publication dates and languages in ``id_column``,
              ``published_column``, ``lang_column`` (ids default to the row
              number: ``"0"``, ``"1"``, ...); a LazyFrame is collected, its
              article columns only;
            - a polars Series of texts (ids are the row numbers).
        lang: language of the articles that do not give theirs (``"fr"`` or
            ``"en"``); detected from the text when ``None``.
        published: publication date (``YYYY-MM-DD`` or a ``datetime.date``)
            of the articles that do not give theirs; relative dates ("hier",
            "vendredi") are resolved against it.
        text_column: the column of the texts (String or Categorical), in a
            frame or in Parquet files; a null text is that row's problem.
        id_column: the column of document ids (unique, no nulls), in a frame
            (any type, written as strings) or in Parquet files (else
            ``doc_id``, else ``FILE:ROW``).
        published_column: the column of publication dates in a frame
            (``pl.Date``, ``pl.Datetime`` or ``YYYY-MM-DD`` strings; nulls
            take ``published``).
        lang_column: the column of language codes in a frame (nulls take
            ``lang``; a code propos does not support is that row's problem).
        threads: worker threads, at least 1 (default: ``PROPOS_MAX_THREADS``,
            else all cores). Extraction runs in parallel without the GIL.

    Returns:
        A :class:`Corpus` with the six tables, which can also give back each
        article's text (:meth:`Corpus.text`, :meth:`Corpus.show`). Articles
        that could not be read, or whose own date is malformed, are listed in
        ``documents`` with their problem; the others still come out.

    Raises:
        FileNotFoundError, PermissionError, IsADirectoryError, OSError: a
            path that does not exist, or a named file that cannot be read,
            by kind, naming the file.
        ValueError: a named file that is not what its name says (a
            ``.parquet`` file that is not Parquet, or has no text column),
            an unsupported ``lang``, a malformed ``published``, null or
            duplicate ids in a frame, ``threads`` below 1.
        KeyError: a frame lacks a column named by ``*_column``; the message
            lists the columns it has.
        TypeError: a source of another type (``None``, a number, a dict, a
            pandas DataFrame...: the message lists the accepted types), a
            column of the wrong type, or a column option that does not apply
            to the source.

    Example::

        corpus = propos.extract(df, text_column="body", id_column="url",
                                published_column="date")
        corpus.counts_by_actor()
    """
    default_day = _iso_day(published)
    threads = _threads(threads)
    if isinstance(source, pl.LazyFrame):
        source = _collected(source, [text_column or "text", id_column, published_column, lang_column])
    if isinstance(source, pl.DataFrame):
        return _extract_frame(
            source,
            text_column=text_column or "text",
            id_column=id_column,
            published_column=published_column,
            lang_column=lang_column,
            lang=lang,
            published=default_day,
            threads=threads,
        )
    frame_only = {"published_column": published_column, "lang_column": lang_column}
    if not isinstance(source, pl.Series):
        paths = _paths_of(source)
        misplaced = [name for name, value in frame_only.items() if value is not None]
        if misplaced:
            raise TypeError(
                f"{', '.join(misplaced)} only apply to a DataFrame or LazyFrame source: "
                "for Parquet files, propos.extract(pl.scan_parquet(paths), ...)"
            )
        tables = _propos.extract_paths(
            paths, lang=lang, published=default_day, threads=threads, text_column=text_column, id_column=id_column
        )
        return Corpus(**tables, text_source=FileTexts(paths, text_column, id_column))
    misplaced = [name for name, value in {"text_column": text_column, "id_column": id_column, **frame_only}.items()
                 if value is not None]
    if misplaced:
        raise TypeError(f"{', '.join(misplaced)} only apply to a DataFrame, LazyFrame or path source, not a Series")
    return _extract_frame(
        source.to_frame("text"),
        text_column="text",
        id_column=None,
        published_column=None,
        lang_column=None,
        lang=lang,
        published=default_day,
        threads=threads,
    )


def extract_texts(
    texts: Union[str, Sequence[str]],
    *,
    ids: Optional[Sequence[str]] = None,
    lang: Optional[str] = None,
    published: Union[str, dt.date, None] = None,
    threads: Optional[int] = None,
) -> Corpus:
    """Extract statements, figures and dates from articles given as texts.

    Args:
        texts: an article's text, or a list of texts.
        ids: the document ids, one per text, unique (default: ``text-0``,
            ``text-1``, ...).
        lang, published, threads: as for :func:`extract`.

    Returns:
        A :class:`Corpus`, which keeps the texts to show them.

    Raises:
        TypeError: ``texts`` is not a ``str`` or a list of ``str`` (for files,
            use :func:`extract`; for a polars Series, :func:`extract`).
        ValueError: ``ids`` of another length than ``texts``, or duplicates;
            an unsupported language, a malformed ``published``, ``threads``
            below 1.
    """
    if isinstance(texts, str):
        items = [texts]
    elif isinstance(texts, (list, tuple)) and all(isinstance(text, str) for text in texts):
        items = list(texts)
    else:
        raise TypeError(
            f"texts must be a str or a list of str, not {_type_name(texts)}"
            + (" holding other values" if isinstance(texts, (list, tuple)) else "")
            + "; files and frames go to propos.extract"
        )
    names = [f"text-{i}" for i in range(len(items))] if ids is None else [str(i) for i in ids]
    if len(names) != len(items):
        raise ValueError(f"{len(items)} texts but {len(names)} ids")
    if len(set(names)) != len(names):
        raise ValueError("ids must be unique")
    tables = _propos.extract_texts(
        items, names, lang=lang, default_published=_iso_day(published), threads=_threads(threads)
    )
    return Corpus(**tables, text_source=InMemoryTexts(names, items))


_TABLES = ("statements", "figures", "dates", "entities", "actors", "documents")


@dataclass(frozen=True, repr=False)
class StoredCorpus:
    """The tables of a corpus stored as Parquet files (``<table>.parquet`` in ``out_dir``).

    Made by :func:`extract_to_parquet`, which writes them, or by
    :func:`scan_tables`, which opens tables written before. Each table is a
    ``polars.LazyFrame`` over its file (``pl.scan_parquet``): filter and
    select before ``collect()`` and only what is needed is read. The counts
    run in Rust on the files, reading only the columns they need.
    """

    out_dir: str
    #: What the run went through (read, skipped, bytes, statements, figures,
    #: dates, problems); ``None`` for tables opened by :func:`scan_tables`.
    summary: Optional[Dict[str, int]] = None

    def __repr__(self) -> str:
        return f"StoredCorpus({self.out_dir!r}, {self.summary})"

    def _table(self, name: str) -> pl.LazyFrame:
        return pl.scan_parquet(os.path.join(self.out_dir, f"{name}.parquet"))

    @property
    def statements(self) -> pl.LazyFrame:
        """The ``statements`` table, lazily."""
        return self._table("statements")

    @property
    def figures(self) -> pl.LazyFrame:
        """The ``figures`` table, lazily."""
        return self._table("figures")

    @property
    def dates(self) -> pl.LazyFrame:
        """The ``dates`` table, lazily."""
        return self._table("dates")

    @property
    def entities(self) -> pl.LazyFrame:
        """The ``entities`` table, lazily."""
        return self._table("entities")

    @property
    def actors(self) -> pl.LazyFrame:
        """The ``actors`` table, lazily."""
        return self._table("actors")

    @property
    def documents(self) -> pl.LazyFrame:
        """The ``documents`` table, lazily (one row per article, readable or not)."""
        return self._table("documents")

    def counts_by_actor(self) -> pl.DataFrame:
        """Statements per speaker (see :func:`counts_by_actor`)."""
        return _propos.count_stored("actors", self.out_dir)

    def counts_by_figure(self) -> pl.DataFrame:
        """Mentions per figure (see :func:`counts_by_figure`)."""
        return _propos.count_stored("figures", self.out_dir)

    def counts_by_date(self) -> pl.DataFrame:
        """Statements per day (see :func:`counts_by_date`)."""
        return _propos.count_stored("dates", self.out_dir)

    def claims(self) -> pl.DataFrame:
        """Who put which number forward when (see :func:`claims`)."""
        return _propos.count_stored("claims", self.out_dir)

    def counts_by_cue(self) -> pl.DataFrame:
        """Statements per reporting verb (see :func:`counts_by_cue`)."""
        return _propos.count_stored("cues", self.out_dir)

    def repeated_quotes(self) -> pl.DataFrame:
        """Direct quotes found in several documents (see :func:`repeated_quotes`)."""
        return _propos.count_stored("quotes", self.out_dir)


def extract_to_parquet(
    source: Union[AnyPath, Sequence[AnyPath]],
    out_dir: AnyPath,
    *,
    lang: Optional[str] = None,
    published: Union[str, dt.date, None] = None,
    threads: Optional[int] = None,
    chunk_size: int = 1024,
    text_column: Optional[str] = None,
    id_column: Optional[str] = None,
) -> StoredCorpus:
    """Extract a corpus larger than memory now, streaming its tables to Parquet files.

    Eager, as polars' ``sink_parquet``: all the work is done when it returns.
    The articles of ``source`` (paths, as for :func:`extract`) are read and
    extracted ``chunk_size`` at a time, in parallel without the GIL, and each
    chunk's tables are appended to
    ``out_dir/{statements,figures,dates,entities,actors,documents}.parquet``; memory
    depends on the chunk size, not on the corpus. The output is the same
    whatever the number of threads.

    Args:
        source: a path or a list of paths.
        out_dir: the folder for the six Parquet files (created if needed;
            existing files of those names are replaced).
        lang, published, threads, text_column, id_column: as for :func:`extract`.
        chunk_size: articles extracted together before they are written.

    Returns:
        A :class:`StoredCorpus`: the tables as ``polars.LazyFrame`` s over
        the files, the counts, and the run's summary. Articles and files
        that cannot be read are rows of ``documents`` with their problem.

    Raises:
        FileNotFoundError: a path that does not exist.
        OSError (by kind): ``out_dir`` or a file in it cannot be written.
        ValueError: an unsupported language, a malformed ``published``,
            ``chunk_size`` or ``threads`` below 1, an ``out_dir`` whose
            tables would be inputs (inside an input directory: refused
            before anything is written, as by the ``propos`` command).
        TypeError: ``source`` is not a path or a list of paths.

    Example::

        corpus = propos.extract_to_parquet("archive/", "archive-tables/")
        corpus.statements.filter(pl.col("speaker") == "Antony Blinken").collect()
        corpus.claims()
    """
    paths = _paths_of(source)
    directory = os.fspath(out_dir)
    summary = _propos.write_tables(
        paths,
        directory,
        lang=lang,
        published=_iso_day(published),
        threads=_threads(threads),
        chunk_size=chunk_size,
        text_column=text_column,
        id_column=id_column,
    )
    return StoredCorpus(directory, summary)


def scan_tables(tables_dir: AnyPath) -> StoredCorpus:
    """The tables that :func:`extract_to_parquet` (or ``propos extract --out-dir``)
    wrote in ``tables_dir``, lazily: nothing is read until a table is
    collected or counted.

    Raises:
        FileNotFoundError: ``tables_dir`` does not exist.
        NotADirectoryError: ``tables_dir`` is a file.
    """
    directory = os.fspath(tables_dir)
    if not os.path.exists(directory):
        raise FileNotFoundError(errno.ENOENT, "No such directory", directory)
    if not os.path.isdir(directory):
        raise NotADirectoryError(errno.ENOTDIR, "Not a directory", directory)
    return StoredCorpus(directory)


def show(
    document: DocumentRef,
    corpus: Optional[Corpus] = None,
    *,
    lang: Optional[str] = None,
    published: Union[str, dt.date, None] = None,
) -> Highlighted:
    """An article with its speakers, cues, contents, figures and dates highlighted.

    Without ``corpus``, ``document`` is an article's text: it is extracted
    (with ``lang`` and ``published``) and shown (for a file:
    ``propos.extract(path).show(doc_id)``). With ``corpus``, it names a
    document of that corpus: a doc_id, or a row of one of its tables (a dict
    from ``DataFrame.row(i, named=True)`` or a one-row DataFrame); this is
    ``corpus.show(document)``.

    In Jupyter the result displays as HTML, each kind of span in its colour
    with a legend, details in the tooltips; ``print()`` gives the text
    followed by one line per span. Offsets in the tables are byte offsets into
    the UTF-8 text; the spans of the result are character offsets.

    Raises:
        TypeError: a row or DataFrame without a corpus to find its text in.
        KeyError: a doc_id that is not in the corpus.
    """
    if corpus is not None:
        return corpus.show(document)
    if not isinstance(document, str):
        raise TypeError(
            "without a corpus, propos.show takes an article's text (str); "
            "a row names a document of a corpus: propos.show(row, corpus) or corpus.show(row)"
        )
    return extract_texts(document, lang=lang, published=published).show("text-0")


def _frame(table: object, name: str) -> pl.DataFrame:
    """A table given to a count: a DataFrame as it is, a LazyFrame collected."""
    if isinstance(table, pl.DataFrame):
        return table
    if isinstance(table, pl.LazyFrame):
        return table.collect()
    raise TypeError(f"{name} must be a polars DataFrame or LazyFrame, not {_type_name(table)}")


def counts_by_actor(statements: Frame) -> pl.DataFrame:
    """Statements per speaker, most frequent first.

    Columns: actor, actor_type, country, statements, documents, first_date,
    last_date, top_cue, variants. Spellings of one name across documents
    ("Choe Son Hui", "Choe Son-hui") are merged under the most frequent one;
    ``variants`` lists them all, most frequent first, separated by "; ".
    Statements without a speaker are not counted. Every count takes
    DataFrames or LazyFrames (collected first).

    Raises:
        TableError: the table lacks a column it needs (doc_id, speaker,
            speaker_type, speaker_country, cue_lemma, date).
        TypeError: a table that is not a polars DataFrame or LazyFrame.
    """
    return _propos.count("actors", {"statements": _frame(statements, "statements")})


def counts_by_figure(figures: Frame) -> pl.DataFrame:
    """Mentions per figure (value + unit), most frequent first.

    Columns: value, unit, mentions, documents, speakers, speaker_names,
    first_date, last_date (the dates of the figure's statements).

    Raises:
        TableError: the table lacks a column it needs.
        TypeError: a table that is not a polars DataFrame or LazyFrame.
    """
    return _propos.count("figures", {"figures": _frame(figures, "figures")})


def counts_by_date(statements: Frame, documents: Frame) -> pl.DataFrame:
    """Statements per day (the statement's date, else its article's publication date).

    Columns: date, statements, documents.

    Raises:
        TableError: a table lacks a column it needs.
        TypeError: a table that is not a polars DataFrame or LazyFrame.
    """
    return _propos.count(
        "dates", {"statements": _frame(statements, "statements"), "documents": _frame(documents, "documents")}
    )


def claims(statements: Frame, figures: Frame) -> pl.DataFrame:
    """Who put which number forward when: one row per actor, figure and date.

    Columns: actor, value, unit, date, mentions, documents. A figure counts
    for the speaker it is attributed to (its own ``speaker``, else the speaker
    of its statement), on its statement's date (null when the text gives
    none). Spellings of a name are merged as in :func:`counts_by_actor`.
    Figures without a value or a speaker are left out. Rows are in actor,
    date (undated last), value and unit order.

    Raises:
        TableError: a table lacks a column it needs.
        TypeError: a table that is not a polars DataFrame or LazyFrame.
    """
    return _propos.count(
        "claims", {"statements": _frame(statements, "statements"), "figures": _frame(figures, "figures")}
    )


def counts_by_cue(statements: Frame) -> pl.DataFrame:
    """Statements per reporting verb (its lemma), most frequent first.

    Columns: cue_lemma, statements, documents, speakers, direct, indirect,
    mixed (the statements of each kind).

    Raises:
        TableError: the table lacks a column it needs.
        TypeError: a table that is not a polars DataFrame or LazyFrame.
    """
    return _propos.count("cues", {"statements": _frame(statements, "statements")})


def repeated_quotes(statements: Frame) -> pl.DataFrame:
    """Direct quotes found in more than one document, most widely repeated first.

    Columns: quote, documents, mentions, speakers, first_date, last_date,
    doc_ids. Quotes are compared by their words (case, accents, punctuation
    and quote marks ignored), so one quote typeset differently by two outlets
    is one row; quotes of fewer than five words are left out.

    Raises:
        TableError: the table lacks a column it needs.
        TypeError: a table that is not a polars DataFrame or LazyFrame.
    """
    return _propos.count("quotes", {"statements": _frame(statements, "statements")})
