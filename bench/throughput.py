"""Submit throughput: the bare baseline and the portal, under the same gunicorn, per database."""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from pathlib import Path

from bench import baseline_app, cpu, pageweight, servers
from bench.load import LoadResult, Target, run_load
from bench.scenarios import BaselineInsert, PortalSubmit

RATIO_BUDGET = 0.30
BASELINE_APP = "bench.baseline_app:create_app()"
PORTAL_APP = "wsgi:app"


@dataclass
class Check:
    """Rows the database gained during a load run against the responses that promised them."""

    what: str
    rows: int
    responses: int
    audit_rows: int | None = None
    answer_rows: int | None = None
    answers_each: int | None = None

    @property
    def ok(self) -> bool:
        answers_ok = self.answer_rows is None or self.answer_rows == self.rows * self.answers_each
        return self.rows == self.responses and self.audit_rows in (None, self.rows) and answers_ok

    def as_json(self) -> dict:
        return {
            "what": self.what,
            "rows_added": self.rows,
            "expected_responses": self.responses,
            "audit_rows_added": self.audit_rows,
            "answer_rows_added": self.answer_rows,
            "answers_per_submission_expected": self.answers_each,
            "ok": self.ok,
        }


@dataclass
class DatabaseRun:
    database: str
    baseline: LoadResult | None = None
    portal: LoadResult | None = None
    baseline_check: Check | None = None
    portal_check: Check | None = None
    page_weights: list[pageweight.PageWeight] | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float | None:
        if not (self.baseline and self.portal and self.baseline.requests_per_s):
            return None
        return self.portal.requests_per_s / self.baseline.requests_per_s

    @property
    def passed(self) -> bool | None:
        return None if self.ratio is None else self.ratio >= RATIO_BUDGET

    def as_json(self) -> dict:
        return {
            "database": self.database,
            "baseline": self.baseline.summary() if self.baseline else None,
            "portal": self.portal.summary() if self.portal else None,
            "ratio_portal_to_baseline": None if self.ratio is None else round(self.ratio, 3),
            "ratio_budget": RATIO_BUDGET,
            "pass": self.passed,
            "baseline_rows_check": self.baseline_check.as_json() if self.baseline_check else None,
            "portal_rows_check": self.portal_check.as_json() if self.portal_check else None,
            "errors": self.errors,
        }


def _count(url: str, sql: str) -> int:
    return int(servers.scalar(url, sql))


SUBMISSIONS = "SELECT count(*) FROM submission"
ANSWERS = "SELECT count(*) FROM answer"
AUDITED = "SELECT count(*) FROM audit_event WHERE action = 'submission.received'"


def run_database(
    database: str,
    *,
    settings: servers.GunicornSettings,
    connections: int,
    warmup_s: float,
    duration_s: float,
    slice_s: float,
    workdir: Path,
    log: Path,
    page_weight: bool,
    say,
) -> DatabaseRun:
    run = DatabaseRun(database)
    try:
        if database == "sqlite":
            portal_url = f"sqlite:///{workdir / 'portal.db'}"
            baseline_url = f"sqlite:///{workdir / 'baseline.db'}"
        elif database == "postgresql":
            say(f"[{database}] dropping and creating {servers.POSTGRES_BENCH_DB}")
            servers.recreate_postgres_database()
            portal_url = baseline_url = servers.POSTGRES_BENCH_URL
        else:
            raise ValueError(f"unknown database {database!r}")
        secret = servers.new_secret_key()
        portal_env = servers.portal_env(portal_url, secret)
        say(f"[{database}] migrating and seeding the portal's database")
        servers.prepare_portal_database(portal_url, portal_env, log)
        baseline_app.create_tables(baseline_url)

        baseline_env = servers.portal_env(baseline_url, secret)
        with (
            servers.Gunicorn(BASELINE_APP, settings, baseline_env, log) as baseline_server,
            servers.Gunicorn(PORTAL_APP, settings, portal_env, log) as portal_server,
        ):
            if page_weight:
                say(f"[{database}] page weight of the public pages")
                try:
                    run.page_weights = pageweight.measure(portal_server.base)
                except Exception as error:  # still measure the throughput
                    run.errors.append(f"page weight: {type(error).__name__}: {error}")
                    say(f"[{database}] page weight could not run: {error}")
            say(
                f"[{database}] baseline and portal submit: warm-up {warmup_s:g} s each, then "
                f"{duration_s:g} s each in alternating slices of {slice_s:g} s"
            )
            baseline_before = baseline_app.count_rows(baseline_url)
            portal_before = _count(portal_url, SUBMISSIONS)
            audit_before = _count(portal_url, AUDITED)
            answers_before = _count(portal_url, ANSWERS)
            pids = [baseline_server.process.pid, portal_server.process.pid]
            usage = {"baseline": cpu.Usage(), "portal": cpu.Usage()}

            def on_phase(name: str, measured: bool):
                before = cpu.snapshot(pids)
                return lambda: usage[name].add(before, cpu.snapshot(pids))

            portal_scenario = PortalSubmit()
            run.baseline, run.portal = run_load(
                [
                    Target("baseline", baseline_server.port, BaselineInsert()),
                    Target("portal", portal_server.port, portal_scenario),
                ],
                connections,
                warmup_s,
                duration_s,
                slice_s,
                on_phase,
            )
            run.baseline.cpu = usage["baseline"].percent()
            run.portal.cpu = usage["portal"].percent()
            baseline_after = baseline_app.count_rows(baseline_url)
            portal_after = _count(portal_url, SUBMISSIONS)
            audit_after = _count(portal_url, AUDITED)
            answers_after = _count(portal_url, ANSWERS)
        run.baseline_check = Check(
            "baseline rows vs 200s", baseline_after - baseline_before, run.baseline.ok_all
        )
        run.portal_check = Check(
            "submission rows vs 303s",
            portal_after - portal_before,
            run.portal.ok_all,
            audit_after - audit_before,
            answers_after - answers_before,
            portal_scenario.questions_answered,
        )
    except Exception as error:
        run.errors.append(f"{type(error).__name__}: {error}")
        run.errors.append(traceback.format_exc(limit=3))
        say(f"[{database}] could not run: {type(error).__name__}: {error}")
        say(servers.tail(log, 15))
    return run
