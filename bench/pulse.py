"""Pulse budgets: opening a round for 5,000 staff, and the results page for 5,000 × 24 rounds.

- Opening: a roster of 5,000 staff in 400 teams (40 services, 5 agencies) is created in bulk;
  the figure is `portal.pulse.rounds.open_round(survey, email=True)` alone (tokens, invitations
  and outbox e-mails, committed). Budget: under 10 seconds.
- Results: 24 monthly rounds in which all 5,000 answered (120,000 responses, 1.2 million
  answers) are bulk-inserted: 23 closed, the newest still open. The closed rounds are totalled
  as the worker would (`portal.pulse.totals.close_due_rounds`, timed and reported). The
  results page is then requested through the app (Flask's test client, so no network or
  server in the figure) by a signed-in board member, for the newest round, for one agency and
  for agency staff only, each several times. Budget: under 300 ms on PostgreSQL (SQLite
  reported too). Before each view's first request every in-process cache is cleared, and that
  request is reported on its own ("first"), then the median and max of the rest.
"""

from __future__ import annotations

import random
import statistics
import time
import uuid
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from pathlib import Path

from bench import servers
from bench.moderation import _signed_in_client

STAFF = 5_000
TEAMS = 400
SERVICES = 40
AGENCIES = 5
ROUNDS = 24
OPEN_BUDGET_S = 10.0
RESULTS_BUDGET_MS = 300.0
REQUESTS_PER_VIEW = 10
POSTGRES_DB = "portal_pulse_bench"
POSTGRES_URL = f"postgresql://postgres@127.0.0.1:5432/{POSTGRES_DB}"


@dataclass
class PulseFigures:
    database: str
    staff: int = STAFF
    rounds: int = ROUNDS
    open_s: float | None = None
    invited: int | None = None
    open_error: str | None = None
    close_s: float | None = None  # totalling the 23 closed rounds
    closed: int | None = None
    results_ms: dict[str, dict[str, float]] = field(default_factory=dict)  # view -> cold/median/max
    responses: int | None = None
    answers: int | None = None
    error: str | None = None

    @property
    def open_passed(self) -> bool:
        return self.open_s is not None and self.open_s < OPEN_BUDGET_S

    @property
    def results_passed(self) -> bool:
        return bool(self.results_ms) and all(
            max(v["cold"], v["max"]) < RESULTS_BUDGET_MS for v in self.results_ms.values()
        )

    def as_json(self) -> dict:
        return {
            **asdict(self),
            "open_passed": self.open_passed,
            "results_passed": self.results_passed,
        }


def _team_sizes(rng: random.Random) -> list[int]:
    """400 teams adding up to 5,000: most of 8 to 20, some below the threshold of 5."""
    sizes = [
        rng.choice([2, 3, 4]) if rng.random() < 0.08 else rng.randint(8, 20) for _ in range(TEAMS)
    ]
    # Nudge to exactly STAFF, keeping every team at 2 or more.
    while sum(sizes) != STAFF:
        index = rng.randrange(TEAMS)
        if sum(sizes) < STAFF:
            sizes[index] += 1
        elif sizes[index] > 8:
            sizes[index] -= 1
    return sizes


def build_roster(app, rng: random.Random) -> int:
    """Agencies, services, teams and 5,000 staff in bulk; a monthly pulse of the whole bank.

    Returns the pulse's id.
    """
    from sqlalchemy import insert, select

    from portal.extensions import db
    from portal.models import (
        Organisation,
        PulseAudience,
        PulseQuestion,
        PulseSurvey,
        PulseSurveyQuestion,
        PulseSurveyVersion,
        Service,
        StaffMember,
        Team,
    )

    with app.app_context():
        organisations = []
        for number in range(AGENCIES):
            organisation = Organisation(
                slug=f"pulse-bench-{number}", name=f"Bench agency {number}", kind="council"
            )
            organisation.services = [
                Service(name=f"Bench service {number}-{s}", code=f"PB{number}S{s}")
                for s in range(SERVICES // AGENCIES)
            ]
            organisations.append(organisation)
        db.session.add_all(organisations)
        db.session.flush()
        services = [s for o in organisations for s in o.services]
        db.session.execute(
            insert(Team.__table__),
            [
                {
                    "organisation_id": services[n % SERVICES].organisation_id,
                    "service_id": services[n % SERVICES].id,
                    "name": f"Bench team {n}",
                    "active": True,
                }
                for n in range(TEAMS)
            ],
        )
        teams = list(db.session.scalars(select(Team.id).order_by(Team.id)))
        staff = []
        for team_id, size in zip(teams, _team_sizes(rng), strict=True):
            staff += [
                {"email": f"staff{len(staff) + k}@pulse-bench.example", "team_id": team_id}
                for k in range(size)
            ]
        db.session.execute(insert(StaffMember.__table__), staff)
        survey = PulseSurvey(title="Bench monthly pulse", cadence="monthly", threshold=5)
        survey.audience = [PulseAudience(organisation_id=o.id) for o in organisations]
        version = PulseSurveyVersion(survey=survey, number=1)
        questions = list(db.session.scalars(select(PulseQuestion).order_by(PulseQuestion.id)))
        version.questions = [
            PulseSurveyQuestion(question_id=q.id, position=n) for n, q in enumerate(questions)
        ]
        db.session.add_all([survey, version])
        db.session.commit()
        return survey.id


def time_open_round(app, survey_id: int) -> tuple[float, int]:
    """Seconds for open_round(survey, email=True) for the whole roster, and how many invited."""
    from portal.extensions import db
    from portal.models import PulseSurvey
    from portal.pulse.rounds import open_round

    with app.app_context():
        survey = db.session.get(PulseSurvey, survey_id)
        started = time.perf_counter()
        opened = open_round(survey, email=True)
        db.session.commit()  # a no-op if open_round committed already
        elapsed = time.perf_counter() - started
        db.session.remove()
    return round(elapsed, 2), opened.invited


def fill_rounds(app, survey_id: int, rng: random.Random) -> tuple[int, int]:
    """24 monthly rounds in which everyone answered, the newest still open: Core executemany.

    Returns (responses, answers).
    """
    from sqlalchemy import func, insert, select

    from portal.extensions import db
    from portal.models import (
        PulseAnswer,
        PulseInvitation,
        PulseQuestion,
        PulseResponse,
        PulseRound,
        PulseSurveyVersion,
        StaffMember,
        Team,
    )
    from portal.models.common import utcnow

    with app.app_context():
        version_id = db.session.scalar(
            select(PulseSurveyVersion.id).where(PulseSurveyVersion.survey_id == survey_id)
        )
        questions = db.session.execute(select(PulseQuestion.id, PulseQuestion.kind)).all()
        agree = [q for q, kind in questions if kind == "agree-scale"]
        enps = [q for q, kind in questions if kind == "enps"]
        employment_q = [q for q, kind in questions if kind == "choice"]
        roster = db.session.execute(
            select(StaffMember.id, StaffMember.team_id).order_by(StaffMember.id)
        ).all()
        team_mood = {t: rng.uniform(-1.0, 1.0) for t in db.session.scalars(select(Team.id))}
        employment = {
            s: rng.choices(["permanent", "agency", "other", None], weights=[68, 24, 5, 3])[0]
            for s, _ in roster
        }
        now = utcnow()
        responses = answers = 0
        for number in range(ROUNDS):
            # Monthly, the newest opened two days ago and still open; the others long closed.
            opened = now - timedelta(days=30 * (ROUNDS - 1 - number) + 2)
            round_id = db.session.execute(
                insert(PulseRound.__table__).returning(PulseRound.__table__.c.id),
                {
                    "version_id": version_id,
                    "opened_at": opened,
                    "closes_at": opened + timedelta(days=7),
                    "threshold": 5,
                    "invited": len(roster),
                },
            ).scalar_one()
            invitations, response_rows, answer_rows = [], [], []
            for staff_id, team_id in roster:
                invitations.append(
                    {
                        "round_id": round_id,
                        "staff_member_id": staff_id,
                        "team_id": team_id,
                        "token_hash": uuid.uuid4().hex + uuid.uuid4().hex,
                        "used": True,
                        "reminders": 0,
                    }
                )
                response_id = uuid.uuid4().hex
                kind = employment[staff_id]
                response_rows.append(
                    {
                        "id": response_id,
                        "round_id": round_id,
                        "team_id": team_id,
                        "employment": kind,
                    }
                )
                centre = 3.1 + team_mood[team_id] + number * 0.02
                for question in agree:
                    value = max(1, min(5, round(rng.gauss(centre, 1.0))))
                    answer_rows.append(
                        {"response_id": response_id, "question_id": question, "number_value": value}
                    )
                for question in enps:
                    value = max(0, min(10, round(rng.gauss(centre * 2, 2.2))))
                    answer_rows.append(
                        {"response_id": response_id, "question_id": question, "number_value": value}
                    )
                if kind is not None:
                    for question in employment_q:
                        answer_rows.append(
                            {
                                "response_id": response_id,
                                "question_id": question,
                                "choice_value": kind,
                            }
                        )
            db.session.execute(insert(PulseInvitation.__table__), invitations)
            db.session.execute(insert(PulseResponse.__table__), response_rows)
            for start in range(0, len(answer_rows), 20_000):
                batch = answer_rows[start : start + 20_000]
                for row in batch:
                    row.setdefault("number_value", None)
                    row.setdefault("choice_value", None)
                db.session.execute(insert(PulseAnswer.__table__), batch)
            db.session.commit()
            responses += len(response_rows)
            answers += len(answer_rows)
        db.session.commit()
        _as_autovacuum_would(db)
        assert db.session.scalar(select(func.count()).select_from(PulseResponse)) == responses
        return responses, answers


def _as_autovacuum_would(db) -> None:
    """Statistics and the visibility map, as autovacuum leaves a table after a bulk load.

    Without the VACUUM, PostgreSQL cannot answer from an index alone and plans a scan of every
    answer; a live database has been vacuumed long before anyone reads its results.
    """
    if db.engine.dialect.name == "postgresql":
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM (ANALYZE)")
    else:
        db.session.execute(db.text("ANALYZE"))
        db.session.commit()


def time_close_rounds(app) -> tuple[float, int]:
    """Seconds for the worker's close_due_rounds over the 23 closed rounds, and how many."""
    from portal.extensions import db
    from portal.pulse.totals import close_due_rounds

    with app.app_context():
        started = time.perf_counter()
        closed = close_due_rounds()
        elapsed = time.perf_counter() - started
        if db.engine.dialect.name == "postgresql":
            db.session.execute(db.text("ANALYZE pulse_result_group, pulse_result_cell"))
            db.session.commit()
        db.session.remove()
    return round(elapsed, 2), closed


def results_views(app, survey_id: int) -> dict[str, str]:
    from sqlalchemy import select

    from portal.extensions import db
    from portal.models import Organisation

    with app.app_context():
        agency = db.session.scalar(
            select(Organisation.id).where(Organisation.slug == "pulse-bench-1")
        )
    base = f"/staff/pulse/{survey_id}"
    return {
        "newest round": base,
        "agency filter": f"{base}?agency={agency}",
        "agency staff only": f"{base}?employment=agency",
    }


def time_results(client, views: dict[str, str]) -> dict[str, dict[str, float]]:
    from portal.pulse.results import clear_caches

    # A running server has compiled its templates and opened its connections long before
    # anyone looks at results: warm those once. The results themselves start cold below.
    for path in ("/staff/pulse/", next(iter(views.values()))):
        if client.get(path).status_code != 200:
            raise RuntimeError(f"{path} did not answer during warm-up")
    figures = {}
    for name, path in views.items():
        clear_caches()  # each view's first request computes everything afresh
        timings = []
        for _ in range(REQUESTS_PER_VIEW + 1):
            started = time.perf_counter()
            response = client.get(path)
            elapsed = (time.perf_counter() - started) * 1000
            if response.status_code != 200:
                raise RuntimeError(f"{path} answered {response.status_code}")
            timings.append(elapsed)
        cold, rest = timings[0], timings[1:]
        figures[name] = {
            "cold": round(cold, 1),
            "median": round(statistics.median(rest), 1),
            "max": round(max(rest), 1),
        }
    return figures


def _recreate_postgres() -> None:
    import psycopg

    with psycopg.connect(
        servers.POSTGRES_ADMIN_URL, autocommit=True, connect_timeout=5
    ) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {POSTGRES_DB} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {POSTGRES_DB}")


def make_app(database: str, workdir: Path, log: Path):
    """A migrated, seeded, empty portal database of this kind, and an app on it."""
    if database == "sqlite":
        url = f"sqlite:///{workdir / 'pulse-bench.db'}"
    else:
        _recreate_postgres()
        url = POSTGRES_URL
    env = servers.portal_env(url, servers.new_secret_key())
    servers.prepare_portal_database(url, env, log)
    from portal import create_app

    return create_app(
        {
            "SQLALCHEMY_DATABASE_URI": servers.sqlalchemy_url(url),
            "SECRET_KEY": env["SECRET_KEY"],
            "WTF_CSRF_ENABLED": True,
            "SESSION_COOKIE_SECURE": False,
            "MAIL_TRANSPORT": "folder",
            "MAIL_FOLDER": str(workdir / f"pulse-mail-{database}"),
        }
    )


def measure(database: str, workdir: Path, log: Path, say) -> PulseFigures:
    """Both pulse budgets on one database (sqlite or postgresql)."""
    figures = PulseFigures(database=database)
    rng = random.Random(11)
    try:
        app = make_app(database, workdir, log)
        say(f"[pulse/{database}] a roster of {STAFF:,} staff in {TEAMS} teams")
        survey_id = build_roster(app, rng)
        say(f"[pulse/{database}] timing open_round for {STAFF:,} staff")
        try:
            figures.open_s, figures.invited = time_open_round(app, survey_id)
        except Exception as error:  # reported as not measured, never as a pass
            figures.open_error = f"{type(error).__name__}: {error}"
        say(f"[pulse/{database}] inserting {ROUNDS} rounds of answers")
        # A fresh pulse for the results, so the round just opened (no answers) is not the newest.
        results_survey = build_results_survey(app)
        figures.responses, figures.answers = fill_rounds(app, results_survey, rng)
        say(f"[pulse/{database}] totalling the {ROUNDS - 1} closed rounds")
        figures.close_s, figures.closed = time_close_rounds(app)
        say(f"[pulse/{database}] timing the results page")
        figures.results_ms = time_results(
            _signed_in_client(app, "board"), results_views(app, results_survey)
        )
        with app.app_context():
            from portal.extensions import db

            db.session.remove()
            db.engine.dispose()
    except Exception as error:
        figures.error = f"{type(error).__name__}: {error}"
    return figures


def build_results_survey(app) -> int:
    """A second pulse over the same roster and questions, for the 24 rounds of answers."""
    from sqlalchemy import select

    from portal.extensions import db
    from portal.models import PulseQuestion, PulseSurvey, PulseSurveyQuestion, PulseSurveyVersion

    with app.app_context():
        survey = PulseSurvey(title="Bench results pulse", cadence="monthly", threshold=5)
        version = PulseSurveyVersion(survey=survey, number=1)
        questions = list(db.session.scalars(select(PulseQuestion).order_by(PulseQuestion.id)))
        version.questions = [
            PulseSurveyQuestion(question_id=q.id, position=n) for n, q in enumerate(questions)
        ]
        db.session.add_all([survey, version])
        db.session.commit()
        return survey.id


def table(all_figures: list[PulseFigures]) -> list[str]:
    lines = [
        f"Pulse: opening a round for {STAFF:,} staff (budget < {OPEN_BUDGET_S:g} s); results page "
        f"for {STAFF:,} staff × {ROUNDS} rounds (first request, then median / max of "
        f"{REQUESTS_PER_VIEW}; budget < {RESULTS_BUDGET_MS:g} ms on PostgreSQL)"
    ]
    for figures in all_figures:
        if figures.open_error:
            lines.append(f"  {figures.database:<11} open round: NOT MEASURED: {figures.open_error}")
        elif figures.open_s is not None:
            lines.append(
                f"  {figures.database:<11} open round for {figures.invited:,}: {figures.open_s} s "
                f"{'PASS' if figures.open_passed else 'FAIL'}"
            )
        if figures.close_s is not None:
            lines.append(
                f"  {figures.database:<11} totalling {figures.closed} closed rounds "
                f"(close_due_rounds): {figures.close_s} s"
            )
        for name, value in figures.results_ms.items():
            lines.append(
                f"  {figures.database:<11} {name:<20} first {value['cold']:>7.1f} ms, "
                f"then {value['median']:>7.1f} / {value['max']:>7.1f} ms"
            )
        if figures.error:
            lines.append(f"  {figures.database:<11} NOT MEASURED (the rest): {figures.error}")
        elif figures.results_ms:
            verdict = "PASS" if figures.results_passed else "FAIL"
            if figures.database != "postgresql":
                verdict += " (reported; the budget is PostgreSQL's)"
            lines.append(f"  {figures.database:<11} results page: {verdict}")
    return lines
