"""Pulse results in Chromium: the demo pulse's page passes axe, filters work, JS on and off."""

from __future__ import annotations

import random

import pytest
from playwright.sync_api import expect

from portal import create_app
from portal.extensions import db
from portal.seed.pulse_demo import DEMO_PULSE, seed_pulse_demo
from tests.browser.conftest import BROWSER_SECRET
from tests.browser.pages import assert_no_axe_violations
from tests.browser.test_moderation_journey import _sign_in

pytestmark = pytest.mark.browser

JS_MODES = [pytest.param(True, id="js-on"), pytest.param(False, id="js-off")]


@pytest.fixture(scope="module")
def demo_pulse(live_server) -> None:
    """The demo pulse in the live server's database (seeding it twice changes nothing)."""
    app = create_app(
        {
            "TESTING": True,
            "PORTAL_ENV": "test",
            "SECRET_KEY": BROWSER_SECRET,
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{live_server.database}",
        }
    )
    with app.app_context():
        seed_pulse_demo(random.Random(5))
        db.session.commit()
        db.session.remove()
        db.engine.dispose()


@pytest.mark.parametrize("js", JS_MODES)
def test_results_page_is_accessible_and_filters(live_server, demo_pulse, new_page, axe_source, js):
    page, recorder = new_page(js=js)
    _sign_in(page, live_server, "board")
    page.goto(live_server.url("/staff/pulse/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Staff pulse results")
    assert_no_axe_violations(page, axe_source, js=js)
    page.get_by_role("link", name=DEMO_PULSE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(DEMO_PULSE)
    expect(page.locator("table.portal-heat-map caption")).to_contain_text("Teams")
    # The teams of 4 and 3 show no number.
    for small in ("Early Help locality north", "Youth Justice case managers"):
        row = page.locator("table.portal-heat-map tbody tr").filter(has_text=small)
        expect(row).to_contain_text("Not shown")
        assert not any(ch.isdigit() for ch in row.inner_text().replace(small, ""))
    assert_no_axe_violations(page, axe_source, js=js)

    loads = recorder.document_loads
    page.get_by_label("Agency").select_option(label="Northbrook Council Children's Services")
    page.get_by_role("button", name="Show results").click()
    expect(page.locator("#pulse-results h2").first).to_contain_text(
        "Northbrook Council Children's Services"
    )
    if js:
        assert recorder.document_loads == loads, "the filter reloaded the page"
    assert "agency=" in page.url
    assert_no_axe_violations(page, axe_source, js=js)
    assert not recorder.page_errors, recorder.page_errors
    assert not recorder.failed, recorder.failed
