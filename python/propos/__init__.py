"""propos: who said what, with which figures, on which date.

Turn news articles into polars tables of statements, figures and dates, and
count them across a corpus::

    import propos
    corpus = propos.extract("seeds")          # a folder, a file, texts, a DataFrame...
    corpus.statements                         # polars.DataFrame
    corpus.counts_by_actor()                  # who speaks most
    corpus.claims()                           # who put which figure forward when
    corpus.show(corpus.documents["doc_id"][0])  # an article, highlighted

Tables (offsets are byte offsets into the article text):

- ``statements``: doc_id, statement_id, sentence, start, end, speaker,
  speaker_mention, speaker_type, speaker_country, cue, cue_start, cue_end,
  cue_lemma, kind, content, content_start, content_end, date, lang, rule,
  speaker_rule
- ``figures``: doc_id, figure_id, start, end, text, value, unit, approx,
  bound, statement_id, speaker, date (the date of the figure's statement)
- ``dates``: doc_id, start, end, text, value, granularity
- ``actors``: doc_id, actor, actor_type, country, mentions, statements
- ``documents``: doc_id, url, published, lang, chars, statements, problems

The tables do not store the texts. A corpus made by :func:`extract` keeps a
reference to what it read (the texts given, or the files, re-read on demand)
so that ``corpus.text(doc_id)`` and ``corpus.show(doc_id)`` give an article back.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from typing import Any, Dict, Mapping, Optional, Sequence, Union

import polars as pl

from . import _propos
from ._highlight import Highlighted, spans_of
from ._propos import SUPPORTED_LANGUAGES, ProposError, TableError, __version__
from ._texts import FileTexts, InMemoryTexts, TextLookup

__all__ = [
    "Corpus",
    "Highlighted",
    "ProposError",
    "SUPPORTED_LANGUAGES",
    "TableError",
    "__version__",
    "claims",
    "ScannedCorpus",
    "counts_by_actor",
    "counts_by_cue",
    "counts_by_date",
    "counts_by_figure",
    "extract",
    "repeated_quotes",
    "scan",
    "show",
]

Source = Union[
    str,
    "os.PathLike[str]",
    Sequence[Union[str, "os.PathLike[str]"]],
    pl.DataFrame,
    pl.Series,
]
#: What :func:`show` accepts: a text, a document id, or a row naming a document.
DocumentRef = Union[str, Mapping[str, Any], pl.DataFrame]


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
    actors: pl.DataFrame
    documents: pl.DataFrame
    text_source: Optional[TextLookup] = field(default=None, compare=False)

    def __repr__(self) -> str:
        sizes = ", ".join(
            f"{getattr(self, name).height} {name}"
            for name in ("documents", "statements", "figures", "dates", "actors")
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


_PATH_SUFFIXES = (".txt", ".jsonl", ".ndjson", ".jsonl.gz", ".jsonl.zst", ".ndjson.gz", ".ndjson.zst")
_PARQUET_SUFFIX = ".parquet"


def _is_path(item: object) -> bool:
    """Whether ``item`` names a file or directory rather than being article text."""
    if isinstance(item, os.PathLike):
        return True
    if not isinstance(item, str) or "\n" in item or len(item) > 4096:
        return False
    return os.path.exists(item) or item.endswith(_PATH_SUFFIXES)


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
    raise TypeError(f"expected a doc_id, a row or a one-row DataFrame, not {type(document).__name__}")


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
    if column.dtype == pl.String:
        return column
    if column.dtype in (pl.Date, pl.Datetime):
        return column.dt.strftime("%Y-%m-%d")
    raise TypeError(
        f"published column {column.name!r} has type {column.dtype}; expected String, Date or Datetime"
    )


def _lang_codes(column: pl.Series) -> pl.Series:
    if column.dtype != pl.String:
        raise TypeError(f"lang column {column.name!r} has type {column.dtype}; expected String")
    codes = column.drop_nulls().unique(maintain_order=True)
    unsupported = codes.filter(~codes.is_in(SUPPORTED_LANGUAGES))
    if unsupported.len():
        raise ValueError(
            f"unsupported language {unsupported[0]!r} in lang column {column.name!r}: "
            f"supported languages are {', '.join(SUPPORTED_LANGUAGES)}"
        )
    return column


def _texts_of(column: pl.Series) -> pl.Series:
    if column.dtype != pl.String:
        raise TypeError(f"text column {column.name!r} has type {column.dtype}; expected String")
    if column.null_count():
        first = column.is_null().arg_true()[0]
        raise ValueError(
            f"text column {column.name!r} has {column.null_count()} null values (the first at row {first}); "
            f"drop them first, e.g. df.drop_nulls({column.name!r})"
        )
    return column


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
) -> Corpus:
    texts = _texts_of(_column(frame, text_column, "text"))
    ids = _ids_of(frame, id_column)
    columns = [texts.alias("text"), ids]
    if published_column is not None:
        columns.append(_publication_days(_column(frame, published_column, "published")).alias("published"))
    if lang_column is not None:
        columns.append(_lang_codes(_column(frame, lang_column, "lang")).alias("lang"))
    # The columns go to Rust whole (Arrow buffers), not as Python strings.
    tables = _propos.extract_frame(pl.DataFrame(columns), lang=lang, published=published, threads=threads)
    return Corpus(**tables, text_source=InMemoryTexts(ids, texts))


def extract(
    source: Source,
    *,
    lang: Optional[str] = None,
    published: Union[str, dt.date, None] = None,
    text_column: str = "text",
    id_column: Optional[str] = None,
    published_column: Optional[str] = None,
    lang_column: Optional[str] = None,
    threads: Optional[int] = None,
) -> Corpus:
    """Extract statements, figures and dates from articles.

    Args:
        source: one of
            - a path to a ``.txt`` article (its id is the file stem), a
              ``.jsonl`` file (one JSON object per line with ``text`` and
              optional ``id``/``doc_id``, ``url``, ``published``, ``lang``) or
              a directory (read recursively); or a list of such paths;
            - an article's text, or a list of texts (their ids are
              ``text-0``, ``text-1``, ...);
            - a polars DataFrame with one article per row: the text in
              ``text_column``, and optionally ids, publication dates and
              languages in ``id_column``, ``published_column``,
              ``lang_column`` (ids default to the row number: ``"0"``,
              ``"1"``, ...);
            - a polars Series of texts (ids are the row numbers);
            - a path to a Parquet file, read as a DataFrame (the ``*_column``
              options apply).
        lang: language of the articles that do not give theirs (``"fr"`` or
            ``"en"``); detected from the text when ``None``.
        published: publication date (``YYYY-MM-DD`` or a ``datetime.date``)
            of the articles that do not give theirs; relative dates ("hier",
            "vendredi") are resolved against it.
        text_column: DataFrame column holding the texts (String, no nulls).
        id_column: DataFrame column of document ids (any type, written as
            strings; unique, no nulls).
        published_column: DataFrame column of publication dates (``pl.Date``,
            ``pl.Datetime`` or ``YYYY-MM-DD`` strings; nulls take ``published``).
        lang_column: DataFrame column of language codes (nulls take ``lang``).
        threads: worker threads (default: ``PROPOS_MAX_THREADS``, else all
            cores). Extraction runs in parallel without the GIL.

    Returns:
        A :class:`Corpus` with the five tables, which can also give back each
        article's text (:meth:`Corpus.text`, :meth:`Corpus.show`). Articles
        that could not be read, or whose own date is malformed, are listed in
        ``documents`` with their problem; the others still come out.

    Raises:
        FileNotFoundError: a path that does not exist.
        KeyError: a DataFrame lacks a column named by ``*_column``; the
            message lists the columns it has.
        TypeError: a column of the wrong type, a column option for a source
            that is not a DataFrame, or a mix of paths and texts.
        ValueError: an unsupported language, a malformed ``published``, null
            texts, or null or duplicate ids.

    Example::

        corpus = propos.extract(df, text_column="body", id_column="url",
                                published_column="date")
        corpus.counts_by_actor()
    """
    default_day = _iso_day(published)
    if isinstance(source, (str, os.PathLike)) and os.fspath(source).endswith(_PARQUET_SUFFIX):
        if not os.path.isfile(source):
            raise FileNotFoundError(f"{os.fspath(source)}: no such file")
        source = pl.read_parquet(os.fspath(source))
    if isinstance(source, pl.DataFrame):
        return _extract_frame(
            source,
            text_column=text_column,
            id_column=id_column,
            published_column=published_column,
            lang_column=lang_column,
            lang=lang,
            published=default_day,
            threads=threads,
        )
    given = {"id_column": id_column, "published_column": published_column, "lang_column": lang_column}
    misplaced = [name for name, value in given.items() if value is not None]
    if text_column != "text":
        misplaced.insert(0, "text_column")
    if misplaced:
        raise TypeError(f"{', '.join(misplaced)} only apply to a DataFrame source, not {type(source).__name__}")
    if isinstance(source, pl.Series):
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
    items = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    if items and all(_is_path(item) for item in items):
        paths = [os.fspath(item) for item in items]
        for path in paths:
            if not os.path.exists(path):
                raise FileNotFoundError(f"{path}: no such file or directory")
            if path.endswith(_PARQUET_SUFFIX):
                raise ValueError(
                    f"{path}: a Parquet file is read on its own, propos.extract({path!r}, text_column=...); "
                    "for several, extract pl.concat([pl.read_parquet(p) for p in paths])"
                )
        tables = _propos.extract_paths(paths, lang=lang, published=default_day, threads=threads)
        return Corpus(**tables, text_source=FileTexts(paths))
    if all(isinstance(item, str) for item in items):
        texts = [str(item) for item in items]
        ids = [f"text-{i}" for i in range(len(texts))]
        tables = _propos.extract_texts(texts, ids, lang=lang, default_published=default_day, threads=threads)
        return Corpus(**tables, text_source=InMemoryTexts(ids, texts))
    raise TypeError("source must be paths or texts, not a mix of both")


_TABLES = ("statements", "figures", "dates", "actors", "documents")


@dataclass(frozen=True, repr=False)
class ScannedCorpus:
    """The tables of a corpus streamed to Parquet files by :func:`scan`.

    Each table is a ``polars.LazyFrame`` over ``out_dir/<table>.parquet``:
    filter and select before ``collect()`` and only what is needed is read.
    The counts run in Rust on the files, reading only the columns they need.
    """

    out_dir: str
    #: What the run went through: read, skipped, bytes, statements, figures, dates, problems.
    summary: Dict[str, int]

    def __repr__(self) -> str:
        return f"ScannedCorpus({self.out_dir!r}, {self.summary})"

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


def scan(
    source: Union[str, "os.PathLike[str]", Sequence[Union[str, "os.PathLike[str]"]]],
    out_dir: Union[str, "os.PathLike[str]"],
    *,
    lang: Optional[str] = None,
    published: Union[str, dt.date, None] = None,
    threads: Optional[int] = None,
    chunk_size: int = 1024,
    text_column: str = "text",
    id_column: str = "id",
) -> ScannedCorpus:
    """Extract a corpus larger than memory, streaming its tables to Parquet.

    The articles of ``source`` (files and directories: ``.txt``, ``.jsonl``,
    ``.parquet``) are read and extracted ``chunk_size`` at a time, in parallel
    without the GIL, and each chunk's tables are appended to
    ``out_dir/{statements,figures,dates,actors,documents}.parquet``; memory
    depends on the chunk size, not on the corpus. The output is the same
    whatever the number of threads.

    Args:
        source: a path or a list of paths.
        out_dir: the folder for the five Parquet files (created if needed;
            existing files of those names are replaced).
        lang, published, threads: as for :func:`extract`.
        chunk_size: articles extracted together before they are written.
        text_column, id_column: the columns of Parquet inputs holding the
            text and the id (else ``doc_id``, else ``FILE:ROW``).

    Returns:
        A :class:`ScannedCorpus`: the tables as ``polars.LazyFrame`` s over
        the files (``pl.scan_parquet``), the counts, and the run's summary.
        Articles that cannot be read are rows of ``documents`` with their
        problem.

    Raises:
        FileNotFoundError: a path that does not exist.
        ValueError: an unsupported language, a malformed ``published``, or
            ``chunk_size`` below 1.
        TableError: ``out_dir`` or a file in it cannot be written.

    Example::

        corpus = propos.scan("archive/", "archive-tables/")
        corpus.statements.filter(pl.col("speaker") == "Antony Blinken").collect()
        corpus.claims()
    """
    items = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    paths = [os.fspath(item) for item in items]
    for path in paths:
        if not os.path.exists(path):
            raise FileNotFoundError(f"{path}: no such file or directory")
    directory = os.fspath(out_dir)
    summary = _propos.scan_paths(
        paths,
        directory,
        lang=lang,
        published=_iso_day(published),
        threads=threads,
        chunk_size=chunk_size,
        text_column=text_column,
        id_column=id_column,
    )
    return ScannedCorpus(directory, summary)


def show(
    document: DocumentRef,
    corpus: Optional[Corpus] = None,
    *,
    lang: Optional[str] = None,
    published: Union[str, dt.date, None] = None,
) -> Highlighted:
    """An article with its speakers, cues, contents, figures and dates highlighted.

    Without ``corpus``, ``document`` is an article's text, or the path of a
    file holding one article: it is extracted (with ``lang`` and
    ``published``) and shown. With ``corpus``, it names a
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
        ValueError: a file that holds more than one article.
    """
    if corpus is not None:
        return corpus.show(document)
    if not isinstance(document, str):
        raise TypeError(
            "a row names a document of a corpus: call propos.show(row, corpus) or corpus.show(row)"
        )
    if _is_path(document) and os.path.isfile(document):
        from_file = extract(document, lang=lang, published=published)
        if from_file.documents.height != 1:
            raise ValueError(
                f"{document} holds {from_file.documents.height} articles: "
                "use propos.extract(path).show(doc_id)"
            )
        return from_file.show(from_file.documents["doc_id"][0])
    single = _propos.extract_texts([document], ["text-0"], lang=lang, default_published=_iso_day(published))
    return Corpus(**single, text_source=InMemoryTexts(["text-0"], [document])).show("text-0")


def counts_by_actor(statements: pl.DataFrame) -> pl.DataFrame:
    """Statements per speaker, most frequent first.

    Columns: actor, actor_type, country, statements, documents, first_date,
    last_date, top_cue, variants. Spellings of one name across documents
    ("Choe Son Hui", "Choe Son-hui") are merged under the most frequent one;
    ``variants`` lists them all, most frequent first, separated by "; ".
    Statements without a speaker are not counted.

    Raises:
        TableError: the table lacks a column it needs (doc_id, speaker,
            speaker_type, speaker_country, cue_lemma, date).
    """
    return _propos.count("actors", {"statements": statements})


def counts_by_figure(figures: pl.DataFrame) -> pl.DataFrame:
    """Mentions per figure (value + unit), most frequent first.

    Columns: value, unit, mentions, documents, speakers, speaker_names,
    first_date, last_date (the dates of the figure's statements).

    Raises:
        TableError: the table lacks a column it needs.
    """
    return _propos.count("figures", {"figures": figures})


def counts_by_date(statements: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    """Statements per day (the statement's date, else its article's publication date).

    Columns: date, statements, documents.

    Raises:
        TableError: a table lacks a column it needs.
    """
    return _propos.count("dates", {"statements": statements, "documents": documents})


def claims(statements: pl.DataFrame, figures: pl.DataFrame) -> pl.DataFrame:
    """Who put which number forward when: one row per actor, figure and date.

    Columns: actor, value, unit, date, mentions, documents. A figure counts
    for the speaker it is attributed to (its own ``speaker``, else the speaker
    of its statement), on its statement's date (null when the text gives
    none). Spellings of a name are merged as in :func:`counts_by_actor`.
    Figures without a value or a speaker are left out. Rows are in actor,
    date (undated last), value and unit order.

    Raises:
        TableError: a table lacks a column it needs.
    """
    return _propos.count("claims", {"statements": statements, "figures": figures})


def counts_by_cue(statements: pl.DataFrame) -> pl.DataFrame:
    """Statements per reporting verb (its lemma), most frequent first.

    Columns: cue_lemma, statements, documents, speakers, direct, indirect,
    mixed (the statements of each kind).

    Raises:
        TableError: the table lacks a column it needs.
    """
    return _propos.count("cues", {"statements": statements})


def repeated_quotes(statements: pl.DataFrame) -> pl.DataFrame:
    """Direct quotes found in more than one document, most widely repeated first.

    Columns: quote, documents, mentions, speakers, first_date, last_date,
    doc_ids. Quotes are compared by their words (case, accents, punctuation
    and quote marks ignored), so one quote typeset differently by two outlets
    is one row; quotes of fewer than five words are left out.

    Raises:
        TableError: the table lacks a column it needs.
    """
    return _propos.count("quotes", {"statements": statements})
