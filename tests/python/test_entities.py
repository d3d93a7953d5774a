"""The entities table: one row per person, organisation or state of an article, joined by
the statements on their speaker_entity."""

from pathlib import Path

import polars as pl
from polars.testing import assert_frame_equal

import propos

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

ENTITY_COLUMNS = ["doc_id", "entity_id", "name", "entity_type", "country", "mentions", "mention_forms"]

# Invented: a spokesman named with his role, then with a title, then by a pronoun; a company.
ARTICLE = (
    "Titre\n\nLe porte-parole du ministère, Jean Roux, a déclaré que la route restait fermée. "
    "« Nous attendons les experts », a ajouté M. Roux. Il a précisé que les travaux dureraient "
    "un mois.\n\nLa société Vialis a affirmé que le chantier était prêt."
)


def test_entities_is_a_polars_table_with_its_columns():
    corpus = propos.extract_texts(ARTICLE, lang="fr")
    entities = corpus.entities
    assert isinstance(entities, pl.DataFrame)
    assert entities.columns == ENTITY_COLUMNS
    assert entities.schema["mention_forms"] == pl.List(pl.String)
    assert entities["entity_id"].to_list() == list(range(entities.height))
    roux = entities.filter(pl.col("name") == "Jean Roux").row(0, named=True)
    assert roux["entity_type"] == "person"
    assert {"Jean Roux", "M. Roux", "Il"} <= set(roux["mention_forms"])
    assert entities.filter(pl.col("entity_type") == "organization").height == 1
    assert "entities" in repr(corpus)


def test_statements_join_their_speakers_entity():
    corpus = propos.extract_texts(ARTICLE, lang="fr")
    joined = corpus.statements.join(
        corpus.entities,
        left_on=["doc_id", "speaker_entity"],
        right_on=["doc_id", "entity_id"],
        how="inner",
    )
    assert joined.height == corpus.statements["speaker"].drop_nulls().len() == 4
    assert (joined["speaker"] == joined["name"]).all()
    by_entity = joined.group_by("name").len().sort("name")
    assert by_entity.rows() == [("Jean Roux", 3), ("société Vialis", 1)]


def test_the_actors_are_the_entities_that_speak():
    corpus = propos.extract(SEEDS)
    actors = corpus.actors.join(
        corpus.entities, left_on=["doc_id", "actor"], right_on=["doc_id", "name"], how="left"
    )
    assert actors["entity_id"].null_count() == 0
    assert (actors["mentions"] == actors["mentions_right"]).all()


def test_stored_entities_equal_the_in_memory_ones(tmp_path):
    stored = propos.extract_to_parquet(SEEDS, tmp_path / "tables", chunk_size=2)
    assert_frame_equal(stored.entities.collect(), propos.extract(SEEDS).entities)
