"""Every error state a person can reach on the public journey, checked by axe-core too.

Each error shows the GOV.UK error summary (whose links go to the fields), the field's own
message, "Error:" in the title, keeps what the person typed, and passes axe-core.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import (
    ANYTHING_ELSE,
    CHILD,
    FREE_TEXT,
    assert_error_summary_links_work,
    assert_help_now_visible,
    assert_no_axe_violations,
    choose,
)

pytestmark = pytest.mark.browser

JS_MODES = [pytest.param(True, id="js-on"), pytest.param(False, id="js-off")]
LIMIT = 5000


def _checked_error_page(page: Page, axe_source: str, js: bool, *messages: str) -> None:
    assert_error_summary_links_work(page, *messages)
    assert_help_now_visible(page)
    assert_no_axe_violations(page, axe_source, js=js)


@pytest.mark.parametrize("js", JS_MODES)
def test_start_page_with_nobody_chosen(live_server, new_page, axe_source, js):
    page, _ = new_page(js=js)
    page.goto(live_server.url("/"))
    page.get_by_role("button", name="Start").click()
    page.wait_for_load_state()
    expect(page.locator("#who-error")).to_contain_text("Choose who is giving feedback")
    _checked_error_page(page, axe_source, js, "Choose who is giving feedback")


@pytest.mark.parametrize("js", JS_MODES)
def test_start_page_with_an_unknown_service_code(live_server, new_page, axe_source, js):
    page, _ = new_page(js=js)
    page.goto(live_server.url("/"))
    choose(page, "Who is giving feedback?", CHILD.who)
    page.get_by_label("Service code (if you have one)").fill("NOT-A-CODE")
    page.get_by_role("button", name="Start").click()
    page.wait_for_url("**/?who=child&service=NOT-A-CODE&start=1")
    message = "We do not know that code"
    expect(page.locator("#service-error")).to_contain_text(message)
    expect(page.get_by_label("Service code (if you have one)")).to_have_value("NOT-A-CODE")
    expect(page.get_by_role("radio", name=CHILD.who)).to_be_checked()
    _checked_error_page(page, axe_source, js, message)


def test_unknown_service_code_typed_with_javascript_shows_the_error_in_place(
    live_server, new_page, axe_source
):
    page, recorder = new_page(js=True)
    page.goto(live_server.url("/"))
    loads = recorder.document_loads
    page.get_by_label("Service code (if you have one)").press_sequentially("NOPE")
    expect(page.locator("#service-error")).to_contain_text("We do not know that code")
    assert recorder.document_loads == loads, "the page was reloaded instead of updated"
    assert_no_axe_violations(page, axe_source)


@pytest.mark.parametrize("js", JS_MODES)
def test_survey_sent_with_no_answers(live_server, new_page, axe_source, js):
    page, _ = new_page(js=js)
    rows_before = live_server.count_submissions()
    page.goto(live_server.url("/feedback/child"))
    page.get_by_role("button", name="Continue").click()
    message = "Answer at least one question"
    expect(page.locator(".govuk-error-message").first).to_contain_text(message)
    _checked_error_page(page, axe_source, js, message)
    # The summary's link takes the person to the first question (GOV.UK's script moves
    # focus there itself; without it, the browser follows the #fragment).
    page.locator(".govuk-error-summary a").first.click()
    if js:
        assert page.evaluate("document.activeElement.id") == "q_home"
    else:
        assert page.evaluate("location.hash") == "#q_home"
    assert live_server.count_submissions() == rows_before


@pytest.mark.parametrize("js", JS_MODES)
def test_free_text_over_the_limit(live_server, new_page, axe_source, js):
    page, _ = new_page(js=js)
    rows_before = live_server.count_submissions()
    page.goto(live_server.url("/feedback/child"))
    choose(page, "How safe do you feel?", "Happy")
    too_long = ("Llŷr " * LIMIT)[: LIMIT + 1]
    box = page.get_by_label(ANYTHING_ELSE)
    box.fill(too_long)
    status = page.locator(".govuk-character-count__status")
    if js:
        # GOV.UK's character count tells the person before they press Continue.
        expect(status).to_have_text("You have 1 character too many")
        expect(status).to_have_class(re.compile(r"\bgovuk-error-message\b"))
    page.get_by_role("button", name="Continue").click()

    expect(page.locator("#q_anything_else-error")).to_contain_text("too long")
    _checked_error_page(page, axe_source, js, "5,000 characters or fewer", "1 too long")
    # Every word is kept, and every other answer too.
    expect(box).to_have_value(too_long)
    expect(
        page.get_by_role("group", name="How safe do you feel?").get_by_role(
            "radio", name="Happy", exact=True
        )
    ).to_be_checked()
    if js:
        expect(status).to_have_text("You have 1 character too many")
    else:
        expect(page.get_by_text(f"You can enter up to {LIMIT} characters")).to_be_attached()
    assert live_server.count_submissions() == rows_before

    # Shortened, it goes through to the check page.
    box.fill(FREE_TEXT)
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your answers")


@pytest.mark.parametrize("js", JS_MODES)
def test_expired_or_missing_csrf_token_keeps_the_words(live_server, new_page, axe_source, js):
    page, _ = new_page(js=js)
    page.goto(live_server.url("/feedback/child"))
    page.get_by_label(ANYTHING_ELSE).fill(FREE_TEXT)
    page.locator("input[name=csrf_token]").evaluate("input => { input.value = 'expired'; }")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Please press the button again")
    expect(page.locator(".portal-kept-text")).to_have_text(FREE_TEXT)
    assert_help_now_visible(page)
    assert_no_axe_violations(page, axe_source, js=js)

    page.get_by_role("button", name="Try again").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your answers")


@pytest.mark.parametrize("js", JS_MODES)
def test_staff_sign_in_errors(live_server, new_page, axe_source, js):
    page, _ = new_page(js=js)
    page.goto(live_server.url("/staff/sign-in"))
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    assert_error_summary_links_work(page)
    assert_no_axe_violations(page, axe_source, js=js)

    page.get_by_label("Email address").fill("nobody@demo.example")
    page.get_by_label("Password", exact=True).fill("not-the-right-password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    assert_error_summary_links_work(page)
    assert_no_axe_violations(page, axe_source, js=js)
