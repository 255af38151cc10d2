"""Safe headers on every kind of page, safe cookies, and no request to any other site."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from flask import Flask

from portal import create_app
from tests.auth.steps import SESSION_COOKIE
from tests.conftest import TEST_SECRET
from tests.support.html import page

PUBLIC_PAGES = [
    "/",
    "/?who=nobody",
    "/feedback/child",
    "/feedback/young-person",
    "/feedback/care-leaver",
    "/feedback/carer",
    "/privacy",
    "/privacy/children",
    "/privacy/young-people",
    "/privacy/adults",
    "/accessibility",
    "/contact",
    "/staff/sign-in",
]
STAFF_PAGES = ["/staff/", "/staff/feedback/new", "/staff/services", "/admin/users"]
# Attributes through which a page makes the browser fetch, follow or post to a URL.
URL_ATTRIBUTES = ("src", "href", "action", "formaction", "poster", "data", "xlink:href", "srcset")


def policy(response) -> dict[str, list[str]]:
    """The Content-Security-Policy header, as directive -> sources."""
    header = response.headers.get("Content-Security-Policy")
    assert header, f"{response.request.path} has no Content-Security-Policy"
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def nonce_of(response) -> str:
    [nonce] = [
        source[len("'nonce-") : -1]
        for source in policy(response)["script-src"]
        if source.startswith("'nonce-")
    ]
    return nonce


def assert_safe_page(response) -> None:
    """Everything a page, error page included, must carry."""
    path = response.request.path
    csp = policy(response)
    assert csp["object-src"] == ["'none'"], path
    assert csp["base-uri"] == ["'none'"], path
    assert csp["frame-ancestors"] == ["'none'"], path
    script_src = csp.get("script-src", csp.get("default-src"))
    assert "'unsafe-inline'" not in script_src, path
    assert "'unsafe-eval'" not in script_src, path
    assert "*" not in script_src, path
    nonce = nonce_of(response)
    inline = [s for s in page(response).find_all("script") if not s.get("src")]
    assert inline, f"{path}: expected GOV.UK Frontend's inline script"
    for script in inline:
        assert script.get("nonce") == nonce, f"{path}: inline script without the nonce"
    assert response.headers["X-Content-Type-Options"] == "nosniff", path
    assert response.headers["Referrer-Policy"] == "no-referrer", path
    assert "no-store" in response.headers.get("Cache-Control", ""), path


def references_elsewhere(response) -> list[str]:
    """Every URL in the page that points at another site (mail and phone links are fine)."""
    found = []
    for tag in page(response).find_all(True):
        for attribute in URL_ATTRIBUTES:
            value = tag.get(attribute)
            if not value:
                continue
            urls = (
                [part.split()[0] for part in value.split(",")] if attribute == "srcset" else [value]
            )
            for url in urls:
                parts = urlsplit(url.strip())
                if parts.scheme in {"mailto", "tel", "data"}:
                    continue
                if parts.scheme in {"", "http", "https"} and parts.netloc in {"", "localhost"}:
                    continue
                found.append(f"<{tag.name} {attribute}={url!r}>")
    return found


@pytest.fixture
def staff_client(signed_in):
    client, _ = signed_in("admin", "staff")
    return client


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_carry_the_safe_headers(client, path):
    response = client.get(path)

    assert response.status_code == 200
    assert_safe_page(response)


def test_staff_pages_carry_the_safe_headers(staff_client):
    for path in STAFF_PAGES:
        response = staff_client.get(path)
        assert response.status_code == 200, path
        assert_safe_page(response)


def test_the_nonce_is_new_for_every_request(client):
    nonces = {nonce_of(client.get("/")) for _ in range(3)}
    nonces.add(nonce_of(client.get("/staff/sign-in")))

    assert len(nonces) == 4
    assert all(len(nonce) >= 16 for nonce in nonces)


def test_not_found_page_carries_the_safe_headers(client):
    response = client.get("/no-such-page")

    assert response.status_code == 404
    assert_safe_page(response)


def test_forbidden_page_carries_the_safe_headers(signed_in):
    client, _ = signed_in("staff")

    response = client.get("/admin/users")

    assert response.status_code == 403
    assert_safe_page(response)


def test_method_not_allowed_page_carries_the_safe_headers(client):
    response = client.get("/staff/sign-out")

    assert response.status_code == 405
    assert_safe_page(response)


def test_expired_form_page_carries_the_safe_headers(client):
    response = client.post("/staff/sign-in", data={"email": "a@b.example", "password": "x" * 12})

    assert response.status_code == 400
    assert_safe_page(response)
    # The kept-text page never echoes a password back.
    assert "x" * 12 not in response.get_data(as_text=True)


def test_too_large_page_carries_the_safe_headers(client):
    response = client.post("/feedback/child", data={"anything": "x" * 200_000})

    assert response.status_code == 413
    assert_safe_page(response)


def test_unexpected_error_page_carries_the_safe_headers():
    app = create_app(
        {"TESTING": True, "SECRET_KEY": TEST_SECRET, "SQLALCHEMY_DATABASE_URI": "sqlite://"}
    )

    @app.get("/boom")
    def boom():
        raise RuntimeError("a bug")

    response = app.test_client().get("/boom")

    assert response.status_code == 500
    assert "RuntimeError" not in response.get_data(as_text=True)
    assert_safe_page(response)


def test_built_assets_may_be_cached_but_pages_may_not(client):
    start = client.get("/")
    stylesheet = page(start).find("link", rel="stylesheet")["href"]

    with client.get(stylesheet) as asset:
        assert asset.status_code == 200
        assert "no-store" not in asset.headers.get("Cache-Control", "")
        assert asset.headers["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in start.headers["Cache-Control"]


def _session_cookie_header(app: Flask) -> str:
    response = app.test_client().get("/staff/sign-in")
    [header] = [
        value
        for value in response.headers.getlist("Set-Cookie")
        if value.startswith(f"{SESSION_COOKIE}=")
    ]
    return header


def _cookie_flags(header: str) -> set[str]:
    return {part.strip().lower() for part in header.split(";")[1:]}


def test_the_session_cookie_is_http_only_and_same_site_lax(app):
    flags = _cookie_flags(_session_cookie_header(app))

    assert "httponly" in flags
    assert "samesite=lax" in flags


def test_the_session_cookie_is_secure_in_production(monkeypatch, tmp_path):
    monkeypatch.setenv("PORTAL_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "a-production-secret-" + "k" * 40)
    monkeypatch.delenv("SESSION_COOKIE_SECURE", raising=False)
    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'production.db'}"})

    flags = _cookie_flags(_session_cookie_header(app))

    assert app.config["PORTAL_ENV"] == "production"
    assert {"secure", "httponly", "samesite=lax"} <= flags


def test_the_signed_in_session_cookie_is_http_only_too(signed_in):
    client, _ = signed_in("staff")

    cookie = client.get_cookie(SESSION_COOKIE, domain="localhost")

    assert cookie is not None
    assert cookie.http_only
    assert cookie.same_site == "Lax"
    # No long-lived "remember me" cookie outlives the server-side session.
    assert client.get_cookie("remember_token", domain="localhost") is None


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_make_no_request_to_another_site(client, path):
    response = client.get(path)

    assert references_elsewhere(response) == []


def test_staff_pages_make_no_request_to_another_site(staff_client):
    for path in STAFF_PAGES:
        assert references_elsewhere(staff_client.get(path)) == [], path


def test_the_stylesheet_fetches_nothing_from_another_site(client):
    stylesheet = page(client.get("/")).find("link", rel="stylesheet")["href"]
    with client.get(stylesheet) as response:
        css = response.get_data(as_text=True)

    urls = re.findall(r"url\(\s*['\"]?([^'\")]+)", css)
    imports = re.findall(r"@import\s+['\"]?([^'\";\s]+)", css)

    elsewhere = [
        url
        for url in urls + imports
        if urlsplit(url).netloc or urlsplit(url).scheme not in {"", "data"}
    ]
    assert elsewhere == []


def test_the_walker_for_other_sites_notices_one(client):
    response = client.get("/")
    response.set_data(
        response.get_data(as_text=True).replace(
            "</body>",
            '<script src="https://cdn.example/x.js"></script>'
            '<a href="//tracker.example/p">x</a><a href="mailto:a@b.example">m</a></body>',
        )
    )

    assert references_elsewhere(response) == [
        "<script src='https://cdn.example/x.js'>",
        "<a href='//tracker.example/p'>",
    ]
