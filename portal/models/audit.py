"""The append-only audit log: who did what to which record, and when.

Database triggers (see the migrations) refuse UPDATE and DELETE on this table, so the
application cannot rewrite history even by mistake.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from portal.extensions import db
from portal.models.common import utcnow
from portal.models.types import UTCDateTime


class AuditEvent(db.Model):
    __tablename__ = "audit_event"
    # An item's history is read by what it is about.
    __table_args__ = (Index("ix_audit_event_entity", "entity_type", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    # A staff user, or none for the public and for the system itself (see actor_kind).
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), index=True)
    actor_kind: Mapped[str] = mapped_column(String(20))  # staff, public, system
    action: Mapped[str] = mapped_column(String(60), index=True)
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None]
    # Context that helps a reader; never free text typed by a child or carer.
    detail: Mapped[dict] = mapped_column(JSON, default=dict)
