"""The text analysis's own budgets: texts per second in one process, start-up, peak memory.

Runs the real command, `flask --app portal analyse`, as a child process, the way the evaluator
does, on texts made from the labelled file repeated (or a built-in sample when ../shared is
not there).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LABELLED = ROOT.parent / "shared" / "data" / "feedback-dev.jsonl"
SAMPLE = [
    {"respondent": "child", "text": "my sw keeps changing and nobody tells me why"},
    {
        "respondent": "carer",
        "text": "We waited 8 months for an assessment. Ring me on 07700 900123.",
    },
    {"respondent": "young-person", "text": "i dont want to go home when hes drunk"},
    {
        "respondent": "care-leaver",
        "text": "My PA Sam helped me sort my flat and bills, really grateful",
    },
]
TEXTS_PER_SECOND_BUDGET = 500.0
STARTUP_BUDGET_S = 2.0
MEMORY_BUDGET_MB = 300.0


@dataclass
class AnalysisFigures:
    texts: int
    texts_per_second: float
    startup_s: float
    peak_memory_mb: float

    @property
    def passed(self) -> bool:
        return (
            self.texts_per_second >= TEXTS_PER_SECOND_BUDGET
            and self.startup_s <= STARTUP_BUDGET_S
            and self.peak_memory_mb <= MEMORY_BUDGET_MB
        )

    def as_json(self) -> dict:
        return {**asdict(self), "passed": self.passed}


def _records() -> list[dict]:
    if LABELLED.exists():
        return [json.loads(line) for line in LABELLED.read_text().splitlines() if line.strip()]
    return SAMPLE


def _run(stdin: str, workdir: Path) -> tuple[float, float]:
    """Run `flask analyse` once: (wall seconds, the child's peak resident memory in MB)."""
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{workdir / 'analysis-bench.db'}",
        "PORTAL_ENV": "development",
        "SECRET_KEY": "bench-secret-key",
    }
    command = [sys.executable, "-m", "flask", "--app", "portal", "analyse"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    done = subprocess.run(
        command, input=stdin, capture_output=True, text=True, cwd=ROOT, env=env, check=False
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"flask analyse failed: {done.stderr[-2000:]}")
    # ru_maxrss of children is the largest child so far (in KB on Linux).
    peak_kb = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before)
    return elapsed, peak_kb / 1024


def measure(workdir: Path, repeat: int = 25) -> AnalysisFigures:
    records = _records()
    lines = [
        json.dumps({"id": f"{n}-{i}", "respondent": r["respondent"], "text": r["text"]})
        for n in range(repeat)
        for i, r in enumerate(records)
    ]
    startup, _ = _run("", workdir)
    elapsed, peak_mb = _run("\n".join(lines) + "\n", workdir)
    # Throughput counts the analysis, not the start-up that the empty run measured.
    return AnalysisFigures(
        texts=len(lines),
        texts_per_second=len(lines) / max(elapsed - startup, 1e-6),
        startup_s=startup,
        peak_memory_mb=peak_mb,
    )


def table(figures: AnalysisFigures) -> list[str]:
    def mark(ok: bool) -> str:
        return "PASS" if ok else "FAIL"

    return [
        "TEXT ANALYSIS (flask --app portal analyse, one process)",
        f"  texts per second  {figures.texts_per_second:9.0f}   budget >= {TEXTS_PER_SECOND_BUDGET:.0f}: "
        f"{mark(figures.texts_per_second >= TEXTS_PER_SECOND_BUDGET)}   ({figures.texts} texts)",
        f"  start-up          {figures.startup_s:9.2f} s budget <= {STARTUP_BUDGET_S:.0f} s:  "
        f"{mark(figures.startup_s <= STARTUP_BUDGET_S)}",
        f"  peak memory       {figures.peak_memory_mb:9.0f} MB budget <= {MEMORY_BUDGET_MB:.0f} MB: "
        f"{mark(figures.peak_memory_mb <= MEMORY_BUDGET_MB)}",
    ]
