"""python -m bench: page weight and submit throughput against the issue's budgets.

Exit status 0 when every measurement ran (a budget may still FAIL: that is printed),
non-zero when the benchmark itself could not run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench import analysis, moderation, pulse, report, servers
from bench.throughput import run_database

RESULTS = Path(__file__).resolve().parent / "results"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--duration",
        type=float,
        default=10.0,
        help="measured seconds per app, per database (default 10)",
    )
    parser.add_argument(
        "--warmup",
        type=float,
        default=2.0,
        help="warm-up seconds per app, per database (default 2)",
    )
    parser.add_argument(
        "--slice",
        type=float,
        default=2.0,
        help="measure baseline and portal in alternating slices of this many seconds "
        "(0: one block each)",
    )
    parser.add_argument(
        "--connections",
        type=int,
        default=16,
        help="concurrent keep-alive connections per app (default 16)",
    )
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers (both apps)")
    parser.add_argument("--threads", type=int, default=4, help="gthread threads per worker")
    parser.add_argument(
        "--databases",
        default="sqlite,postgresql",
        help="comma-separated: sqlite, postgresql (default both)",
    )
    parser.add_argument("--no-page-weight", action="store_true", help="skip the page weight")
    parser.add_argument(
        "--no-analysis", action="store_true", help="skip the text analysis's own budgets"
    )
    parser.add_argument(
        "--no-moderation",
        action="store_true",
        help="skip moderation's budgets (queue page with 100,000 items, disclosure e-mail)",
    )
    parser.add_argument(
        "--no-pulse",
        action="store_true",
        help="skip the pulse budgets (opening a round for 5,000 staff, results for 24 rounds)",
    )
    parser.add_argument(
        "--no-throughput",
        action="store_true",
        help="skip the submit throughput (and page weight) runs",
    )
    parser.add_argument("--json", type=Path, default=RESULTS / "latest.json", help="JSON output")
    args = parser.parse_args(argv)
    if args.duration <= 0 or args.warmup < 0 or args.slice < 0 or args.connections < 1:
        parser.error("--duration must be > 0, --warmup and --slice >= 0, --connections >= 1")
    args.databases = [d.strip() for d in args.databases.split(",") if d.strip()]
    unknown = set(args.databases) - {"sqlite", "postgresql"}
    if unknown:
        parser.error(f"unknown database(s): {', '.join(sorted(unknown))}")
    return args


def say(text: str) -> None:
    print(text, flush=True)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    settings = servers.GunicornSettings(workers=args.workers, threads=args.threads)
    interleave = (
        f"in alternating {args.slice:g} s slices" if args.slice > 0 else "one after the other"
    )
    load = (
        f"{args.connections} keep-alive connections per app (asyncio client, closed loop), "
        f"{args.warmup:g} s warm-up then {args.duration:g} s measured per app, {interleave}; "
        "127.0.0.1 only"
    )
    started = time.monotonic()
    load_before = os.getloadavg()
    runs = []
    with tempfile.TemporaryDirectory(prefix="portal-bench-") as tmp:
        workdir = Path(tmp)
        log = workdir / "bench.log"
        say(f"Bench: {settings.describe()}")
        say(f"       {load}")
        say(f"       server and migration output: {RESULTS / 'last-run.log'}")
        for index, database in enumerate([] if args.no_throughput else args.databases):
            runs.append(
                run_database(
                    database,
                    settings=settings,
                    connections=args.connections,
                    warmup_s=args.warmup,
                    duration_s=args.duration,
                    slice_s=args.slice,
                    workdir=workdir,
                    log=log,
                    page_weight=index == 0 and not args.no_page_weight,
                    say=say,
                )
            )
        moderation_figures = []
        if not args.no_moderation:
            for database in args.databases:
                moderation_figures.append(moderation.measure(database, workdir, log, say))
        pulse_figures = []
        if not args.no_pulse:
            for database in args.databases:
                pulse_figures.append(pulse.measure(database, workdir, log, say))
        analysis_figures = None
        if not args.no_analysis:
            say("[analysis] timing flask --app portal analyse")
            analysis_figures = analysis.measure(workdir)
        RESULTS.mkdir(parents=True, exist_ok=True)
        if log.exists():
            shutil.copyfile(log, RESULTS / "last-run.log")
    pages = next((r.page_weights for r in runs if r.page_weights is not None), None)
    ran = all(
        not r.errors and r.baseline and r.portal and r.baseline_check and r.portal_check
        for r in runs
    ) and (pages is not None or args.no_page_weight or args.no_throughput)
    ran = ran and not any(f.error for f in moderation_figures)
    ran = ran and not any(f.error or f.open_error for f in pulse_figures)
    elapsed = time.monotonic() - started

    lines = [""]
    if pages is not None:
        lines += [*report.page_weight_table(pages), ""]
    if runs:
        lines += report.throughput_table(runs, settings.describe(), load)
    if moderation_figures:
        lines += ["", *moderation.table(moderation_figures)]
    if pulse_figures:
        lines += ["", *pulse.table(pulse_figures)]
    if analysis_figures is not None:
        lines += ["", *analysis.table(analysis_figures)]
    page_ok = None if pages is None else all(p.passed for p in pages)
    ratios = [r.passed for r in runs]
    ratio_ok = None if not ratios or None in ratios else all(ratios)
    checks = [c for r in runs for c in (r.baseline_check, r.portal_check) if c]
    rows_ok = None if not checks else all(c.ok for c in checks)

    def verdict(value: bool | None, good: str = "PASS", bad: str = "FAIL") -> str:
        return "NOT MEASURED" if value is None else good if value else bad

    lines += [
        "",
        f"  page weight: {verdict(page_ok)}"
        f"   throughput ratio: {verdict(ratio_ok)}"
        f"   rows check: {verdict(rows_ok, 'OK', 'MISMATCH')}",
        f"  bench {'ran completely' if ran else 'DID NOT RUN COMPLETELY'} in {elapsed:.0f} s"
        f" (load average before {load_before[0]:.2f}, after {os.getloadavg()[0]:.2f})",
    ]
    say("\n".join(lines))

    result = {
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "ran": ran,
        "elapsed_s": round(elapsed, 1),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "load_average_before": load_before,
            "load_average_after": os.getloadavg(),
        },
        "server": settings.describe(),
        "load": load,
        "budgets": {
            "page_weight_pass": page_ok,
            "throughput_ratio_pass": ratio_ok,
            "rows_check_ok": rows_ok,
        },
        "page_weight": [p.as_json() for p in pages] if pages is not None else None,
        "throughput": [r.as_json() for r in runs],
        "moderation": [f.as_json() for f in moderation_figures],
        "pulse": [f.as_json() for f in pulse_figures],
        "analysis": analysis_figures.as_json() if analysis_figures else None,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    say(f"  results written to {args.json}")
    return 0 if ran else 1


if __name__ == "__main__":
    sys.exit(main())
