"""Tests of the Python API on the seed articles and hand-written texts."""

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
]


def test_extract_a_folder_gives_five_polars_tables():
    corpus = propos.extract(SEEDS)
    for name in ["statements", "figures", "dates", "actors", "documents"]:
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
    corpus = propos.extract(text)
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
    corpus = propos.extract(texts)
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
        propos.extract("Ein Text.", lang="de")


def test_a_malformed_date_is_a_value_error():
    with pytest.raises(ValueError, match="invalid publication date"):
        propos.extract("Un texte.", published="demain")


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


def test_scan_streams_the_tables_to_parquet_and_counts_them_there(tmp_path):
    scanned = propos.scan("seeds", tmp_path / "tables", chunk_size=2, threads=2)
    in_memory = propos.extract("seeds")
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


def test_scan_reports_bad_paths_and_options(tmp_path):
    with pytest.raises(FileNotFoundError, match="nowhere"):
        propos.scan(tmp_path / "nowhere", tmp_path / "out")
    with pytest.raises(ValueError, match="chunk_size"):
        propos.scan("seeds", tmp_path / "out", chunk_size=0)
    with pytest.raises(ValueError, match="supported languages are fr, en"):
        propos.scan("seeds", tmp_path / "out", lang="de")


def test_repeated_quotes_and_cues_on_articles():
    quote = "« Nous ne céderons jamais au chantage nucléaire », a déclaré le ministre Paul Martin."
    corpus = propos.extract([f"Titre\n\n{quote}", f"Autre titre\n\n{quote.replace('é', 'e', 1)}"])
    quotes = corpus.repeated_quotes()
    assert quotes["documents"].to_list() == [2]
    assert quotes["doc_ids"].to_list() == ["text-0; text-1"]
    cues = corpus.counts_by_cue()
    assert cues.row(0, named=True)["cue_lemma"] == "déclarer"
    assert cues.row(0, named=True)["direct"] == 2
