"""Moderation and safeguarding in Chromium: claim, redact, publish, next; a lead's case; axe.

The moderator's journey runs with JavaScript on (htmx previews, no page reloads) and off
(plain forms); both must work and pass axe-core.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import ANYTHING_ELSE, assert_no_axe_violations
from tests.support.staff import fresh_code

pytestmark = pytest.mark.browser

JS_MODES = [pytest.param(True, id="js-on"), pytest.param(False, id="js-off")]
ORDINARY = "My social worker Dave never rings me back and I waited 3 months for my review"
REDACTED = "My social worker [name] never rings me back and I waited 3 months for my review"
DISCLOSURE = "my mums boyfriend hits me when shes at work"


def _query(live_server, sql: str, *params) -> list[tuple]:
    with closing(sqlite3.connect(live_server.database)) as conn:
        return conn.execute(sql, params).fetchall()


def _send(page: Page, live_server, words: str) -> int:
    """A child's feedback through the public pages; returns the new item's number."""
    page.goto(live_server.url("/feedback/child"))
    page.get_by_label(ANYTHING_ELSE).fill(words)
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you, we have got it")
    return _query(live_server, "SELECT max(id) FROM submission")[0][0]


def _sign_in(page: Page, live_server, handle: str) -> None:
    email = f"{handle}@demo.example"
    # The same demo account signs in several times within one 30-second step here; the replay
    # guard (tested in tests/auth) would refuse a reused step, so each sign-in starts afresh.
    with closing(sqlite3.connect(live_server.database)) as conn, conn:
        conn.execute("UPDATE staff_user SET totp_last_step = NULL WHERE email = ?", (email,))
    [(secret, last_step)] = _query(
        live_server, "SELECT totp_secret, totp_last_step FROM staff_user WHERE email = ?", email
    )
    page.goto(live_server.url("/staff/sign-in"))
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password", exact=True).fill(f"demo-{handle}-password")
    page.get_by_role("button", name="Sign in").click()
    page.locator("#code").fill(fresh_code(secret, last_step))
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", level=1)).not_to_have_text("Enter your code")


def _click_label(page: Page, name: str, value: str) -> None:
    control = page.locator(f"input[name={name}][value='{value}']")
    page.locator(f"label[for='{control.get_attribute('id')}']").click()


@pytest.mark.parametrize("js", JS_MODES)
def test_moderator_claims_redacts_publishes_and_goes_on(live_server, new_page, axe_source, js):
    public, _ = new_page(js=False)
    _send(public, live_server, ORDINARY)
    item = _send(public, live_server, ORDINARY)
    page, recorder = new_page(js=js)
    _sign_in(page, live_server, "moderator")

    page.goto(live_server.url("/moderation/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Moderation queue")
    assert_no_axe_violations(page, axe_source, js=js)
    page.get_by_role("button", name=f"Claim item {item}", exact=True).click()
    expect(page).to_have_url(live_server.url(f"/moderation/items/{item}"))
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Item {item}")
    assert_no_axe_violations(page, axe_source, js=js)

    redacted = page.locator(".portal-redacted")
    expect(page.locator(".portal-original")).to_have_text(ORDINARY)
    expect(redacted).to_have_text(REDACTED)
    name_box = page.locator("input[name=redact]")
    expect(name_box).to_be_checked()
    loads = recorder.document_loads
    page.locator(f"label[for='{name_box.get_attribute('id')}']").click()
    if not js:
        page.get_by_role("button", name="Show the redacted text").click()
    expect(redacted).to_have_text(ORDINARY)
    expect(page.locator("input[name=redact]")).not_to_be_checked()
    page.locator(f"label[for='{name_box.get_attribute('id')}']").click()
    if not js:
        page.get_by_role("button", name="Show the redacted text").click()
    expect(redacted).to_have_text(REDACTED)
    if js:
        assert recorder.document_loads == loads, "the preview reloaded the page"

    expect(page.locator("input[name=sentiment][value=negative]")).to_be_checked()
    _click_label(page, "decision", "publish")
    page.get_by_role("button", name="Save and go to the next item").click()
    expect(page.get_by_role("status").first).to_contain_text(f"Item {item} published.")
    expect(page).to_have_url(re.compile(r"/moderation/items/\d+$"))
    assert page.url != live_server.url(f"/moderation/items/{item}")
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"^Item \d+$"))

    [(status,)] = _query(live_server, "SELECT status FROM submission WHERE id = ?", item)
    assert status == "published"
    [(text,)] = _query(
        live_server,
        "SELECT redacted_text FROM answer WHERE submission_id = ? AND text_value IS NOT NULL",
        item,
    )
    assert text == REDACTED
    assert not recorder.page_errors, recorder.page_errors
    assert not recorder.failed, recorder.failed


def test_lead_acknowledges_and_decides_a_case(live_server, new_page):
    public, _ = new_page(js=False)
    item = _send(public, live_server, DISCLOSURE)
    [(case_id,)] = _query(
        live_server, "SELECT id FROM safeguarding_case WHERE submission_id = ?", item
    )
    page, recorder = new_page(js=True)
    _sign_in(page, live_server, "lead")

    page.goto(live_server.url("/safeguarding/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Safeguarding cases")
    page.get_by_role("link", name=f"Case {case_id}", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Safeguarding case {case_id}")
    expect(page.locator(".portal-original")).to_have_text(DISCLOSURE)

    page.get_by_role("button", name="Acknowledge: I am dealing with this").click()
    expect(page.locator("#case-timer")).to_contain_text("Acknowledged by Sam Safeguarding-Lead")
    _click_label(page, "decision", "no-further-action")
    page.get_by_label("Your reasons").fill("Known to the family's worker; spoke to them today")
    page.get_by_role("button", name="Record the decision").click()
    expect(page).to_have_url(live_server.url("/safeguarding/"))
    expect(page.get_by_role("status").first).to_have_text(
        f"Decision recorded for case {case_id}. The item has gone back to the moderators."
    )
    [(decision, acknowledged)] = _query(
        live_server,
        "SELECT decision, acknowledged_at FROM safeguarding_case WHERE id = ?",
        case_id,
    )
    assert decision == "no-further-action" and acknowledged is not None
    assert not recorder.page_errors, recorder.page_errors


def test_settings_page_is_accessible(live_server, new_page, axe_source):
    page, _ = new_page(js=True)
    _sign_in(page, live_server, "admin")
    page.goto(live_server.url("/admin/settings"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Settings")
    assert_no_axe_violations(page, axe_source)


@pytest.mark.parametrize("js", JS_MODES)
def test_lead_pages_are_accessible(live_server, new_page, axe_source, js):
    public, _ = new_page(js=False)
    item = _send(public, live_server, DISCLOSURE)
    [(case_id,)] = _query(
        live_server, "SELECT id FROM safeguarding_case WHERE submission_id = ?", item
    )
    page, _ = new_page(js=js)
    _sign_in(page, live_server, "lead")
    page.goto(live_server.url(f"/safeguarding/cases/{case_id}"))
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Safeguarding case {case_id}")
    assert_no_axe_violations(page, axe_source, js=js)
    page.goto(live_server.url("/safeguarding/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Safeguarding cases")
    assert_no_axe_violations(page, axe_source, js=js)
