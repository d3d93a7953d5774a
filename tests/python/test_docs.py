"""The public API documents itself: help() shows what a journalist needs."""

import inspect
import pydoc
from pathlib import Path

import pytest

import propos


def test_every_public_function_and_method_has_a_docstring():
    for name in propos.__all__:
        value = getattr(propos, name)
        if callable(value):
            assert inspect.getdoc(value), name
    for name, method in inspect.getmembers(propos.Corpus, inspect.isfunction):
        if not name.startswith("_"):
            assert inspect.getdoc(method), f"Corpus.{name}"


def test_help_of_extract_explains_sources_columns_and_errors():
    page = pydoc.render_doc(propos.extract, renderer=pydoc.plaintext)
    for needed in ["text_column", "id_column", "published_column", "lang_column", "DataFrame",
                   "Series", "jsonl", "Parquet", "KeyError", "FileNotFoundError", "Example"]:
        assert needed in page, needed


def test_the_signature_keeps_options_keyword_only():
    parameters = inspect.signature(propos.extract).parameters
    assert parameters["source"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for n, p in parameters.items() if n != "source")


def test_the_package_is_typed_strictly():
    api = pytest.importorskip("mypy.api")
    package = Path(propos.__file__).parent
    report, errors, status = api.run(["--strict", "--no-error-summary", str(package)])
    assert status == 0, report + errors
