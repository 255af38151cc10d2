"""The moderation queue and the screen for working one item."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, request, url_for
from flask_login import current_user

from portal import audit, settings
from portal.auth.roles import role_required
from portal.display import local_time
from portal.extensions import db
from portal.htmx import render
from portal.models.common import Role, SubmissionStatus
from portal.moderation import claims, escalation, history, queue, work
from portal.moderation.forms import EscalateForm, ModerationForm

bp = Blueprint("moderation", __name__, url_prefix="/moderation")


@bp.get("/")
@role_required(Role.MODERATOR)
def queue_page():
    """Waiting items, urgent first then newest, with filters, counts and pages."""
    options = queue.filter_options()
    filters = queue.QueueFilters.from_args(request.args, {slug for slug, _ in options["themes"]})
    page_number = request.args.get("page", "1")
    page = queue.pending(filters, int(page_number) if page_number.isdigit() else 1)
    return render(
        "moderation/queue.html",
        block="queue_results",
        title="Moderation queue",
        filters=filters,
        options=options,
        page=page,
        counts=queue.counts(current_user),
        errors=filters.errors,
        page_has_errors=bool(filters.errors),
    )


@bp.post("/next")
@role_required(Role.MODERATOR)
def next_item():
    """Claim the next waiting item in queue order and open it."""
    return _claim_next(after=None, saved_message=None)


def _claim_next(after: int | None, saved_message: str | None):
    minutes = settings.current().claim_minutes
    # Another moderator may take the item between our look and our claim: try the next one.
    for _ in range(5):
        next_id = claims.next_claimable_id(current_user, after_id=after)
        if next_id is None:
            flash(f"{saved_message or ''} There is nothing waiting in the queue.".strip())
            return redirect(url_for("moderation.queue_page"), code=303)
        if claims.claim(next_id, current_user, minutes).claimed:
            if saved_message:
                flash(saved_message)
            return redirect(url_for("moderation.item", submission_id=next_id), code=303)
        after = next_id
    flash("Other moderators are taking items fast: choose one from the queue.")
    return redirect(url_for("moderation.queue_page"), code=303)


@bp.post("/items/<int:submission_id>/claim")
@role_required(Role.MODERATOR)
def claim(submission_id: int):
    """Claim one item to work on it (or renew this moderator's claim)."""
    result = claims.claim(submission_id, current_user, settings.current().claim_minutes)
    if result.claimed:
        return redirect(url_for("moderation.item", submission_id=submission_id), code=303)
    flash(_claim_refused(result))
    return redirect(url_for("moderation.queue_page"), code=303)


def _claim_refused(result: claims.ClaimResult) -> str:
    if result.status == "missing":
        return "That item does not exist."
    if result.status != SubmissionStatus.RECEIVED:
        return "That item is no longer waiting: someone has already dealt with it."
    return f"{result.holder} is working on that item until {local_time(result.until, with_date=False)}."


@bp.post("/items/<int:submission_id>/release")
@role_required(Role.MODERATOR)
def release(submission_id: int):
    """Put an item back in the queue without deciding it."""
    if claims.release(submission_id, current_user):
        flash("The item is back in the queue.")
    else:
        flash("That item was not yours to put back: someone else holds it, or nobody does.")
    return redirect(url_for("moderation.queue_page"), code=303)


def _load(submission_id: int) -> work.Item:
    item = work.load_item(submission_id)
    if item is None:
        abort(404)
    return item


def _show(
    item: work.Item,
    form: ModerationForm,
    *,
    status: int = 200,
    conflict: str | None = None,
    escalate_form: EscalateForm | None = None,
):
    holding = claims.holds(item.submission, current_user)
    previewing = request.form.get("action") == "preview"
    if item.free_texts and not previewing:
        # Who read a child's own words, and when, is always on the record.
        audit.record(
            "submission.original-viewed", "submission", item.submission.id, actor=current_user
        )
        db.session.commit()
    errors = {name: field.errors[0] for name, field in form._fields.items() if field.errors}
    if escalate_form is not None and escalate_form.reason.errors:
        errors["reason"] = escalate_form.reason.errors[0]
    chosen = set(form.redact.data or [])
    also = form.also_phrases()
    previews = {t.answer_id: work.redacted(t, chosen, also)[0] for t in item.free_texts}
    return render(
        "moderation/item.html",
        block="free_texts" if previewing else None,
        status=status,
        title=f"Item {item.submission.id}",
        item=item,
        form=form,
        previews=previews,
        holding=holding,
        conflict=conflict,
        decision_labels=escalation.DECISION_LABELS,
        escalate_form=escalate_form or EscalateForm(formdata=None),
        waiting=item.submission.status == SubmissionStatus.RECEIVED,
        errors=errors,
        page_has_errors=bool(errors),
    )


@bp.get("/items/<int:submission_id>")
@role_required(Role.MODERATOR)
def item(submission_id: int):
    """One item: the original beside the redacted text, and the moderator's decisions."""
    found = _load(submission_id)
    return _show(found, ModerationForm.for_item(found))


@bp.post("/items/<int:submission_id>")
@role_required(Role.MODERATOR)
def save(submission_id: int):
    """Preview redactions, or save the decision and go on to the next item."""
    found = _load(submission_id)
    form = ModerationForm.for_item(found, formdata=request.form)
    if request.form.get("action") == "preview":
        form.validate()  # only to read the values; errors are not shown on a preview
        for field in form:
            field.errors = []
        return _show(found, form)
    if not claims.holds(found.submission, current_user) and found.submission.claimed_by_id not in (
        None,
        current_user.id,
    ):
        conflict = work.conflict_message(submission_id, current_user)
        return _show(found, form, status=409, conflict=conflict)
    if not form.validate():
        return _show(found, form, status=422)
    revision = form.revision_number()
    result = (
        work.save(found, revision, current_user, form.outcome())
        if revision is not None
        else work.SaveResult(False, "This form is out of date.")
    )
    if not result.saved:
        return _show(found, form, status=409, conflict=result.conflict)
    verb = {"publish": "published", "private": "kept private", "reject": "rejected"}[
        form.decision.data
    ]
    return _claim_next(after=submission_id, saved_message=f"Item {submission_id} {verb}.")


@bp.post("/items/<int:submission_id>/escalate")
@role_required(Role.MODERATOR)
def escalate(submission_id: int):
    """A moderator's one button: this is a safeguarding concern; take it to the leads now."""
    found = _load(submission_id)
    form = EscalateForm(request.form)
    if not form.validate():
        return _show(found, ModerationForm.for_item(found), status=422, escalate_form=form)
    case_id = escalation.escalate(found.submission, current_user, form.reason.data)
    if case_id is None:
        flash("That item is already with the designated safeguarding leads.")
    else:
        flash(
            f"Item {submission_id} is now safeguarding case {case_id}. Every designated lead has been e-mailed."
        )
    return redirect(url_for("moderation.queue_page"), code=303)


@bp.get("/items/<int:submission_id>/history")
@role_required(Role.SAFEGUARDING_LEAD, Role.ADMIN, Role.MODERATOR)
def item_history(submission_id: int):
    """Everything that has happened to an item, who did it and when (never its words)."""
    events = history.for_submission(submission_id)
    if events is None:
        abort(404)
    return render(
        "moderation/history.html",
        title=f"History of item {submission_id}",
        events=events,
        submission_id=submission_id,
    )
