"""Saving feedback so that it is never lost and never duplicated."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError

from portal import audit
from portal.analysis_store import suggested_themes_column
from portal.extensions import db
from portal.feedback.receipts import receipt_code_for, receipt_hash, token_hash
from portal.feedback.surveys import SurveyDef
from portal.models import Answer, Service, Submission, User
from portal.models.common import QuestionKind, SubmissionStatus, utcnow
from portal.moderation import escalation
from portal.writes import write_transaction

SERVICE_CODE = re.compile(r"[A-Z0-9]{2,12}")


@dataclass(frozen=True)
class Saved:
    submission_id: int
    receipt_code: str
    created: bool  # False when this was a resend of a submission already saved
    urgent: bool = False  # flagged: a safeguarding case was opened with it


def find_service(code: str | None) -> Service | None:
    """The active service with this code, however the person typed it."""
    cleaned = "".join((code or "").split()).upper()
    # Codes are letters and digits only; anything else cannot match, so never query with it.
    if not SERVICE_CODE.fullmatch(cleaned):
        return None
    return db.session.scalar(
        select(Service).where(func.upper(Service.code) == cleaned, Service.active.is_(True))
    )


def _answer_rows(definition: SurveyDef, answers: dict[str, object]) -> list[dict]:
    """One row per answered question; every row has every value column so they insert as one batch."""
    rows = []
    for question in definition.questions:
        value = answers.get(question.key)
        if value in (None, "", []):
            continue
        row = {
            "question_id": question.id,
            "number_value": None,
            "choice_value": None,
            "choices_value": None,
            "text_value": None,
        }
        if question.kind == QuestionKind.FACE_SCALE:
            row["number_value"] = int(value)
        elif question.kind == QuestionKind.MULTIPLE_CHOICE:
            row["choices_value"] = list(value)
        elif question.kind == QuestionKind.FREE_TEXT:
            row["text_value"] = str(value)
        else:
            row["choice_value"] = str(value)
        rows.append(row)
    return rows


# Built once: the statements are the same for every submission, only the values change.
_INSERT_SUBMISSION = insert(Submission.__table__).returning(Submission.__table__.c.id)
_INSERT_ANSWER = insert(Answer.__table__)


def _existing_submission(key: str) -> int | None:
    return db.session.scalar(select(Submission.id).where(Submission.idempotency_hash == key))


def save_submission(
    *,
    secret: str,
    definition: SurveyDef,
    answers: dict[str, object],
    token: str,
    channel: str,
    service_id: int | None = None,
    entered_by: User | None = None,
    analysis: dict | None = None,
    urgent: bool = False,
) -> Saved:
    """Commit one submission, or find the one this token already made.

    The token's hash is unique in the database, so a resend or two racing copies of the same
    form (a double tap) cannot both insert: the second insert fails, and we return the row
    the first one made. Plain INSERTs in one transaction keep the write lock short.
    """
    key = token_hash(secret, token)
    code = receipt_code_for(secret, token)
    submission = {
        "survey_version_id": definition.version_id,
        "audience": definition.audience,
        "service_id": service_id,
        "channel": channel,
        "status": SubmissionStatus.RECEIVED,
        "entered_by_id": entered_by.id if entered_by else None,
        "submitted_at": utcnow(),
        "idempotency_hash": key,
        "receipt_hash": receipt_hash(secret, code),
        "urgent": urgent,
        "analysis": analysis,
        "suggested_themes": suggested_themes_column(analysis),
    }
    rows = _answer_rows(definition, answers)
    # A flagged submission opens a safeguarding case in the same transaction, e-mails and all.
    alert = escalation.prepare_alert() if urgent else None
    try:
        # Everything is worked out above, so the write lock (on SQLite, the whole database's)
        # is held only for three plain INSERTs and the commit.
        with write_transaction() as connection:
            submission_id = connection.execute(_INSERT_SUBMISSION, submission).scalar_one()
            if rows:
                connection.execute(
                    _INSERT_ANSWER, [{**row, "submission_id": submission_id} for row in rows]
                )
            audit.record(
                "submission.received",
                "submission",
                submission_id,
                actor=entered_by,
                connection=connection,
                channel=channel,
                audience=definition.audience,
                urgent=urgent,
            )
            if alert is not None:
                escalation.open_case_for_analysis(connection, submission_id, alert, analysis)
    except IntegrityError:
        existing = _existing_submission(key)
        if existing is None:
            raise
        return Saved(existing, code, created=False, urgent=urgent)
    return Saved(submission_id, code, created=True, urgent=urgent)
