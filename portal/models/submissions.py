"""A submission: one person's answers to one survey version, and nothing that identifies them.

No IP address, user agent or account is stored. The receipt code and the idempotency token
are stored only as keyed hashes.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from portal.extensions import db
from portal.models.common import SubmissionStatus, utcnow
from portal.models.types import UTCDateTime


class Submission(db.Model):
    __tablename__ = "submission"
    # The moderation queue: pending items, urgent first, newest first, straight off one index.
    __table_args__ = (Index("ix_submission_queue", "status", "urgent", "submitted_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_version_id: Mapped[int] = mapped_column(ForeignKey("survey_version.id"), index=True)
    audience: Mapped[str] = mapped_column(String(20), index=True)
    service_id: Mapped[int | None] = mapped_column(ForeignKey("service.id"), index=True)
    channel: Mapped[str] = mapped_column(String(20))  # a Channel value
    status: Mapped[str] = mapped_column(String(20), default=SubmissionStatus.RECEIVED, index=True)
    # Set for worker-assisted and paper entries: who typed it in on the person's behalf.
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), index=True)
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    language: Mapped[str] = mapped_column(String(8), default="en")
    idempotency_hash: Mapped[str] = mapped_column(String(64), unique=True)
    receipt_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # Filled by the text analysis; a flagged submission is urgent for safeguarding escalation.
    urgent: Mapped[bool] = mapped_column(default=False, index=True)
    analysis: Mapped[dict | None] = mapped_column(JSON)
    # Set for a staff pulse comment: the round it came with (never the response or the person).
    pulse_round_id: Mapped[int | None] = mapped_column(ForeignKey("pulse_round.id"), index=True)
    # The analysis's top theme suggestions, space-separated with a space at each end
    # (" delay communication "), so the queue can filter pending items by theme.
    suggested_themes: Mapped[str] = mapped_column(String(300), default="", server_default="")

    # Moderation. `revision` goes up with every moderator's save: a save carrying an older
    # version is refused, so two moderators never overwrite each other.
    revision: Mapped[int] = mapped_column(default=1, server_default="1")
    claimed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), index=True)
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sentiment: Mapped[str | None] = mapped_column(String(10))  # as the moderator confirmed it
    # How critical the most negative statement is, 0 (none) to 5 (severe), as Care Opinion rates.
    criticality: Mapped[int | None]
    reject_reason: Mapped[str | None] = mapped_column(String(40))
    moderated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    moderated_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), index=True)
    # Seconds from arrival to the moderator's decision, kept for the board's responsiveness figures.
    moderation_seconds: Mapped[int | None]

    answers: Mapped[list[Answer]] = relationship(
        back_populates="submission", order_by="Answer.id", cascade="all, delete-orphan"
    )
    version = relationship("SurveyVersion")
    service = relationship("Service")
    entered_by = relationship("User", foreign_keys=[entered_by_id])
    themes = relationship("SubmissionTheme", cascade="all, delete-orphan")

    @property
    def free_text(self) -> str:
        """All free-text answers joined, for analysis and moderation."""
        return "\n\n".join(a.text_value for a in self.answers if a.text_value)


class Answer(db.Model):
    __tablename__ = "answer"

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submission.id"), index=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id"), index=True)
    # Exactly one of these is set, by the question's kind.
    number_value: Mapped[int | None]  # face scale 1-5
    choice_value: Mapped[str | None] = mapped_column(String(60))  # single choice, yes/no
    choices_value: Mapped[list[str] | None] = mapped_column(JSON)  # several choices
    text_value: Mapped[str | None] = mapped_column(Text)
    # A free text with personal data taken out by a moderator: the only form reports may quote.
    redacted_text: Mapped[str | None] = mapped_column(Text)
    # What was taken out, as {kind, start, end} over text_value (never the words themselves).
    redactions: Mapped[list[dict] | None] = mapped_column(JSON)

    submission: Mapped[Submission] = relationship(back_populates="answers")
    question = relationship("Question")
