"""The journey as served, CSP in force: nothing violates it, nothing fails, nothing leaves
127.0.0.1, and the only cookie is the portal's own session cookie."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, Response, expect

from tests.browser.pages import CHILD, FREE_TEXT, choose, receipt_code

pytestmark = pytest.mark.browser

# Recorded from the first moment of every document; init scripts are not subject to the CSP.
RECORD_CSP_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI}`);
});
"""


def _violations(page: Page) -> list[str]:
    return page.evaluate("window.__cspViolations")


def _assert_csp_clean(page: Page, documents: list[Response]) -> None:
    assert _violations(page) == [], f"CSP violations on {page.url}"
    policy = documents[-1].headers.get("content-security-policy", "")
    assert "script-src 'self' 'nonce-" in policy, f"no CSP on {documents[-1].url}: {policy!r}"


def test_journey_with_the_csp_in_force(live_server, new_page):
    page, recorder = new_page(js=True)
    page.add_init_script(RECORD_CSP_VIOLATIONS)
    documents: list[Response] = []
    page.on(
        "response", lambda r: documents.append(r) if r.request.resource_type == "document" else None
    )

    page.goto(live_server.url("/"))
    _assert_csp_clean(page, documents)
    # The htmx service-code update runs under the CSP too.
    page.get_by_label("Service code (if you have one)").press_sequentially("FOSTER")
    expect(page.locator("#service-status")).to_contain_text("Fostering Service")
    choose(page, "Who is giving feedback?", CHILD.who)
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(CHILD.title)
    _assert_csp_clean(page, documents)
    # GOV.UK Frontend's scripts ran (the character count is its enhancement).
    expect(page.locator(".govuk-character-count__status")).to_be_visible()

    choose(page, "How do you feel about where you live?", "Happy")
    page.get_by_label(CHILD.free_text_prompt).fill(FREE_TEXT)
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your answers")
    _assert_csp_clean(page, documents)
    page.get_by_role("button", name="Send").click()
    expect(page).to_have_url(live_server.url("/feedback/received"))
    receipt_code(page)
    _assert_csp_clean(page, documents)
    for path in ["/privacy/children", "/accessibility", "/contact", "/staff/sign-in"]:
        page.goto(live_server.url(path))
        _assert_csp_clean(page, documents)

    assert not recorder.console_errors, f"console errors: {recorder.console_errors}"
    assert not recorder.page_errors, f"script errors: {recorder.page_errors}"
    assert not recorder.failed, f"failed requests: {recorder.failed}"
    bad = [f"{r.status} {r.url}" for r in documents if r.status >= 400]
    assert not bad, f"pages that failed: {bad}"

    # The 404 page: its own status is the one error the console may report.
    page.goto(live_server.url("/nope"))
    _assert_csp_clean(page, documents)
    assert len(recorder.console_errors) == 1, recorder.console_errors
    assert "404" in recorder.console_errors[0]
    assert not recorder.page_errors and not recorder.failed
    strays = [
        url
        for url in recorder.requests
        if not url.startswith(live_server.origin + "/") and not url.startswith("data:")
    ]
    assert not strays, f"requests left the portal: {strays}"

    # Only the portal's own session cookie: HttpOnly, SameSite=Lax, for this host only.
    cookies = page.context.cookies()
    assert [c["name"] for c in cookies] == ["portal_session"], cookies
    assert cookies[0]["httpOnly"] and cookies[0]["sameSite"] == "Lax", cookies
    assert cookies[0]["domain"] == "127.0.0.1", cookies


def test_the_csp_refuses_an_injected_script(live_server, new_page):
    """A control for the test above: the CSP really is enforced and a violation is seen."""
    page, recorder = new_page(js=True)
    page.add_init_script(RECORD_CSP_VIOLATIONS)
    page.goto(live_server.url("/"))
    page.evaluate(
        """() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
    }"""
    )
    page.wait_for_function("window.__cspViolations.length > 0")
    assert page.evaluate("window.__injected === undefined")
    assert any("script-src" in v for v in _violations(page))
    assert any("Content Security Policy" in e for e in recorder.console_errors)
