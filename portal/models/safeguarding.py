"""Safeguarding cases (a possible disclosure in front of a designated lead) and portal settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from portal.extensions import db
from portal.models.common import utcnow
from portal.models.types import UTCDateTime


class SafeguardingCase(db.Model):
    """One submission's escalation: opened, acknowledged against a target, and decided.

    The times are kept as they happened, with the seconds between them, so the board's reports
    can show medians and the share acknowledged within the target without recomputing anything.
    """

    __tablename__ = "safeguarding_case"

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submission.id"), unique=True)
    source: Mapped[str] = mapped_column(String(20))  # "analysis" or "moderator"
    category: Mapped[str | None] = mapped_column(String(40))
    # Why a moderator escalated it (the analysis's reasons live in the submission's analysis).
    opened_reason: Mapped[str] = mapped_column(Text, default="")
    opened_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), index=True)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    # When the deputy contacts were e-mailed because nobody had acknowledged it in time.
    escalated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), index=True)
    acknowledge_seconds: Mapped[int | None]
    acknowledged_within_target: Mapped[bool | None]

    decision: Mapped[str | None] = mapped_column(String(20))  # referred, known, no-further-action
    decision_reference: Mapped[str | None] = mapped_column(String(60))  # the front door's reference
    decision_reasons: Mapped[str | None] = mapped_column(Text)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), index=True)
    decision_seconds: Mapped[int | None]

    submission = relationship("Submission")
    opened_by = relationship("User", foreign_keys=[opened_by_id])
    acknowledged_by = relationship("User", foreign_keys=[acknowledged_by_id])
    decided_by = relationship("User", foreign_keys=[decided_by_id])


class Setting(db.Model):
    """A value an admin can change without a deploy (targets, deputy contacts, claim length)."""

    __tablename__ = "portal_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), index=True)
