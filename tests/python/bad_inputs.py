"""The bad-input matrix: one list of bad inputs, run the same way through the
``propos`` command, ``propos.extract`` and ``propos.spark.extract``.

Each case writes, in a directory of its own, one good article (``good.txt``,
id ``good``) beside its bad input, and says what each front end must report
and which articles must still come out. ``tests/python/test_bad_inputs.py``
asserts it; ``scripts/bad_inputs_matrix.py`` runs it and writes the table of
``docs/bad-inputs.md``.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[2]
GOOD = "Titre\nPaul Martin a déclaré que la paix était proche."
OTHER = "Titre\nJeanne Roux a affirmé que la réforme serait votée."

#: A Spark row: id, text, lang.
Row = Tuple[Optional[str], Optional[str], Optional[str]]


@dataclass
class Outcome:
    """What a front end did with a case's inputs."""

    #: the exception (type and message) when the whole call failed, else None
    error: Optional[str] = None
    #: the ids of the articles that came out (extracted)
    came_out: List[str] = field(default_factory=list)
    #: the problems reported, one message each
    problems: List[str] = field(default_factory=list)

    def summary(self) -> str:
        """One table cell: the error or the problems."""
        if self.error is not None:
            return f"raises {self.error}"
        if not self.problems:
            return "nothing reported"
        return "; ".join(self.problems)


@dataclass
class Case:
    """One bad input, with what each front end must do with it."""

    name: str
    #: writes the inputs into a directory and returns the paths to give propos
    build: Callable[[Path], List[Path]]
    #: a substring of the CLI's report (stderr) or of its error; None: nothing reported
    cli: Optional[str]
    #: a substring of Python's problems or of its exception; None: nothing reported
    python: Optional[str]
    #: the ids that come out of the CLI and of Python
    came_out: Sequence[str]
    #: the Spark rows of the case (None: the input kind does not apply to Spark)
    spark_rows: Optional[List[Row]] = None
    #: a substring of Spark's problems or of its exception
    spark: Optional[str] = None
    #: the ids that come out of Spark
    spark_came_out: Sequence[str] = ()
    #: the CLI command is ``extract INPUTS -o OUT`` unless this gives its arguments
    cli_args: Optional[Callable[[Path, List[Path]], List[str]]] = None
    #: how Python is called, when not ``propos.extract(inputs)``
    python_call: Optional[Callable[[Path, List[Path]], "object"]] = None


def _good(directory: Path) -> Path:
    path = directory / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def _jsonl(directory: Path, name: str, lines: List[str]) -> List[Path]:
    (directory / name).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    _good(directory)
    return [directory]


def _record(doc_id: object, text: object, **more: object) -> str:
    return json.dumps({"id": doc_id, "text": text, **more}, ensure_ascii=False)


def fifo(directory: Path) -> List[Path]:
    _good(directory)
    os.mkfifo(directory / "pipe.jsonl")
    return [directory]


def fifo_named(directory: Path) -> List[Path]:
    os.mkfifo(directory / "pipe.jsonl")
    return [_good(directory), directory / "pipe.jsonl"]


def empty_file(directory: Path) -> List[Path]:
    _good(directory)
    (directory / "empty.txt").write_bytes(b"")
    return [directory]


def truncated_gzip(directory: Path) -> List[Path]:
    _good(directory)
    data = gzip.compress("".join(_record(f"g{i}", OTHER) + "\n" for i in range(200)).encode(), mtime=0)
    (directory / "feed.jsonl.gz").write_bytes(data[: len(data) // 2])
    return [directory]


def corrupt_zstd(directory: Path) -> List[Path]:
    _good(directory)
    # the zstd magic number, then bytes that are no frame
    (directory / "feed.jsonl.zst").write_bytes(b"\x28\xb5\x2f\xfd" + bytes(range(7, 200)))
    return [directory]


def invalid_utf8(directory: Path) -> List[Path]:
    _good(directory)
    (directory / "latin1.txt").write_bytes("Titre\nLe ministre a déclaré que oui.".encode("latin-1"))
    return [directory]


def number_as_text(directory: Path) -> List[Path]:
    return _jsonl(directory, "feed.jsonl", [_record("n", 42), _record("j", OTHER)])


def _parquet(directory: Path, texts: pa.Array) -> List[Path]:
    _good(directory)
    pq.write_table(pa.table({"id": ["p1", "p2"], "text": texts}), directory / "articles.parquet")
    return [directory]


def null_text_parquet(directory: Path) -> List[Path]:
    return _parquet(directory, pa.array([OTHER, None]))


def dictionary_text_parquet(directory: Path) -> List[Path]:
    return _parquet(directory, pa.array([OTHER, GOOD.replace("Paul", "Marc")]).dictionary_encode())


def bad_date(directory: Path) -> List[Path]:
    return _jsonl(directory, "feed.jsonl", [_record("t", OTHER, published="31/12/2024"), _record("e", OTHER)])


def duplicate_ids(directory: Path) -> List[Path]:
    return _jsonl(directory, "feed.jsonl", [_record("d", OTHER), _record("d", GOOD.replace("Paul", "Luc"))])


def bad_lang(directory: Path) -> List[Path]:
    return _jsonl(directory, "feed.jsonl", [_record("x", OTHER, lang="xx"), _record("e", OTHER, lang="fr")])


def empty_id(directory: Path) -> List[Path]:
    return _jsonl(directory, "feed.jsonl", [_record("", OTHER), _record("e", OTHER)])


def unknown_extensions(directory: Path) -> List[Path]:
    _good(directory)
    (directory / "notes.md").write_text(OTHER, encoding="utf-8")
    (directory / "dump.json").write_text(_record("j", OTHER) + "\n", encoding="utf-8")
    return [directory]


def output_is_input(directory: Path) -> List[Path]:
    return [_good(directory)]


def _python_output_is_input(directory: Path, inputs: List[Path]) -> object:
    import propos

    return propos.extract_to_parquet(directory, directory)


CASES: List[Case] = [
    Case("FIFO in the input directory", fifo, cli="a FIFO (named pipe), not a file of articles: not opened",
         python="a FIFO (named pipe)", came_out=["good"]),
    Case("FIFO named on the command line", fifo_named, cli="pipe.jsonl: a FIFO (named pipe)",
         python="pipe.jsonl: a FIFO (named pipe)", came_out=["good"]),
    Case("empty file", empty_file, cli="empty.txt: empty article", python="empty.txt: empty article",
         came_out=["good"], spark_rows=[("empty", "", None), ("good", GOOD, None)],
         spark='spark: id "empty": empty article', spark_came_out=["good"]),
    Case("truncated .jsonl.gz", truncated_gzip, cli="feed.jsonl.gz:", python="feed.jsonl.gz:",
         came_out=["good", "g0"]),
    Case("corrupt .jsonl.zst", corrupt_zstd, cli="feed.jsonl.zst:1: cannot read", python="feed.jsonl.zst:1: cannot read",
         came_out=["good"]),
    Case("invalid UTF-8 (Latin-1 .txt)", invalid_utf8, cli="latin1.txt: invalid UTF-8",
         python="latin1.txt: invalid UTF-8", came_out=["good"]),
    Case("JSON number as text", number_as_text, cli='feed.jsonl:1: field "text" must be a string',
         python='feed.jsonl:1: field "text" must be a string', came_out=["good", "j"]),
    Case("null text in Parquet", null_text_parquet, cli="articles.parquet: row 1: the text is null",
         python="articles.parquet: row 1: the text is null", came_out=["good", "p1"],
         spark_rows=[("p1", OTHER, None), ("p2", None, None)], spark='spark: id "p2": the text is null',
         spark_came_out=["p1"]),
    Case("dictionary-encoded (categorical) text in Parquet", dictionary_text_parquet, cli=None, python=None,
         came_out=["good", "p1", "p2"], spark_rows=[], spark=None, spark_came_out=["p1", "p2"]),
    Case("duplicate ids", duplicate_ids, cli='duplicate id "d": already the id of',
         python='duplicate id "d": already the id of', came_out=["good", "d"],
         spark_rows=[("d", OTHER, None), ("d", GOOD, None), ("good", GOOD, None)],
         spark="ValueError: id column 'id' has duplicate ids: d", spark_came_out=[]),
    Case("unsupported lang", bad_lang, cli='feed.jsonl:1: unsupported language "xx"',
         python='feed.jsonl:1: unsupported language "xx"', came_out=["good", "e"],
         spark_rows=[("x", OTHER, "xx"), ("e", OTHER, "fr")], spark='spark: id "x": unsupported language "xx"',
         spark_came_out=["e"]),
    Case("malformed publication date", bad_date, cli='feed.jsonl:1: invalid publication date "31/12/2024"',
         python='feed.jsonl:1: invalid publication date "31/12/2024"', came_out=["good", "e"]),
    Case("empty id", empty_id, cli="feed.jsonl:1: empty id", python="feed.jsonl:1: empty id",
         came_out=["good", "e"], spark_rows=[("", OTHER, None), ("e", OTHER, None)],
         spark='spark: id "": empty id', spark_came_out=["e"]),
    Case("unknown extensions in a directory (.md, .json)", unknown_extensions, cli=None, python=None,
         came_out=["good"]),
    Case("output is the input", output_is_input, cli="is also an input", python="is also an input",
         came_out=[], cli_args=lambda d, inputs: ["extract", str(inputs[0]), "-o", str(inputs[0])],
         python_call=_python_output_is_input),
]


def propos_binary() -> Optional[Path]:
    """The ``propos`` command: ``PROPOS_BIN``, else the release build of this checkout."""
    given = os.environ.get("PROPOS_BIN")
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    path = Path(given) if given else target / "release" / "propos"
    return path if path.is_file() else None


def run_cli(binary: Path, case: Case, directory: Path, inputs: List[Path]) -> Outcome:
    out = directory.parent / f"{directory.name}-out.jsonl"  # beside the inputs, not in them
    args = case.cli_args(directory, inputs) if case.cli_args else ["extract", *map(str, inputs), "-o", str(out)]
    done = subprocess.run([str(binary), *args], capture_output=True, text=True, timeout=120)
    lines = [line.removeprefix("propos: ") for line in done.stderr.splitlines()]
    problems = [line.removeprefix("skipped ") for line in lines if line.startswith("skipped ")]
    came_out = []
    if out.exists():
        came_out = [json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()]
    if done.returncode != 0 and not came_out:
        return Outcome(error=f"exit {done.returncode}: {' '.join(lines)[:300]}", problems=problems)
    return Outcome(came_out=came_out, problems=problems)


def _from_documents(documents: pl.DataFrame) -> Outcome:
    ok = documents.filter(pl.col("problems").is_null())["doc_id"].to_list()
    problems = documents.filter(pl.col("problems").is_not_null())["problems"].to_list()
    return Outcome(came_out=ok, problems=problems)


def run_python(case: Case, directory: Path, inputs: List[Path]) -> Outcome:
    import propos

    try:
        if case.python_call is not None:
            case.python_call(directory, inputs)
            return Outcome(came_out=["(called)"])
        return _from_documents(propos.extract([str(p) for p in inputs]).documents)
    except Exception as error:  # noqa: BLE001 - the matrix records what was raised
        return Outcome(error=f"{type(error).__name__}: {error}")


def run_spark(spark: "object", case: Case, directory: Path) -> Optional[Outcome]:
    """Spark on the case's rows (or, with no rows given, its Parquet file read by Spark); None when it does not apply."""
    if case.spark_rows is None:
        return None
    import propos.spark

    session = spark  # a SparkSession
    try:
        if case.spark_rows:
            frame = session.createDataFrame(case.spark_rows, "id string, text string, lang string")  # type: ignore[attr-defined]
            corpus = propos.spark.extract(frame, lang_column="lang")
        else:
            frame = session.read.parquet(str(directory / "articles.parquet"))  # type: ignore[attr-defined]
            corpus = propos.spark.extract(frame)
        try:
            documents = pl.DataFrame(pl.from_arrow(corpus.documents.toArrow()))
        finally:
            corpus.unpersist()
        return _from_documents(documents)
    except Exception as error:  # noqa: BLE001 - the matrix records what was raised
        return Outcome(error=f"{type(error).__name__}: {error}")


def expected_in(outcome: Outcome, expected: Optional[str]) -> bool:
    """Whether the outcome reports ``expected`` (None: reports nothing)."""
    reported = ([outcome.error] if outcome.error else []) + outcome.problems
    if expected is None:
        return not reported
    return any(expected in message for message in reported)


def run_case(case: Case, base: Path, spark: "object" = None) -> Dict[str, Optional[Outcome]]:
    """One case through every front end, each on its own copy of the inputs in ``base``
    (Spark when a session is given, the CLI when it is built; None where it does not run)."""
    binary = propos_binary()
    row: Dict[str, Optional[Outcome]] = {}
    for front in ("cli", "python", "spark"):
        directory = base / front
        directory.mkdir(parents=True)
        inputs = case.build(directory)
        if front == "cli":
            row[front] = run_cli(binary, case, directory, inputs) if binary else None
        elif front == "python":
            row[front] = run_python(case, directory, inputs)
        else:
            row[front] = run_spark(spark, case, directory) if spark is not None else None
    return row


def results(spark: "object" = None) -> Dict[str, Dict[str, Optional[Outcome]]]:
    """Every case through every front end."""
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        return {case.name: run_case(case, Path(scratch) / f"{i:02}", spark) for i, case in enumerate(CASES)}
