"""Safe response headers: a nonce-based CSP, no sniffing, no referrer leaks, no caching of pages."""

from __future__ import annotations

import secrets

from flask import Flask, Response, g, request


def csp_nonce() -> str:
    """The per-request nonce that our own inline script tags carry."""
    if "csp_nonce" not in g:
        g.csp_nonce = secrets.token_urlsafe(18)
    return g.csp_nonce


def _content_security_policy(nonce: str) -> str:
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src 'self' 'nonce-{nonce}'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "form-action 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        ]
    )


def set_security_headers(response: Response) -> Response:
    headers = response.headers
    headers["Content-Security-Policy"] = _content_security_policy(csp_nonce())
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Referrer-Policy"] = "no-referrer"
    headers["X-Frame-Options"] = "DENY"
    headers["Cross-Origin-Opener-Policy"] = "same-origin"
    headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
    if not request.path.startswith("/static/"):
        # Pages may show what a child typed or a staff member's data: never keep a copy.
        headers["Cache-Control"] = "no-store"
        headers["Pragma"] = "no-cache"
    return response


def init_app(app: Flask) -> None:
    app.jinja_env.globals["csp_nonce"] = csp_nonce
    # GOV.UK Frontend's page template puts this nonce on its one inline script.
    app.context_processor(lambda: {"cspNonce": csp_nonce()})
    app.after_request(set_security_headers)
