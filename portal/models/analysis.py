"""What moderators confirm about a submission's themes, and the models learned from it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from portal.extensions import db
from portal.models.common import utcnow
from portal.models.types import UTCDateTime


class SubmissionTheme(db.Model):
    """A theme a moderator confirmed for a submission: the training data for suggestions."""

    __tablename__ = "submission_theme"
    __table_args__ = (UniqueConstraint("submission_id", "theme_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submission.id"), index=True)
    theme_id: Mapped[int] = mapped_column(ForeignKey("theme.id"), index=True)
    # Whether the analysis had suggested it (in its top 3): how often suggestions are accepted.
    was_suggested: Mapped[bool] = mapped_column(default=False)
    confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), index=True)
    confirmed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)

    theme = relationship("Theme")


class AnalysisModel(db.Model):
    """A learned model (for now: theme suggestions), stored as JSON; the newest one is used."""

    __tablename__ = "analysis_model"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), index=True)  # "themes"
    examples: Mapped[int]  # how many confirmed submissions it learned from
    payload: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
