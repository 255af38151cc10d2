"""An item's history, read from the audit log: every view, change, decision and escalation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, or_, select

from portal.extensions import db
from portal.models import AuditEvent, SafeguardingCase, Submission, User

# What each recorded action means, in words a lead or an admin reads at a glance.
ACTIONS = {
    "submission.received": "Received",
    "submission.original-viewed": "Read the original text",
    "moderation.claimed": "Claimed it to moderate",
    "moderation.released": "Put it back in the queue",
    "submission.redacted": "Took personal data out",
    "submission.themes-confirmed": "Confirmed its themes",
    "submission.published": "Published it",
    "submission.kept-private": "Kept it private",
    "submission.rejected": "Rejected it",
    "safeguarding.case-opened": "Opened a safeguarding case",
    "safeguarding.acknowledged": "Acknowledged the safeguarding case",
    "safeguarding.decided": "Recorded the safeguarding decision",
    "safeguarding.escalated-to-deputies": "E-mailed the deputy contacts: not acknowledged in time",
}


@dataclass(frozen=True)
class Event:
    at: datetime
    who: str
    what: str
    detail: dict


def for_submission(submission_id: int) -> list[Event] | None:
    """The item's events, oldest first; None if there is no such item."""
    if db.session.get(Submission, submission_id) is None:
        return None
    case_id = db.session.scalar(
        select(SafeguardingCase.id).where(SafeguardingCase.submission_id == submission_id)
    )
    about_item = and_(AuditEvent.entity_type == "submission", AuditEvent.entity_id == submission_id)
    about_case = and_(
        AuditEvent.entity_type == "safeguarding_case", AuditEvent.entity_id == case_id
    )
    rows = db.session.execute(
        select(AuditEvent, User.name)
        .outerjoin(User, User.id == AuditEvent.actor_id)
        .where(or_(about_item, about_case) if case_id else about_item)
        .order_by(AuditEvent.at, AuditEvent.id)
    ).all()
    return [
        Event(
            at=event.at,
            who=name
            or {"system": "The portal", "public": "The person giving feedback"}.get(
                event.actor_kind, event.actor_kind
            ),
            what=ACTIONS.get(event.action, event.action),
            detail=_readable(event.detail or {}),
        )
        for event, name in rows
    ]


def _readable(detail: dict) -> dict:
    """The event's details as label and value, leaving out what means nothing to a reader."""
    shown = {}
    for key, value in detail.items():
        if value in (None, "", [], {}):
            continue
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        elif isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items())
        elif isinstance(value, bool):
            value = "yes" if value else "no"
        shown[key.replace("_", " ")] = str(value)
    return shown
