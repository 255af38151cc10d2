"""Every public information page, the staff sign-in page and the 404 page: axe-core finds
no violations, with JavaScript on and off, and the "get help now" message is on each."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.pages import assert_help_now_visible, assert_no_axe_violations

pytestmark = pytest.mark.browser

JS_MODES = [pytest.param(True, id="js-on"), pytest.param(False, id="js-off")]

# (path, expected status, expected <h1>, whether the "get help now" message must show)
PAGES = [
    ("/", 200, "Tell us what you think", True),
    ("/s/FOSTER", 200, "Tell us what you think", True),
    ("/feedback/child", 200, "Tell us what you think", True),
    ("/feedback/young-person", 200, "Have your say", True),
    ("/feedback/care-leaver", 200, "Leaving care: tell us how it is going", True),
    ("/feedback/carer", 200, "Tell us about the help your family gets", True),
    ("/privacy", 200, "How we look after what you tell us", True),
    ("/privacy/children", 200, "How we look after what you tell us", True),
    ("/privacy/young-people", 200, "How we look after what you tell us", True),
    ("/privacy/adults", 200, "How we look after what you tell us", True),
    ("/accessibility", 200, "Accessibility statement", True),
    ("/contact", 200, "Contact us", True),
    ("/staff/sign-in", 200, "Staff sign in", False),
    ("/no-such-page", 404, "Page not found", True),
    ("/s/NO-SUCH-CODE", 404, "Page not found", True),
    ("/feedback/no-such-audience", 404, "Page not found", True),
]


@pytest.mark.parametrize("js", JS_MODES)
@pytest.mark.parametrize(
    ("path", "status", "heading", "help_now"), PAGES, ids=[p[0] for p in PAGES]
)
def test_page_is_accessible(live_server, new_page, axe_source, path, status, heading, help_now, js):
    page, recorder = new_page(js=js)
    response = page.goto(live_server.url(path))
    assert response is not None
    # /s/<code> redirects to the start page; the status is the final page's.
    assert response.status == status, f"{path} answered {response.status}"
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    if help_now:
        assert_help_now_visible(page)
    assert_no_axe_violations(page, axe_source, js=js)
    assert not recorder.failed, recorder.failed
    assert not recorder.page_errors, recorder.page_errors


def test_privacy_notices_are_linked_from_every_page_footer(live_server, new_page):
    page, _ = new_page(js=False)
    page.goto(live_server.url("/"))
    footer = page.get_by_role("contentinfo")
    for name, path in [
        ("Privacy: how we look after what you tell us", "/privacy"),
        ("Accessibility statement", "/accessibility"),
        ("Contact us", "/contact"),
    ]:
        expect(footer.get_by_role("link", name=name)).to_have_attribute("href", path)
    footer.get_by_role("link", name="Privacy: how we look after what you tell us").click()
    for name in ["For children (8 to 12)", "For young people (13 to 17) and care leavers"]:
        expect(page.get_by_role("link", name=name)).to_be_visible()


def test_axe_harness_reports_a_real_violation(live_server, new_page, axe_source):
    """A guard against a silently passing harness: a broken page must fail the check."""
    page, _ = new_page(js=True)
    page.goto(live_server.url("/contact"))
    page.evaluate(
        """() => {
      const input = document.createElement('input');
      input.type = 'text';
      document.querySelector('main').append(input);
    }"""
    )
    with pytest.raises(AssertionError, match=r"label"):
        assert_no_axe_violations(page, axe_source)


def test_axe_harness_works_with_javascript_off(live_server, new_page, axe_source):
    page, _ = new_page(js=False)
    page.goto(live_server.url("/contact"))
    page.evaluate("() => document.querySelector('main').append(document.createElement('input'))")
    with pytest.raises(AssertionError, match=r"label"):
        assert_no_axe_violations(page, axe_source, js=False)
