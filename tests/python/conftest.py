"""Fixtures shared by the Python tests."""

import os
import sys
from typing import Iterator

import pytest


@pytest.fixture(scope="module")
def spark() -> Iterator[object]:
    """A local Spark session (skipped without pyspark) with two articles per Arrow batch,
    so that the seeds make several batches in each partition."""
    pytest.importorskip("pyspark")
    from pyspark.sql import SparkSession

    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("propos-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "2")
        .getOrCreate()
    )
    yield session
    session.stop()
