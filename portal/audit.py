"""Recording who did what: the only way code writes to the audit log."""

from __future__ import annotations

from sqlalchemy import Connection, insert

from portal.extensions import db
from portal.models import AuditEvent, User
from portal.models.common import utcnow

_INSERT_EVENT = insert(AuditEvent.__table__)


def record(
    action: str,
    entity_type: str,
    entity_id: int | None,
    *,
    actor: User | None = None,
    actor_kind: str | None = None,
    connection: Connection | None = None,
    **detail,
) -> None:
    """Write an audit event inside the current transaction; it commits with the change it describes.

    A plain INSERT rather than an ORM object: the log is never read back or changed by the code
    that writes it, and this keeps the hot paths (every submission) cheap. Pass `connection`
    when the change it describes is written on a connection of its own.
    """
    (connection or db.session.connection()).execute(
        _INSERT_EVENT,
        {
            "at": utcnow(),
            "action": action,
            "entity_type": entity_type,
            "entity_id": entity_id,
            "actor_id": actor.id if actor is not None else None,
            "actor_kind": actor_kind or ("staff" if actor is not None else "public"),
            "detail": detail,
        },
    )
