"""Where a :class:`propos.Corpus` finds the text of a document again.

The tables store byte offsets, not texts. To show an article, the corpus keeps
a reference to what it read: the texts themselves when it was given texts (a
string, a list, a DataFrame column or a Series), or the paths when it was given
files, in which case the text is read again from disk when it is asked for
(following the readers of the Rust core: a ``.txt`` file's id is its stem, a
JSON Lines record's id is its ``id``/``doc_id`` field, else ``stem:line``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Dict, Iterator, List, Mapping, Optional, Protocol, Sequence, Tuple

import polars as pl

_JSON_LINES_SUFFIXES = (".jsonl", ".ndjson")
_BYTE_ORDER_MARK = "\ufeff"


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
        return str(self._texts[self._row_of[doc_id]])


class FileTexts:
    """Texts read again from the files the corpus was built from, on demand.

    The files are indexed (id → file and line) on the first request only.
    """

    def __init__(self, paths: Sequence[str]) -> None:
        self._paths = [os.path.abspath(path) for path in paths]  # a later chdir must not lose them
        self._index: Optional[Dict[str, Tuple[Path, Optional[int]]]] = None

    def text(self, doc_id: str) -> str:
        if self._index is None:
            self._index = _index_files(self._paths)
        if doc_id not in self._index:
            raise KeyError(f"no readable document {doc_id!r} in {', '.join(self._paths)}")
        path, line = self._index[doc_id]
        if line is None:
            return _strip_byte_order_mark(path.read_text(encoding="utf-8"))
        return str(_json_record(_nth_line(path, line))["text"])


def _strip_byte_order_mark(text: str) -> str:
    return text[1:] if text.startswith(_BYTE_ORDER_MARK) else text


def _files_under(path: Path) -> Iterator[Path]:
    """Files of ``path`` in the order the Rust reader walks them (sorted, no hidden)."""
    if not path.is_dir():
        yield path
        return
    for entry in sorted(path.iterdir(), key=lambda p: os.fsencode(p.name)):
        if not entry.name.startswith("."):
            yield from _files_under(entry)


def _json_record(line: str) -> Mapping[str, object]:
    record = json.loads(line)
    if not isinstance(record, dict):
        raise ValueError("expected a JSON object")
    return record


def _json_lines_ids(path: Path) -> Iterator[Tuple[str, int]]:
    with path.open(encoding="utf-8", errors="replace") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = _json_record(line)
            except ValueError:
                continue
            given = record.get("id") if record.get("id") is not None else record.get("doc_id")
            yield (str(given) if given is not None else f"{path.stem}:{number}"), number


def _nth_line(path: Path, number: int) -> str:
    with path.open(encoding="utf-8") as lines:
        for current, line in enumerate(lines, start=1):
            if current == number:
                return line
    raise KeyError(f"{path} has no line {number}")


def _index_files(paths: List[str]) -> Dict[str, Tuple[Path, Optional[int]]]:
    index: Dict[str, Tuple[Path, Optional[int]]] = {}
    for root in paths:
        for file in _files_under(Path(root)):
            if file.suffix in _JSON_LINES_SUFFIXES:
                for doc_id, line in _json_lines_ids(file):
                    index.setdefault(doc_id, (file, line))
            else:
                index.setdefault(file.stem, (file, None))
    return index
