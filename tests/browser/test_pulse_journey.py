"""A staff member answers a pulse through their link in Chromium, JavaScript on and off, with axe."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from playwright.sync_api import Page, expect

from portal import create_app
from portal.extensions import db
from portal.models import PulseSurvey
from portal.pulse import rounds
from tests.browser.conftest import BROWSER_SECRET
from tests.browser.pages import assert_no_axe_violations, choose
from tests.pulse.invite_helpers import build_roster, make_survey

pytestmark = pytest.mark.browser

JS_MODES = [pytest.param(True, id="js-on"), pytest.param(False, id="js-off")]
TITLE = "Children's services staff pulse"
CASELOAD = "My caseload lets me do direct work with children and families."
ENPS = "How likely are you to recommend working here to a friend?"
EMPLOYMENT = "Are you employed here permanently, through an agency, or otherwise?"
COMMENT = "Is there anything else you want to tell us?"


@pytest.fixture(scope="module")
def pulse_links(live_server) -> list[str]:
    """A round for one team of the live portal, its links printed rather than e-mailed."""
    app = create_app(
        {
            "TESTING": True,
            "PORTAL_ENV": "test",
            "SECRET_KEY": BROWSER_SECRET,  # the live server's key: the links' hashes match
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{live_server.database}",
            "PUBLIC_BASE_URL": live_server.origin,
        }
    )
    with app.app_context():
        roster = build_roster({"Browser Council": {"": {"Browser team": 6}}})
        survey_id = make_survey(teams=[roster.teams["Browser team"]], title=TITLE)
        opened = rounds.open_round(db.session.get(PulseSurvey, survey_id), email=False)
        db.session.remove()
        db.engine.dispose()
    return [link for _, link in opened.links]


def _responses(live_server) -> int:
    with closing(sqlite3.connect(live_server.database)) as conn:
        return conn.execute("SELECT count(*) FROM pulse_response").fetchone()[0]


@pytest.mark.parametrize("js", JS_MODES)
def test_a_staff_member_answers_once_through_their_link(
    live_server, new_page, axe_source, pulse_links, js
):
    page: Page
    page, recorder = new_page(js=js)
    link = pulse_links[0 if js else 1]
    before = _responses(live_server)

    page.goto(link)
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.locator("main")).to_contain_text(
        "Your answers are not linked to you or this link. Results are only shown for groups "
        "of at least 5 people."
    )
    assert_no_axe_violations(page, axe_source, js=js)

    choose(page, CASELOAD, "Disagree")
    choose(page, ENPS, "7")
    choose(page, EMPLOYMENT, "Permanent")
    page.get_by_label(COMMENT).fill("Supervision is often cancelled because of court work.")
    page.get_by_role("button", name="Send my answers").click()

    expect(page).to_have_url(live_server.url("/pulse/thanks"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you, your answers are saved")
    assert_no_axe_violations(page, axe_source, js=js)
    assert _responses(live_server) == before + 1

    # The link works once: a second visit says so, and stores nothing.
    response = page.goto(link)
    assert response is not None and response.status == 410
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "You have already answered this round"
    )
    assert_no_axe_violations(page, axe_source, js=js)
    assert _responses(live_server) == before + 1

    # Nothing on any page asked another site for anything.
    assert all(url.startswith(live_server.origin) for url in recorder.requests), recorder.requests
    assert recorder.page_errors == []


def test_a_mistyped_link_gets_a_clear_page(live_server, new_page, axe_source):
    page, _ = new_page(js=True)

    response = page.goto(live_server.url("/pulse/not-a-real-link-at-all-not-at-all"))

    assert response is not None and response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("This link does not work")
    assert_no_axe_violations(page, axe_source)
