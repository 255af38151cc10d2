"""Claims: a moderator takes an item before working it, for a limited time.

Each claim is one conditional UPDATE, so two moderators pressing "claim" at the same moment
cannot both win: the database decides, and the loser is told who has it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update

from portal import audit
from portal.extensions import db
from portal.models import Submission, User
from portal.models.common import SubmissionStatus, utcnow
from portal.writes import write_transaction

_table = Submission.__table__


@dataclass(frozen=True)
class ClaimResult:
    claimed: bool
    holder: str | None = None  # who has it instead, when the claim failed
    until: datetime | None = None
    status: str | None = None  # the item's status, when it is no longer waiting


def claimable(user: User, now: datetime):
    """SQL: the item is free, its claim has run out, or this user already holds it."""
    return or_(
        _table.c.claimed_by_id.is_(None),
        _table.c.claimed_until < now,
        _table.c.claimed_by_id == user.id,
    )


def claim(submission_id: int, user: User, minutes: int, now: datetime | None = None) -> ClaimResult:
    """Claim (or renew a claim on) a waiting item for `minutes`."""
    now = now or utcnow()
    until = now + timedelta(minutes=minutes)
    with write_transaction() as connection:
        changed = connection.execute(
            update(_table)
            .where(
                _table.c.id == submission_id,
                _table.c.status == SubmissionStatus.RECEIVED,
                claimable(user, now),
            )
            .values(claimed_by_id=user.id, claimed_until=until)
        ).rowcount
        if changed:
            audit.record(
                "moderation.claimed", "submission", submission_id, actor=user, connection=connection
            )
            return ClaimResult(True, until=until)
    return _why_not(submission_id)


def _why_not(submission_id: int) -> ClaimResult:
    row = db.session.execute(
        select(Submission.status, User.name, Submission.claimed_until)
        .outerjoin(User, User.id == Submission.claimed_by_id)
        .where(Submission.id == submission_id)
    ).first()
    if row is None:
        return ClaimResult(False, status="missing")
    status, holder, until = row
    if status != SubmissionStatus.RECEIVED:
        return ClaimResult(False, status=status)
    return ClaimResult(False, holder=holder, until=until, status=status)


def release(submission_id: int, user: User) -> bool:
    """Give an item back to the queue without deciding it."""
    with write_transaction() as connection:
        changed = connection.execute(
            update(_table)
            .where(_table.c.id == submission_id, _table.c.claimed_by_id == user.id)
            .values(claimed_by_id=None, claimed_until=None)
        ).rowcount
        if changed:
            audit.record(
                "moderation.released",
                "submission",
                submission_id,
                actor=user,
                connection=connection,
            )
    return bool(changed)


def holds(submission: Submission, user: User, now: datetime | None = None) -> bool:
    """Whether this user's claim on the item is in force."""
    now = now or utcnow()
    return (
        submission.claimed_by_id == user.id
        and submission.claimed_until is not None
        and submission.claimed_until >= now
    )


def next_claimable_id(
    user: User, after_id: int | None = None, now: datetime | None = None
) -> int | None:
    """The next item this user could claim, in queue order (urgent first, newest first)."""
    now = now or utcnow()
    query = (
        select(Submission.id)
        .where(Submission.status == SubmissionStatus.RECEIVED, claimable(user, now))
        .order_by(Submission.urgent.desc(), Submission.submitted_at.desc(), Submission.id.desc())
        .limit(1)
    )
    if after_id is not None:
        query = query.where(Submission.id != after_id)
    return db.session.scalar(query)
