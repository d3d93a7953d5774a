"""The bad-input matrix (tests/python/bad_inputs.py) through the propos command,
propos.extract and propos.spark.extract: each front end reports each bad input
as its own, and the other articles still come out."""

from pathlib import Path
from typing import Optional

import pytest

import bad_inputs
from bad_inputs import CASES, GOOD, Case, Outcome


def check(outcome: Optional[Outcome], expected: Optional[str], came_out: "list[str]", front: str) -> None:
    if outcome is None:
        pytest.skip(f"{front} not available")
    assert bad_inputs.expected_in(outcome, expected), (front, expected, outcome)
    assert set(came_out) <= set(outcome.came_out), (front, outcome)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_cli_and_python_report_each_bad_input_and_the_rest_comes_out(case: Case, tmp_path: Path) -> None:
    outcomes = bad_inputs.run_case(case, tmp_path)
    if bad_inputs.propos_binary() is not None:
        check(outcomes["cli"], case.cli, list(case.came_out), "cli")
    check(outcomes["python"], case.python, list(case.came_out), "python")
    # the two front ends agree on what came out
    if outcomes["cli"] is not None and case.cli_args is None:
        assert sorted(outcomes["cli"].came_out) == sorted(outcomes["python"].came_out)  # type: ignore[union-attr]
    if case.cli_args is not None:  # output == input: the input is left as it was
        for front in ("cli", "python"):
            assert (tmp_path / front / "good.txt").read_text(encoding="utf-8") == GOOD



SPARK_CASES = [c for c in CASES if c.spark_rows is not None]


@pytest.mark.parametrize("case", SPARK_CASES, ids=[c.name for c in SPARK_CASES])
def test_spark_reports_each_bad_row_by_its_id_and_the_job_goes_on(case: Case, spark: object, tmp_path: Path) -> None:
    directory = tmp_path / "spark"
    directory.mkdir()
    case.build(directory)
    outcome = bad_inputs.run_spark(spark, case, directory)
    check(outcome, case.spark, list(case.spark_came_out), "spark")
