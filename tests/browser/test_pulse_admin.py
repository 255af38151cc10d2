"""An admin builds a pulse in Chromium: bank, teams and roster, a pulse, a round; axe on each page.

Run with JavaScript on and off: every form is a plain form, and each page, with its errors
too, must pass axe-core.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import assert_error_summary_links_work, assert_no_axe_violations
from tests.support.staff import fresh_code

pytestmark = pytest.mark.browser

JS_MODES = [pytest.param(True, id="js-on"), pytest.param(False, id="js-off")]
CASELOAD = "My caseload lets me do direct work with children and families."


def _sign_in_as_admin(page: Page, live_server) -> None:
    email = "admin@demo.example"
    # The demo admin may sign in twice within one 30-second step in this run; the replay
    # guard (tested in tests/auth) would refuse a reused step, so each sign-in starts afresh.
    with closing(sqlite3.connect(live_server.database)) as conn, conn:
        conn.execute("UPDATE staff_user SET totp_last_step = NULL WHERE email = ?", (email,))
        [(secret,)] = conn.execute(
            "SELECT totp_secret FROM staff_user WHERE email = ?", (email,)
        ).fetchall()
    page.goto(live_server.url("/staff/sign-in"))
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password", exact=True).fill("demo-admin-password")
    page.get_by_role("button", name="Sign in").click()
    page.locator("#code").fill(fresh_code(secret, None))
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Staff home")


def _tick(page: Page, label: str) -> None:
    """Tick a radio or checkbox the way a person does: by clicking its label."""
    page.locator("label", has_text=label).first.click()


@pytest.mark.parametrize("js", JS_MODES)
def test_admin_builds_a_pulse_and_every_page_passes_axe(live_server, new_page, axe_source, js):
    mode = "on" if js else "off"
    page, recorder = new_page(js=js)
    _sign_in_as_admin(page, live_server)

    # The question bank: an empty form's errors, then a choice question.
    page.goto(live_server.url("/admin/pulse/questions"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Pulse question bank")
    assert_no_axe_violations(page, axe_source, js=js)
    page.get_by_role("button", name="Add the question").click()
    assert_error_summary_links_work(
        page, "Enter the question", "Choose what kind of answer the question takes"
    )
    assert_no_axe_violations(page, axe_source, js=js)
    page.get_by_label("Question", exact=True).fill(f"Which office do you use most? ({mode})")
    _tick(page, "A choice from options you write")
    page.get_by_label("Options, one a line").fill("Town hall\nDepot")
    page.get_by_role("button", name="Add the question").click()
    expect(page.get_by_role("status")).to_contain_text("Added to the bank")

    # Teams and the roster: a team, then five people pasted in.
    team = f"Pulse Browser Team {mode}"
    page.goto(live_server.url("/admin/pulse/teams"))
    assert_no_axe_violations(page, axe_source, js=js)
    page.get_by_label("Agency", exact=True).select_option(
        label="Northbrook Council Children's Services"
    )
    page.get_by_label("Service (optional)").select_option(
        label="Northbrook Council Children's Services: Children in Care Team"
    )
    page.get_by_label("Team name", exact=True).fill(team)
    page.get_by_role("button", name="Add the team").click()
    expect(page.get_by_role("status")).to_contain_text(f"Added the team {team}.")
    lines = "\n".join(f"person{n}.{mode}@staff.example,{team}" for n in range(1, 6))
    page.get_by_label("Roster lines: email,team name").fill(lines + "\nbroken line")
    page.get_by_role("button", name="Import").click()
    assert_error_summary_links_work(page, "1 line has a problem, so nothing was imported")
    expect(page.locator("#roster-problems")).to_contain_text("Line 6:")
    assert_no_axe_violations(page, axe_source, js=js)
    page.get_by_label("Roster lines: email,team name").fill(lines)
    page.get_by_role("button", name="Import").click()
    expect(page.get_by_role("status")).to_contain_text("Roster imported: 5 added")
    expect(page.get_by_role("row", name=team)).to_contain_text("5")
    assert_no_axe_violations(page, axe_source, js=js)
    page.get_by_role("link", name=team, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(team)
    assert_no_axe_violations(page, axe_source, js=js)
    page.get_by_role("link", name=f"person1.{mode}@staff.example").click()
    expect(page.get_by_role("button", name="Deactivate")).to_be_visible()
    assert_no_axe_violations(page, axe_source, js=js)

    # A pulse: threshold 2 is refused, then created with the default.
    page.goto(live_server.url("/admin/pulse/surveys/new"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Create a pulse")
    assert_no_axe_violations(page, axe_source, js=js)
    title = f"Browser pulse {mode}"
    page.get_by_label("Title", exact=True).fill(title)
    _tick(page, "Monthly")
    page.get_by_label("Anonymity threshold").fill("2")
    _tick(page, f"Team: {team}")
    page.get_by_label(CASELOAD).fill("1")
    page.get_by_role("button", name="Create the pulse").click()
    assert_error_summary_links_work(page, "The anonymity threshold must be 3 or more")
    assert_no_axe_violations(page, axe_source, js=js)
    page.get_by_label("Anonymity threshold").fill("5")
    page.get_by_role("button", name="Create the pulse").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    assert_no_axe_violations(page, axe_source, js=js)

    # A round for printing: its links once, then the detail page with its rates.
    _tick(page, "Show me a printable list of links")
    page.get_by_role("button", name="Open a round now").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Round opened: print these links now")
    expect(page.locator("li.portal-service-card")).to_have_count(5)
    assert_no_axe_violations(page, axe_source, js=js)
    page.get_by_role("link", name=f"Back to {title}").click()
    expect(page.locator("#rates")).to_contain_text("0 of 5 (0%)")
    assert_no_axe_violations(page, axe_source, js=js)
    page.get_by_role("link", name="Change the pulse").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Change the pulse")
    assert_no_axe_violations(page, axe_source, js=js)
    page.goto(live_server.url("/admin/pulse/surveys"))
    expect(page.get_by_role("link", name=title)).to_be_visible()
    assert_no_axe_violations(page, axe_source, js=js)
    page.goto(live_server.url("/admin/pulse/"))
    assert_no_axe_violations(page, axe_source, js=js)

    assert recorder.page_errors == []
    # The refused forms answer 422 on purpose, which Chromium logs; nothing else may be logged.
    assert [e for e in recorder.console_errors if "status of 422" not in e] == []
