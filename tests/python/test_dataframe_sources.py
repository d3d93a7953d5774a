"""propos.extract on polars DataFrames and Series: columns, ids, dates, languages, errors."""

import datetime as dt

import polars as pl
import pytest
from polars.testing import assert_frame_equal

import propos

FRENCH = "Titre\nMarie Dubois a affirmé que la réforme serait votée."
ENGLISH = "Title\nJohn Smith said that the vote would take place."


@pytest.fixture
def articles() -> pl.DataFrame:
    return pl.DataFrame(
        {
            "body": [FRENCH, ENGLISH],
            "url": ["https://example.org/a", "https://example.org/b"],
            "day": [None, "2024-11-02"],
            "language": ["fr", None],
        }
    )


def test_a_dataframe_gives_one_document_per_row_with_its_columns(articles):
    corpus = propos.extract(
        articles, text_column="body", id_column="url", published_column="day", lang_column="language"
    )
    expected = pl.DataFrame(
        {
            "doc_id": ["https://example.org/a", "https://example.org/b"],
            "published": [None, "2024-11-02"],
            "lang": ["fr", "en"],
            "statements": pl.Series([1, 1], dtype=pl.UInt32),
        }
    )
    assert_frame_equal(corpus.documents.select(expected.columns), expected)
    statements = pl.DataFrame(
        {
            "doc_id": ["https://example.org/a", "https://example.org/b"],
            "speaker": ["Marie Dubois", "John Smith"],
            "kind": ["indirect", "indirect"],
            "content": ["la réforme serait votée", "the vote would take place"],
        }
    )
    assert_frame_equal(corpus.statements.select(statements.columns), statements)


def test_row_numbers_are_the_default_ids_and_published_fills_missing_dates(articles):
    corpus = propos.extract(articles, text_column="body", published_column="day", published="2024-10-30")
    assert corpus.documents["doc_id"].to_list() == ["0", "1"]
    assert corpus.documents["published"].to_list() == ["2024-10-30", "2024-11-02"]


def test_a_date_column_is_written_as_iso_dates(articles):
    dated = articles.with_columns(pl.col("day").str.to_date())
    assert dated.schema["day"] == pl.Date
    corpus = propos.extract(dated, text_column="body", published_column="day")
    assert corpus.documents["published"].to_list() == [None, "2024-11-02"]


def test_a_datetime_column_keeps_the_day():
    frame = pl.DataFrame({"text": [FRENCH], "at": [dt.datetime(2024, 11, 2, 23, 59)]})
    assert propos.extract(frame, published_column="at").documents["published"].to_list() == ["2024-11-02"]


def test_integer_ids_become_strings():
    frame = pl.DataFrame({"text": [FRENCH, ENGLISH], "n": [10, 20]})
    assert propos.extract(frame, id_column="n").documents["doc_id"].to_list() == ["10", "20"]


def test_a_series_of_texts_gives_the_same_statements_as_a_list():
    from_series = propos.extract(pl.Series("body", [FRENCH, ENGLISH]))
    from_list = propos.extract_texts([FRENCH, ENGLISH])
    assert from_series.documents["doc_id"].to_list() == ["0", "1"]
    assert_frame_equal(from_series.statements.drop("doc_id"), from_list.statements.drop("doc_id"))


def test_a_missing_column_names_it_and_the_available_ones(articles):
    with pytest.raises(KeyError, match=r"text column 'text' is not in the DataFrame; its columns are: body, url, day, language"):
        propos.extract(articles)
    with pytest.raises(KeyError, match=r"id column 'id'.*body, url"):
        propos.extract(articles, text_column="body", id_column="id")
    with pytest.raises(KeyError, match=r"published column 'date'"):
        propos.extract(articles, text_column="body", published_column="date")
    with pytest.raises(KeyError, match=r"lang column 'lang'"):
        propos.extract(articles, text_column="body", lang_column="lang")


def test_a_text_column_that_is_not_strings_is_a_type_error():
    with pytest.raises(TypeError, match=r"text column 'text' has type Int64; expected String"):
        propos.extract(pl.DataFrame({"text": [1, 2]}))


def test_a_published_column_of_numbers_is_a_type_error():
    with pytest.raises(TypeError, match=r"published column 'day' has type Int64"):
        propos.extract(pl.DataFrame({"text": [FRENCH], "day": [20241102]}), published_column="day")


def test_null_texts_are_problems_of_their_rows_and_the_others_come_out():
    frame = pl.DataFrame({"text": [FRENCH, None, None], "id": ["a", "b", "c"]})
    documents = propos.extract(frame, id_column="id").documents
    assert documents["doc_id"].to_list() == ["a", "b", "c"]
    assert documents["problems"].to_list() == [None, "dataframe: row 1: the text is null", "dataframe: row 2: the text is null"]
    assert documents["statements"].to_list()[0] == 1


def test_a_categorical_text_column_is_read_as_strings():
    frame = pl.DataFrame({"text": [FRENCH, ENGLISH, FRENCH], "id": ["a", "b", "c"]})
    categorical = frame.with_columns(pl.col("text").cast(pl.Categorical))
    assert_frame_equal(
        propos.extract(categorical, id_column="id").statements, propos.extract(frame, id_column="id").statements
    )


def test_duplicate_ids_are_refused():
    frame = pl.DataFrame({"text": [FRENCH, ENGLISH, FRENCH], "id": ["a", "b", "a"]})
    with pytest.raises(ValueError, match=r"duplicate ids: a"):
        propos.extract(frame, id_column="id")


def test_null_ids_are_refused():
    frame = pl.DataFrame({"text": [FRENCH, ENGLISH], "id": ["a", None]})
    with pytest.raises(ValueError, match=r"id column 'id' has 1 null values"):
        propos.extract(frame, id_column="id")


def test_column_options_that_do_not_apply_are_a_type_error(tmp_path):
    with pytest.raises(TypeError, match=r"text_column, id_column only apply to a DataFrame, LazyFrame or path"):
        propos.extract(pl.Series([FRENCH]), text_column="body", id_column="id")
    with pytest.raises(TypeError, match=r"published_column only apply to a DataFrame or LazyFrame source"):
        propos.extract(tmp_path, published_column="day")


def test_a_lazyframe_is_collected_with_its_article_columns_only(articles):
    lazy = articles.lazy().with_columns(pl.col("body").str.len_bytes().alias("unused"))
    from_lazy = propos.extract(lazy, text_column="body", id_column="url", lang_column="language")
    from_frame = propos.extract(articles, text_column="body", id_column="url", lang_column="language")
    assert_frame_equal(from_lazy.statements, from_frame.statements)
    with pytest.raises(KeyError, match=r"text column 'text'"):
        propos.extract(lazy)


def test_an_unsupported_language_in_a_row_is_that_rows_problem():
    frame = pl.DataFrame({"text": [FRENCH, ENGLISH], "lang": ["de", "en"]})
    documents = propos.extract(frame, lang_column="lang").documents
    assert documents["problems"].to_list() == [
        'dataframe: row 0: unsupported language "de": supported languages are fr, en',
        None,
    ]
    assert documents["lang"].to_list()[1] == "en"


def test_a_malformed_date_in_a_row_is_that_documents_problem():
    frame = pl.DataFrame({"text": [FRENCH, ENGLISH], "day": ["demain", "2024-11-02"]})
    documents = propos.extract(frame, published_column="day").documents
    problems = documents["problems"].to_list()
    assert "invalid publication date" in problems[0] and "demain" in problems[0]
    assert problems[1] is None


def test_an_empty_dataframe_gives_empty_tables_with_their_schema():
    reference = propos.extract_texts([FRENCH])
    corpus = propos.extract(pl.DataFrame({"text": []}, schema={"text": pl.String}))
    for name in ["statements", "figures", "dates", "actors", "documents"]:
        table = getattr(corpus, name)
        assert table.height == 0, name
        assert table.schema == getattr(reference, name).schema, name
    assert corpus.counts_by_date().height == 0


def test_the_corpus_gives_back_the_texts_of_a_dataframe(articles):
    corpus = propos.extract(articles, text_column="body", id_column="url")
    assert corpus.text("https://example.org/b") == ENGLISH
    with pytest.raises(KeyError, match="no document 'c'"):
        corpus.text("c")


def test_a_parquet_file_is_read_by_the_rust_reader_with_its_columns(tmp_path, articles):
    path = tmp_path / "articles.parquet"
    articles.rename({"language": "lang"}).write_parquet(path)
    corpus = propos.extract(str(path), text_column="body", id_column="url")
    from_frame = propos.extract(articles, text_column="body", id_column="url", lang_column="language")
    assert_frame_equal(corpus.statements, from_frame.statements)
    assert corpus.text("https://example.org/a") == FRENCH


def test_a_missing_fake_or_textless_parquet_file_raises_naming_it(tmp_path, articles):
    with pytest.raises(FileNotFoundError, match="nope.parquet"):
        propos.extract(tmp_path / "nope.parquet")
    fake = tmp_path / "fake.parquet"
    fake.write_text("not Parquet at all")
    with pytest.raises(ValueError, match=r"fake\.parquet: not a readable Parquet file"):
        propos.extract(fake)
    path = tmp_path / "articles.parquet"
    articles.write_parquet(path)
    with pytest.raises(ValueError, match=r"articles\.parquet: no text column \"text\""):
        propos.extract(path)


def test_published_may_be_a_date_object():
    corpus = propos.extract_texts([FRENCH], published=dt.date(2024, 11, 2))
    assert corpus.documents["published"].to_list() == ["2024-11-02"]


def test_a_lang_column_of_numbers_is_a_type_error():
    with pytest.raises(TypeError, match=r"lang column 'lang' has type Int64; expected String"):
        propos.extract(pl.DataFrame({"text": [FRENCH], "lang": [1]}), lang_column="lang")
