"""Recording who did what: the only way code writes to the audit log."""

from __future__ import annotations

from portal.extensions import db
from portal.models import AuditEvent, User


def record(
    action: str,
    entity_type: str,
    entity_id: int | None,
    *,
    actor: User | None = None,
    actor_kind: str | None = None,
    **detail,
) -> AuditEvent:
    """Add an audit event to the current transaction; it commits with the change it describes."""
    event = AuditEvent(
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        actor_id=actor.id if actor is not None else None,
        actor_kind=actor_kind or ("staff" if actor is not None else "public"),
        detail=detail,
    )
    db.session.add(event)
    return event
