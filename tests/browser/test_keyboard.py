"""The child's journey with the keyboard alone: Tab, Space, arrow keys and Enter."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import CHILD, FREE_TEXT, focus_report, receipt_code, summary_list

pytestmark = pytest.mark.browser

MAX_TABS = 60


def _assert_focus_visible(page: Page, where: str) -> dict:
    report = focus_report(page)
    assert report["element"], f"{where}: nothing has focus"
    assert report["visible"], f"{where}: the focused {report['element']} has no size"
    assert report["focusVisible"], f"{where}: {report['element']} is not :focus-visible"
    assert report["indicator"], f"{where}: {report['element']} looks the same with focus"
    assert report["stillFocused"], f"{where}: focus did not come back to {report['element']}"
    return report


def _tab_to(page: Page, selector: str) -> None:
    """Press Tab until the element matching selector has focus; every stop shows its focus."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        _assert_focus_visible(page, f"tabbing to {selector}")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    pytest.fail(f"{selector} never got focus after {MAX_TABS} presses of Tab")


def _press(page: Page, *keys: str) -> None:
    for key in keys:
        page.keyboard.press(key)
        _assert_focus_visible(page, f"after {key}")


def test_child_journey_with_the_keyboard_alone(live_server, new_page):
    page, recorder = new_page(js=True)
    rows_before = live_server.count_submissions()
    page.goto(live_server.url("/"))

    # The skip link is the first Tab stop, and it moves focus to the main content.
    page.keyboard.press("Tab")
    first = _assert_focus_visible(page, "first Tab")
    assert first["element"].startswith("a"), first
    assert first["text"] == "Skip to main content", first
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"

    # Who is giving feedback: the first radio is "8 to 12"; Space chooses it.
    _tab_to(page, "input[name=who]")
    _press(page, "Space")
    expect(page.get_by_role("radio", name=CHILD.who)).to_be_checked()
    _tab_to(page, "button.govuk-button")
    page.keyboard.press("Enter")
    expect(page).to_have_url(live_server.url("/feedback/child"))
    expect(page.get_by_role("heading", level=1)).to_have_text(CHILD.title)

    # Face scales and choices: Space picks the first, arrow keys move along the scale.
    _tab_to(page, "#q_home")
    _press(page, "Space", "ArrowRight", "ArrowRight", "ArrowRight")  # Happy
    _tab_to(page, "#q_worker")
    _press(page, "Space", "ArrowRight", "ArrowRight", "ArrowRight", "ArrowRight")  # Really happy
    _tab_to(page, "#q_listened")
    _press(page, "Space", "ArrowDown")  # Sometimes
    _tab_to(page, "#q_safe")
    _press(page, "Space", "ArrowRight", "ArrowRight")  # OK
    _tab_to(page, "#q_see_more-3")  # My grandparents
    _press(page, "Space")
    _tab_to(page, "#q_see_more-5")  # My pets
    _press(page, "Space")
    _tab_to(page, "textarea")
    page.keyboard.type(FREE_TEXT)
    _tab_to(page, "button.govuk-button")
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Check your answers")
    assert summary_list(page) == CHILD.expected_summary(FREE_TEXT)
    _tab_to(page, "button[value=send]")
    page.keyboard.press("Enter")

    expect(page).to_have_url(live_server.url("/feedback/received"))
    receipt_code(page)
    assert live_server.count_submissions() == rows_before + 1
    assert not recorder.page_errors, recorder.page_errors
