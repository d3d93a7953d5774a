"""propos.show and Corpus.show: byte offsets to characters, highlighting, escaping, finding texts."""

import dataclasses
import gzip
import json
from pathlib import Path

import polars as pl
import pytest

import propos
from propos._highlight import CharOffsets

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
ACCENTED = "Réunion à l’Élysée\nLe président Emmanuel Macron a déclaré : « Nous sommes très inquiets, évidemment. »"


def spans_by_kind(highlighted):
    return {
        kind: [highlighted.text[s.start:s.end] for s in highlighted.spans if s.kind == kind]
        for kind in ["speaker", "cue", "content", "figure", "date"]
    }


def test_byte_offsets_become_character_offsets_in_accented_text():
    offsets = CharOffsets(ACCENTED)
    raw = ACCENTED.encode()
    byte = raw.index("Emmanuel".encode())
    assert byte > ACCENTED.index("Emmanuel")  # é, à, ’ and É take more than one byte
    assert ACCENTED[offsets.char(byte):].startswith("Emmanuel")
    assert offsets.char(len(raw)) == len(ACCENTED)
    assert offsets.byte_length == len(raw)


def test_an_offset_inside_a_character_or_past_the_end_is_refused():
    offsets = CharOffsets(ACCENTED)
    inside_e_acute = ACCENTED.encode().index("é".encode()) + 1
    with pytest.raises(ValueError, match="inside a multi-byte character"):
        offsets.char(inside_e_acute)
    with pytest.raises(ValueError, match="outside the text"):
        offsets.char(len(ACCENTED.encode()) + 1)


def test_show_a_text_highlights_speaker_cue_and_content_at_the_right_characters():
    highlighted = propos.show(ACCENTED)
    assert highlighted.text == ACCENTED
    assert spans_by_kind(highlighted) == {
        "speaker": ["Le président Emmanuel Macron"],
        "cue": ["a déclaré"],
        "content": ["Nous sommes très inquiets, évidemment"],
        "figure": [],
        "date": [],
    }


def test_the_html_escapes_the_text_and_has_a_legend():
    text = 'Titre & <script>alert("x")</script>\nPaul Martin a déclaré : « Le <b>vote</b> aura lieu. »'
    page = propos.show(text)._repr_html_()
    assert "<script>" not in page and "<b>" not in page
    assert "Titre &amp; &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "Le &lt;b&gt;vote&lt;/b&gt; aura lieu</mark>. »" in page
    for kind in ["speaker (1)", "cue (1)", "content (1)", "figure (0)", "date (0)"]:
        assert kind in page
    assert '<mark class="propos-speaker" title="speaker: Paul Martin' in page


def test_the_plain_text_lists_each_span_with_its_text():
    shown = str(propos.show(ACCENTED))
    assert shown.startswith("text-0\nRéunion à l’Élysée\n")
    assert "«Le président Emmanuel Macron»  speaker: Emmanuel Macron" in shown
    assert "«a déclaré»  cue: déclarer · direct" in shown
    assert repr(propos.show(ACCENTED)) == shown


def test_figures_and_dates_are_highlighted_inside_the_content():
    text = "Titre\nLe ministre Paul Martin a déclaré : « Près de 14.000 soldats sont arrivés le 25 octobre. »"
    corpus = propos.extract_texts(text)
    raw = text.encode()

    def byte_span(part):
        start = raw.index(part.encode())
        return start, start + len(part.encode())

    figure_start, figure_end = byte_span("Près de 14.000 soldats")
    date_start, date_end = byte_span("le 25 octobre")
    figures = pl.DataFrame(
        [{"doc_id": "text-0", "figure_id": 0, "start": figure_start, "end": figure_end,
          "text": "Près de 14.000 soldats", "value": 14000.0, "unit": "soldat", "approx": True,
          "bound": None, "statement_id": 0, "speaker": "Paul Martin"}],
        schema=corpus.figures.schema,
    )
    dates = pl.DataFrame(
        [{"doc_id": "text-0", "start": date_start, "end": date_end, "text": "le 25 octobre",
          "value": "--10-25", "granularity": "day"}],
        schema=corpus.dates.schema,
    )
    highlighted = dataclasses.replace(corpus, figures=figures, dates=dates).show("text-0")
    found = spans_by_kind(highlighted)
    assert found["figure"] == ["Près de 14.000 soldats"]
    assert found["date"] == ["le 25 octobre"]
    page = highlighted._repr_html_()
    assert 'title="14000 soldat · approx. · said by Paul Martin"' in page
    assert 'title="date: --10-25 · day"' in page
    assert "figure (1)" in page and "date (1)" in page


def test_a_corpus_of_files_shows_a_seed_article_read_again_from_disk():
    corpus = propos.extract(SEEDS)
    doc_id = "002_3f039fbe64c38482"
    highlighted = corpus.show(doc_id)
    assert highlighted.text == (SEEDS / f"{doc_id}.txt").read_text(encoding="utf-8")
    statements = corpus.statements.filter(pl.col("doc_id") == doc_id)
    assert spans_by_kind(highlighted)["content"] == statements["content"].to_list()
    assert spans_by_kind(highlighted)["cue"] == statements["cue"].to_list()


def test_a_row_or_a_one_row_dataframe_names_its_document():
    corpus = propos.extract(SEEDS)
    row = corpus.statements.row(0, named=True)
    assert propos.show(row, corpus).doc_id == row["doc_id"]
    assert corpus.show(corpus.statements.head(1)).doc_id == row["doc_id"]
    with pytest.raises(ValueError, match="one row and a doc_id column"):
        corpus.show(corpus.statements)


def test_a_jsonl_corpus_finds_each_record_by_its_id_or_line(tmp_path):
    lines = [
        {"id": "kirby", "text": "Titre\nJohn Kirby a déclaré que la Russie mentait."},
        {"text": "Titre\nMarie Dubois a affirmé que la réforme serait votée."},
    ]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    corpus = propos.extract(path)
    assert corpus.documents["doc_id"].to_list() == ["kirby", "news:2"]
    assert corpus.text("news:2") == lines[1]["text"]
    assert spans_by_kind(corpus.show("kirby"))["speaker"] == ["John Kirby"]


def test_a_byte_order_mark_is_not_part_of_the_text(tmp_path):
    text = "Titre\nPaul Martin a déclaré que la paix était proche."
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode())
    corpus = propos.extract(tmp_path)
    assert corpus.text("bom") == text
    assert spans_by_kind(corpus.show("bom"))["content"] == ["la paix était proche"]


def test_an_unknown_document_or_a_corpus_without_texts_is_an_error():
    corpus = propos.extract(SEEDS)
    with pytest.raises(KeyError, match="no readable document 'nope'"):
        corpus.show("nope")
    tables_only = propos.Corpus(
        statements=corpus.statements,
        figures=corpus.figures,
        dates=corpus.dates,
        entities=corpus.entities,
        actors=corpus.actors,
        documents=corpus.documents,
    )
    with pytest.raises(ValueError, match="does not know its texts"):
        tables_only.show("002_3f039fbe64c38482")


def test_a_row_without_a_corpus_is_a_type_error():
    row = propos.extract(SEEDS).statements.row(0, named=True)
    with pytest.raises(TypeError, match="pass|corpus"):
        propos.show(row)


def test_show_takes_a_text_never_a_file():
    seed = SEEDS / "002_3f039fbe64c38482.txt"
    shown = propos.show(str(seed))
    assert shown.text == str(seed)
    from_file = propos.extract(seed)
    assert from_file.show(seed.stem).text == seed.read_text(encoding="utf-8")


@pytest.mark.parametrize("suffix", [".jsonl.gz", ".jsonl.zst", ".parquet"])
def test_show_finds_texts_in_compressed_and_parquet_inputs(tmp_path, suffix):
    records = [
        {"id": "kirby", "text": "Titre\nJohn Kirby a déclaré que la Russie mentait."},
        {"id": "dubois", "text": "Titre\nMarie Dubois a affirmé que la réforme serait votée."},
    ]
    path = tmp_path / f"news{suffix}"
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
    if suffix == ".jsonl.gz":
        path.write_bytes(gzip.compress(lines))
    elif suffix == ".jsonl.zst":
        zstandard = pytest.importorskip("zstandard")
        path.write_bytes(zstandard.ZstdCompressor().compress(lines))
    else:
        pl.DataFrame(records).write_parquet(path)
    corpus = propos.extract(path)
    assert corpus.text("dubois") == records[1]["text"]
    assert spans_by_kind(corpus.show("kirby"))["speaker"] == ["John Kirby"]


def test_a_corpus_of_files_still_finds_its_texts_after_a_change_of_directory(tmp_path, monkeypatch):
    (tmp_path / "one.txt").write_text("Titre\nPaul Martin a déclaré que la paix était proche.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    corpus = propos.extract("one.txt")
    monkeypatch.chdir(SEEDS)
    assert corpus.text("one").startswith("Titre\nPaul Martin")
