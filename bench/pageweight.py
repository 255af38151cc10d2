"""Page weight: what a first visit to each public page transfers, compressed, on the wire.

For each page: the HTML as served, plus every stylesheet, script, icon and image it
references (<link href>, <script src>, <img src>), the fonts and images those stylesheets
point at (url(), @import), and the modules an ES module script imports. Every resource is
fetched with `Accept-Encoding: gzip, br` and counted by the length of its body as served
(compressed if the server compressed it; HTML is counted as served either way). Each page is
counted as a first visit, with an empty cache.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass, field
from urllib.parse import urljoin

from bench.client import Browser, Fetched
from bench.htmlscan import Resource, css_references, module_imports, parse_page
from bench.scenarios import feedback_form, survey_answers

BUDGET_BYTES = 150 * 1024
SIMPLE_PAGES = [
    "/",
    "/feedback/child",
    "/feedback/young-person",
    "/feedback/care-leaver",
    "/feedback/carer",
]
INFO_PAGES = ["/privacy", "/accessibility", "/contact"]
CATEGORIES = ("html", "css", "js", "font", "image", "other")


@dataclass
class Item:
    url: str
    category: str
    status: int
    encoding: str
    bytes: int  # on the wire (body as served)
    uncompressed: int | None
    counted: bool = True


@dataclass
class PageWeight:
    page: str
    url: str
    items: list[Item] = field(default_factory=list)
    external: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # these make the page FAIL
    warnings: list[str] = field(default_factory=list)  # reported, but not a FAIL

    def bytes_of(self, category: str) -> int:
        return sum(i.bytes for i in self.items if i.counted and i.category == category)

    @property
    def total(self) -> int:
        return sum(i.bytes for i in self.items if i.counted)

    @property
    def passed(self) -> bool:
        return self.total <= BUDGET_BYTES and not self.problems

    def as_json(self) -> dict:
        return {
            "page": self.page,
            "url": self.url,
            "total_bytes": self.total,
            "budget_bytes": BUDGET_BYTES,
            "pass": self.passed,
            "by_category": {c: self.bytes_of(c) for c in CATEGORIES},
            "external_references": self.external,
            "problems": self.problems,
            "warnings": self.warnings,
            "resources": [asdict(i) for i in self.items],
        }


def _category(resource: Resource, fetched: Fetched) -> str:
    content_type = (fetched.headers.get("Content-Type") or "").lower()
    path = fetched.url.split("?")[0].lower()
    if resource.kind == "font" or "font" in content_type or path.endswith((".woff2", ".woff")):
        return "font"
    if "css" in content_type or resource.kind == "css":
        return "css"
    if "javascript" in content_type or resource.kind in {"js", "js-module"}:
        return "js"
    if content_type.startswith("image/") or resource.kind in {"image", "icon"}:
        return "image"
    return "other"


def _item(fetched: Fetched, category: str, counted: bool = True) -> Item:
    decoded = fetched.decoded()
    return Item(
        url=fetched.url,
        category=category,
        status=fetched.status,
        encoding=fetched.encoding,
        bytes=len(fetched.body),
        uncompressed=None if decoded is None else len(decoded),
        counted=counted,
    )


def weigh(label: str, page: Fetched, base: str) -> PageWeight:
    """Weigh one page whose HTML has been fetched: fetch everything it loads, once each."""
    result = PageWeight(label, page.url)
    if page.status != 200:
        result.problems.append(f"page answered HTTP {page.status}")
    result.items.append(_item(page, "html"))
    assets = Browser(base)  # a first visit: empty cache; assets need no cookie
    seen: set[str] = set()
    queue: list[tuple[Resource, str, bool]] = [
        (r, page.url, False) for r in parse_page(page.text()).resources
    ]
    while queue:
        resource, referrer, from_css = queue.pop(0)
        if resource.url.startswith("data:"):
            continue
        bare = not resource.url.startswith(("./", "../", "/"))
        if resource.kind == "js-module" and referrer != page.url and bare:
            continue  # a bare import specifier: nothing a browser could fetch
        absolute = urljoin(referrer, resource.url)
        if absolute in seen:
            continue
        seen.add(absolute)
        if not assets.same_origin(absolute):
            result.external.append(absolute)
            result.problems.append(f"references another site: {absolute}")
            continue
        fetched = assets.get(absolute, cookies=False)
        category = _category(resource, fetched)
        if fetched.status != 200:
            if from_css:
                # A browser only fetches a stylesheet's image when an element uses it, so a
                # broken one is reported, not counted.
                result.items.append(_item(fetched, category, counted=False))
                path = absolute.removeprefix(base)
                result.warnings.append(
                    f"a stylesheet points at a missing file (HTTP {fetched.status}): {path}"
                )
                continue
            result.problems.append(f"HTTP {fetched.status} for {absolute}")
        result.items.append(_item(fetched, category))
        text = fetched.text() if fetched.status == 200 else ""
        if category == "css":
            queue += [(r, absolute, True) for r in css_references(text)]
        elif resource.kind == "js-module":
            queue += [(r, absolute, False) for r in module_imports(text)]
    return result


def _journey_pages(base: str) -> list[tuple[str, Fetched]]:
    """The check page and the confirmation page, reached the way a person reaches them."""
    browser = Browser(base)
    survey = browser.get("/feedback/child")
    if survey.status != 200:
        raise RuntimeError(f"GET /feedback/child answered {survey.status}")
    form = feedback_form(survey.text())
    fields = [(n, v) for n, v in form.hidden if n != "step"]
    fields += survey_answers(form, random.Random(7))
    fields.append(("step", "check"))
    check = browser.post(form.action or "/feedback/child", fields)
    if check.status != 200:
        raise RuntimeError(f"the check step answered {check.status}")
    check_form = feedback_form(check.text())
    send_fields = [*check_form.hidden, ("step", "send")]
    sent = browser.post(check_form.action or "/feedback/child", send_fields)
    location = sent.headers.get("Location") or ""
    if sent.status != 303 or not location.endswith("/feedback/received"):
        raise RuntimeError(f"sending answered {sent.status} {location!r}")
    received = browser.get(location)
    return [
        ("check your answers (child)", check),
        ("confirmation (/feedback/received)", received),
    ]


def measure(base: str) -> list[PageWeight]:
    pages: list[tuple[str, Fetched]] = []
    for path in SIMPLE_PAGES:
        pages.append((path, Browser(base).get(path)))
    pages += _journey_pages(base)
    for path in INFO_PAGES:
        pages.append((path, Browser(base).get(path)))
    return [weigh(label, fetched, base) for label, fetched in pages]
