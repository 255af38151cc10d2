"""Staff pages: home, and entering feedback on a child's or carer's behalf."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, redirect, request, session, url_for
from flask_login import current_user

from portal.auth.roles import ANY_STAFF, role_required
from portal.feedback import journey
from portal.feedback.service import Saved
from portal.feedback.views import PUBLIC_AUDIENCES, WHO_OPTIONS
from portal.htmx import render
from portal.models import Organisation
from portal.models.common import AUDIENCE_LABELS, Audience, Channel
from portal.qr import qr_svg

bp = Blueprint("staff", __name__, url_prefix="/staff")

ASSISTED_CHANNELS = {
    Channel.WORKER_ASSISTED.value: "I am typing it in with them, or for them, now",
    Channel.PAPER.value: "I am copying it from a paper form",
}


@bp.get("/")
@role_required(*ANY_STAFF)
def home():
    """What this staff member can do."""
    return render("staff/home.html", title="Staff home")


@bp.get("/feedback/new")
@role_required(*ANY_STAFF)
def enter_feedback():
    """Choose who the feedback is from, how it was given, and which service it is about."""
    audience = request.args.get("audience")
    channel = request.args.get("channel")
    errors = {}
    if request.args:
        if audience not in PUBLIC_AUDIENCES:
            errors["audience"] = "Choose who the feedback is from"
        if channel not in ASSISTED_CHANNELS:
            errors["channel"] = "Choose how the feedback was given"
        if not errors:
            return redirect(
                url_for(
                    "staff.assisted_survey",
                    audience=audience,
                    channel=channel,
                    service=request.args.get("service") or None,
                )
            )
    return render(
        "staff/enter_feedback.html",
        title="Enter feedback for someone",
        who_options=WHO_OPTIONS,
        channels=ASSISTED_CHANNELS,
        organisations=Organisation.active_with_services(),
        audience=audience,
        channel=channel,
        service_code=request.args.get("service", ""),
        errors=errors,
        page_has_errors=bool(errors),
    )


def _assisted_context(audience: str, channel: str) -> journey.JourneyContext:
    return journey.JourneyContext(
        layout="layouts/staff.html",
        channel=channel,
        entered_by=current_user._get_current_object(),
        on_saved=_entered,
        extra={
            "form_action": url_for("staff.assisted_survey", audience=audience, channel=channel),
            "entered_for": f"{AUDIENCE_LABELS[Audience(audience)]}, {ASSISTED_CHANNELS[channel]}",
        },
    )


def _entered(saved: Saved):
    session["assisted_receipt_code"] = saved.receipt_code
    session["assisted_flagged"] = saved.urgent
    return redirect(url_for("staff.feedback_entered"), code=303)


@bp.route("/feedback/<audience>/<channel>", methods=["GET", "POST"])
@role_required(*ANY_STAFF)
def assisted_survey(audience: str, channel: str):
    """The same survey as the public journey, recorded as entered by this staff member."""
    if audience not in PUBLIC_AUDIENCES or channel not in ASSISTED_CHANNELS:
        abort(404)
    ctx = _assisted_context(audience, channel)
    if request.method == "POST":
        return journey.handle_post(audience, ctx)
    return journey.show_survey(audience, ctx, request.args.get("service"))


@bp.get("/services")
@role_required(*ANY_STAFF)
def services():
    """Every service's code, link and QR code, to print on cards and posters."""
    base = current_app.config["PUBLIC_BASE_URL"]
    cards = [
        {
            "organisation": organisation.name,
            "service": service.name,
            "code": service.code,
            "link": base + url_for("feedback.service_link", code=service.code),
            "qr": qr_svg(base + url_for("feedback.service_link", code=service.code), scale=4),
        }
        for organisation in Organisation.active_with_services()
        for service in organisation.services
        if service.active
    ]
    return render("staff/services.html", title="Service codes and QR codes", cards=cards)


@bp.get("/feedback/entered")
@role_required(*ANY_STAFF)
def feedback_entered():
    """Confirmation, with the receipt code to give to the child or carer."""
    code = session.get("assisted_receipt_code")
    if not code:
        return redirect(url_for("staff.enter_feedback"))
    return render(
        "staff/entered.html",
        title="Feedback saved",
        receipt_code=code,
        flagged=session.get("assisted_flagged", False),
    )
