"""Opening pulse rounds and reminding: a personal link for each person, and nothing kept of it.

Each invitation stores only a keyed hash of its link's token, so the database cannot produce
a working link, and the answers (see `answering.py`) never carry the invitation at all. The
e-mail with the link is written to the outbox in the same transaction as the invitation, so a
round either opens with every e-mail queued or not at all.

Reminders cannot resend a link we do not have, so each one rotates the token: a new link is
sent and the old one stops working. The person always has exactly one working link.
"""

from __future__ import annotations

import calendar
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import Connection, bindparam, insert, or_, select, update

from portal import audit, display
from portal.extensions import db
from portal.models import (
    OutboxMessage,
    PulseAudience,
    PulseInvitation,
    PulseRound,
    PulseSurvey,
    PulseSurveyVersion,
    StaffMember,
    Team,
)
from portal.models.common import utcnow
from portal.writes import write_transaction

MINIMUM_THRESHOLD = 3
OPEN_DAYS = 7
WEEKLY_OPEN_DAYS = 5  # a weekly round must close before the next one opens
FIRST_REMINDER = timedelta(days=3)
SECOND_REMINDER = timedelta(days=5)
CADENCES = ("weekly", "fortnightly", "monthly", "quarterly")
# What a link looks like: secrets.token_urlsafe(24) is always 32 URL-safe characters.
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{32}")
LINK_REMOVED = "[your personal link: removed from our copy once sent]"

_INVITATIONS = PulseInvitation.__table__
_OUTBOX = OutboxMessage.__table__


class NobodyToAsk(Exception):
    """The pulse's audience has no active staff, or the pulse has no questions yet."""


@dataclass(frozen=True)
class OpenedRound:
    round_id: int
    invited: int
    # (e-mail, link) for a printable list when e-mail was not sent; None when it was.
    links: list[tuple[str, str]] | None


def _hmac_key() -> bytes:
    return current_app.config["SECRET_KEY"].encode()


def token_hash(token: str, key: bytes | None = None) -> str:
    """The keyed hash an invitation stores in place of its token (the token is never kept)."""
    key = key if key is not None else _hmac_key()
    return hmac.new(key, f"pulse-invitation|{token}".encode(), hashlib.sha256).hexdigest()


def is_token_shaped(token: str | None) -> bool:
    return bool(TOKEN_PATTERN.fullmatch(token or ""))


def link_for(token: str) -> str:
    return f"{current_app.config['PUBLIC_BASE_URL']}/pulse/{token}"


def closes_after(cadence: str) -> timedelta:
    return timedelta(days=WEEKLY_OPEN_DAYS if cadence == "weekly" else OPEN_DAYS)


def _add_months(moment: datetime, months: int) -> datetime:
    """The same day `months` later, or the month's last day when it is shorter (31 Jan → 28 Feb)."""
    index = moment.month - 1 + months
    year, month = moment.year + index // 12, index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def next_after(moment: datetime, cadence: str) -> datetime:
    """When the round after one opened at `moment` is due, by the pulse's cadence."""
    if cadence == "weekly":
        return moment + timedelta(days=7)
    if cadence == "fortnightly":
        return moment + timedelta(days=14)
    if cadence == "monthly":
        return _add_months(moment, 1)
    if cadence == "quarterly":
        return _add_months(moment, 3)
    raise ValueError(f"unknown cadence {cadence!r}")


def _next_round_at(base: datetime, cadence: str, now: datetime) -> datetime:
    # Counted from the planned time, so a worker that was down for an hour does not shift
    # every later round; skipping forward past `now` stops a long outage opening rounds twice.
    upcoming = next_after(base, cadence)
    while upcoming <= now:
        upcoming = next_after(upcoming, cadence)
    return upcoming


def _audience_staff(connection: Connection, survey_id: int) -> list[tuple[int, str, int]]:
    """(staff id, e-mail, team id) for every active person in an active team of the audience."""
    parts = connection.execute(
        select(
            PulseAudience.organisation_id, PulseAudience.service_id, PulseAudience.team_id
        ).where(PulseAudience.survey_id == survey_id)
    ).all()
    organisations = {p.organisation_id for p in parts if p.organisation_id is not None}
    services = {p.service_id for p in parts if p.service_id is not None}
    teams = {p.team_id for p in parts if p.team_id is not None}
    if not (organisations or services or teams):
        return []
    in_audience = or_(
        Team.organisation_id.in_(organisations),
        Team.service_id.in_(services),
        Team.id.in_(teams),
    )
    return [
        tuple(row)
        for row in connection.execute(
            select(StaffMember.id, StaffMember.email, StaffMember.team_id)
            .join(Team, Team.id == StaffMember.team_id)
            .where(StaffMember.active.is_(True), Team.active.is_(True), in_audience)
            .order_by(StaffMember.id)
        )
    ]


def _queue_personal_emails(connection: Connection, messages: list[tuple[str, str, str]]) -> None:
    """(to, subject, body) each, as one batch on the caller's connection.

    `queue_emails` sends one body to many; every pulse e-mail carries its own link, so the
    same outbox row is written here in one executemany instead of thousands of statements.
    """
    if not messages:
        return
    now = utcnow()
    connection.execute(
        insert(_OUTBOX),
        [
            {
                "to_address": to,
                "subject": subject,
                "body_text": body,
                "created_at": now,
                "send_after": now,
                "attempts": 0,
            }
            for to, subject, body in messages
        ],
    )


def _invitation_email(
    title: str, link: str, threshold: int, closes_at: datetime
) -> tuple[str, str]:
    name = current_app.config["PARTNERSHIP_NAME"]
    subject = f"{title}: your anonymous staff pulse"
    body = (
        f'The {name} staff pulse "{title}" is open, and we would like to hear from you. '
        "It takes about two minutes, and every question is optional.\n\n"
        f"Your personal link works once:\n{link}\n\n"
        "It is anonymous. Your answers are not linked to you or to this link: the portal "
        "only records that the link has been used, so that reminders go only to people who "
        "have not answered. Results are only shown for groups of at least "
        f"{threshold} people.\n\n"
        f"It closes at {display.local_time(closes_at)}.\n\n"
        "Please do not forward this e-mail: the link is for you alone.\n"
    )
    return subject, body


def _reminder_email(
    title: str, link: str, threshold: int, closes_at: datetime, first_sent: datetime
) -> tuple[str, str]:
    subject = f"Reminder: {title} closes soon"
    body = (
        f'There is still time to answer the staff pulse "{title}". It closes at '
        f"{display.local_time(closes_at)}.\n\n"
        f"Here is a new link for you. It works once:\n{link}\n\n"
        "We do not keep the links we send, so each reminder comes with a new one, and the "
        f"link in our e-mail of {display.local_time(first_sent)} no longer works. "
        "Please use this one.\n\n"
        "It is anonymous. Your answers are not linked to you or to this link. Results are "
        f"only shown for groups of at least {threshold} people.\n"
    )
    return subject, body


def open_round(
    survey: PulseSurvey, *, now: datetime | None = None, email: bool = True
) -> OpenedRound:
    """Open a round of the pulse now: an invitation and (by default) an e-mail for each person.

    Commits the session first (the round is written in a transaction of its own), and
    raises NobodyToAsk if the pulse has no questions or nobody active in its audience.
    """
    db.session.flush()  # a pulse built in this same request has its id from here on
    opened = _open(survey.id, now or utcnow(), email=email, only_if_due=False)
    assert opened is not None  # only a due-only opening can find nothing to do
    return opened


def _open(survey_id: int, now: datetime, *, email: bool, only_if_due: bool) -> OpenedRound | None:
    # Read the pulse on the session, then end that transaction: on SQLite the write below
    # must not sit beside a stale snapshot of this process's own session. It is committed
    # rather than rolled back, so a pulse the caller has only just built is kept, not lost.
    survey = db.session.get(PulseSurvey, survey_id)
    if survey is None:
        raise LookupError(f"no pulse survey {survey_id}")
    title, cadence, planned = survey.title, survey.cadence, survey.next_round_at
    threshold = max(MINIMUM_THRESHOLD, survey.threshold)
    version_id = db.session.scalar(
        select(PulseSurveyVersion.id)
        .where(PulseSurveyVersion.survey_id == survey_id)
        .order_by(PulseSurveyVersion.number.desc())
        .limit(1)
    )
    db.session.commit()
    closes_at = now + closes_after(cadence)
    base = planned if only_if_due and planned is not None else now
    next_at = _next_round_at(base, cadence, now)
    secret = _hmac_key()
    surveys = PulseSurvey.__table__

    with write_transaction() as connection:
        # Claiming the schedule first means two workers (or cron and the worker) racing to
        # open the same due pulse open it once: the loser's UPDATE matches nothing.
        claim = update(surveys).where(surveys.c.id == survey_id).values(next_round_at=next_at)
        if only_if_due:
            claim = claim.where(surveys.c.active.is_(True), surveys.c.next_round_at <= now)
        if connection.execute(claim).rowcount == 0:
            return None
        if version_id is None:
            raise NobodyToAsk(f"pulse {survey_id} has no questions yet")
        staff = _audience_staff(connection, survey_id)
        if not staff:
            raise NobodyToAsk(f"pulse {survey_id} has nobody in its audience")

        round_id = connection.execute(
            insert(PulseRound.__table__).returning(PulseRound.__table__.c.id),
            {
                "version_id": version_id,
                "opened_at": now,
                "closes_at": closes_at,
                "threshold": threshold,
                "invited": len(staff),
            },
        ).scalar_one()
        tokens = [secrets.token_urlsafe(24) for _ in staff]
        connection.execute(
            insert(_INVITATIONS),
            [
                {
                    "round_id": round_id,
                    "staff_member_id": staff_id,
                    "team_id": team_id,
                    "token_hash": token_hash(token, secret),
                    "used": False,
                    "reminders": 0,
                }
                for (staff_id, _, team_id), token in zip(staff, tokens, strict=True)
            ],
        )
        links = [
            (address, link_for(token)) for (_, address, _), token in zip(staff, tokens, strict=True)
        ]
        if email:
            _queue_personal_emails(
                connection,
                [
                    (address, *_invitation_email(title, link, threshold, closes_at))
                    for address, link in links
                ],
            )
        audit.record(
            "pulse.round-opened",
            "pulse_round",
            round_id,
            actor_kind="system",
            connection=connection,
            survey_id=survey_id,
            invited=len(staff),
            emailed=len(staff) if email else 0,
            threshold=threshold,
        )
    return OpenedRound(round_id=round_id, invited=len(staff), links=None if email else links)


def open_due(now: datetime | None = None) -> list[OpenedRound]:
    """Open a round of every active pulse whose next round is due; return what was opened."""
    now = now or utcnow()
    due = db.session.scalars(
        select(PulseSurvey.id)
        .where(PulseSurvey.active.is_(True), PulseSurvey.next_round_at <= now)
        .order_by(PulseSurvey.next_round_at, PulseSurvey.id)
    ).all()
    db.session.rollback()
    opened = []
    for survey_id in due:
        try:
            result = _open(survey_id, now, email=True, only_if_due=True)
        except NobodyToAsk as reason:
            # Nothing to send this time; move the schedule on so it is not retried every pass.
            current_app.logger.warning("pulse round not opened: %s", reason)
            _skip_due(survey_id, now)
            continue
        if result is not None:
            opened.append(result)
    return opened


def _skip_due(survey_id: int, now: datetime) -> None:
    survey = db.session.get(PulseSurvey, survey_id)
    if survey is None or survey.next_round_at is None:
        db.session.rollback()
        return
    survey.next_round_at = _next_round_at(survey.next_round_at, survey.cadence, now)
    db.session.commit()


def remind(now: datetime | None = None) -> int:
    """Send the day-3 and day-5 reminders that are due, to unused invitations only; return how many."""
    now = now or utcnow()
    rounds = PulseRound.__table__
    due = db.session.execute(
        select(
            PulseRound.id,
            PulseRound.opened_at,
            PulseRound.closes_at,
            PulseRound.threshold,
            PulseRound.first_reminder_at,
            PulseRound.second_reminder_at,
            PulseSurvey.title,
        )
        .join(PulseSurveyVersion, PulseSurveyVersion.id == PulseRound.version_id)
        .join(PulseSurvey, PulseSurvey.id == PulseSurveyVersion.survey_id)
        .where(
            PulseRound.closes_at > now,
            PulseRound.opened_at <= now - FIRST_REMINDER,
            or_(PulseRound.first_reminder_at.is_(None), PulseRound.second_reminder_at.is_(None)),
        )
        .order_by(PulseRound.id)
    ).all()
    db.session.rollback()
    secret = _hmac_key()
    sent = 0
    for row in due:
        second_due = now >= row.opened_at + SECOND_REMINDER
        if second_due and row.second_reminder_at is None:
            # Late (the worker was down on day 3): one e-mail now stands for both reminders.
            column, which = rounds.c.second_reminder_at, 2
            values = {"second_reminder_at": now}
            if row.first_reminder_at is None:
                values["first_reminder_at"] = now
        elif row.first_reminder_at is None:
            column, which, values = rounds.c.first_reminder_at, 1, {"first_reminder_at": now}
        else:
            continue
        with write_transaction() as connection:
            # Each reminder is claimed by a conditional UPDATE, so it goes once however many
            # workers run.
            claimed = connection.execute(
                update(rounds).where(rounds.c.id == row.id, column.is_(None)).values(**values)
            ).rowcount
            if not claimed:
                continue
            # Touch the unused invitations first: their rows are then locked against an answer
            # arriving mid-way, so the list below is exactly who has not answered.
            connection.execute(
                update(_INVITATIONS)
                .where(_INVITATIONS.c.round_id == row.id, _INVITATIONS.c.used.is_(False))
                .values(reminders=_INVITATIONS.c.reminders + 1)
            )
            waiting = connection.execute(
                select(PulseInvitation.id, StaffMember.email)
                .join(StaffMember, StaffMember.id == PulseInvitation.staff_member_id)
                .where(PulseInvitation.round_id == row.id, PulseInvitation.used.is_(False))
                .order_by(PulseInvitation.id)
            ).all()
            tokens = [secrets.token_urlsafe(24) for _ in waiting]
            if waiting:
                connection.execute(
                    update(_INVITATIONS)
                    .where(_INVITATIONS.c.id == bindparam("invitation_id"))
                    .values(token_hash=bindparam("new_hash")),
                    [
                        {"invitation_id": invitation_id, "new_hash": token_hash(token, secret)}
                        for (invitation_id, _), token in zip(waiting, tokens, strict=True)
                    ],
                )
            _queue_personal_emails(
                connection,
                [
                    (
                        address,
                        *_reminder_email(
                            row.title, link_for(token), row.threshold, row.closes_at, row.opened_at
                        ),
                    )
                    for (_, address), token in zip(waiting, tokens, strict=True)
                ],
            )
            audit.record(
                "pulse.reminded",
                "pulse_round",
                row.id,
                actor_kind="system",
                connection=connection,
                reminder=which,
                emailed=len(waiting),
            )
        sent += len(waiting)
    return sent


def forget_sent_links(now: datetime | None = None) -> int:
    """Wipe the link from pulse e-mails the worker has sent or given up on; return how many.

    The outbox must hold the link until the e-mail goes, but after that a copy in the database
    is only a way for someone reading it to answer in another person's name.
    """
    prefix = f"{current_app.config['PUBLIC_BASE_URL']}/pulse/"
    link = re.compile(re.escape(prefix) + r"[A-Za-z0-9_-]{32}")
    rows = db.session.execute(
        select(OutboxMessage.id, OutboxMessage.body_text).where(
            or_(OutboxMessage.sent_at.is_not(None), OutboxMessage.failed_at.is_not(None)),
            OutboxMessage.body_text.contains(prefix, autoescape=True),
        )
    ).all()
    db.session.rollback()
    changed = [
        {"message_id": message_id, "wiped": link.sub(LINK_REMOVED, body)}
        for message_id, body in rows
        if link.search(body)
    ]
    if changed:
        with write_transaction() as connection:
            connection.execute(
                update(_OUTBOX)
                .where(_OUTBOX.c.id == bindparam("message_id"))
                .values(body_text=bindparam("wiped")),
                changed,
            )
    return len(changed)
