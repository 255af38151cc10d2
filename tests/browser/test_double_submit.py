"""A double tap on Send gives one submission and one receipt code, whatever the browser does."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import CHILD, FREE_TEXT, RECEIPT_PATTERN, choose, receipt_code

pytestmark = pytest.mark.browser

JS_MODES = [pytest.param(True, id="js-on"), pytest.param(False, id="js-off")]


def _to_check_page(page: Page, origin: str) -> None:
    page.goto(origin + "/feedback/child")
    choose(page, "How safe do you feel?", "Happy")
    page.get_by_label(CHILD.free_text_prompt).fill(FREE_TEXT)
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your answers")


def _check_form_fields(page: Page) -> dict[str, str]:
    """The check page's form as it would be sent with the Send button."""
    fields = page.locator("form[method=post] input[type=hidden]").evaluate_all(
        "inputs => inputs.map(i => [i.name, i.value])"
    )
    return {**dict(fields), "step": "send"}


@pytest.mark.parametrize("js", JS_MODES)
def test_double_clicking_send_saves_once(live_server, new_page, js):
    page, recorder = new_page(js=js)
    _to_check_page(page, live_server.origin)
    resend = _check_form_fields(page)
    rows_before = live_server.count_submissions()

    # With JavaScript, GOV.UK's button ignores the second click; without it, both go.
    page.get_by_role("button", name="Send").dblclick()
    expect(page).to_have_url(live_server.url("/feedback/received"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you, we have got it")
    expect(page.locator(".portal-receipt")).to_have_count(1)
    code = receipt_code(page)
    assert live_server.count_submissions() == rows_before + 1

    # A resent POST (a refresh or a retry) returns the same receipt code and adds nothing.
    response = page.request.post(
        page.url.replace("/feedback/received", "/feedback/child"), form=resend
    )
    assert response.ok, response.status
    resent_codes = re.findall(r"[2-9A-Z]{4}-[2-9A-Z]{4}", response.text())
    assert resent_codes and all(RECEIPT_PATTERN.match(c) for c in resent_codes)
    assert set(resent_codes) == {code}
    assert live_server.count_submissions() == rows_before + 1
    # Reloading the confirmation shows the same code again.
    page.reload()
    assert receipt_code(page) == code
    assert live_server.count_submissions() == rows_before + 1
    assert not recorder.page_errors, recorder.page_errors


def test_several_quick_clicks_on_send_save_once(live_server, new_page):
    """Clicks that land before the page leaves (a child tapping repeatedly) send one row."""
    page, _ = new_page(js=True)
    _to_check_page(page, live_server.origin)
    rows_before = live_server.count_submissions()
    send = page.get_by_role("button", name="Send")
    send.evaluate("button => { button.click(); button.click(); button.click(); }")
    expect(page).to_have_url(live_server.url("/feedback/received"))
    receipt_code(page)
    assert live_server.count_submissions() == rows_before + 1


def test_two_sends_reaching_the_server_at_once_save_once(live_server, new_page):
    """Two identical POSTs in flight together (a double tap on a slow phone network)."""
    page, _ = new_page(js=True)
    _to_check_page(page, live_server.origin)
    rows_before = live_server.count_submissions()
    pages = page.locator("form[method=post]").evaluate(
        """async (form) => {
      const send = () => {
        const body = new URLSearchParams(new FormData(form));
        body.set('step', 'send');
        return fetch(form.action, {method: 'POST', body, credentials: 'same-origin'})
          .then(response => response.text().then(text => [response.status, text]));
      };
      return Promise.all([send(), send(), send()]);
    }"""
    )
    codes = set()
    for status, html in pages:
        assert status == 200, f"a simultaneous send answered {status}"
        codes.update(re.findall(r'class="portal-receipt">([^<]+)<', html))
    assert len(codes) == 1, f"simultaneous sends gave different receipt codes: {codes}"
    assert RECEIPT_PATTERN.match(codes.pop())
    assert live_server.count_submissions() == rows_before + 1
