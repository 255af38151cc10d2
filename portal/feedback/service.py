"""Saving feedback so that it is never lost and never duplicated."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from portal import audit
from portal.extensions import db
from portal.feedback.receipts import receipt_code_for, receipt_hash, token_hash
from portal.feedback.surveys import SurveyDef
from portal.models import Answer, Service, Submission, User
from portal.models.common import QuestionKind

SERVICE_CODE = re.compile(r"[A-Z0-9]{2,12}")


@dataclass(frozen=True)
class Saved:
    submission_id: int
    receipt_code: str
    created: bool  # False when this was a resend of a submission already saved


def find_service(code: str | None) -> Service | None:
    """The active service with this code, however the person typed it."""
    cleaned = "".join((code or "").split()).upper()
    # Codes are letters and digits only; anything else cannot match, so never query with it.
    if not SERVICE_CODE.fullmatch(cleaned):
        return None
    return db.session.scalar(
        select(Service).where(func.upper(Service.code) == cleaned, Service.active.is_(True))
    )


def _answer_rows(definition: SurveyDef, answers: dict[str, object]) -> list[Answer]:
    rows = []
    for question in definition.questions:
        value = answers.get(question.key)
        if value in (None, "", []):
            continue
        row = Answer(question_id=question.id)
        if question.kind == QuestionKind.FACE_SCALE:
            row.number_value = int(value)
        elif question.kind == QuestionKind.MULTIPLE_CHOICE:
            row.choices_value = list(value)
        elif question.kind == QuestionKind.FREE_TEXT:
            row.text_value = str(value)
        else:
            row.choice_value = str(value)
        rows.append(row)
    return rows


def save_submission(
    *,
    secret: str,
    definition: SurveyDef,
    answers: dict[str, object],
    token: str,
    channel: str,
    service_id: int | None = None,
    entered_by: User | None = None,
) -> Saved:
    """Commit one submission, or find the one this token already made.

    The token's hash is unique in the database, so two racing copies of the same form (a
    double tap) cannot both insert: the loser's insert fails and it returns the winner's row.
    """
    key = token_hash(secret, token)
    code = receipt_code_for(secret, token)
    existing = db.session.scalar(select(Submission.id).where(Submission.idempotency_hash == key))
    if existing is not None:
        return Saved(existing, code, created=False)

    submission = Submission(
        survey_version_id=definition.version_id,
        audience=definition.audience,
        service_id=service_id,
        channel=channel,
        entered_by_id=entered_by.id if entered_by else None,
        idempotency_hash=key,
        receipt_hash=receipt_hash(secret, code),
        answers=_answer_rows(definition, answers),
    )
    db.session.add(submission)
    try:
        db.session.flush()
        audit.record(
            "submission.received",
            "submission",
            submission.id,
            actor=entered_by,
            channel=channel,
            audience=definition.audience,
        )
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        existing = db.session.scalar(
            select(Submission.id).where(Submission.idempotency_hash == key)
        )
        if existing is None:
            raise
        return Saved(existing, code, created=False)
    return Saved(submission.id, code, created=True)
