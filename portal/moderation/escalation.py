"""Safeguarding cases: opened at once, e-mailed to every lead, timed, acknowledged and decided.

A case is opened in the same transaction as the thing that causes it (a flagged submission
being saved, or a moderator pressing "escalate"), together with the e-mails to the leads, so a
disclosure can never be saved without its alert. The e-mails carry no feedback text, only a
link that needs sign-in.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app, has_request_context, url_for
from sqlalchemy import Connection, and_, func, insert, select, update

from portal import audit, display, settings
from portal.extensions import db
from portal.mail.outbox import queue_emails
from portal.models import SafeguardingCase, Submission, User, UserRole
from portal.models.common import Role, SubmissionStatus, utcnow
from portal.writes import write_transaction


class Source(enum.StrEnum):
    ANALYSIS = "analysis"
    MODERATOR = "moderator"


class Decision(enum.StrEnum):
    REFERRED = "referred"
    KNOWN = "known"
    NO_FURTHER_ACTION = "no-further-action"


DECISION_LABELS = {
    Decision.REFERRED: "Referred to the front door (MASH)",
    Decision.KNOWN: "Already known to the allocated worker",
    Decision.NO_FURTHER_ACTION: "No further action",
}


@dataclass(frozen=True)
class Alert:
    """Who to tell about a new case and how long they have: read before the write begins."""

    lead_emails: list[str]
    ack_minutes: int
    base_url: str


def prepare_alert() -> Alert:
    """Everything a new case needs from the database, read outside the write transaction."""
    emails = db.session.scalars(
        select(User.email)
        .join(UserRole, UserRole.user_id == User.id)
        .where(UserRole.role == Role.SAFEGUARDING_LEAD, User.active.is_(True))
        .order_by(User.email)
    ).all()
    return Alert(
        lead_emails=list(dict.fromkeys(emails)),
        ack_minutes=settings.current().ack_minutes,
        base_url=current_app.config["PUBLIC_BASE_URL"],
    )


def _case_link(base_url: str, case_id: int) -> str:
    if has_request_context():
        return base_url + url_for("safeguarding.case", case_id=case_id)
    with current_app.test_request_context():  # the worker has no request to build URLs from
        return base_url + url_for("safeguarding.case", case_id=case_id)


def _lead_email(case_id: int, link: str, opened_at: datetime, due_at: datetime) -> tuple[str, str]:
    name = current_app.config["PARTNERSHIP_NAME"]
    subject = f"Safeguarding: a possible disclosure needs a designated lead (case {case_id})"
    body = (
        f"Something sent to the {name} feedback portal may show that a child or young person "
        "is being harmed or is at risk.\n\n"
        f"Sign in to read it and acknowledge it:\n{link}\n\n"
        f"It arrived at {display.local_time(opened_at)}. Please acknowledge it by "
        f"{display.local_time(due_at, with_date=False)}. If nobody has by then, the deputy "
        "contacts will be e-mailed.\n\n"
        "This e-mail holds none of the feedback: the portal shows it only after you sign in.\n"
    )
    return subject, body


def open_case(
    connection: Connection,
    submission_id: int,
    alert: Alert,
    *,
    source: Source,
    category: str | None = None,
    reason: str = "",
    opened_by: User | None = None,
    now: datetime | None = None,
) -> int:
    """Open a case for a submission, hold it out of the queue and e-mail every lead.

    Runs on the caller's connection, inside the caller's transaction.
    """
    now = now or utcnow()
    due_at = now + timedelta(minutes=alert.ack_minutes)
    case_id = connection.execute(
        insert(SafeguardingCase.__table__).returning(SafeguardingCase.__table__.c.id),
        {
            "submission_id": submission_id,
            "source": source,
            "category": category,
            "opened_reason": reason,
            "opened_by_id": opened_by.id if opened_by else None,
            "opened_at": now,
            "due_at": due_at,
        },
    ).scalar_one()
    connection.execute(
        update(Submission.__table__)
        .where(Submission.__table__.c.id == submission_id)
        .values(
            status=SubmissionStatus.HELD,
            urgent=True,
            claimed_by_id=None,
            claimed_until=None,
            revision=Submission.__table__.c.revision + 1,
        )
    )
    subject, body = _lead_email(case_id, _case_link(alert.base_url, case_id), now, due_at)
    queue_emails(connection, alert.lead_emails, subject, body)
    audit.record(
        "safeguarding.case-opened",
        "safeguarding_case",
        case_id,
        actor=opened_by,
        actor_kind=None if opened_by else "system",
        connection=connection,
        submission_id=submission_id,
        source=source,
        category=category,
        leads_emailed=len(alert.lead_emails),
    )
    if not alert.lead_emails:
        current_app.logger.error("safeguarding case %s opened but no lead has an account", case_id)
    return case_id


def open_case_for_analysis(
    connection: Connection,
    submission_id: int,
    alert: Alert,
    analysis: dict | None,
    now: datetime | None = None,
) -> int:
    """Open the case for a submission the analysis flagged, in the category it gave."""
    category = ((analysis or {}).get("safeguarding") or {}).get("category")
    return open_case(
        connection, submission_id, alert, source=Source.ANALYSIS, category=category, now=now
    )


def escalate(submission: Submission, moderator: User, reason: str) -> int | None:
    """A moderator's "this is a safeguarding concern": open a case, unless one is already open."""
    alert = prepare_alert()
    with write_transaction() as connection:
        already = connection.execute(
            select(SafeguardingCase.id).where(SafeguardingCase.submission_id == submission.id)
        ).scalar()
        if already is not None:
            return None
        return open_case(
            connection,
            submission.id,
            alert,
            source=Source.MODERATOR,
            reason=reason,
            opened_by=moderator,
        )


def _acknowledgement(case: SafeguardingCase, lead: User, now: datetime) -> dict:
    """The columns an acknowledgement sets, with how long it took against the target."""
    return {
        "acknowledged_at": now,
        "acknowledged_by_id": lead.id,
        "acknowledge_seconds": int((now - case.opened_at).total_seconds()),
        "acknowledged_within_target": now <= case.due_at,
    }


def acknowledge(case: SafeguardingCase, lead: User, now: datetime | None = None) -> bool:
    """Record that a lead has picked the case up; False if someone already had."""
    now = now or utcnow()
    values = _acknowledgement(case, lead, now)
    table = SafeguardingCase.__table__
    with write_transaction() as connection:
        changed = connection.execute(
            update(table)
            .where(table.c.id == case.id, table.c.acknowledged_at.is_(None))
            .values(**values)
        ).rowcount
        if changed:
            audit.record(
                "safeguarding.acknowledged",
                "safeguarding_case",
                case.id,
                actor=lead,
                connection=connection,
                seconds=values["acknowledge_seconds"],
                within_target=values["acknowledged_within_target"],
            )
    return bool(changed)


def decide(
    case: SafeguardingCase,
    lead: User,
    decision: Decision,
    reasons: str,
    reference: str | None,
    now: datetime | None = None,
) -> bool:
    """Record the lead's decision (acknowledging too, if nobody had); False if already decided.

    The submission then goes back to the moderation queue: its words still need personal data
    taken out and themes confirmed before they can count in any report.
    """
    now = now or utcnow()
    table = SafeguardingCase.__table__
    with write_transaction() as connection:
        changed = connection.execute(
            update(table)
            .where(table.c.id == case.id, table.c.decided_at.is_(None))
            .values(
                decision=decision,
                decision_reference=reference or None,
                decision_reasons=reasons,
                decided_at=now,
                decided_by_id=lead.id,
                decision_seconds=int((now - case.opened_at).total_seconds()),
            )
        ).rowcount
        if not changed:
            return False
        acknowledged_now = connection.execute(
            update(table)
            .where(table.c.id == case.id, table.c.acknowledged_at.is_(None))
            .values(**_acknowledgement(case, lead, now))
        ).rowcount
        connection.execute(
            update(Submission.__table__)
            .where(
                Submission.__table__.c.id == case.submission_id,
                Submission.__table__.c.status == SubmissionStatus.HELD,
            )
            .values(status=SubmissionStatus.RECEIVED, revision=Submission.__table__.c.revision + 1)
        )
        if acknowledged_now:
            audit.record(
                "safeguarding.acknowledged",
                "safeguarding_case",
                case.id,
                actor=lead,
                connection=connection,
                with_decision=True,
                within_target=now <= case.due_at,
            )
        # The reasons may name the child or family, so the log keeps only that there were some.
        audit.record(
            "safeguarding.decided",
            "safeguarding_case",
            case.id,
            actor=lead,
            connection=connection,
            decision=decision,
            reference=reference or None,
        )
    return True


def _unacknowledged_overdue(now: datetime):
    return and_(SafeguardingCase.acknowledged_at.is_(None), SafeguardingCase.due_at <= now)


def overdue_count(now: datetime | None = None) -> int:
    """How many cases have passed their target with nobody acknowledging them."""
    return db.session.scalar(
        select(func.count(SafeguardingCase.id)).where(_unacknowledged_overdue(now or utcnow()))
    )


def escalate_overdue(now: datetime | None = None) -> int:
    """E-mail the deputy contacts about each case newly past its target; return how many.

    Run by the worker on every pass. Each case is escalated once: the conditional UPDATE makes
    a second worker (or a second pass) find nothing to do.
    """
    now = now or utcnow()
    due = db.session.execute(
        select(SafeguardingCase.id, SafeguardingCase.opened_at, SafeguardingCase.due_at).where(
            _unacknowledged_overdue(now), SafeguardingCase.escalated_at.is_(None)
        )
    ).all()
    db.session.rollback()  # end the read before writing (SQLite allows one writer)
    if not due:
        return 0
    portal_settings = settings.current()
    deputies = list(portal_settings.deputy_emails)
    base_url = current_app.config["PUBLIC_BASE_URL"]
    if not deputies:
        # Nobody named as deputy: the admins are told instead, so the alarm still goes somewhere.
        deputies = list(
            db.session.scalars(
                select(User.email)
                .join(UserRole, UserRole.user_id == User.id)
                .where(UserRole.role == Role.ADMIN, User.active.is_(True))
            ).unique()
        )
    db.session.rollback()
    escalated = 0
    table = SafeguardingCase.__table__
    for case_id, opened_at, due_at in due:
        with write_transaction() as connection:
            changed = connection.execute(
                update(table)
                .where(
                    table.c.id == case_id,
                    table.c.escalated_at.is_(None),
                    table.c.acknowledged_at.is_(None),
                )
                .values(escalated_at=now)
            ).rowcount
            if not changed:
                continue
            link = _case_link(base_url, case_id)
            subject = f"Overdue: safeguarding case {case_id} has not been acknowledged"
            body = (
                f"A possible safeguarding disclosure reached the portal at "
                f"{display.local_time(opened_at)} and no designated lead has acknowledged it. "
                f"The target was {display.local_time(due_at, with_date=False)}.\n\n"
                f"You are a deputy contact. Sign in to read it and act on it:\n{link}\n\n"
                "This e-mail holds none of the feedback: the portal shows it only after you "
                "sign in.\n"
            )
            queue_emails(connection, deputies, subject, body)
            audit.record(
                "safeguarding.escalated-to-deputies",
                "safeguarding_case",
                case_id,
                actor_kind="system",
                connection=connection,
                deputies_emailed=len(deputies),
            )
            escalated += 1
    return escalated
