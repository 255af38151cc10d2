"""The public journey: who is giving feedback, their survey, check, send, receipt."""

from __future__ import annotations

from flask import Blueprint, abort, redirect, request, session, url_for

from portal.feedback import journey
from portal.feedback.service import Saved, find_service
from portal.htmx import render
from portal.models.common import Audience, Channel

bp = Blueprint("feedback", __name__)

# What the start page asks, in words a child understands.
WHO_OPTIONS = (
    (Audience.CHILD, "I am 8 to 12 years old"),
    (Audience.YOUNG_PERSON, "I am 13 to 17 years old"),
    (Audience.CARE_LEAVER, "I have left care, or I am leaving care"),
    (Audience.CARER, "I am a parent, carer or someone in the family"),
)
PUBLIC_AUDIENCES = {audience.value for audience, _ in WHO_OPTIONS}


def _public_context() -> journey.JourneyContext:
    return journey.JourneyContext(
        layout="layouts/public.html",
        channel=Channel.ONLINE,
        entered_by=None,
        on_saved=_remember_receipt,
        extra={"form_action": request.path},
    )


def _remember_receipt(saved: Saved):
    # Post/Redirect/Get: the receipt page can be refreshed; a resent form lands here too.
    session["receipt_code"] = saved.receipt_code
    return redirect(url_for("feedback.received"), code=303)


@bp.get("/")
def start():
    """Ask who is giving feedback; carry a service code if there is one."""
    who = request.args.get("who")
    code = request.args.get("service", "").strip()
    service = find_service(code) if code else None
    errors = {}  # in the order the fields are on the page
    # An unticked radio group sends nothing, so the named Start button says it was pressed.
    pressed_start = "who" in request.args or "start" in request.args
    if pressed_start and who not in PUBLIC_AUDIENCES:
        errors["who"] = "Choose who is giving feedback"
    if code and service is None:
        errors["service"] = "We do not know that code. Check it, or leave the box empty."
    if who in PUBLIC_AUDIENCES and not errors:
        return redirect(url_for("feedback.survey", audience=who, service=service and service.code))
    return render(
        "feedback/start.html",
        block="service_status",
        title="Tell us what you think",
        who_options=WHO_OPTIONS,
        who=who,
        code=code,
        service=service,
        errors=errors,
        page_has_errors=bool(errors),
    )


@bp.get("/s/<code>")
def service_link(code: str):
    """A QR code or printed link for one service: fills the service in."""
    service = find_service(code)
    if service is None:
        abort(404)
    return redirect(url_for("feedback.start", service=service.code))


@bp.route("/feedback/<audience>", methods=["GET", "POST"])
def survey(audience: str):
    """The audience's survey; posts move between answering, checking and sending."""
    if audience not in PUBLIC_AUDIENCES:
        abort(404)
    if request.method == "POST":
        return journey.handle_post(audience, _public_context())
    return journey.show_survey(audience, _public_context(), request.args.get("service"))


@bp.get("/feedback/received")
def received():
    """The confirmation: the receipt code and what happens next."""
    code = session.get("receipt_code")
    if not code:
        return redirect(url_for("feedback.start"))
    return render("feedback/received.html", title="Thank you, we have got it", receipt_code=code)
