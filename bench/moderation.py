"""Moderation's budgets: the queue page with 100,000 waiting items, and a disclosure's e-mail.

- Queue: a database holding 100,000 waiting items; the queue page (first page, a deep page,
  and filtered) is requested through the app (Flask's test client, so no network or server
  in the figure) by a signed-in moderator. Budget: every request under 200 ms.
- E-mail: the real worker (`flask --app portal worker`) runs as its own process against the
  same database, delivering over SMTP to a server started here. A flagged submission is sent
  through the real public journey; the figure is the time from its "received" response to the
  message arriving at the SMTP server. Budget: 5 seconds.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from pathlib import Path

from bench import servers
from bench.htmlscan import parse_page
from bench.scenarios import feedback_form, survey_answers

QUEUE_ITEMS = 100_000
QUEUE_BUDGET_MS = 200.0
EMAIL_BUDGET_S = 5.0
REQUESTS_PER_VIEW = 15
DISCLOSURE = "my mums boyfriend hits me when shes at work"
QUEUE_VIEWS = {
    "first page": "/moderation/",
    "page 2,000": "/moderation/?page=2000",
    "theme filter": "/moderation/?theme=delay",
    "audience + flagged": "/moderation/?audience=child&flagged=no",
    "agency filter": "/moderation/?organisation=1",
}


@dataclass
class ModerationFigures:
    database: str
    items: int
    queue_ms: dict[str, dict[str, float]] = field(default_factory=dict)  # view -> median, max
    email_s: float | None = None
    error: str | None = None

    @property
    def queue_passed(self) -> bool:
        return bool(self.queue_ms) and all(
            v["max"] < QUEUE_BUDGET_MS for v in self.queue_ms.values()
        )

    @property
    def email_passed(self) -> bool:
        return self.email_s is not None and self.email_s <= EMAIL_BUDGET_S

    def as_json(self) -> dict:
        return {
            **asdict(self),
            "queue_passed": self.queue_passed,
            "email_passed": self.email_passed,
        }


def _fill_queue(app, count: int) -> None:
    """`count` waiting items, inserted in batches, spread over a year, agencies and themes."""
    from sqlalchemy import insert, select

    from portal.extensions import db
    from portal.models import Organisation, Service, Submission, SurveyVersion
    from portal.models.common import utcnow

    rng = random.Random(7)
    themes = ["delay", "communication", "worker-changes", "home-placement", "education", "praise"]
    audiences = ["child", "young-person", "care-leaver", "carer"]
    with app.app_context():
        organisation = Organisation(slug="bench", name="Bench Council", kind="council")
        organisation.services = [Service(name=f"Team {n}", code=f"BENCH{n}") for n in range(10)]
        db.session.add(organisation)
        db.session.commit()
        services = list(db.session.scalars(select(Service.id)))
        version = db.session.scalar(select(SurveyVersion.id).limit(1))
        now = utcnow()
        batch = []
        for number in range(count):
            picked = rng.sample(themes, 3)
            batch.append(
                {
                    "survey_version_id": version,
                    "audience": rng.choice(audiences),
                    "service_id": rng.choice(services) if rng.random() < 0.85 else None,
                    "channel": "online",
                    "status": "received",
                    "submitted_at": now - timedelta(minutes=rng.uniform(0, 525_600)),
                    "language": "en",
                    "idempotency_hash": f"bench-idem-{number}",
                    "receipt_hash": f"bench-receipt-{number}",
                    "urgent": rng.random() < 0.02,
                    "suggested_themes": f" {' '.join(picked)} ",
                    "revision": 1,
                }
            )
            if len(batch) == 5000:
                db.session.execute(insert(Submission.__table__), batch)
                batch = []
        if batch:
            db.session.execute(insert(Submission.__table__), batch)
        db.session.commit()
        db.session.execute(db.text("ANALYZE"))
        db.session.commit()


def _signed_in_client(app, role: str):
    """A test client carrying a live server-side session for a new user with this role."""
    from portal.auth import sessions
    from portal.auth.passwords import hash_password
    from portal.extensions import db
    from portal.models import User, UserRole
    from portal.models.common import utcnow

    with app.app_context():
        user = User(
            email=f"bench-{role}@bench.example",
            name=f"Bench {role}",
            password_hash=hash_password("not used to sign in here"),
            totp_confirmed_at=utcnow(),
        )
        user.roles = [UserRole(role=role)]
        db.session.add(user)
        db.session.flush()
        token = sessions.start_session(user)
        db.session.commit()
    client = app.test_client()
    with client.session_transaction() as session:
        session["_user_id"] = token
        session["_fresh"] = True
    return client


def _time_queue(client) -> dict[str, dict[str, float]]:
    figures = {}
    for name, path in QUEUE_VIEWS.items():
        timings = []
        for attempt in range(REQUESTS_PER_VIEW + 2):
            started = time.perf_counter()
            response = client.get(path)
            elapsed = (time.perf_counter() - started) * 1000
            if response.status_code != 200:
                raise RuntimeError(f"{path} answered {response.status_code}")
            if attempt >= 2:  # the first two warm the caches
                timings.append(elapsed)
        figures[name] = {
            "median": round(statistics.median(timings), 1),
            "max": round(max(timings), 1),
        }
    return figures


class _Inbox:
    """An SMTP server that notes when each message arrives."""

    def __init__(self) -> None:
        self.arrived: list[float] = []
        self.event = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        self.arrived.append(time.monotonic())
        self.event.set()
        return "250 OK"


def _time_email(app, env: dict[str, str], log: Path) -> float:
    from aiosmtpd.controller import Controller
    from werkzeug.datastructures import MultiDict

    inbox = _Inbox()
    port = servers.free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    worker_env = {
        **env,
        "MAIL_TRANSPORT": "smtp",
        "MAIL_HOST": "127.0.0.1",
        "MAIL_PORT": str(port),
    }
    with log.open("a") as out:
        worker = subprocess.Popen(
            [sys.executable, "-m", "flask", "--app", "portal", "worker", "--interval", "1"],
            env=worker_env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        time.sleep(2.0)  # let the worker start and make its first pass
        _signed_in_client(app, "safeguarding-lead")  # someone to e-mail
        client = app.test_client()
        page = client.get("/feedback/child")
        form = feedback_form(page.get_data(as_text=True))
        answers = survey_answers(form, random.Random(1))
        answers = [(k, DISCLOSURE if k in form.textareas else v) for k, v in answers]
        data = [*form.hidden, *answers]
        check = client.post("/feedback/child", data=MultiDict([*data, ("step", "check")]))
        send_form = next(
            f for f in parse_page(check.get_data(as_text=True)).forms if f.method == "post"
        )
        sent = client.post("/feedback/child", data=MultiDict([*send_form.hidden, ("step", "send")]))
        received_at = time.monotonic()
        if sent.status_code != 303:
            raise RuntimeError(f"the flagged submission answered {sent.status_code}")
        if not inbox.event.wait(30):
            raise RuntimeError("no e-mail reached the SMTP server within 30 seconds")
        return round(inbox.arrived[0] - received_at, 2)
    finally:
        worker.terminate()
        worker.wait(10)
        controller.stop()


def measure(database: str, workdir: Path, log: Path, say) -> ModerationFigures:
    """Both budgets on one database (sqlite or postgresql)."""
    figures = ModerationFigures(database=database, items=QUEUE_ITEMS)
    if database == "sqlite":
        url = f"sqlite:///{workdir / 'moderation-bench.db'}"
    else:
        servers.recreate_postgres_database()
        url = servers.POSTGRES_BENCH_URL
    env = servers.portal_env(url, servers.new_secret_key())
    try:
        servers.prepare_portal_database(url, env, log)
        from portal import create_app

        app = create_app(
            {
                "SQLALCHEMY_DATABASE_URI": servers.sqlalchemy_url(url),
                "SECRET_KEY": env["SECRET_KEY"],
                "WTF_CSRF_ENABLED": True,
                "SESSION_COOKIE_SECURE": False,
            }
        )
        say(f"[moderation/{database}] filling the queue with {QUEUE_ITEMS:,} waiting items")
        _fill_queue(app, QUEUE_ITEMS)
        say(f"[moderation/{database}] timing the queue page")
        figures.queue_ms = _time_queue(_signed_in_client(app, "moderator"))
        say(f"[moderation/{database}] timing a disclosure's e-mail through the worker")
        figures.email_s = _time_email(app, env, log)
        with app.app_context():
            from portal.extensions import db

            db.session.remove()
            db.engine.dispose()
    except Exception as error:  # report it as not measured, never as a pass
        figures.error = f"{type(error).__name__}: {error}"
    return figures


def table(all_figures: list[ModerationFigures]) -> list[str]:
    lines = [
        f"Moderation: queue page with {QUEUE_ITEMS:,} waiting items "
        f"(median / max of {REQUESTS_PER_VIEW} requests, budget < {QUEUE_BUDGET_MS:g} ms); "
        f"disclosure e-mail (budget <= {EMAIL_BUDGET_S:g} s)"
    ]
    for figures in all_figures:
        for name, value in figures.queue_ms.items():
            lines.append(
                f"  {figures.database:<11} {name:<20} {value['median']:>7.1f} / {value['max']:>7.1f} ms"
            )
        if figures.error:
            lines.append(f"  {figures.database:<11} NOT MEASURED (the rest): {figures.error}")
            continue
        lines.append(
            f"  {figures.database:<11} queue: {'PASS' if figures.queue_passed else 'FAIL'}   "
            f"e-mail after {figures.email_s} s: {'PASS' if figures.email_passed else 'FAIL'}"
        )
    return lines
