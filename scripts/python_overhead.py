"""Measures what the Python layer costs: propos.extract_texts(texts) against the Rust CLI.

Usage: python scripts/python_overhead.py [--megabytes 20] [--repeat 3] [--threads N]
                                         [--cli target/release/propos] [--keep FILE.jsonl]

Builds a corpus of about --megabytes MB from the seeds/ articles (each copy
with its own id), writes it as JSON Lines, then in one run times
  - ``propos.extract_texts(list_of_texts)``: texts already in Python memory,
  - ``propos.extract(DataFrame)``: the same texts as a polars column,
  - ``propos.extract(path)``: the same corpus read by the native reader,
  - ``propos extract FILE.jsonl -o /dev/null --quiet``: the CLI (when present),
and prints the wall-clock and CPU times (best of --repeat) and the ratios to
the CLI. CPU time counts every thread, so it stays meaningful on a busy
machine. The CLI serialises every article to JSON while Python builds the five
DataFrames: the two do comparable, not identical, work.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, List, Optional, Tuple

import polars as pl

import propos

ROOT = Path(__file__).resolve().parents[1]


def synthesised_corpus(megabytes: float) -> Tuple[List[str], List[str]]:
    """Copies of the seed articles (ids ``<stem>-<copy>``) up to ``megabytes`` of UTF-8."""
    seeds = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    if not seeds:
        raise FileNotFoundError(f"no .txt article in {ROOT / 'seeds'}")
    target = int(megabytes * 1_000_000)
    ids: List[str] = []
    texts: List[str] = []
    size = 0
    while size < target:
        stem, text = seeds[len(texts) % len(seeds)]
        ids.append(f"{stem}-{len(texts) // len(seeds)}")
        texts.append(text)
        size += len(text.encode())
    return ids, texts


def write_json_lines(path: Path, ids: List[str], texts: List[str]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for doc_id, text in zip(ids, texts):
            out.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")


def best_of(repeat: int, run: Callable[[], None]) -> Tuple[float, float]:
    """The lowest wall-clock and CPU seconds of ``repeat`` runs (CPU: this process, all threads)."""
    walls, cpus = [], []
    for _ in range(repeat):
        cpu, wall = time.process_time(), time.perf_counter()
        run()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def best_of_command(repeat: int, command: List[str]) -> Tuple[float, float]:
    """The lowest wall-clock and CPU (user + system of the child) seconds of ``repeat`` runs."""
    walls, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall = time.perf_counter()
        subprocess.run(command, check=True)
        walls.append(time.perf_counter() - wall)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return min(walls), min(cpus)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=20.0, help="size of the corpus (default 20)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each, the best is kept (default 3)")
    parser.add_argument("--threads", type=int, default=None, help="worker threads for both (default: all cores)")
    parser.add_argument("--cli", type=Path, default=ROOT / "target" / "release" / "propos", help="the propos binary")
    parser.add_argument("--keep", type=Path, default=None, help="write the JSON Lines corpus here and keep it")
    args = parser.parse_args(argv)

    ids, texts = synthesised_corpus(args.megabytes)
    size = sum(len(t.encode()) for t in texts) / 1e6
    with tempfile.TemporaryDirectory() as scratch:
        corpus_path = args.keep or Path(scratch) / "corpus.jsonl"
        write_json_lines(corpus_path, ids, texts)
        print(f"corpus: {len(texts)} articles, {size:.1f} MB of text, {corpus_path.stat().st_size / 1e6:.1f} MB as JSON Lines")
        print(f"propos {propos.__version__} from {Path(propos.__file__).parent}, threads: {args.threads or 'all cores'}")

        statement_counts: List[int] = []

        def extract_texts() -> None:
            statement_counts.append(propos.extract_texts(texts, threads=args.threads).statements.height)

        frame = pl.DataFrame({"id": ids, "text": texts})

        def extract_frame() -> None:
            propos.extract(frame, id_column="id", threads=args.threads)

        def extract_path() -> None:
            propos.extract(corpus_path, threads=args.threads)

        texts_wall, texts_cpu = best_of(args.repeat, extract_texts)
        frame_wall, frame_cpu = best_of(args.repeat, extract_frame)
        path_wall, path_cpu = best_of(args.repeat, extract_path)
        print(f"propos.extract_texts(list of texts): {texts_wall:7.2f} s wall, {texts_cpu:7.2f} s CPU  ({statement_counts[0]} statements)")
        print(f"propos.extract(DataFrame):     {frame_wall:7.2f} s wall, {frame_cpu:7.2f} s CPU")
        print(f"propos.extract(jsonl path):    {path_wall:7.2f} s wall, {path_cpu:7.2f} s CPU")

        if not args.cli.is_file():
            print(f"CLI: {args.cli} not found (build it with cargo build --release -p propos-cli, or pass --cli)")
            return 0
        command = [str(args.cli), "extract", str(corpus_path), "-o", os.devnull, "--quiet"]
        if args.threads:
            command += ["--threads", str(args.threads)]
        cli_wall, cli_cpu = best_of_command(args.repeat, command)
        print(f"CLI ({' '.join(command[1:])}): {cli_wall:7.2f} s wall, {cli_cpu:7.2f} s CPU")
        print(
            f"ratio Python texts / CLI: {texts_wall / cli_wall:.2f} wall, {texts_cpu / cli_cpu:.2f} CPU; "
            f"DataFrame / CLI: {frame_wall / cli_wall:.2f} wall, {frame_cpu / cli_cpu:.2f} CPU; "
            f"Python path / CLI: {path_wall / cli_wall:.2f} wall, {path_cpu / cli_cpu:.2f} CPU"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
