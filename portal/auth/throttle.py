"""Slowing, then locking, repeated failed sign-ins to one account."""

from __future__ import annotations

from datetime import datetime, timedelta

from portal.models import User
from portal.models.common import utcnow

SLOW_AFTER = 3  # failures before each further try must wait
LOCK_AFTER = 10  # failures before the account locks
LOCK_FOR = timedelta(minutes=30)
MAX_WAIT = timedelta(seconds=60)


def wait_before_next_try(user: User, now: datetime | None = None) -> timedelta:
    """How long this account must wait before another try is even checked (zero if none)."""
    now = now or utcnow()
    if user.locked_until and user.locked_until > now:
        return user.locked_until - now
    if user.failed_sign_ins < SLOW_AFTER or user.last_failed_at is None:
        return timedelta(0)
    delay = min(timedelta(seconds=2 ** (user.failed_sign_ins - SLOW_AFTER)), MAX_WAIT)
    remaining = user.last_failed_at + delay - now
    return max(remaining, timedelta(0))


def is_locked(user: User, now: datetime | None = None) -> bool:
    now = now or utcnow()
    return bool(user.locked_until and user.locked_until > now)


def record_failure(user: User, now: datetime | None = None) -> None:
    now = now or utcnow()
    user.failed_sign_ins += 1
    user.last_failed_at = now
    if user.failed_sign_ins >= LOCK_AFTER:
        user.locked_until = now + LOCK_FOR


def record_success(user: User) -> None:
    user.failed_sign_ins = 0
    user.last_failed_at = None
    user.locked_until = None
