"""Just enough HTML reading for the bench: the resources a page loads and its forms' fields."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

# <link rel> values that make a browser fetch the href on a first visit.
FETCHING_RELS = {
    "stylesheet",
    "icon",
    "shortcut",
    "apple-touch-icon",
    "apple-touch-icon-precomposed",
    "mask-icon",
    "manifest",
    "preload",
    "modulepreload",
}

_CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)""")
_CSS_IMPORT = re.compile(r"""@import\s+(?:url\()?\s*["']([^"']+)["']""")
_JS_IMPORT = re.compile(
    r"""(?:\bimport\s*(?:[\w*{}\s,$]+\s*from\s*)?|\bexport\s*[\w*{}\s,$]+\s*from\s*)["']([^"']+)["']"""
)


@dataclass
class Resource:
    url: str
    kind: str  # css, js, js-module, image, icon, other


@dataclass
class Form:
    action: str | None
    method: str
    hidden: list[tuple[str, str]] = field(default_factory=list)
    # name -> values offered by radios/checkboxes, in page order
    radios: dict[str, list[str]] = field(default_factory=dict)
    checkboxes: dict[str, list[str]] = field(default_factory=dict)
    textareas: list[str] = field(default_factory=list)
    buttons: list[tuple[str, str]] = field(default_factory=list)


class PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.resources: list[Resource] = []
        self.forms: list[Form] = []
        self._form: Form | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if tag == "link" and a.get("href"):
            rels = set(a.get("rel", "").lower().split())
            if rels & FETCHING_RELS:
                kind = "css" if "stylesheet" in rels else "icon" if "icon" in rels else "other"
                if "modulepreload" in rels:
                    kind = "js-module"
                self.resources.append(Resource(a["href"], kind))
        elif tag == "script" and a.get("src"):
            kind = "js-module" if a.get("type", "").lower() == "module" else "js"
            self.resources.append(Resource(a["src"], kind))
        elif tag == "img" and a.get("src"):
            self.resources.append(Resource(a["src"], "image"))
        elif tag == "form":
            self._form = Form(a.get("action"), a.get("method", "get").lower())
            self.forms.append(self._form)
        elif self._form is not None and tag in {"input", "button", "textarea"}:
            self._form_field(tag, a)

    def _form_field(self, tag: str, a: dict[str, str]) -> None:
        form = self._form
        name = a.get("name")
        if not name:
            return
        if tag == "textarea":
            form.textareas.append(name)
        elif tag == "button" or a.get("type") == "submit":
            form.buttons.append((name, a.get("value", "")))
        elif a.get("type") == "hidden":
            form.hidden.append((name, a.get("value", "")))
        elif a.get("type") == "radio":
            form.radios.setdefault(name, []).append(a.get("value", "on"))
        elif a.get("type") == "checkbox":
            form.checkboxes.setdefault(name, []).append(a.get("value", "on"))

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._form = None


def parse_page(html: str) -> PageParser:
    parser = PageParser()
    parser.feed(html)
    parser.close()
    return parser


def css_references(css: str) -> list[Resource]:
    """Fonts, images and imported sheets a stylesheet points at (data: URIs excluded)."""
    found = [Resource(m, "css") for m in _CSS_IMPORT.findall(css)]
    for groups in _CSS_URL.findall(css):
        url = next((g for g in groups if g), "")
        if not url or url.startswith(("data:", "#")):
            continue
        lower = url.lower().split("?")[0]
        kind = "font" if lower.endswith((".woff2", ".woff", ".ttf", ".otf", ".eot")) else "image"
        if lower.endswith(".css"):
            kind = "css"
        found.append(Resource(url, kind))
    return found


def module_imports(js: str) -> list[Resource]:
    """Static imports of an ES module (what a browser fetches before running it)."""
    return [Resource(spec, "js-module") for spec in _JS_IMPORT.findall(js) if spec]
