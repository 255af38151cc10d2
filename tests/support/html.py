"""Reading pages the way a person (or a plain HTTP client) would."""

from __future__ import annotations

from bs4 import BeautifulSoup


def page(response) -> BeautifulSoup:
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def csrf_token(response) -> str:
    field = page(response).find("input", {"name": "csrf_token"})
    assert field is not None, "page has no CSRF token"
    return field["value"]


def form_fields(response, form_index: int = -1) -> list[tuple[str, str]]:
    """The hidden inputs of a page's form (the last form on the page by default)."""
    forms = page(response).find_all("form", {"method": "post"})
    form = forms[form_index]
    return [
        (field["name"], field.get("value", ""))
        for field in form.find_all("input", {"type": "hidden"})
        if field.get("name")
    ]


def error_messages(response) -> list[str]:
    soup = page(response)
    return [item.get_text(" ", strip=True) for item in soup.select(".govuk-error-summary__list li")]


def text(response) -> str:
    return " ".join(page(response).get_text(" ").split())
