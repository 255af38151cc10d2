"""A staff member answers a round through their link: used once, and stored with nothing of them.

The link proves that this person may answer once. Answering marks the invitation used and
writes the answers in one transaction, but nothing written carries the invitation, the token,
the person or the time: a response has a random id, its round, the team the invitation was for
(results are by team, and suppressed below the threshold) and the employment type they chose.
A comment becomes a submission in the moderation queue, like any other words people send.
"""

from __future__ import annotations

import enum
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, insert, select, update

from portal import audit
from portal.analysis_store import analyse_answers, suggested_themes_column
from portal.extensions import db
from portal.models import (
    Answer,
    PulseAnswer,
    PulseInvitation,
    PulseQuestion,
    PulseReply,
    PulseResponse,
    PulseRound,
    PulseSurvey,
    PulseSurveyQuestion,
    PulseSurveyVersion,
    Question,
    Submission,
    Survey,
    SurveyVersion,
)
from portal.models.common import Audience, Channel, SubmissionStatus, utcnow
from portal.moderation import escalation
from portal.pulse import rounds
from portal.pulse.answer_forms import PulseQuestionDef, options_for
from portal.pulse.bank import CHOICE, EMPLOYMENT_KEY
from portal.writes import write_transaction

COMMENTS_SURVEY = "staff-pulse-comments"
COMMENT_KEY = "comment"

_INVITATIONS = PulseInvitation.__table__


class LinkState(enum.StrEnum):
    UNKNOWN = "unknown"  # never issued, mistyped, or replaced by a reminder's new link
    USED = "used"
    CLOSED = "closed"
    OPEN = "open"


@dataclass(frozen=True)
class RoundInfo:
    id: int
    title: str
    threshold: int
    opened_at: datetime
    closes_at: datetime
    version_id: int


@dataclass(frozen=True)
class Link:
    """What a token opens: its state, and the round it belongs to (None when unknown)."""

    state: LinkState
    round: RoundInfo | None = None


@dataclass(frozen=True)
class PublishedComment:
    """A moderated comment of the round (its redacted words only) and the replies to it."""

    text: str
    replies: tuple[tuple[str, datetime], ...]


def find_link(token: str, now: datetime | None = None) -> Link:
    """What this token is: unknown, used, for a closed round, or ready to answer."""
    if not rounds.is_token_shaped(token):
        return Link(LinkState.UNKNOWN)
    found = db.session.execute(
        select(
            PulseInvitation.used,
            PulseRound.id,
            PulseRound.threshold,
            PulseRound.opened_at,
            PulseRound.closes_at,
            PulseRound.version_id,
            PulseSurvey.title,
        )
        .join(PulseRound, PulseRound.id == PulseInvitation.round_id)
        .join(PulseSurveyVersion, PulseSurveyVersion.id == PulseRound.version_id)
        .join(PulseSurvey, PulseSurvey.id == PulseSurveyVersion.survey_id)
        .where(PulseInvitation.token_hash == rounds.token_hash(token))
    ).first()
    if found is None:
        return Link(LinkState.UNKNOWN)
    info = RoundInfo(
        id=found.id,
        title=found.title,
        threshold=found.threshold,
        opened_at=found.opened_at,
        closes_at=found.closes_at,
        version_id=found.version_id,
    )
    if found.used:
        return Link(LinkState.USED, info)
    if info.closes_at <= (now or utcnow()):
        return Link(LinkState.CLOSED, info)
    return Link(LinkState.OPEN, info)


def round_questions(version_id: int) -> tuple[PulseQuestionDef, ...]:
    """The round's questions in order, with the wording they had when it opened."""
    rows = db.session.execute(
        select(
            PulseQuestion.id,
            PulseQuestion.key,
            PulseQuestion.kind,
            PulseQuestion.text,
            PulseQuestion.options,
        )
        .join(PulseSurveyQuestion, PulseSurveyQuestion.question_id == PulseQuestion.id)
        .where(PulseSurveyQuestion.version_id == version_id)
        .order_by(PulseSurveyQuestion.position)
    ).all()
    return tuple(
        PulseQuestionDef(
            id=row.id,
            key=row.key,
            kind=row.kind,
            text=row.text,
            options=options_for(row.kind, row.options),
        )
        for row in rows
    )


def published_comments(round_id: int) -> list[PublishedComment]:
    """Published comments of the round that managers have replied to, oldest reply first.

    Only the moderator's redacted text is ever read here, never what the person typed.
    """
    replies = db.session.execute(
        select(PulseReply.submission_id, PulseReply.text, PulseReply.created_at)
        .where(PulseReply.round_id == round_id)
        .order_by(PulseReply.created_at, PulseReply.id)
    ).all()
    if not replies:
        return []
    texts: dict[int, list[str]] = {}
    for submission_id, redacted in db.session.execute(
        select(Answer.submission_id, Answer.redacted_text)
        .join(Submission, Submission.id == Answer.submission_id)
        .where(
            Submission.id.in_({reply.submission_id for reply in replies}),
            Submission.pulse_round_id == round_id,
            Submission.status == SubmissionStatus.PUBLISHED,
            Answer.redacted_text.is_not(None),
        )
        .order_by(Answer.id)
    ):
        texts.setdefault(submission_id, []).append(redacted)
    grouped: dict[int, list[tuple[str, datetime]]] = {}
    for reply in replies:
        if reply.submission_id in texts:
            grouped.setdefault(reply.submission_id, []).append((reply.text, reply.created_at))
    return [
        PublishedComment(text="\n\n".join(texts[submission_id]), replies=tuple(found))
        for submission_id, found in grouped.items()
    ]


@dataclass(frozen=True)
class CommentTarget:
    """Where pulse comments are filed: the staff-pulse-comments survey's version and question."""

    version_id: int
    question_id: int


def comment_target() -> CommentTarget:
    row = db.session.execute(
        select(SurveyVersion.id, Question.id)
        .join(Survey, Survey.id == SurveyVersion.survey_id)
        .join(Question, Question.survey_version_id == SurveyVersion.id)
        .where(
            Survey.slug == COMMENTS_SURVEY,
            SurveyVersion.published_at.is_not(None),
            Question.key == COMMENT_KEY,
        )
        .order_by(SurveyVersion.number.desc())
        .limit(1)
    ).first()
    if row is None:
        raise LookupError(f"the {COMMENTS_SURVEY!r} survey is missing: run seed_reference_data")
    return CommentTarget(version_id=row[0], question_id=row[1])


class Outcome(enum.StrEnum):
    SAVED = "saved"
    USED = "used"
    CLOSED = "closed"
    UNKNOWN = "unknown"


def _answer_rows(questions: tuple[PulseQuestionDef, ...], chosen: dict[int, str]) -> list[dict]:
    rows = []
    for question in questions:
        value = chosen.get(question.id)
        if value in (None, ""):
            continue
        is_choice = question.kind == CHOICE
        rows.append(
            {
                "question_id": question.id,
                "number_value": None if is_choice else int(value),
                "choice_value": value if is_choice else None,
            }
        )
    return rows


def _employment(questions: tuple[PulseQuestionDef, ...], chosen: dict[int, str]) -> str | None:
    for question in questions:
        if question.key == EMPLOYMENT_KEY:
            return chosen.get(question.id) or None
    return None


def save_answers(
    token: str,
    questions: tuple[PulseQuestionDef, ...],
    chosen: dict[int, str],
    comment: str,
    now: datetime | None = None,
) -> Outcome:
    """Use the link and store the answers, in one transaction; or say why the link cannot be used.

    The invitation is marked used by a conditional UPDATE, so of two copies of the same form
    sent at once (a double tap), exactly one stores anything.
    """
    now = now or utcnow()
    key = rounds.token_hash(token) if rounds.is_token_shaped(token) else None
    if key is None:
        return Outcome.UNKNOWN
    rows = _answer_rows(questions, chosen)
    employment = _employment(questions, chosen)
    # Everything that reads (the analysis, the leads' addresses) happens before the write.
    analysis, urgent = analyse_answers([comment], Audience.STAFF) if comment else (None, False)
    target = comment_target() if comment else None
    alert = escalation.prepare_alert() if urgent else None
    db.session.rollback()

    open_rounds = select(PulseRound.id).where(PulseRound.closes_at > now).scalar_subquery()
    with write_transaction() as connection:
        used = connection.execute(
            update(_INVITATIONS)
            .where(
                _INVITATIONS.c.token_hash == key,
                _INVITATIONS.c.used.is_(False),
                _INVITATIONS.c.round_id.in_(open_rounds),
            )
            .values(used=True)
            .returning(_INVITATIONS.c.round_id, _INVITATIONS.c.team_id)
        ).first()
        if used is not None:
            _store(connection, used.round_id, used.team_id, rows, employment)
            if comment:
                _file_comment(
                    connection, target, used.round_id, comment, analysis, urgent, alert, now
                )
            audit.record("pulse.answered", "pulse_round", used.round_id, connection=connection)
    # Nothing was written when the link could not be used; say why.
    return Outcome.SAVED if used is not None else _why_not(key)


def _store(
    connection: Connection, round_id: int, team_id: int, rows: list[dict], employment: str | None
) -> None:
    """The response and its answers, with a random id and nothing that leads back to the link."""
    _blur_which_invitation(connection, round_id, team_id)
    response_id = secrets.token_hex(16)
    connection.execute(
        insert(PulseResponse.__table__),
        {"id": response_id, "round_id": round_id, "team_id": team_id, "employment": employment},
    )
    if rows:
        connection.execute(
            insert(PulseAnswer.__table__),
            [{**row, "response_id": response_id} for row in rows],
        )


def _blur_which_invitation(connection: Connection, round_id: int, team_id: int) -> None:
    """Rewrite every used invitation of the team, so none stands out as written with this response.

    On PostgreSQL each row version records the transaction that wrote it (xmin), which would
    otherwise pair the invitation just used with the response written beside it. Rewriting
    the team's used invitations gives them all this transaction, so the pairing says only
    "someone in this team who has answered", which the response's team already says.
    """
    connection.execute(
        update(_INVITATIONS)
        .where(
            _INVITATIONS.c.round_id == round_id,
            _INVITATIONS.c.team_id == team_id,
            _INVITATIONS.c.used.is_(True),
        )
        .values(used=True)
    )


def _file_comment(
    connection: Connection,
    target: CommentTarget | None,
    round_id: int,
    comment: str,
    analysis: dict | None,
    urgent: bool,
    alert: escalation.Alert | None,
    now: datetime,
) -> None:
    """The comment as a submission for moderation: staff audience, pulse channel, no sender."""
    assert target is not None
    # Stamped with the round's opening, not the moment of answering: a comment's exact time
    # could be matched against who had answered by then.
    round_opened = connection.execute(
        select(PulseRound.__table__.c.opened_at).where(PulseRound.__table__.c.id == round_id)
    ).scalar_one()
    submission_id = connection.execute(
        insert(Submission.__table__).returning(Submission.__table__.c.id),
        {
            "survey_version_id": target.version_id,
            "audience": Audience.STAFF,
            "service_id": None,
            "channel": Channel.PULSE,
            "status": SubmissionStatus.RECEIVED,
            "entered_by_id": None,
            "submitted_at": round_opened,
            # Nobody comes back to a pulse comment with a receipt, and no resend can reach
            # here (the link is used once), so these only need to be unique.
            "idempotency_hash": secrets.token_hex(32),
            "receipt_hash": secrets.token_hex(32),
            "urgent": urgent,
            "analysis": analysis,
            "suggested_themes": suggested_themes_column(analysis),
            "pulse_round_id": round_id,
        },
    ).scalar_one()
    connection.execute(
        insert(Answer.__table__),
        {"submission_id": submission_id, "question_id": target.question_id, "text_value": comment},
    )
    audit.record(
        "submission.received",
        "submission",
        submission_id,
        connection=connection,
        channel=Channel.PULSE,
        audience=Audience.STAFF,
        urgent=urgent,
    )
    if alert is not None:
        escalation.open_case_for_analysis(connection, submission_id, alert, analysis, now=now)


def _why_not(key: str) -> Outcome:
    found = db.session.execute(
        select(PulseInvitation.used, PulseRound.closes_at)
        .join(PulseRound, PulseRound.id == PulseInvitation.round_id)
        .where(PulseInvitation.token_hash == key)
    ).first()
    db.session.rollback()
    if found is None:
        return Outcome.UNKNOWN
    # Known and unused, yet the UPDATE missed it: only the round's closing explains that.
    return Outcome.USED if found.used else Outcome.CLOSED
