"""The whole public journey in Chromium, with JavaScript on and off, checked by axe-core.

start → who → survey → check your answers → change my answers → check → send → receipt.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import (
    CARER,
    CHILD,
    FREE_TEXT,
    Answers,
    assert_help_now_visible,
    assert_no_axe_violations,
    choose,
    option_in,
    receipt_code,
    summary_list,
)

pytestmark = pytest.mark.browser

JS_MODES = [pytest.param(True, id="js-on"), pytest.param(False, id="js-off")]


def _checked_page(page: Page, axe_source: str, js: bool) -> None:
    """What every page of the journey must pass: the help message, and axe-core."""
    assert_help_now_visible(page)
    assert_no_axe_violations(page, axe_source, js=js)


def _answer(page: Page, answers: Answers, text: str) -> None:
    for legend, option in answers.clicks:
        choose(page, legend, option)
    page.get_by_label(answers.free_text_prompt).fill(text)


@pytest.mark.parametrize("js", JS_MODES)
@pytest.mark.parametrize("answers", [CHILD, CARER], ids=lambda a: a.audience)
def test_public_journey(live_server, new_page, axe_source, answers: Answers, js: bool):
    page, recorder = new_page(js=js)
    rows_before = live_server.count_submissions()

    page.goto(live_server.url("/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Tell us what you think")
    _checked_page(page, axe_source, js)

    choose(page, "Who is giving feedback?", answers.who)
    page.get_by_role("button", name="Start").click()
    expect(page).to_have_url(live_server.url(f"/feedback/{answers.audience}"))
    expect(page.get_by_role("heading", level=1)).to_have_text(answers.title)
    _checked_page(page, axe_source, js)

    _answer(page, answers, FREE_TEXT)
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your answers")
    _checked_page(page, axe_source, js)
    assert summary_list(page) == answers.expected_summary(FREE_TEXT)
    # Angle brackets come back as the text that was typed, never as markup.
    expect(page.locator(".govuk-summary-list b")).to_have_count(0)

    # "Change my answers" goes back to the form with everything kept.
    page.get_by_role("button", name="Change my answers").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(answers.title)
    for legend, option in answers.clicks:
        expect(option_in(page, legend, option)).to_be_checked()
    expect(page.get_by_label(answers.free_text_prompt)).to_have_value(FREE_TEXT)
    _checked_page(page, axe_source, js)

    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your answers")
    assert summary_list(page) == answers.expected_summary(FREE_TEXT)

    page.get_by_role("button", name="Send").click()
    expect(page).to_have_url(live_server.url("/feedback/received"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you, we have got it")
    receipt_code(page)
    expect(page.get_by_role("heading", name="What happens next")).to_be_visible()
    _checked_page(page, axe_source, js)

    assert live_server.count_submissions() == rows_before + 1
    saved = live_server.latest_submission()
    assert saved["audience"] == answers.audience
    assert saved["channel"] == "online"
    assert saved["texts"] == [FREE_TEXT], "the free text was not stored exactly as typed"
    # Nothing left 127.0.0.1: no font, analytics or CDN request of any kind.
    strays = [
        url
        for url in recorder.requests
        if not url.startswith(live_server.origin + "/") and not url.startswith("data:")
    ]
    assert not strays, f"requests left the portal: {strays}"
    assert recorder.requests, "no requests were recorded"
    assert not recorder.failed, f"failed requests: {recorder.failed}"
    assert not recorder.page_errors, f"script errors: {recorder.page_errors}"


def _to_check_page(page: Page, origin: str, text: str) -> None:
    page.goto(origin + "/feedback/child")
    choose(page, "How safe do you feel?", "Happy")
    page.get_by_label(CHILD.free_text_prompt).fill(text)
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your answers")


@pytest.mark.parametrize("js", JS_MODES)
def test_browser_back_from_the_check_page_keeps_the_answers(live_server, new_page, js):
    page, _ = new_page(js=js)
    _to_check_page(page, live_server.origin, FREE_TEXT)
    page.go_back()
    expect(page.get_by_role("heading", level=1)).to_have_text(CHILD.title)
    expect(option_in(page, "How safe do you feel?", "Happy")).to_be_checked()
    expect(page.get_by_label(CHILD.free_text_prompt)).to_have_value(FREE_TEXT)


def test_check_page_shows_multi_line_text_exactly_as_typed(live_server, new_page):
    page, _ = new_page(js=True)
    text = "Line one 🙂\nLine two: Siân\n\n  indented third line"
    _to_check_page(page, live_server.origin, text)
    values = page.locator(".govuk-summary-list__value")
    # innerText is what is rendered: no trimming here, the person sees every character.
    assert values.last.evaluate("dd => dd.innerText") == text
    assert values.nth(3).evaluate("dd => dd.innerText") == "Happy"


def test_check_page_title_names_the_page(live_server, new_page):
    page, _ = new_page(js=False)
    _to_check_page(page, live_server.origin, FREE_TEXT)
    assert page.title() == "Check your answers – Northbrook SCP"
