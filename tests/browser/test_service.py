"""Service codes: a QR or printed link fills the service in, and typing a code says which
service the feedback is about, in place with JavaScript and by submitting without it."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import CHILD, assert_help_now_visible, assert_no_axe_violations, choose

pytestmark = pytest.mark.browser

JS_MODES = [pytest.param(True, id="js-on"), pytest.param(False, id="js-off")]
FOSTERING = "You are telling us about: Fostering Service (Northbrook Council Children's Services)."
CAMHS = (
    "You are telling us about: Children's Mental Health Service (CAMHS) "
    "(Northbrook Health NHS Trust)."
)


def _service_message(page: Page):
    return page.locator("#service-status [aria-live=polite]")


def _start_as_child(page: Page) -> None:
    choose(page, "Who is giving feedback?", CHILD.who)
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(CHILD.title)


@pytest.mark.parametrize("js", JS_MODES)
def test_service_link_fills_the_service_in(live_server, new_page, axe_source, js):
    page, _ = new_page(js=js)
    page.goto(live_server.url("/s/FOSTER"))
    expect(page.get_by_label("Service code (if you have one)")).to_have_value("FOSTER")
    expect(_service_message(page)).to_have_text(FOSTERING)
    assert_no_axe_violations(page, axe_source, js=js)

    _start_as_child(page)
    expect(page.get_by_text("You are telling us about Fostering Service.")).to_be_visible()
    expect(page.locator("input[name=service]")).to_have_value("FOSTER")
    assert_help_now_visible(page)
    assert_no_axe_violations(page, axe_source, js=js)


def test_typing_a_code_updates_the_message_in_place(live_server, new_page, axe_source):
    page, recorder = new_page(js=True)
    page.goto(live_server.url("/"))
    expect(_service_message(page)).to_have_text("")
    loads = recorder.document_loads
    box = page.get_by_label("Service code (if you have one)")
    box.press_sequentially("CAMHS")

    expect(_service_message(page)).to_have_text(CAMHS)
    assert recorder.document_loads == loads, "the page was loaded again instead of updated"
    expect(page).to_have_url(live_server.url("/"))
    # The person can carry on typing: the box they typed in still has focus and their code.
    expect(page.get_by_label("Service code (if you have one)")).to_be_focused()
    expect(page.get_by_label("Service code (if you have one)")).to_have_value("CAMHS")
    assert_no_axe_violations(page, axe_source)

    _start_as_child(page)
    expect(page.get_by_text("You are telling us about Children's Mental Health")).to_be_visible()


def test_typing_a_code_without_javascript_works_by_submitting(live_server, new_page, axe_source):
    page, _ = new_page(js=False)
    page.goto(live_server.url("/"))
    page.get_by_label("Service code (if you have one)").fill("CAMHS")
    expect(_service_message(page)).to_have_text("")  # nothing happens until the form is sent
    choose(page, "Who is giving feedback?", CHILD.who)
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(CHILD.title)
    expect(page.get_by_text("You are telling us about Children's Mental Health")).to_be_visible()
    expect(page.locator("input[name=service]")).to_have_value("CAMHS")
    assert_no_axe_violations(page, axe_source, js=False)


def test_service_code_is_carried_to_the_saved_submission(live_server, new_page):
    page, _ = new_page(js=False)
    page.goto(live_server.url("/s/FOSTER"))
    _start_as_child(page)
    choose(page, "How safe do you feel?", "Really happy")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your answers")
    page.get_by_role("button", name="Send").click()
    expect(page).to_have_url(live_server.url("/feedback/received"))
    assert live_server.latest_submission()["service"] == "FOSTER"
