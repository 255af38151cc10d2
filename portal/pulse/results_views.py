"""Pulse results for managers, the board and admins: never a number for a group too small."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, request, url_for
from flask_login import current_user

from portal import audit
from portal.auth.roles import role_required
from portal.extensions import db
from portal.htmx import render
from portal.models import PulseReply, PulseSurvey
from portal.models.common import Role
from portal.pulse import results
from portal.pulse.results_forms import ReplyForm

bp = Blueprint("pulse_results", __name__, url_prefix="/staff/pulse")

READERS = (Role.ADMIN, Role.BOARD, Role.MANAGER)
REPLIERS = (Role.ADMIN, Role.MANAGER)


@bp.get("/")
@role_required(*READERS)
def pulses():
    """Every pulse, with how many rounds it has had."""
    return render("pulse/results_list.html", title="Staff pulse results", pulses=results.pulses())


def _page(
    survey: PulseSurvey,
    reply_form: ReplyForm | None = None,
    reply_to: int | None = None,
    status: int = 200,
    args: dict[str, str] | None = None,
):
    structure = results.load_structure()
    options = results.options_for(survey.id, structure)
    filters = results.Filters.from_args(args if args is not None else request.args, options)
    found = results.results_for(survey, filters, structure, options)
    errors = dict(filters.errors)
    if reply_form is not None and reply_form.text.errors:
        errors[f"reply-{reply_to}"] = reply_form.text.errors[0]
    return render(
        "pulse/results.html",
        block="results",
        status=status,
        title=f"{survey.title}: results",
        survey=survey,
        results=found,
        filters=filters,
        options=options,
        employment_options=list(results.EMPLOYMENT_FILTERS.items()),
        errors=errors,
        page_has_errors=bool(errors),
        can_reply=current_user.has_role(*REPLIERS),
        reply_form=reply_form,
        reply_to=reply_to,
    )


@bp.get("/<int:survey_id>")
@role_required(*READERS)
def survey_results(survey_id: int):
    """A pulse's results for one round and group: rates, heat map, eNPS, trend, comments."""
    survey = db.session.get(PulseSurvey, survey_id) or abort(404)
    return _page(survey)


@bp.post("/<int:survey_id>/rounds/<int:round_id>/comments/<int:submission_id>/replies")
@role_required(*REPLIERS)
def reply(survey_id: int, round_id: int, submission_id: int):
    """A manager's reply to a published comment; everyone who sees the round sees it."""
    survey = db.session.get(PulseSurvey, survey_id) or abort(404)
    if round_id not in {r.id for r in results.load_rounds(survey_id)}:
        abort(404)
    if not results.published_comment(round_id, submission_id):
        abort(404)
    form = ReplyForm(request.form)
    if not form.validate():
        # Show the round the comment belongs to, with the reply and its error.
        return _page(
            survey,
            reply_form=form,
            reply_to=submission_id,
            status=422,
            args={"round": str(round_id)},
        )
    reply = PulseReply(
        submission_id=submission_id,
        round_id=round_id,
        author_id=current_user.id,
        text=form.text.data,
    )
    db.session.add(reply)
    db.session.flush()
    audit.record(
        "pulse.reply-added", "submission", submission_id, actor=current_user,
        round_id=round_id, reply_id=reply.id,
    )  # fmt: skip
    db.session.commit()
    flash("Your reply is published under the comment.")
    return redirect(
        url_for("pulse_results.survey_results", survey_id=survey_id, round=round_id)
        + f"#comment-{submission_id}",
        code=303,
    )
