"""The readable table printed at the end of a bench run."""

from __future__ import annotations

import os

from bench.pageweight import BUDGET_BYTES, PageWeight
from bench.throughput import RATIO_BUDGET, DatabaseRun


def _kb(n: int) -> str:
    return f"{n / 1024:.1f}"


def page_weight_table(pages: list[PageWeight]) -> list[str]:
    lines = [
        f"PAGE WEIGHT: first visit, bytes on the wire (compressed as served), in KB "
        f"(budget {BUDGET_BYTES // 1024} KB = {BUDGET_BYTES:,} bytes per page)",
        f"  {'page':<36}{'HTML':>7}{'CSS':>7}{'JS':>7}{'font':>7}{'img':>7}{'other':>7}"
        f"{'total':>8}  result",
    ]
    for p in pages:
        html_note = next((i.encoding for i in p.items if i.category == "html"), "")
        verdict = "PASS" if p.passed else "FAIL"
        lines.append(
            f"  {p.page:<36}{_kb(p.bytes_of('html')):>7}{_kb(p.bytes_of('css')):>7}"
            f"{_kb(p.bytes_of('js')):>7}{_kb(p.bytes_of('font')):>7}{_kb(p.bytes_of('image')):>7}"
            f"{_kb(p.bytes_of('other')):>7}{_kb(p.total):>8}  {verdict}"
            + (f"  (HTML served {html_note})" if html_note != "gzip" else "")
        )
        lines += [f"      ! {problem}" for problem in p.problems]
    warnings = sorted({w for p in pages for w in p.warnings})
    lines += [f"  note (not counted, not a FAIL): {w}" for w in warnings]
    return lines


def _fmt(value: float | None, spec: str) -> str:
    return "-" if value is None else format(value, spec)


def throughput_table(runs: list[DatabaseRun], settings: str, load: str) -> list[str]:
    lines = [
        "SUBMIT THROUGHPUT (portal POST /feedback/child step=send vs bare insert POST /rows)",
        f"  server: {settings}",
        f"  load:   {load}",
        "  CPU columns: percent of one core during the app's measured time (this machine has "
        f"{os.cpu_count()} cores = {100 * (os.cpu_count() or 1)}%): gunicorn, postgres, "
        "this bench's client, and everything else on the machine",
        f"  {'database':<12}{'app':<10}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}"
        f"{'server':>8}{'pg':>6}{'client':>8}{'other':>7}",
    ]
    for run in runs:
        for name, result in (("baseline", run.baseline), ("portal", run.portal)):
            if result is None:
                lines.append(f"  {run.database:<12}{name:<10}{'did not run':>9}")
                continue
            lines.append(
                f"  {run.database:<12}{name:<10}{result.requests_per_s:>9.1f}"
                f"{result.percentile(50):>9.1f}{result.percentile(99):>9.1f}{result.errors:>8}"
                + "".join(
                    f"{result.cpu.get(key, float('nan')):>{width - 1}.0f}%"
                    for key, width in (("server", 8), ("postgres", 6), ("client", 8), ("other", 7))
                )
            )
        verdict = {True: "PASS", False: "FAIL", None: "NOT MEASURED"}[run.passed]
        lines.append(
            f"  {run.database:<12}{'ratio':<10}{_fmt(run.ratio, '>9.2f'):>9}"
            f"  portal/baseline, budget >= {RATIO_BUDGET:.2f}: {verdict}"
        )
    for run in runs:
        for result in (run.baseline, run.portal):
            other = result.cpu.get("other", 0.0) if result else 0.0
            if other > 25:
                lines.append(
                    f"  WARNING: other programs used {other:.0f}% of a core while {run.database} "
                    f"{result.name} was measured: figures are depressed and less reliable"
                )
    lines.append(
        "  rows check (database rows added during the run = expected responses, all phases):"
    )
    for run in runs:
        for check in (run.baseline_check, run.portal_check):
            if check is None:
                continue
            audit = "" if check.audit_rows is None else f", audit events {check.audit_rows:,}"
            if check.answer_rows is not None:
                audit += f", answers {check.answer_rows:,} ({check.answers_each} each)"
            lines.append(
                f"    {run.database:<12}{check.what:<26}rows {check.rows:,} vs responses "
                f"{check.responses:,}{audit}: {'OK' if check.ok else 'MISMATCH'}"
            )
        for error in run.errors[:1]:
            lines.append(f"    {run.database:<12}ERROR {error}")
    return lines
