"""The steps of giving feedback, shared by the public journey and worker-assisted entry.

answer → check your answers → send. Between steps the answers travel in the form itself
(hidden fields on the check page), so nothing is held on the server until it is committed,
and a failure at any step can show the person exactly what they wrote.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from flask import Response, abort, current_app, request
from sqlalchemy.exc import OperationalError

from portal.analysis_store import analyse_answers
from portal.errors import discard_failed_transaction
from portal.feedback.forms import FeedbackFormBase, feedback_form
from portal.feedback.presenters import summary_rows
from portal.feedback.receipts import new_submission_token
from portal.feedback.service import Saved, find_service, save_submission
from portal.feedback.surveys import SurveyDef, accepts_version, current_definition
from portal.htmx import render
from portal.models import Service, User


@dataclass(frozen=True)
class JourneyContext:
    """Where the journey runs: the public site or a staff member entering for someone."""

    layout: str
    channel: str
    entered_by: User | None
    on_saved: Callable[[Saved], Response]
    extra: dict


def _definition_for_post(audience: str) -> tuple[SurveyDef, bool]:
    """The definition the posted answers were given against, and whether it was trustworthy."""
    raw = request.form.get("version", "")
    if raw.isdigit():
        definition = accepts_version(audience, int(raw))
        if definition is not None:
            return definition, True
    definition = current_definition(audience)
    if definition is None:
        abort(404)
    return definition, False


CHECK_TITLE = "Check your answers"


def _page(
    template: str,
    form: FeedbackFormBase,
    ctx: JourneyContext,
    service: Service | None = None,
    status: int = 200,
    **extra,
):
    definition = form.definition
    title = CHECK_TITLE if template == "feedback/check.html" else definition.title
    return render(
        template,
        status=status,
        layout=ctx.layout,
        form=form,
        definition=definition,
        service=service,
        title=title,
        summary=summary_rows(form),
        page_has_errors=bool(form.errors) or bool(extra.get("problem")),
        **ctx.extra,
        **extra,
    )


def show_survey(audience: str, ctx: JourneyContext, service_code: str | None) -> Response:
    """A fresh survey form, with a new token that makes its sending idempotent."""
    definition = current_definition(audience)
    if definition is None:
        abort(404)
    service = find_service(service_code) if service_code else None
    form = feedback_form(
        definition,
        formdata=None,
        data={
            "submission_token": new_submission_token(),
            "version": str(definition.version_id),
            "service": service.code if service else "",
        },
    )
    return _page("feedback/survey.html", form, ctx, service)


def handle_post(audience: str, ctx: JourneyContext) -> Response:
    """Move the person on a step: to check, back to change, or send."""
    definition, trusted = _definition_for_post(audience)
    form = feedback_form(definition)
    step = request.form.get("step", "check")
    # Looked up once: the pages and the saved submission all use this one answer.
    service = find_service(form.service.data) if form.service.data else None
    if not trusted:
        form.validate()
        return _page(
            "feedback/survey.html",
            form,
            ctx,
            service,
            problem="Something in the form was changed or is out of date. "
            "Please check your answers and carry on.",
        )
    if form.service.data and service is None:
        form.service.data = ""
        form.validate()
        return _page(
            "feedback/survey.html",
            form,
            ctx,
            problem="We did not recognise the service code, so we have taken it off. "
            "Your answers are all still here.",
        )
    if step == "change" or not form.validate():
        return _page("feedback/survey.html", form, ctx, service)
    if step != "send":
        return _page("feedback/check.html", form, ctx, service)
    answers = form.answers()
    analysis, urgent = analyse_answers(form.free_texts(), audience)
    try:
        saved = save_submission(
            secret=current_app.config["SECRET_KEY"],
            definition=definition,
            answers=answers,
            token=form.submission_token.data,
            channel=ctx.channel,
            service_id=service.id if service else None,
            entered_by=ctx.entered_by,
            analysis=analysis,
            urgent=urgent,
        )
    except OperationalError:
        current_app.logger.exception("could not save a submission")
        discard_failed_transaction()
        return could_not_save(form, ctx)
    return ctx.on_saved(saved)


def could_not_save(form: FeedbackFormBase, ctx: JourneyContext) -> Response:
    """The 503 page: the check page again, with every answer kept, and a way to retry."""
    return render(
        "feedback/check.html",
        status=503,
        layout=ctx.layout,
        form=form,
        definition=form.definition,
        service=None,
        title=CHECK_TITLE,
        summary=summary_rows(form),
        page_has_errors=True,
        unavailable=True,
        **ctx.extra,
    )
