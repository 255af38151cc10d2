"""What the browser tests do and check on a page: axe-core, the help message, focus, answers.

Kept apart from the tests so each test reads as the journey it walks.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from playwright.sync_api import Locator, Page, expect

RECEIPT_PATTERN = re.compile(r"^[2-9ACDEFHJKMNPQRTUVWXY]{4}-[2-9ACDEFHJKMNPQRTUVWXY]{4}$")
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

# What a child might type: Welsh and accented letters, an emoji, quotes and angle brackets
# (which must come back as text, never as HTML). Already in NFC, as the portal stores it.
FREE_TEXT = "Mae fy ngweithiwr yn wych 🙂 – diolch! Café, naïve, Siân, Llŷr, ŵ & <b>bold</b>"
assert unicodedata.normalize("NFC", FREE_TEXT) == FREE_TEXT

# With JavaScript off the page's timers never fire, and axe-core waits on setTimeout. Only
# axe runs in such a page, so its timers become microtasks there.
_TIMERS_AS_MICROTASKS = """() => {
  window.setTimeout = (callback, _delay, ...args) => {
    Promise.resolve().then(() => callback(...args));
    return 0;
  };
  window.clearTimeout = () => {};
}"""

_RUN_AXE = """async (tags) => {
  const results = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
  return results.violations.map(v => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html, summary: n.failureSummary})),
  }));
}"""


def assert_no_axe_violations(page: Page, axe_source: str, js: bool = True) -> None:
    """Run axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) on the page as it stands; no violations.

    axe is evaluated through the DevTools protocol, which the page's CSP does not govern, so
    the page is checked exactly as served, with its CSP in force.
    """
    if not js:
        page.evaluate(_TIMERS_AS_MICROTASKS)
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source)
    violations = page.evaluate(_RUN_AXE, WCAG_TAGS)
    report = "\n".join(
        f"- {v['id']} ({v['impact']}): {v['help']}\n"
        + "\n".join(
            f"    at {n['target']}: {n['html'][:200]}\n      {n['summary']}" for n in v["nodes"]
        )
        for v in violations
    )
    assert not violations, f"axe-core found violations on {page.url}:\n{report}"


def assert_help_now_visible(page: Page) -> None:
    """The "get help now" message is on the page and visible, with Childline's number."""
    region = page.get_by_role("region", name="Get help now")
    expect(region).to_be_visible()
    expect(region).to_contain_text("If you are in danger now, call 999.")
    expect(region).to_contain_text("Childline on 0800 1111")


def assert_error_summary_links_work(page: Page, *messages: str) -> None:
    """The GOV.UK error summary lists each message, and every link in it goes to a field."""
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_be_visible()
    expect(summary.get_by_role("heading")).to_have_text("There is a problem")
    for message in messages:
        expect(summary).to_contain_text(message)
    for href in summary.locator("a").evaluate_all("links => links.map(a => a.hash)"):
        assert href, "an error summary link has no #target"
        expect(page.locator(href)).to_have_count(1)
    assert page.title().startswith("Error: "), page.title()


def receipt_code(page: Page) -> str:
    code = page.locator(".portal-receipt").inner_text().strip()
    assert RECEIPT_PATTERN.match(code), f"receipt code {code!r} is not in the expected form"
    return code


def in_group(page: Page, legend: str) -> Locator:
    return page.get_by_role("group", name=legend, exact=True)


def option_in(page: Page, legend: str, option: str) -> Locator:
    """A radio or checkbox by its question and its accessible name (faces are aria-hidden)."""
    group = in_group(page, legend)
    return group.get_by_role("radio", name=option, exact=True).or_(
        group.get_by_role("checkbox", name=option, exact=True)
    )


def choose(page: Page, legend: str, option: str) -> None:
    """Tick a radio or checkbox the way a person does: by clicking its label."""
    control = option_in(page, legend, option)
    control_id = control.get_attribute("id")
    page.locator(f"label[for='{control_id}']").click()
    expect(control).to_be_checked()


@dataclass(frozen=True)
class Answers:
    """One audience's survey, what the test answers in it and what the check page shows."""

    audience: str
    who: str  # the start page's words for this audience
    title: str  # the survey's heading
    clicks: tuple[tuple[str, str], ...]  # (question, option label) to click
    free_text_prompt: str
    unanswered: tuple[str, ...]  # questions left blank

    def expected_summary(self, free_text: str) -> dict[str, str]:
        expected: dict[str, str] = {}
        for prompt, label in self.clicks:
            expected[prompt] = f"{expected[prompt]}, {label}" if prompt in expected else label
        for prompt in self.unanswered:
            expected[prompt] = "Not answered"
        expected[self.free_text_prompt] = free_text
        return expected


ANYTHING_ELSE = "Is there anything else you want to tell us?"

CHILD = Answers(
    audience="child",
    who="I am 8 to 12 years old",
    title="Tell us what you think",
    clicks=(
        ("How do you feel about where you live?", "Happy"),
        ("How do you feel about your worker?", "Really happy"),
        ("Does your worker listen to you?", "Sometimes"),
        ("How safe do you feel?", "OK"),
        ("Who would you like to see more?", "My grandparents"),
        ("Who would you like to see more?", "My pets"),
    ),
    free_text_prompt=ANYTHING_ELSE,
    unanswered=("How many different workers have you had this year?",),
)

CARER = Answers(
    audience="carer",
    who="I am a parent, carer or someone in the family",
    title="Tell us about the help your family gets",
    clicks=(
        ("Overall, how do you feel about the help your family is getting?", "Unhappy"),
        ("Do you know who your family's worker is and how to contact them?", "Not sure"),
        ("How well do we explain what is happening and why?", "Really unhappy"),
        ("After you first asked for help, how long did you wait for it?", "1 to 3 months"),
        ("Do you feel listened to?", "No"),
    ),
    free_text_prompt=ANYTHING_ELSE,
    unanswered=("When you contact us, do we get back to you in good time?",),
)


def summary_list(page: Page) -> dict[str, str]:
    """The check page's summary list as {question: answer}, as the person sees it."""
    return page.locator(".govuk-summary-list__row").evaluate_all(
        """rows => Object.fromEntries(rows.map(row => [
             row.querySelector('.govuk-summary-list__key').innerText.trim(),
             row.querySelector('.govuk-summary-list__value').innerText.trim(),
           ]))"""
    )


def focus_report(page: Page) -> dict:
    """What has focus, and which of its styles change when it has focus (its indicator).

    GOV.UK draws focus with an outline, a box-shadow and a yellow background on the element
    itself or, for radios and checkboxes (whose inputs are transparent), on the label's
    ::before. The focused styles are compared with the same element's styles after a blur,
    then focus is put back where it was.
    """
    return page.evaluate(
        """() => {
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) {
        return {element: null, visible: false, focusVisible: false, indicator: []};
      }
      const label = el.id && document.querySelector(`label[for="${el.id}"]`);
      const drawnOnLabel = el.matches('input[type=radio], input[type=checkbox]') && label;
      const targets = drawnOnLabel
        ? [[label, '::before'], [label, '::after']]
        : [[el, null], [el, '::before'], [el, '::after']];
      const properties = ['outline-style', 'outline-width', 'outline-color', 'box-shadow',
                          'background-color', 'color', 'border-color', 'text-decoration-line'];
      const snapshot = () => targets.map(([target, pseudo]) => {
        const style = getComputedStyle(target, pseudo);
        return properties.map(p => style.getPropertyValue(p));
      });
      const focused = snapshot();
      const focusVisible = el.matches(':focus-visible');
      el.blur();
      const blurred = snapshot();
      el.focus();
      const changed = [];
      targets.forEach(([target, pseudo], t) => properties.forEach((p, i) => {
        if (focused[t][i] !== blurred[t][i]) changed.push(`${pseudo || ''}${p}`);
      }));
      const box = (drawnOnLabel ? label : el).getBoundingClientRect();
      return {
        element: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
          + (typeof el.className === 'string' && el.className
             ? '.' + el.className.split(' ')[0] : ''),
        text: (el.innerText || el.value || '').trim().slice(0, 60),
        visible: box.width > 0 && box.height > 0,
        focusVisible,
        stillFocused: document.activeElement === el,
        indicator: changed,
      };
    }"""
    )
