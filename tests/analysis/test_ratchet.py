"""The figures recorded in floors.json are a floor: the analysis may only get better."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from portal.analysis import analyse
from portal.analysis.crossval import cross_validate

SHARED = Path(__file__).resolve().parents[3] / "shared"
LABELLED = SHARED / "data" / "feedback-dev.jsonl"
FLOORS = json.loads((Path(__file__).with_name("floors.json")).read_text())


def _evaluator():
    """The partnership's own scorer, so the figures here are exactly the evaluator's."""
    spec = importlib.util.spec_from_file_location(
        "evaluate_analysis", SHARED / "tools" / "evaluate_analysis.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return [json.loads(line) for line in LABELLED.read_text().splitlines() if line.strip()]


def test_figures_on_the_labelled_file_never_fall(records):
    results = [{"id": r["id"], **analyse(r["text"], r["respondent"]).to_json()} for r in records]
    figures = _evaluator().score(records, results)
    below = {
        name: (round(figures[name], 3), floor)
        for name, floor in FLOORS["whole_file"].items()
        if figures[name] < floor
    }
    assert not below, f"figures fell below their floor (figure, floor): {below}"


def test_cross_validated_learned_themes_never_fall(records):
    figures = cross_validate(records, k=5)
    below = {
        name: (round(figures[name], 3), floor)
        for name, floor in FLOORS["cross_validated"].items()
        if figures[name] < floor
    }
    assert not below, f"cross-validated figures fell below their floor: {below}"
