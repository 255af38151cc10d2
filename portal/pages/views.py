"""Information pages: privacy notices for each age group, accessibility, contact."""

from __future__ import annotations

from flask import Blueprint, abort

from portal.htmx import render

bp = Blueprint("pages", __name__)

PRIVACY_VERSIONS = {
    "children": "For children (8 to 12)",
    "young-people": "For young people (13 to 17) and care leavers",
    "adults": "For parents, carers and family members",
}


@bp.get("/privacy")
def privacy():
    """Choose the privacy notice written for you."""
    return render(
        "pages/privacy.html", title="How we look after what you tell us", versions=PRIVACY_VERSIONS
    )


@bp.get("/privacy/<version>")
def privacy_for(version: str):
    """The privacy notice written for one age group."""
    if version not in PRIVACY_VERSIONS:
        abort(404)
    return render(
        f"pages/privacy_{version.replace('-', '_')}.html",
        title="How we look after what you tell us",
        versions=PRIVACY_VERSIONS,
        version=version,
    )


@bp.get("/accessibility")
def accessibility():
    """The accessibility statement."""
    return render("pages/accessibility.html", title="Accessibility statement")


@bp.get("/contact")
def contact():
    """How to reach the partnership."""
    return render("pages/contact.html", title="Contact us")
