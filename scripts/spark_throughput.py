"""Throughput of propos on Spark against the local engine, on the same corpus, in one run.

The corpus is the seed articles repeated (ids ``<stem>-<copy>``) to about
``--mb`` megabytes of UTF-8 text, written as Parquet files. Both paths read
those files and write the five tables to Parquet in a temporary directory:

- local: ``pl.read_parquet`` -> ``propos.extract(frame)`` -> ``write_parquet``;
- Spark: ``spark.read.parquet`` -> ``propos.spark.extract`` -> ``.write.parquet``
  (the session is started before the clock starts), twice: the first run
  also starts the executors' Python workers and imports propos in them, the
  second reuses them (what a long job sees after its first tasks).

Usage: ``python scripts/spark_throughput.py [--mb 15] [--master local[2]]``
(in the venv, with ``pip install .[spark]``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

import polars as pl

import propos
import propos.spark

ROOT = Path(__file__).resolve().parents[1]
FILES = 8


def corpus(megabytes: float) -> pl.DataFrame:
    """The seed articles repeated to about ``megabytes`` MB of text, in a fixed order."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in seeds]
    size = sum(len(text.encode()) for text in texts)
    copies = max(1, round(megabytes * 1e6 / size))
    return pl.DataFrame(
        {
            "id": [f"{path.stem}-{copy}" for copy in range(copies) for path in seeds],
            "text": [text for _ in range(copies) for text in texts],
        }
    )


def timed(run: Callable[[], None]) -> float:
    """Seconds taken by ``run()``."""
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    """Builds the corpus, times both paths and prints MB/s and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=15.0, help="corpus size in MB of text (default 15)")
    parser.add_argument("--master", default="local[2]", help="Spark master (default local[2])")
    args = parser.parse_args()
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    articles = corpus(args.mb)
    megabytes = float(articles["text"].str.len_bytes().sum()) / 1e6
    with tempfile.TemporaryDirectory(prefix="propos-throughput-") as tmp:
        work = Path(tmp)
        (work / "corpus").mkdir()
        rows = -(-articles.height // FILES)
        for i in range(FILES):
            articles.slice(i * rows, rows).write_parquet(work / "corpus" / f"part-{i}.parquet")
        print(f"corpus: {articles.height} articles, {megabytes:.1f} MB of text, {FILES} Parquet files")

        def local() -> None:
            tables = propos.extract(pl.read_parquet(work / "corpus"), id_column="id")
            for name in propos.spark.TABLES:
                getattr(tables, name).write_parquet(work / f"local-{name}.parquet")

        started = time.perf_counter()
        spark = (
            SparkSession.builder.master(args.master)
            .appName("propos-throughput")
            .config("spark.ui.showConsoleProgress", "false")
            .getOrCreate()
        )
        spark.sparkContext.setLogLevel("ERROR")
        print(f"spark {spark.version} session ({args.master}) started in {time.perf_counter() - started:.1f} s")

        def on_spark(run: int) -> None:
            tables = propos.spark.extract(spark.read.parquet(str(work / "corpus")))
            for name in propos.spark.TABLES:
                getattr(tables, name).write.parquet(str(work / f"spark-{run}-{name}"))
            tables.unpersist()

        local_seconds = timed(local)
        first_seconds = timed(lambda: on_spark(1))
        second_seconds = timed(lambda: on_spark(2))
        spark.stop()
    for path, seconds in [
        ("local engine", local_seconds),
        ("spark, first run", first_seconds),
        ("spark, second run", second_seconds),
    ]:
        print(f"{path:>17}: {seconds:6.1f} s, {megabytes / seconds:5.2f} MB/s")
    print(f"spark / local throughput: {local_seconds / first_seconds:.2f} (first run), "
          f"{local_seconds / second_seconds:.2f} (second run)")


if __name__ == "__main__":
    main()
