"""Tests of the Python API on the seed articles and hand-written texts."""

import os
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

import propos

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

STATEMENT_COLUMNS = [
    "doc_id", "statement_id", "sentence", "start", "end", "speaker", "speaker_mention",
    "speaker_type", "speaker_country", "cue", "cue_start", "cue_end", "cue_lemma", "kind",
    "content", "content_start", "content_end", "date", "lang", "rule", "speaker_rule",
    "speaker_entity",
]


def test_extract_a_folder_gives_six_polars_tables():
    corpus = propos.extract(SEEDS)
    for name in ["statements", "figures", "dates", "entities", "actors", "documents"]:
        assert isinstance(getattr(corpus, name), pl.DataFrame), name
    assert corpus.statements.columns == STATEMENT_COLUMNS
    assert corpus.documents["doc_id"].to_list() == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert corpus.documents["problems"].null_count() == 5
    assert corpus.statements.height >= 5


def test_a_path_as_string_and_a_list_of_paths():
    files = sorted(SEEDS.glob("*.txt"))[:2]
    one = propos.extract(str(files[0]))
    two = propos.extract([str(f) for f in files])
    assert one.documents["doc_id"].to_list() == [files[0].stem]
    assert two.documents.height == 2


def test_a_text_gives_its_quote_with_exact_offsets():
    text = "Titre\nLe ministre Paul Martin a déclaré : « Nous ne céderons pas sur ce point. »"
    corpus = propos.extract_texts(text)
    row = corpus.statements.row(0, named=True)
    assert row["doc_id"] == "text-0"
    assert row["kind"] == "direct"
    # the final period is not part of the content (statement spec)
    assert row["content"] == "Nous ne céderons pas sur ce point"
    raw = text.encode()
    assert raw[row["content_start"]:row["content_end"]].decode() == row["content"]


def test_a_list_of_texts_keeps_its_order():
    texts = [
        "Titre\nMarie Dubois a affirmé que la réforme serait votée.",
        "Title\nJohn Smith said that the vote would take place.",
    ]
    corpus = propos.extract_texts(texts)
    assert corpus.documents["doc_id"].to_list() == ["text-0", "text-1"]
    assert corpus.documents["lang"].to_list() == ["fr", "en"]


def test_an_empty_corpus_gives_empty_tables_with_their_schema():
    corpus = propos.extract([])
    assert corpus.statements.height == 0
    assert corpus.statements.columns == STATEMENT_COLUMNS
    assert corpus.counts_by_actor().height == 0


def test_bad_files_are_rows_of_documents(tmp_path):
    (tmp_path / "good.txt").write_text("Titre\nPaul Martin a déclaré que la paix était proche.")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "latin1.txt").write_bytes(b"Le pr\xe9sident")
    docs = propos.extract(tmp_path).documents.sort("doc_id")
    assert docs["doc_id"].to_list() == ["empty", "good", "latin1"]
    problems = docs["problems"].to_list()
    assert problems[0].endswith("empty.txt: empty article (no text)")
    assert problems[1] is None
    assert problems[2].endswith("latin1.txt: invalid UTF-8 at byte 5")


def test_a_missing_path_raises_file_not_found():
    with pytest.raises(FileNotFoundError, match="nope.txt"):
        propos.extract("nope.txt")


def test_an_unsupported_language_names_the_supported_ones():
    with pytest.raises(ValueError, match="supported languages are fr, en"):
        propos.extract_texts("Ein Text.", lang="de")


def test_a_malformed_date_is_a_value_error():
    with pytest.raises(ValueError, match="invalid publication date"):
        propos.extract_texts("Un texte.", published="demain")


def test_counts_on_a_small_table():
    statements = pl.DataFrame(
        {
            "doc_id": ["a", "a", "b"],
            "speaker": ["Jean Dupont", "Marie Curie", "Jean Dupont"],
            "speaker_type": ["person", "person", "person"],
            "speaker_country": ["FR", "FR", "FR"],
            "cue_lemma": ["déclarer", "affirmer", "déclarer"],
            "date": ["2024-11-02", None, "2024-11-05"],
        }
    )
    expected = pl.DataFrame(
        {
            "actor": ["Jean Dupont", "Marie Curie"],
            "actor_type": ["person", "person"],
            "country": ["FR", "FR"],
            "statements": pl.Series([2, 1], dtype=pl.UInt32),
            "documents": pl.Series([2, 1], dtype=pl.UInt32),
            "first_date": ["2024-11-02", None],
            "last_date": ["2024-11-05", None],
            "top_cue": ["déclarer", "affirmer"],
            "variants": ["Jean Dupont", "Marie Curie"],
        }
    )
    assert_frame_equal(propos.counts_by_actor(statements), expected)


def test_claims_merge_spellings_and_take_the_statement_speaker_and_date():
    statements = pl.DataFrame(
        {
            "doc_id": ["a", "b"],
            "statement_id": pl.Series([0, 0], dtype=pl.UInt32),
            "speaker": ["Choe Son-hui", "Choe Son Hui"],
            "date": ["2024-11-02", None],
        }
    )
    figures = pl.DataFrame(
        {
            "doc_id": ["a", "a", "b", "b"],
            "statement_id": pl.Series([0, 0, 0, None], dtype=pl.UInt32),
            "speaker": [None, None, None, "Jean Dupont"],
            "value": [12000.0, 12000.0, 12000.0, None],
            "unit": ["soldat", "soldat", "soldat", "soldat"],
        }
    )
    expected = pl.DataFrame(
        {
            "actor": ["Choe Son-hui", "Choe Son-hui"],
            "value": [12000.0, 12000.0],
            "unit": ["soldat", "soldat"],
            "date": ["2024-11-02", None],
            "mentions": pl.Series([2, 1], dtype=pl.UInt32),
            "documents": pl.Series([1, 1], dtype=pl.UInt32),
        }
    )
    assert_frame_equal(propos.claims(statements, figures), expected)


def test_counting_a_table_without_its_columns_raises_table_error():
    with pytest.raises(propos.TableError, match="speaker"):
        propos.counts_by_actor(pl.DataFrame({"doc_id": ["a"]}))


def test_help_is_useful():
    assert "jsonl" in propos.extract.__doc__
    assert "speaker" in propos.counts_by_actor.__doc__


def test_extract_to_parquet_streams_the_tables_and_counts_them_there(tmp_path):
    scanned = propos.extract_to_parquet(SEEDS, tmp_path / "tables", chunk_size=2, threads=2)
    in_memory = propos.extract(SEEDS)
    assert scanned.summary["read"] == 5 and scanned.summary["skipped"] == 0
    assert scanned.summary["statements"] == in_memory.statements.height
    assert isinstance(scanned.statements, pl.LazyFrame)
    assert_frame_equal(scanned.statements.collect(), in_memory.statements)
    assert_frame_equal(scanned.figures.collect(), in_memory.figures)
    assert_frame_equal(scanned.documents.collect(), in_memory.documents)
    assert_frame_equal(scanned.counts_by_actor(), in_memory.counts_by_actor())
    assert_frame_equal(scanned.claims(), in_memory.claims())
    assert_frame_equal(scanned.counts_by_cue(), in_memory.counts_by_cue())
    assert_frame_equal(scanned.repeated_quotes(), in_memory.repeated_quotes())
    blinken = scanned.statements.filter(pl.col("speaker") == "Antony Blinken").select("content").collect()
    assert blinken.height >= 1


def test_extract_to_parquet_reports_bad_paths_and_options(tmp_path):
    with pytest.raises(FileNotFoundError, match="nowhere"):
        propos.extract_to_parquet(tmp_path / "nowhere", tmp_path / "out")
    with pytest.raises(ValueError, match="chunk_size"):
        propos.extract_to_parquet(SEEDS, tmp_path / "out", chunk_size=0)
    with pytest.raises(ValueError, match="supported languages are fr, en"):
        propos.extract_to_parquet(SEEDS, tmp_path / "out", lang="de")
    (tmp_path / "file").write_text("x")
    with pytest.raises(OSError):
        propos.extract_to_parquet(SEEDS, tmp_path / "file")


def test_scan_tables_reads_nothing_until_asked(tmp_path):
    out = tmp_path / "tables"
    propos.extract_to_parquet(SEEDS, out)
    stored = propos.scan_tables(out)
    assert stored.summary is None
    assert_frame_equal(stored.counts_by_actor(), propos.extract(SEEDS).counts_by_actor())
    lazy = propos.scan_tables(tmp_path)  # no tables there: nothing read yet, so no error yet
    with pytest.raises(FileNotFoundError):
        lazy.statements.collect()
    with pytest.raises(FileNotFoundError):
        propos.scan_tables(tmp_path / "nowhere")


def test_repeated_quotes_and_cues_on_articles():
    quote = "« Nous ne céderons jamais au chantage nucléaire », a déclaré le ministre Paul Martin."
    corpus = propos.extract_texts([f"Titre\n\n{quote}", f"Autre titre\n\n{quote.replace('é', 'e', 1)}"])
    quotes = corpus.repeated_quotes()
    assert quotes["documents"].to_list() == [2]
    assert quotes["doc_ids"].to_list() == ["text-0; text-1"]
    cues = corpus.counts_by_cue()
    assert cues.row(0, named=True)["cue_lemma"] == "déclarer"
    assert cues.row(0, named=True)["direct"] == 2


def test_a_string_is_always_a_path_and_texts_are_explicit(tmp_path, monkeypatch):
    with pytest.raises(FileNotFoundError, match="nonexistent"):
        propos.extract("/nonexistent/dir/")
    with pytest.raises(FileNotFoundError, match="extract_texts"):
        propos.extract("Titre\nPaul Martin a déclaré que la paix était proche.")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Titre\nPaul Martin a déclaré que la paix était proche.")
    monkeypatch.chdir(tmp_path)
    assert propos.extract("in").documents["doc_id"].to_list() == ["a"]
    assert propos.extract_texts("in").documents["doc_id"].to_list() == ["text-0"]
    assert propos.extract_texts("Le rapport final.txt").documents.height == 1
    with pytest.raises(FileNotFoundError, match="Titre"):
        propos.extract(["in", "Titre\nun texte"])


@pytest.mark.parametrize("source", [None, 123, {"text": "Un texte."}, b"in", 1.5])
def test_a_source_of_another_type_is_a_type_error_naming_the_accepted_ones(source):
    with pytest.raises(TypeError, match="a path .*DataFrame, LazyFrame or Series"):
        propos.extract(source)


def test_a_pandas_frame_is_a_type_error_not_its_column_names():
    pandas = pytest.importorskip("pandas")
    with pytest.raises(TypeError, match="DataFrame, LazyFrame or Series.*not pandas.DataFrame"):
        propos.extract(pandas.DataFrame({"text": ["Un texte."]}))


@pytest.mark.parametrize("texts", [None, 123, ["un texte", None], {"a": "b"}])
def test_extract_texts_takes_strings_only(texts):
    with pytest.raises(TypeError, match="a str or a list of str"):
        propos.extract_texts(texts)


def test_extract_texts_takes_ids():
    corpus = propos.extract_texts(["Un texte.", "Another text."], ids=["a", "b"])
    assert corpus.documents["doc_id"].to_list() == ["a", "b"]
    assert corpus.text("b") == "Another text."
    with pytest.raises(ValueError, match="2 texts but 1 ids"):
        propos.extract_texts(["Un texte.", "Another text."], ids=["a"])


@pytest.mark.parametrize("threads", [0, -1, -(2**70)])
def test_threads_below_one_is_a_value_error(threads):
    with pytest.raises(ValueError, match="threads must be at least 1"):
        propos.extract(SEEDS, threads=threads)
    with pytest.raises(ValueError, match="threads must be at least 1"):
        propos.extract_texts("Un texte.", threads=threads)


def test_threads_of_another_type_is_a_type_error():
    with pytest.raises(TypeError, match="threads must be an int"):
        propos.extract(SEEDS, threads="2")


def test_read_errors_are_os_errors_by_kind_naming_the_file(tmp_path):
    with pytest.raises(FileNotFoundError) as missing:
        propos.extract(tmp_path / "nope.jsonl")
    assert missing.value.filename.endswith("nope.jsonl")
    if os.geteuid() != 0:  # root reads everything
        locked = tmp_path / "locked.txt"
        locked.write_text("Un texte.")
        locked.chmod(0)
        with pytest.raises(PermissionError, match="locked.txt"):
            propos.extract(locked)
    (tmp_path / "out" / "statements.parquet").mkdir(parents=True)
    with pytest.raises(IsADirectoryError, match="statements.parquet"):
        propos.extract_to_parquet(SEEDS, tmp_path / "out")


def test_every_count_takes_a_dataframe_or_a_lazyframe():
    corpus = propos.extract(SEEDS)
    lazy = {name: getattr(corpus, name).lazy() for name in ["statements", "figures", "documents"]}
    assert_frame_equal(propos.counts_by_actor(lazy["statements"]), corpus.counts_by_actor())
    assert_frame_equal(propos.counts_by_figure(lazy["figures"]), corpus.counts_by_figure())
    assert_frame_equal(propos.counts_by_date(lazy["statements"], lazy["documents"]), corpus.counts_by_date())
    assert_frame_equal(propos.claims(lazy["statements"], lazy["figures"]), corpus.claims())
    assert_frame_equal(propos.counts_by_cue(lazy["statements"]), corpus.counts_by_cue())
    assert_frame_equal(propos.repeated_quotes(lazy["statements"]), corpus.repeated_quotes())
    with pytest.raises(TypeError, match="statements must be a polars DataFrame or LazyFrame, not dict"):
        propos.counts_by_actor({"doc_id": ["a"]})
