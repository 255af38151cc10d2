"""Fixtures for the browser tests: a seeded SQLite portal served on 127.0.0.1, and Chromium.

The browser tests run against SQLite only (the database behaviours are covered on both
databases elsewhere). One server and one Chromium serve the whole session; each test gets
a fresh browser context, so no cookie or page state leaks between tests.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from flask_migrate import upgrade
from playwright.sync_api import Browser, BrowserContext, Page, Request, sync_playwright
from werkzeug.serving import make_server

from portal import create_app
from portal.extensions import db
from portal.seed import seed_reference_data
from portal.seed.demo import seed_demo

BROWSER_SECRET = "browser-test-secret-key-not-for-production"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE_SCRIPT = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


@dataclass
class LiveServer:
    """The portal served on a free port of 127.0.0.1, with its SQLite file."""

    origin: str
    database: Path

    def url(self, path: str = "/") -> str:
        return self.origin + path

    def _query(self, sql: str) -> list[tuple]:
        with closing(sqlite3.connect(self.database)) as conn:
            return conn.execute(sql).fetchall()

    def count_submissions(self) -> int:
        return self._query("SELECT count(*) FROM submission")[0][0]

    def latest_submission(self) -> dict:
        """The newest submission as the database holds it: audience, channel, service code
        and its free text."""
        [(submission_id, audience, channel, service)] = self._query(
            "SELECT submission.id, audience, channel, service.code FROM submission "
            "LEFT JOIN service ON service.id = submission.service_id "
            "ORDER BY submission.id DESC LIMIT 1"
        )
        texts = self._query(
            f"SELECT text_value FROM answer WHERE submission_id = {int(submission_id)} "  # noqa: S608
            "AND text_value IS NOT NULL"
        )
        return {
            "audience": audience,
            "channel": channel,
            "service": service,
            "texts": [text for (text,) in texts],
        }


@pytest.fixture(scope="session")
def live_server(tmp_path_factory) -> Iterator[LiveServer]:
    """Migrate and seed a SQLite file with the demo data, then serve it in a thread."""
    path = tmp_path_factory.mktemp("browser") / "portal.db"
    app = create_app(
        {
            "TESTING": True,
            "PORTAL_ENV": "test",
            "SECRET_KEY": BROWSER_SECRET,
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{path}",
        }
    )
    with app.app_context():
        upgrade()
        seed_reference_data()
        seed_demo(BROWSER_SECRET, submissions=20)
        db.session.remove()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="portal-live-server", daemon=True)
    thread.start()
    try:
        yield LiveServer(origin=f"http://127.0.0.1:{server.server_port}", database=path)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
        with app.app_context():
            db.engine.dispose()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, once per session. Missing Chromium fails the run, never skips it."""
    if not CHROMIUM.exists():
        pytest.fail(f"Chromium is needed at {CHROMIUM} for the browser tests", pytrace=False)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE_SCRIPT.exists():
        pytest.fail(f"axe-core is needed at {AXE_SCRIPT}: run `npm ci`", pytrace=False)
    return AXE_SCRIPT.read_text(encoding="utf-8")


@dataclass
class Recorder:
    """Everything a page asked for, and everything that went wrong, for later assertions."""

    requests: list[str] = field(default_factory=list)
    posts: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    document_loads: int = 0

    def watch(self, page: Page) -> Page:
        page.on("request", self._requested)
        page.on(
            "requestfailed",
            lambda request: self.failed.append(f"{request.url}: {request.failure}"),
        )
        page.on(
            "console",
            lambda message: (
                self.console_errors.append(message.text) if message.type == "error" else None
            ),
        )
        page.on("pageerror", lambda error: self.page_errors.append(str(error)))
        page.on("load", lambda _page: self._loaded())
        return page

    def _requested(self, request: Request) -> None:
        self.requests.append(request.url)
        if request.method == "POST":
            self.posts.append(request.url)

    def _loaded(self) -> None:
        self.document_loads += 1


@pytest.fixture
def new_page(browser: Browser) -> Iterator[Callable[..., tuple[Page, Recorder]]]:
    """Open a page in a fresh context, JavaScript on or off: `new_page(js=False)`.

    No context bypasses the portal's CSP: axe-core is evaluated through the DevTools
    protocol (see pages.assert_no_axe_violations), which the page's CSP does not govern, so
    every page is checked, and behaves, exactly as served.
    """
    contexts: list[BrowserContext] = []

    def open_page(*, js: bool = True) -> tuple[Page, Recorder]:
        context = browser.new_context(
            java_script_enabled=js,
            locale="en-GB",
            viewport={"width": 1024, "height": 900},
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        recorder = Recorder()
        page = recorder.watch(context.new_page())
        return page, recorder

    yield open_page
    for context in contexts:
        context.close()
