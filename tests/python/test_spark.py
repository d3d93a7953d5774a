"""propos.spark: the tables and counts of a Spark DataFrame are those of the local engine."""

import datetime as dt
import inspect
from pathlib import Path
from typing import Dict, Iterator, List

import polars as pl
import pytest
from polars.testing import assert_frame_equal

pytest.importorskip("pyspark")

from pyspark.sql import DataFrame, SparkSession  # noqa: E402

import propos  # noqa: E402
import propos.spark  # noqa: E402

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
# The rows that identify a record of each table, to compare tables whatever their row order.
KEYS: Dict[str, List[str]] = {
    "statements": ["doc_id", "statement_id"],
    "figures": ["doc_id", "figure_id"],
    "dates": ["doc_id", "start", "end"],
    "entities": ["doc_id", "entity_id"],
    "actors": ["doc_id", "actor"],
    "documents": ["doc_id"],
}



# Two invented dispatches that carry one quote, typeset differently: a repeated quote.
QUOTED = "« Nous ne céderons jamais au chantage nucléaire », a déclaré le ministre Paul Martin."
RETYPESET = QUOTED.replace("é", "e", 1).replace("« ", '"').replace(" »", '"')
REPEATS = {"wire-a": "Titre\n\n" + QUOTED, "wire-b": "Autre titre\n\n" + RETYPESET}


@pytest.fixture(scope="module")
def seeds() -> pl.DataFrame:
    paths = sorted(SEEDS.glob("*.txt"))
    ids = [p.stem for p in paths] + list(REPEATS)
    texts = [p.read_text(encoding="utf-8") for p in paths] + list(REPEATS.values())
    return pl.DataFrame({"id": ids, "text": texts})


@pytest.fixture(scope="module")
def local(seeds: pl.DataFrame) -> propos.Corpus:
    return propos.extract(seeds, id_column="id")


@pytest.fixture(scope="module")
def on_spark(spark: SparkSession, seeds: pl.DataFrame) -> Iterator[propos.spark.SparkCorpus]:
    articles = spark.createDataFrame(seeds.to_arrow()).repartition(2)
    corpus = propos.spark.extract(articles)
    yield corpus
    corpus.unpersist()


def collected(frame: DataFrame) -> pl.DataFrame:
    return pl.DataFrame(pl.from_arrow(frame.toArrow()))


def as_on_spark(frame: pl.DataFrame) -> pl.DataFrame:
    """A local table with the types Spark gives it (no unsigned integers)."""
    return frame.with_columns(pl.col(pl.UInt32, pl.UInt64).cast(pl.Int64))


@pytest.mark.parametrize("name", propos.spark.TABLES)
def test_each_table_is_the_local_one(name: str, local: propos.Corpus, on_spark: propos.spark.SparkCorpus) -> None:
    table = getattr(on_spark, name)
    assert table.schema == propos.spark.table_schemas()[name]
    expected = as_on_spark(getattr(local, name)).sort(KEYS[name])
    assert expected.height > 0
    assert_frame_equal(collected(table).sort(KEYS[name]), expected)


@pytest.mark.parametrize(
    "count", ["counts_by_actor", "counts_by_figure", "counts_by_date", "claims", "counts_by_cue", "repeated_quotes"]
)
def test_counts_are_the_local_ones(count: str, local: propos.Corpus, on_spark: propos.spark.SparkCorpus) -> None:
    expected = as_on_spark(getattr(local, count)())
    assert expected.height > 0
    assert_frame_equal(collected(getattr(on_spark, count)()), expected)


def test_counts_merge_spellings_as_the_rust_key_does(spark: SparkSession) -> None:
    statements = pl.DataFrame(
        {
            "doc_id": ["a", "a", "b", "c", "c"],
            "statement_id": pl.Series([0, 1, 0, 0, 1], dtype=pl.UInt32),
            "speaker": ["Choe Son-hui", "Choe Son-hui", "CHOÉ Son Hui", "Jean Dupont", None],
            "speaker_type": ["person", None, "person", "person", None],
            "speaker_country": ["KP", "KP", None, "FR", None],
            "cue_lemma": ["déclarer", "affirmer", "affirmer", "dire", "dire"],
            "date": ["2024-11-02", "--11-16", None, "2024-11-05", "2024-11-05"],
            "kind": ["direct", "direct", "direct", "indirect", "direct"],
            "content": [
                "Nous ne reculerons devant aucune menace",
                "Oui",
                "« Nous ne reculerons devant aucune menace... »",
                "le vote aura lieu",
                "Nous ne reculerons devant aucune menace",
            ],
        }
    )
    figures = pl.DataFrame(
        {
            "doc_id": ["a", "b", "c", "c"],
            "statement_id": pl.Series([0, 0, None, 0], dtype=pl.UInt32),
            "speaker": [None, None, "Jean Dupont", None],
            "value": [12000.0, 12000.0, float("nan"), 3.5],
            "unit": ["soldat", "soldat", None, None],
            "date": ["2024-11-02", "--11-16", "2024-11-05", None],
        }
    )
    documents = pl.DataFrame({"doc_id": ["a", "b", "c"], "published": ["2024-11-01", "2024-11-03", None]})
    frames = {name: spark.createDataFrame(as_on_spark(frame).to_arrow()) for name, frame in
              [("statements", statements), ("figures", figures), ("documents", documents)]}
    pairs = [
        (propos.counts_by_actor(statements), propos.spark.counts_by_actor(frames["statements"])),
        (propos.counts_by_figure(figures), propos.spark.counts_by_figure(frames["figures"])),
        (propos.counts_by_date(statements, documents),
         propos.spark.counts_by_date(frames["statements"], frames["documents"])),
        (propos.claims(statements, figures), propos.spark.claims(frames["statements"], frames["figures"])),
        (propos.counts_by_cue(statements), propos.spark.counts_by_cue(frames["statements"])),
        (propos.repeated_quotes(statements), propos.spark.repeated_quotes(frames["statements"])),
    ]
    for expected, got in pairs:
        assert_frame_equal(collected(got), as_on_spark(expected))
    actors = collected(pairs[0][1])
    assert actors["actor"].to_list() == ["Choe Son-hui", "Jean Dupont"]
    assert actors["statements"].to_list() == [3, 1]
    cues = collected(pairs[4][1])
    assert cues.filter(pl.col("cue_lemma") == "affirmer")["speakers"].to_list() == [1]  # one actor, two spellings
    quotes = collected(pairs[5][1])
    assert quotes["doc_ids"].to_list() == ["a; b; c"]
    assert quotes["speakers"].to_list() == ["CHOÉ Son Hui"]  # the first of equally frequent spellings


def test_an_empty_input_gives_empty_tables_with_their_schema(spark: SparkSession) -> None:
    corpus = propos.spark.extract(spark.createDataFrame([], "id string, text string"))
    for name in propos.spark.TABLES:
        table = getattr(corpus, name)
        assert table.schema == propos.spark.table_schemas()[name]
        assert table.count() == 0, name
    assert corpus.counts_by_actor().count() == 0
    corpus.unpersist()


def test_a_rows_problem_is_named_by_its_id_and_the_others_still_come_out(spark: SparkSession) -> None:
    good = "Titre\nPaul Martin a déclaré que la paix était proche."
    articles = spark.createDataFrame(
        [("blank", None, None), ("good", good, "fr"), ("klingon", good, "tlh"), ("empty", " ", None)],
        "id string, text string, lang string",
    ).repartition(2)
    corpus = propos.spark.extract(articles, lang_column="lang")
    documents = collected(corpus.documents).sort("doc_id")
    assert documents["doc_id"].to_list() == ["blank", "empty", "good", "klingon"]
    assert documents["problems"].to_list() == [
        'spark: id "blank": the text is null',
        'spark: id "empty": empty article (no text)',
        None,
        'spark: id "klingon": unsupported language "tlh": supported languages are fr, en',
    ]
    local = propos.extract(pl.DataFrame({"id": ["good"], "text": [good]}), id_column="id")
    assert_frame_equal(collected(corpus.statements), as_on_spark(local.statements))
    corpus.unpersist()


def test_columns_urls_dates_and_languages(spark: SparkSession) -> None:
    text = "Title\nJohn Smith said on Friday that the vote would take place."
    articles = spark.createDataFrame(
        [(7, text, "https://example.org/a", dt.date(2024, 11, 4), "en"), (8, text, None, None, None)],
        "key long, body string, link string, day date, language string",
    )
    corpus = propos.spark.extract(
        articles, text_column="body", id_column="key", url_column="link",
        published_column="day", lang_column="language", published="2024-10-30",
    )
    documents = collected(corpus.documents).sort("doc_id")
    assert documents["doc_id"].to_list() == ["7", "8"]
    assert documents["url"].to_list() == ["https://example.org/a", None]
    assert documents["published"].to_list() == ["2024-11-04", "2024-10-30"]
    assert documents["lang"].to_list() == ["en", "en"]
    assert collected(corpus.statements).sort("doc_id")["date"].to_list() == ["2024-11-01", "2024-10-25"]
    corpus.unpersist()


def test_bad_ids_columns_and_options_raise_before_any_extraction(spark: SparkSession) -> None:
    twice = spark.createDataFrame([("a", "Un texte."), ("a", "Un autre.")], "id string, text string")
    with pytest.raises(ValueError, match="duplicate ids: a"):
        propos.spark.extract(twice)
    unnamed = spark.createDataFrame([(None, "Un texte.")], "id string, text string")
    with pytest.raises(ValueError, match="null values"):
        propos.spark.extract(unnamed)
    with pytest.raises(KeyError, match="body"):
        propos.spark.extract(twice, text_column="body")
    with pytest.raises(TypeError, match="expected string"):
        propos.spark.extract(spark.createDataFrame([(1, 2)], "id long, text long"))
    with pytest.raises(TypeError, match="expected string or date"):
        propos.spark.extract(twice.selectExpr("*", "1 AS day"), published_column="day")
    with pytest.raises(ValueError, match="unsupported language"):
        propos.spark.extract(twice, lang="xx")


def test_every_public_name_has_a_docstring() -> None:
    for name in propos.spark.__all__:
        value = getattr(propos.spark, name)
        if callable(value):
            assert inspect.getdoc(value), name
    for name, method in inspect.getmembers(propos.spark.SparkCorpus, inspect.isfunction):
        if not name.startswith("_"):
            assert inspect.getdoc(method), f"SparkCorpus.{name}"
