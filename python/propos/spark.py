"""propos on Apache Spark: the same tables and counts, as Spark DataFrames.

Install with ``pip install propos[spark]`` (pyspark 4, pandas, pyarrow)::

    import propos.spark
    corpus = propos.spark.extract(articles, text_column="text", id_column="id")
    corpus.statements                 # a Spark DataFrame, the schema of the polars table
    corpus.counts_by_actor().show()   # and the five other counts

Extraction runs in one ``DataFrame.mapInArrow`` pass over the input: each
Arrow record batch of articles goes to the Rust engine as a polars frame
(:func:`propos.extract`), and its six tables come back as Arrow batches of
one *tagged* DataFrame, one struct column per table and a ``table`` column
naming the one a row belongs to. That DataFrame is persisted (memory and
disk), so the six tables, each a filter of it, cost one extraction however
many of them are used; :meth:`SparkCorpus.unpersist` frees it.

The schemas are those of the polars tables (see :func:`table_schemas`), with
one difference Spark imposes: it has no unsigned integers, so ``UInt32`` and
``UInt64`` columns (ids, offsets, counts) are ``long``.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Dict, Iterator, List, Optional, Tuple, Union, cast

import polars as pl
import pyarrow as pa
from pyspark import StorageLevel
from pyspark.sql import Column, DataFrame
from pyspark.sql import functions as F
from pyspark.sql import types as T
from pyspark.sql.pandas.types import to_arrow_schema

from . import _extract_frame, _iso_day, _propos
from . import extract as extract_locally
from . import extract_texts

__all__ = [
    "SparkCorpus",
    "TABLES",
    "claims",
    "counts_by_actor",
    "counts_by_cue",
    "counts_by_date",
    "counts_by_figure",
    "extract",
    "repeated_quotes",
    "table_schemas",
]

#: The tables of a corpus, in the order of :class:`propos.Corpus`.
TABLES: Tuple[str, ...] = ("statements", "figures", "dates", "entities", "actors", "documents")
_TAG = "table"
_KEY = "actor_key"

# Polars types of the tables and the Spark types that hold them (Spark has no
# unsigned integers: a long holds every UInt32 and every offset).
_SPARK_TYPES: List[Tuple[pl.DataType, T.DataType]] = [
    (pl.String(), T.StringType()),
    (pl.Boolean(), T.BooleanType()),
    (pl.Float64(), T.DoubleType()),
    (pl.Int32(), T.IntegerType()),
    (pl.Int64(), T.LongType()),
    (pl.UInt32(), T.LongType()),
    (pl.UInt64(), T.LongType()),
]


def _spark_type(column: str, dtype: pl.DataType) -> T.DataType:
    if isinstance(dtype, pl.List):  # mention_forms: a list of strings
        return T.ArrayType(_spark_type(column, cast(pl.DataType, dtype.inner)))
    for polars_type, spark_type in _SPARK_TYPES:
        if dtype == polars_type:
            return spark_type
    raise TypeError(f"column {column!r}: no Spark type for polars type {dtype}")


def _spark_schema(frame: pl.DataFrame) -> T.StructType:
    return T.StructType([T.StructField(name, _spark_type(name, dtype)) for name, dtype in frame.schema.items()])


@functools.lru_cache(maxsize=None)
def _schemas() -> Tuple[Tuple[str, T.StructType], ...]:
    empty = extract_locally(pl.DataFrame({"text": []}, schema={"text": pl.String}))
    return tuple((name, _spark_schema(getattr(empty, name))) for name in TABLES)


def table_schemas() -> Dict[str, T.StructType]:
    """The Spark schema of each table, from the polars schema of an empty extraction.

    Column names and order are those of the polars tables; ``UInt32`` and
    ``UInt64`` columns become ``long``. Useful to read tables written by
    ``corpus.statements.write.parquet(...)`` back with their schema.
    """
    return dict(_schemas())


def _tagged_schema() -> T.StructType:
    """``table`` (the name of a row's table), then one struct column per table."""
    fields = [T.StructField(_TAG, T.StringType(), nullable=False)]
    fields += [T.StructField(name, schema) for name, schema in table_schemas().items()]
    return T.StructType(fields)


@dataclass(frozen=True)
class _Columns:
    """The input columns extraction reads, by role."""

    text: str
    id: str
    url: Optional[str]
    published: Optional[str]
    lang: Optional[str]

    def names(self) -> List[str]:
        given = [self.text, self.id, self.url, self.published, self.lang]
        return list(dict.fromkeys(name for name in given if name is not None))


def _with_urls(documents: pl.DataFrame, articles: pl.DataFrame, columns: _Columns) -> pl.DataFrame:
    """``documents`` with each article's URL from its column, where it has one (else the one found in its text)."""
    assert columns.url is not None
    urls = articles.select(
        pl.col(columns.id).cast(pl.String).alias("doc_id"),
        pl.col(columns.url).cast(pl.String).alias("_given_url"),
    )
    return (
        documents.join(urls, on="doc_id", how="left")
        .with_columns(pl.coalesce("_given_url", "url").alias("url"))
        .drop("_given_url")
    )


def _pack(name: str, table: pl.DataFrame, schema: pa.Schema) -> List[pa.RecordBatch]:
    """The rows of table ``name`` as batches of the tagged schema (the other tables' columns null)."""
    packed = table.select(
        pl.lit(name).alias(_TAG),
        *[(pl.struct(pl.all()) if other == name else pl.lit(None)).alias(other) for other in TABLES],
    )
    return cast(List[pa.RecordBatch], packed.to_arrow().cast(schema).combine_chunks().to_batches())


def _extract_batches(
    batches: Iterator[pa.RecordBatch],
    *,
    columns: _Columns,
    lang: Optional[str],
    published: Optional[str],
    threads: int,
    schema: pa.Schema,
) -> Iterator[pa.RecordBatch]:
    """Runs on the executors: each batch of articles through the Rust engine, its tables out as tagged batches."""
    for batch in batches:
        articles = cast(pl.DataFrame, pl.from_arrow(batch))
        # A row's problem (a null text, an unsupported language, a bad date)
        # is a row of `documents` naming the row by its id, not its place in the batch.
        corpus = _extract_frame(
            articles,
            text_column=columns.text,
            id_column=columns.id,
            published_column=columns.published,
            lang_column=columns.lang,
            lang=lang,
            published=published,
            threads=threads,
            source="spark",
            row_numbers=False,
        )
        for name in TABLES:
            table: pl.DataFrame = getattr(corpus, name)
            if name == "documents" and columns.url is not None:
                table = _with_urls(table, articles, columns)
            if table.height:
                yield from _pack(name, table, schema)


def _check_columns(frame: DataFrame, columns: _Columns) -> None:
    types = dict(frame.dtypes)
    roles = {"text": columns.text, "id": columns.id, "url": columns.url,
             "published": columns.published, "lang": columns.lang}
    for role, name in roles.items():
        if name is not None and name not in types:
            raise KeyError(
                f"{role} column {name!r} is not in the DataFrame; its columns are: {', '.join(frame.columns)}"
            )
    for role, name, expected in [
        ("text", columns.text, ("string",)),
        ("lang", columns.lang, ("string",)),
        ("published", columns.published, ("string", "date", "timestamp", "timestamp_ntz")),
    ]:
        if name is not None and types[name] not in expected:
            raise TypeError(f"{role} column {name!r} has type {types[name]}; expected {' or '.join(expected)}")


def _check_ids(frame: DataFrame, id_column: str) -> None:
    """Raises ValueError when ``id_column`` has nulls or duplicates (one Spark job over that column)."""
    bad = (
        frame.groupBy(id_column)
        .agg(F.count(F.lit(1)).alias("rows"))
        .where(F.col(id_column).isNull() | (F.col("rows") > 1))
        .limit(6)
        .collect()
    )
    if any(row[id_column] is None for row in bad):
        raise ValueError(f"id column {id_column!r} has null values")
    if bad:
        raise ValueError(
            f"id column {id_column!r} has duplicate ids: {', '.join(str(row[id_column]) for row in bad[:5])}"
        )


@dataclass(frozen=True)
class SparkCorpus:
    """The tables extracted from a Spark DataFrame of articles, as Spark DataFrames.

    Same columns as :class:`propos.Corpus` (see :func:`table_schemas`). The
    tables are lazy: the first action on any of them runs the extraction,
    whose output stays persisted for the others until :meth:`unpersist`.
    """

    statements: DataFrame
    figures: DataFrame
    dates: DataFrame
    entities: DataFrame
    actors: DataFrame
    documents: DataFrame
    tagged: DataFrame

    def counts_by_actor(self) -> DataFrame:
        """Statements per speaker (see :func:`counts_by_actor`)."""
        return counts_by_actor(self.statements)

    def counts_by_figure(self) -> DataFrame:
        """Mentions per figure (see :func:`counts_by_figure`)."""
        return counts_by_figure(self.figures)

    def counts_by_date(self) -> DataFrame:
        """Statements per day (see :func:`counts_by_date`)."""
        return counts_by_date(self.statements, self.documents)

    def claims(self) -> DataFrame:
        """Who put which number forward when (see :func:`claims`)."""
        return claims(self.statements, self.figures)

    def counts_by_cue(self) -> DataFrame:
        """Statements per reporting verb (see :func:`counts_by_cue`)."""
        return counts_by_cue(self.statements)

    def repeated_quotes(self) -> DataFrame:
        """Direct quotes found in several documents (see :func:`repeated_quotes`)."""
        return repeated_quotes(self.statements)

    def unpersist(self) -> None:
        """Frees the persisted extraction; the tables recompute it if used again."""
        self.tagged.unpersist()


def extract(
    articles: DataFrame,
    *,
    text_column: str = "text",
    id_column: str = "id",
    url_column: Optional[str] = None,
    published_column: Optional[str] = None,
    lang_column: Optional[str] = None,
    lang: Optional[str] = None,
    published: Union[str, dt.date, None] = None,
    threads: Optional[int] = None,
) -> SparkCorpus:
    """Extract statements, figures and dates from a Spark DataFrame of articles.

    Each Arrow batch of rows is extracted by :func:`propos.extract` on the
    executors, with the same options; the tables are Spark DataFrames with
    the columns of the polars ones.

    Args:
        articles: one article per row.
        text_column: the texts (string). A null or empty text is that
            row's problem: a ``documents`` row whose ``problems`` names the
            row by its id (``spark: id "a7": the text is null``), as
            :func:`propos.extract` does; the other rows still come out.
        id_column: document ids (any type, written as strings; unique, no
            nulls; Spark rows have no order to number them by).
        url_column: article URLs (nulls take the ``Source :`` line of the
            text, if any).
        published_column: publication dates (date, timestamp or
            ``YYYY-MM-DD`` strings; nulls take ``published``).
        lang_column: language codes (nulls take ``lang``; a code propos
            does not support is that row's problem, the job goes on).
        lang: language of the articles that do not give theirs; detected
            when ``None``.
        published: publication date of the articles that do not give theirs.
        threads: engine threads per Spark task (default: ``spark.task.cpus``,
            as Spark runs one task per core).

    Returns:
        A :class:`SparkCorpus`. Nothing is extracted until an action runs
        on one of its tables.

    Raises:
        KeyError: a column named by ``*_column`` is not in ``articles``.
        TypeError: the text or lang column is not a string column.
        ValueError: null or duplicate ids (checked now, by one Spark job over
            the id column), an unsupported language or a malformed
            ``published``.
    """
    columns = _Columns(text_column, id_column, url_column, published_column, lang_column)
    _check_columns(articles, columns)
    default_day = _iso_day(published)
    extract_texts("", lang=lang, published=default_day)  # unsupported lang or bad date: raise here, not on an executor
    _check_ids(articles, id_column)
    if threads is None:
        threads = int(articles.sparkSession.conf.get("spark.task.cpus", "1") or "1")
    schema = _tagged_schema()
    run = functools.partial(
        _extract_batches,
        columns=columns,
        lang=lang,
        published=default_day,
        threads=threads,
        schema=to_arrow_schema(schema),
    )
    tagged = articles.select(*columns.names()).mapInArrow(run, schema).persist(StorageLevel.MEMORY_AND_DISK)
    tables = {name: tagged.where(F.col(_TAG) == name).select(f"{name}.*") for name in TABLES}
    return SparkCorpus(**tables, tagged=tagged)


def _key_batches(batches: Iterator[pa.RecordBatch], column: str, key: str, keys: str) -> Iterator[pa.RecordBatch]:
    """Runs on the executors: ``column`` batches with their ``key``, from the Rust function
    ``_propos.<keys>``."""
    schema = to_arrow_schema(_key_schema(column, key))
    for batch in batches:
        values = cast(pl.DataFrame, pl.from_arrow(batch))[column]
        keyed = pl.DataFrame([values, getattr(_propos, keys)(values).alias(key)])
        yield from keyed.to_arrow().cast(schema).to_batches()


def _key_schema(column: str, key: str) -> T.StructType:
    return T.StructType([T.StructField(column, T.StringType()), T.StructField(key, T.StringType())])


def _keys_of(values: DataFrame, key: str, keys: str) -> DataFrame:
    """The rows of ``values`` (one string column, distinct values) with their ``key``."""
    (column,) = values.columns
    run = functools.partial(_key_batches, column=column, key=key, keys=keys)
    return values.mapInArrow(run, _key_schema(column, key))


_QUOTE_KEY = "quote_key"


def _actor_keys(frame: DataFrame) -> DataFrame:
    """The distinct non-null ``speaker`` s of ``frame`` with their ``actor_key``."""
    speakers = frame.select("speaker").where(F.col("speaker").isNotNull()).distinct()
    return _keys_of(speakers, _KEY, "actor_keys")


def _with_actor_keys(frame: DataFrame) -> DataFrame:
    """``frame`` (with a non-null ``speaker`` column) and the ``actor_key`` of each speaker.

    The key is the Rust ``actor_key`` (lower case, accents stripped,
    punctuation as spaces), computed once per distinct spelling.
    """
    return frame.join(_actor_keys(frame), on="speaker")


def _finite(value: Column) -> Column:
    return value.isNotNull() & ~F.isnan(value) & (F.abs(value) != F.lit(float("inf")))


def _full_date(date: Column) -> Column:
    """``date`` unless it is partial (``--11-16``: no year), which is never a first or last date."""
    return F.when(~date.startswith("--"), date)


def _by_frequency(frame: DataFrame, keys: List[str], value: str, name: str) -> DataFrame:
    """Per ``keys``, the distinct ``value`` s most frequent first (ties in value order), joined by ``"; "``."""
    tallies = frame.groupBy(*keys, value).agg(F.count(F.lit(1)).alias("_n"))
    ordered = F.array_sort(F.collect_list(F.struct((-F.col("_n")).alias("_rank"), F.col(value).alias("_v"))))
    return tallies.groupBy(*keys).agg(F.array_join(F.transform(ordered, lambda x: x["_v"]), "; ").alias(name))


def counts_by_actor(statements: DataFrame) -> DataFrame:
    """Statements per speaker, most frequent first, as :func:`propos.counts_by_actor`.

    Columns: actor, actor_type, country, statements, documents, first_date,
    last_date, top_cue, variants. Spellings of a name are merged under the
    Rust ``actor_key`` (computed by the same function, once per spelling) and
    shown under the most frequent one; ``variants`` lists them all, most
    frequent first. Types, countries and cues are the most frequent of the
    actor's (ties: the first in order). Statements without a speaker are not
    counted; partial dates (``--11-16``) are not first or last dates.
    """
    keyed = _with_actor_keys(statements.where(F.col("speaker").isNotNull()))
    counts = keyed.groupBy(_KEY).agg(
        F.mode("speaker", True).alias("actor"),
        F.mode("speaker_type", True).alias("actor_type"),
        F.mode("speaker_country", True).alias("country"),
        F.count(F.lit(1)).alias("statements"),
        F.count_distinct("doc_id").alias("documents"),
        F.min(_full_date(F.col("date"))).alias("first_date"),
        F.max(_full_date(F.col("date"))).alias("last_date"),
        F.mode("cue_lemma", True).alias("top_cue"),
    )
    return (
        counts.join(_by_frequency(keyed, [_KEY], "speaker", "variants"), on=_KEY)
        .orderBy(F.desc("statements"), F.asc("actor"))
        .drop(_KEY)
    )


def counts_by_figure(figures: DataFrame) -> DataFrame:
    """Mentions per figure (value + unit), most frequent first, as :func:`propos.counts_by_figure`.

    Columns: value, unit, mentions, documents, speakers, speaker_names,
    first_date, last_date. Speakers are merged by spelling as in
    :func:`counts_by_actor`; ``speaker_names`` lists the most frequent
    spelling of each, sorted, joined by ``"; "``. The dates are those of the
    figures' statements. Figures without a finite value are not counted.
    Ties are in value, then unit order.
    """
    valued = figures.where(_finite(F.col("value")))
    counts = valued.groupBy("value", "unit").agg(
        F.count(F.lit(1)).alias("mentions"),
        F.count_distinct("doc_id").alias("documents"),
        F.min(_full_date(F.col("date"))).alias("first_date"),
        F.max(_full_date(F.col("date"))).alias("last_date"),
    )
    spellings = (
        _with_actor_keys(valued.where(F.col("speaker").isNotNull()))
        .groupBy("value", "unit", _KEY)
        .agg(F.mode("speaker", True).alias("_name"))
        .groupBy("value", "unit")
        .agg(
            F.count(F.lit(1)).alias("speakers"),
            F.array_join(F.array_sort(F.collect_list("_name")), "; ").alias("speaker_names"),
        )
    )
    return (
        counts.join(spellings, on=[counts["value"].eqNullSafe(spellings["value"]), counts["unit"].eqNullSafe(spellings["unit"])], how="left")
        .select(
            counts["value"],
            counts["unit"],
            "mentions",
            "documents",
            F.coalesce(F.col("speakers"), F.lit(0)).alias("speakers"),
            F.coalesce(F.col("speaker_names"), F.lit("")).alias("speaker_names"),
            "first_date",
            "last_date",
        )
        .orderBy(F.desc("mentions"), F.asc("value"), F.asc_nulls_first("unit"))
    )


def counts_by_date(statements: DataFrame, documents: DataFrame) -> DataFrame:
    """Statements per day, in calendar order, as :func:`propos.counts_by_date`.

    Columns: date, statements, documents. A statement counts on its own date,
    else on its article's publication date; statements with neither are not
    counted.
    """
    published = documents.select("doc_id", F.col("published").alias("_published"))
    return (
        statements.join(published, on="doc_id", how="left")
        .select("doc_id", F.coalesce("date", "_published").alias("date"))
        .where(F.col("date").isNotNull())
        .groupBy("date")
        .agg(F.count(F.lit(1)).alias("statements"), F.count_distinct("doc_id").alias("documents"))
        .orderBy("date")
    )


def claims(statements: DataFrame, figures: DataFrame) -> DataFrame:
    """Who put which number forward when, as :func:`propos.claims`.

    Columns: actor, value, unit, date, mentions, documents. A figure counts
    for its own speaker, else its statement's, on its statement's date;
    spellings are merged under the Rust ``actor_key`` and shown under the
    most frequent one among the actor's claims. Rows are in actor key, date
    (undated last), value and unit order.
    """
    held = statements.select(
        "doc_id", "statement_id", F.col("speaker").alias("_held_by"), F.col("date").alias("_date")
    )
    attributed = (
        figures.where(_finite(F.col("value")))
        .join(held, on=["doc_id", "statement_id"], how="left")
        .select("doc_id", "value", "unit", F.coalesce("speaker", "_held_by").alias("speaker"), F.col("_date").alias("date"))
        .where(F.col("speaker").isNotNull())
    )
    keyed = _with_actor_keys(attributed)
    names = keyed.groupBy(_KEY).agg(F.mode("speaker", True).alias("actor"))
    tallies = keyed.groupBy(_KEY, "date", "value", "unit").agg(
        F.count(F.lit(1)).alias("mentions"), F.count_distinct("doc_id").alias("documents")
    )
    return (
        tallies.join(names, on=_KEY)
        .orderBy(F.asc(_KEY), F.asc_nulls_last("date"), F.asc("value"), F.asc_nulls_first("unit"))
        .select("actor", "value", "unit", "date", "mentions", "documents")
    )


def counts_by_cue(statements: DataFrame) -> DataFrame:
    """Statements per reporting verb (its lemma), most frequent first, as :func:`propos.counts_by_cue`.

    Columns: cue_lemma, statements, documents, speakers, direct, indirect,
    mixed. ``speakers`` counts distinct speakers, spellings merged under the
    Rust ``actor_key`` as in :func:`counts_by_actor`. Ties are in cue order.
    """
    cued = statements.where(F.col("cue_lemma").isNotNull())
    keyed = cued.join(_actor_keys(cued), on="speaker", how="left")

    def of_kind(kind: str) -> Column:
        return F.count(F.when(F.col("kind") == kind, 1)).alias(kind)

    return (
        keyed.groupBy("cue_lemma")
        .agg(
            F.count(F.lit(1)).alias("statements"),
            F.count_distinct("doc_id").alias("documents"),
            F.count_distinct(_KEY).alias("speakers"),
            of_kind("direct"),
            of_kind("indirect"),
            of_kind("mixed"),
        )
        .orderBy(F.desc("statements"), F.asc("cue_lemma"))
    )


def repeated_quotes(statements: DataFrame) -> DataFrame:
    """Direct quotes found in more than one document, most widely repeated first, as :func:`propos.repeated_quotes`.

    Columns: quote, documents, mentions, speakers, first_date, last_date,
    doc_ids. Quotes are compared under the Rust ``quote_key`` (computed by
    the same function, once per distinct content; quotes of fewer than five
    words have none and are left out) and shown in their most frequent form.
    ``speakers`` lists the most frequent spelling of each speaker, merged as
    in :func:`counts_by_actor`, sorted; ``doc_ids`` the sorted documents;
    both joined by ``"; "``. Ties are in quote order.
    """
    direct = statements.where(
        (F.col("kind") == "direct") & F.col("content").isNotNull() & F.col("doc_id").isNotNull()
    )
    keys = _keys_of(direct.select("content").distinct(), _QUOTE_KEY, "quote_keys")
    quoted = direct.join(keys, on="content").where(F.col(_QUOTE_KEY).isNotNull())
    counts = quoted.groupBy(_QUOTE_KEY).agg(
        F.mode("content", True).alias("quote"),
        F.count_distinct("doc_id").alias("documents"),
        F.count(F.lit(1)).alias("mentions"),
        F.min(_full_date(F.col("date"))).alias("first_date"),
        F.max(_full_date(F.col("date"))).alias("last_date"),
        F.array_join(F.array_sort(F.collect_set("doc_id")), "; ").alias("doc_ids"),
    )
    speakers = (
        _with_actor_keys(quoted.where(F.col("speaker").isNotNull()))
        .groupBy(_QUOTE_KEY, _KEY)
        .agg(F.mode("speaker", True).alias("_name"))
        .groupBy(_QUOTE_KEY)
        .agg(F.array_join(F.array_sort(F.collect_list("_name")), "; ").alias("speakers"))
    )
    return (
        counts.where(F.col("documents") > 1)
        .join(speakers, on=_QUOTE_KEY, how="left")
        .select(
            "quote",
            "documents",
            "mentions",
            F.coalesce(F.col("speakers"), F.lit("")).alias("speakers"),
            "first_date",
            "last_date",
            "doc_ids",
        )
        .orderBy(F.desc("documents"), F.asc("quote"))
    )
