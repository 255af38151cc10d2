"""The labelled files the learned layers are fitted on (a plain list, so anything may import it)."""

from __future__ import annotations

from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
_DATA = _ROOT / "tests" / "analysis" / "data"
# The labelled files the learned layers are fitted on, by name, listed one by one (never a
# glob): a file written later to judge the analysis blind must never be picked up and fitted on.
TRAINING_FILES: dict[str, Path] = {
    "dev": _ROOT.parent / "shared" / "data" / "feedback-dev.jsonl",
    "independent": _DATA / "independent.jsonl",
    "independent2": _DATA / "independent2.jsonl",
    "independent3": _DATA / "independent3.jsonl",
}
