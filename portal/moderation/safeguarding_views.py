"""The designated safeguarding leads' screens: cases with their timers, acknowledgement, decision."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, request, url_for
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from portal import audit
from portal.auth.roles import role_required
from portal.extensions import db
from portal.htmx import render, wants_fragment
from portal.models import SafeguardingCase, Submission
from portal.models.common import AUDIENCE_LABELS, Channel, Role, utcnow
from portal.moderation import escalation, work
from portal.moderation.forms import DecisionForm

bp = Blueprint("safeguarding", __name__, url_prefix="/safeguarding")

RECENTLY_DECIDED = 20


@bp.get("/")
@role_required(Role.SAFEGUARDING_LEAD)
def cases():
    """Open cases with their timers, oldest first; then the most recently decided."""
    now = utcnow()
    loading = selectinload(SafeguardingCase.submission).selectinload(Submission.service)
    open_cases = db.session.scalars(
        select(SafeguardingCase)
        .options(loading)
        .where(SafeguardingCase.decided_at.is_(None))
        .order_by(SafeguardingCase.opened_at)
    ).all()
    decided = db.session.scalars(
        select(SafeguardingCase)
        .options(loading)
        .where(SafeguardingCase.decided_at.is_not(None))
        .order_by(SafeguardingCase.decided_at.desc())
        .limit(RECENTLY_DECIDED)
    ).all()
    return render(
        "safeguarding/cases.html",
        block="case_list",
        title="Safeguarding cases",
        open_cases=open_cases,
        decided=decided,
        now=now,
        decision_labels=escalation.DECISION_LABELS,
    )


def _case_or_404(case_id: int) -> SafeguardingCase:
    return db.session.get(SafeguardingCase, case_id) or abort(404)


def _show(case: SafeguardingCase, form: DecisionForm, status: int = 200):
    item = work.load_item(case.submission_id)
    # Who read a child's own words, and when, is always on the record.
    audit.record("submission.original-viewed", "submission", case.submission_id, actor=current_user)
    db.session.commit()
    errors = {name: field.errors[0] for name, field in form._fields.items() if field.errors}
    submission = item.submission
    return render(
        "safeguarding/case.html",
        status=status,
        title=f"Safeguarding case {case.id}",
        case=case,
        item=item,
        now=utcnow(),
        form=form,
        errors=errors,
        page_has_errors=bool(errors),
        audience=AUDIENCE_LABELS.get(submission.audience, submission.audience),
        # Online feedback and staff pulse comments come with nobody to contact.
        anonymous=submission.channel in (Channel.ONLINE, Channel.PULSE),
        pulse_comment=submission.channel == Channel.PULSE,
        decision_labels=escalation.DECISION_LABELS,
    )


@bp.get("/cases/<int:case_id>")
@role_required(Role.SAFEGUARDING_LEAD)
def case(case_id: int):
    """One case: the words, why it was flagged, what is known, the timer and the decision."""
    return _show(_case_or_404(case_id), DecisionForm(formdata=None))


@bp.get("/cases/<int:case_id>/timer")
@role_required(Role.SAFEGUARDING_LEAD)
def case_timer(case_id: int):
    """The case's clock alone, refreshed by htmx every 30 seconds (no feedback text in it)."""
    found = _case_or_404(case_id)
    if not wants_fragment():
        return redirect(url_for("safeguarding.case", case_id=case_id))
    return render("safeguarding/case.html", block="case_timer", case=found, now=utcnow())


@bp.post("/cases/<int:case_id>/acknowledge")
@role_required(Role.SAFEGUARDING_LEAD)
def acknowledge(case_id: int):
    """A lead says: I have this."""
    found = _case_or_404(case_id)
    if escalation.acknowledge(found, current_user):
        flash(f"You have acknowledged case {case_id}. Record the decision when you have made it.")
    else:
        flash(f"Case {case_id} had already been acknowledged.")
    return redirect(url_for("safeguarding.case", case_id=case_id), code=303)


@bp.post("/cases/<int:case_id>/decision")
@role_required(Role.SAFEGUARDING_LEAD)
def decide(case_id: int):
    """Record the decision and the reasons for it."""
    found = _case_or_404(case_id)
    form = DecisionForm(request.form)
    if not form.validate():
        return _show(found, form, status=422)
    if not escalation.decide(
        found,
        current_user,
        escalation.Decision(form.decision.data),
        form.reasons.data,
        form.reference.data,
    ):
        db.session.expire_all()
        flash(f"A decision on case {case_id} had already been recorded; yours was not saved.")
        return _show(_case_or_404(case_id), form, status=409)
    flash(f"Decision recorded for case {case_id}. The item has gone back to the moderators.")
    return redirect(url_for("safeguarding.cases"), code=303)
