"""An article with its statements, figures and dates highlighted (HTML in Jupyter).

The tables give byte offsets into the UTF-8 text; Python strings are indexed by
character, so every offset goes through :class:`CharOffsets`.
"""

from __future__ import annotations

import html
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate
from typing import Any, Dict, List, Optional, Sequence, Tuple

import polars as pl

#: Colour of each kind of span, in the order of the legend.
COLOURS: Dict[str, str] = {
    "speaker": "#7aecec",
    "cue": "#feca74",
    "content": "#e4e7ff",
    "figure": "#bfe1d9",
    "date": "#ffd9e6",
}
#: When spans overlap, the one shown on top (content is the background).
_PRECEDENCE = ("figure", "date", "speaker", "cue")


class CharOffsets:
    """Converts byte offsets into a UTF-8 text to character offsets."""

    def __init__(self, text: str) -> None:
        self._ascii = text.isascii()
        self._chars = len(text)
        self._byte_starts: List[int] = (
            [] if self._ascii else list(accumulate((len(c.encode()) for c in text), initial=0))
        )

    @property
    def byte_length(self) -> int:
        """Length of the text in UTF-8 bytes."""
        return self._chars if self._ascii else self._byte_starts[-1]

    def char(self, byte_offset: int) -> int:
        """The character index at ``byte_offset``.

        Raises:
            ValueError: the offset is past the end of the text or inside a
                multi-byte character (the tables come from another text).
        """
        if not 0 <= byte_offset <= self.byte_length:
            raise ValueError(
                f"byte offset {byte_offset} is outside the text ({self.byte_length} bytes): "
                "are these the tables of this text?"
            )
        if self._ascii:
            return byte_offset
        index = bisect_left(self._byte_starts, byte_offset)
        if self._byte_starts[index] != byte_offset:
            raise ValueError(
                f"byte offset {byte_offset} falls inside a multi-byte character: "
                "are these the tables of this text?"
            )
        return index


@dataclass(frozen=True)
class Span:
    """A highlighted stretch of the text, in character offsets."""

    start: int
    end: int
    kind: str
    title: str


def _describe(*parts: Optional[object]) -> str:
    return " · ".join(str(p) for p in parts if p is not None and p != "")


def _speaker_span(
    text: str, offsets: CharOffsets, row: Dict[str, Any], cue: Tuple[int, int], content: Tuple[int, int]
) -> Optional[Span]:
    """The speaker mention of a statement, found in its span outside cue and content.

    The tables give the mention's text, not its offsets; the occurrence nearest
    to the cue is taken.
    """
    mention = row["speaker_mention"]
    if not mention:
        return None
    start, end = offsets.char(row["start"]), offsets.char(row["end"])
    candidates = []
    found = text.find(mention, start, end)
    while found != -1:
        stop = found + len(mention)
        outside = all(stop <= a or found >= b for a, b in (cue, content))
        if outside:
            candidates.append((min(abs(found - cue[1]), abs(stop - cue[0])), found, stop))
        found = text.find(mention, found + 1, end)
    if not candidates:
        return None
    _, found, stop = min(candidates)
    title = _describe(f"speaker: {row['speaker'] or 'unresolved'}", row["speaker_type"], row["speaker_country"])
    return Span(found, stop, "speaker", title)


def spans_of(
    text: str, statements: pl.DataFrame, figures: pl.DataFrame, dates: pl.DataFrame
) -> List[Span]:
    """The spans of one document's rows of the three tables, in character offsets."""
    offsets = CharOffsets(text)
    spans: List[Span] = []
    for row in statements.iter_rows(named=True):
        cue = (offsets.char(row["cue_start"]), offsets.char(row["cue_end"]))
        content = (offsets.char(row["content_start"]), offsets.char(row["content_end"]))
        speaker = row["speaker"] or "unknown speaker"
        spans.append(Span(*cue, "cue", _describe(f"cue: {row['cue_lemma']}", row["kind"], row["rule"])))
        spans.append(
            Span(*content, "content", _describe(f"statement {row['statement_id']} by {speaker}", row["date"]))
        )
        mention = _speaker_span(text, offsets, row, cue, content)
        if mention is not None:
            spans.append(mention)
    for row in figures.iter_rows(named=True):
        qualifier = "approx." if row["approx"] else None
        bound = f"bound: {row['bound']}" if row["bound"] else None
        said = f"said by {row['speaker']}" if row["speaker"] else None
        value = "vague" if row["value"] is None else f"{row['value']:g} {row['unit'] or ''}".strip()
        spans.append(
            Span(offsets.char(row["start"]), offsets.char(row["end"]), "figure", _describe(value, qualifier, bound, said))
        )
    for row in dates.iter_rows(named=True):
        spans.append(
            Span(
                offsets.char(row["start"]),
                offsets.char(row["end"]),
                "date",
                _describe(f"date: {row['value'] or 'unresolved'}", row["granularity"]),
            )
        )
    return sorted(spans, key=lambda s: (s.start, -s.end))


def _mark(segment: str, kind: str, title: str, in_content: bool) -> str:
    underline = f"box-shadow: inset 0 -3px {COLOURS['content']};" if in_content else ""
    return (
        f'<mark class="propos-{kind}" title="{html.escape(title)}" style="background: {COLOURS[kind]}; color: #111; '
        f'padding: 0.1em 0.2em; border-radius: 0.25em; {underline}">{segment}</mark>'
    )


def _label(kind: str) -> str:
    return (
        f'<span style="font-size: 0.6em; font-weight: bold; text-transform: uppercase; '
        f'vertical-align: middle; margin: 0 0.3em 0 0.15em;">{kind}</span>'
    )


def _legend(counts: Dict[str, int]) -> str:
    items = "".join(
        f'<span style="background: {colour}; color: #111; padding: 0.1em 0.4em; margin-right: 0.5em; '
        f'border-radius: 0.25em;">{kind} ({counts.get(kind, 0)})</span>'
        for kind, colour in COLOURS.items()
    )
    return f'<div class="propos-legend" style="margin-bottom: 0.8em;">{items}</div>'


def render_html(doc_id: str, text: str, spans: Sequence[Span]) -> str:
    """The text as HTML, each span in its colour, with a legend; the text is escaped."""
    boundaries = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    pieces: List[str] = []
    for start, end in zip(boundaries, boundaries[1:]):
        active = [s for s in spans if s.start <= start and end <= s.end]
        segment = html.escape(text[start:end])
        content = next((s for s in active if s.kind == "content"), None)
        on_top = sorted((s for s in active if s.kind != "content"), key=lambda s: _PRECEDENCE.index(s.kind))
        if on_top:
            pieces.append(_mark(segment, on_top[0].kind, on_top[0].title, content is not None))
        elif content is not None:
            pieces.append(_mark(segment, "content", content.title, False))
        else:
            pieces.append(segment)
        pieces.extend(_label(s.kind) for s in spans if s.end == end and s.kind != "content" and s.start < s.end)
    counts: Dict[str, int] = {}
    for span in spans:
        counts[span.kind] = counts.get(span.kind, 0) + 1
    body = "".join(pieces)
    return (
        f'<div class="propos-document"><div style="font-weight: bold;">{html.escape(doc_id)}</div>'
        f"{_legend(counts)}"
        f'<div style="white-space: pre-wrap; line-height: 2.4; font-family: sans-serif;">{body}</div></div>'
    )


def render_text(doc_id: str, text: str, spans: Sequence[Span]) -> str:
    """The text followed by one line per span (its text and details): what a terminal can show."""
    lines = [f"{doc_id}", text.rstrip(), ""]
    for kind in COLOURS:
        of_kind = [s for s in spans if s.kind == kind]
        if of_kind:
            lines.append(f"{kind}s:")
            lines.extend(f"  «{text[s.start:s.end]}»  {s.title}" for s in of_kind)
    return "\n".join(lines)


class Highlighted:
    """A document with its spans: HTML in Jupyter (``_repr_html_``), plain text elsewhere."""

    def __init__(self, doc_id: str, text: str, spans: Sequence[Span]) -> None:
        self.doc_id = doc_id
        self.text = text
        self.spans = list(spans)

    def _repr_html_(self) -> str:
        return render_html(self.doc_id, self.text, self.spans)

    def __str__(self) -> str:
        return render_text(self.doc_id, self.text, self.spans)

    __repr__ = __str__
