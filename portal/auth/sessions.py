"""Server-side staff sessions: started at sign-in, checked on every request, ended for good."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import select, update

from portal.extensions import db
from portal.models import StaffSession, User
from portal.models.common import utcnow

# Writing last_seen_at on every request would make every page a write; a minute is plenty
# of precision for a 30-minute idle timeout.
TOUCH_INTERVAL = timedelta(seconds=60)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(user: User) -> str:
    """Begin a new session for a user who has just proved who they are; returns its token."""
    token = secrets.token_urlsafe(32)
    db.session.add(StaffSession(token_hash=_hash(token), user_id=user.id))
    return token


def load_session(
    token: str, *, idle: timedelta, absolute: timedelta, now: datetime | None = None
) -> User | None:
    """The user behind a live session token, or None if it has ended, idled or expired."""
    now = now or utcnow()
    row = db.session.scalar(select(StaffSession).where(StaffSession.token_hash == _hash(token)))
    if row is None or row.ended_at is not None:
        return None
    reason = None
    if not row.user.active:
        reason = "account-disabled"
    elif now - row.created_at > absolute:
        reason = "absolute-timeout"
    elif now - row.last_seen_at > idle:
        reason = "idle-timeout"
    if reason:
        row.ended_at, row.ended_reason = now, reason
        db.session.commit()
        return None
    if now - row.last_seen_at > TOUCH_INTERVAL:
        row.last_seen_at = now
        db.session.commit()
    user = row.user
    user.session_token = token
    return user


def end_session(token: str, reason: str) -> None:
    db.session.execute(
        update(StaffSession)
        .where(StaffSession.token_hash == _hash(token), StaffSession.ended_at.is_(None))
        .values(ended_at=utcnow(), ended_reason=reason)
    )


def end_all_sessions(user: User, reason: str) -> None:
    db.session.execute(
        update(StaffSession)
        .where(StaffSession.user_id == user.id, StaffSession.ended_at.is_(None))
        .values(ended_at=utcnow(), ended_reason=reason)
    )
