"""QR codes drawn on the server as inline SVG: no image service, no script, prints cleanly."""

from __future__ import annotations

import segno
from markupsafe import Markup


def qr_svg(data: str, scale: int = 5) -> Markup:
    """An inline SVG QR code for the given text (an address or an enrolment URI)."""
    svg = segno.make(data, error="m").svg_inline(scale=scale, dark="#0b0c0c", light="#ffffff")
    return Markup(svg)  # noqa: S704  (segno's own markup; the data is encoded into the modules)
