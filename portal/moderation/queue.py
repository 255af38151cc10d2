"""The moderation queue: what is waiting, filtered, counted and paged.

The queue reads only what a list needs (no free text), so it stays fast with a very long
queue: the filters and the order all run on indexed columns of `submission`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import Select, func, select

from portal import display
from portal.extensions import db
from portal.models import Organisation, SafeguardingCase, Service, Submission, Theme, User
from portal.models.common import AUDIENCE_LABELS, Audience, SubmissionStatus, utcnow

PAGE_SIZE = 25
FLAGGED_CHOICES = {"yes": "Flagged by the analysis", "no": "Not flagged"}


@dataclass
class QueueFilters:
    audience: str = ""
    organisation: int | None = None
    service: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    flagged: str = ""
    theme: str = ""
    errors: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_args(cls, args, theme_slugs: set[str]) -> QueueFilters:
        """Read the filters from a query string; anything unreadable is reported, not fatal."""
        filters = cls()
        audience = args.get("audience", "")
        if audience and audience not in {a.value for a in Audience}:
            filters.errors["audience"] = "Choose who the feedback is from from the list"
        else:
            filters.audience = audience
        filters.organisation = _int_or_error(args, "organisation", filters.errors, "an agency")
        filters.service = _int_or_error(args, "service", filters.errors, "a service")
        filters.date_from = _date_or_error(args, "from", filters.errors)
        filters.date_to = _date_or_error(args, "to", filters.errors)
        if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
            filters.errors["to"] = "The end date must be the same as or after the start date"
        flagged = args.get("flagged", "")
        filters.flagged = flagged if flagged in FLAGGED_CHOICES else ""
        theme = args.get("theme", "")
        filters.theme = theme if theme in theme_slugs else ""
        return filters

    def as_args(self) -> dict[str, str]:
        """The filters as query-string values (for paging links that keep them)."""
        values = {
            "audience": self.audience,
            "organisation": self.organisation or "",
            "service": self.service or "",
            "from": self.date_from.isoformat() if self.date_from else "",
            "to": self.date_to.isoformat() if self.date_to else "",
            "flagged": self.flagged,
            "theme": self.theme,
        }
        return {key: str(value) for key, value in values.items() if value}


def _int_or_error(args, name: str, errors: dict, label: str) -> int | None:
    raw = args.get(name, "")
    if not raw:
        return None
    if raw.isdigit() and len(raw) < 10:
        return int(raw)
    errors[name] = f"Choose {label} from the list"
    return None


def _date_or_error(args, name: str, errors: dict) -> date | None:
    raw = args.get(name, "").strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        errors[name] = "Enter a real date, for example 2026-11-30"
        return None


@dataclass(frozen=True)
class QueueRow:
    id: int
    submitted_at: datetime
    audience: str
    channel: str
    urgent: bool
    service: str | None
    organisation: str | None
    themes: list[str]
    claimed_by: str | None
    claimed_until: datetime | None
    decided_case: bool  # a lead has decided its safeguarding case; it is back for moderation

    @property
    def audience_label(self) -> str:
        return AUDIENCE_LABELS.get(self.audience, self.audience)


@dataclass(frozen=True)
class QueuePage:
    rows: list[QueueRow]
    matching: int
    page: int
    pages: int


def _filtered(query: Select, filters: QueueFilters) -> Select:
    query = query.where(Submission.status == SubmissionStatus.RECEIVED)
    if filters.audience:
        query = query.where(Submission.audience == filters.audience)
    if filters.service:
        query = query.where(Submission.service_id == filters.service)
    if filters.organisation:
        query = query.where(
            Submission.service_id.in_(
                select(Service.id).where(Service.organisation_id == filters.organisation)
            )
        )
    if filters.date_from:
        query = query.where(Submission.submitted_at >= display.day_start(filters.date_from))
    if filters.date_to:
        query = query.where(
            Submission.submitted_at < display.day_start(filters.date_to + timedelta(days=1))
        )
    if filters.flagged == "yes":
        query = query.where(Submission.urgent.is_(True))
    elif filters.flagged == "no":
        query = query.where(Submission.urgent.is_(False))
    if filters.theme:
        query = query.where(Submission.suggested_themes.contains(f" {filters.theme} "))
    return query


def pending(filters: QueueFilters, page: int, now: datetime | None = None) -> QueuePage:
    """One page of waiting items matching the filters: urgent first, then newest first."""
    now = now or utcnow()
    matching = db.session.scalar(_filtered(select(func.count(Submission.id)), filters)) or 0
    pages = max(1, math.ceil(matching / PAGE_SIZE))
    page = min(max(page, 1), pages)
    ids = db.session.scalars(
        _filtered(select(Submission.id), filters)
        .order_by(Submission.urgent.desc(), Submission.submitted_at.desc(), Submission.id.desc())
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE)
    ).all()
    return QueuePage(rows=_rows(ids, now), matching=matching, page=page, pages=pages)


def _rows(ids: list[int], now: datetime) -> list[QueueRow]:
    """The details of one page's items, fetched by id (the page itself came off the index)."""
    if not ids:
        return []
    theme_names = dict(db.session.execute(select(Theme.slug, Theme.name)).all())
    decided = set(
        db.session.scalars(
            select(SafeguardingCase.submission_id).where(
                SafeguardingCase.submission_id.in_(ids), SafeguardingCase.decided_at.is_not(None)
            )
        )
    )
    found = db.session.execute(
        select(Submission, Service.name, Organisation.name, User.name)
        .outerjoin(Service, Service.id == Submission.service_id)
        .outerjoin(Organisation, Organisation.id == Service.organisation_id)
        .outerjoin(User, User.id == Submission.claimed_by_id)
        .where(Submission.id.in_(ids))
    ).all()
    by_id = {}
    for submission, service, organisation, claimer in found:
        live_claim = submission.claimed_until is not None and submission.claimed_until >= now
        by_id[submission.id] = QueueRow(
            id=submission.id,
            submitted_at=submission.submitted_at,
            audience=submission.audience,
            channel=submission.channel,
            urgent=submission.urgent,
            service=service,
            organisation=organisation,
            themes=[theme_names.get(s, s) for s in submission.suggested_themes.split()],
            claimed_by=claimer if live_claim else None,
            claimed_until=submission.claimed_until if live_claim else None,
            decided_case=submission.id in decided,
        )
    return [by_id[i] for i in ids if i in by_id]


@dataclass(frozen=True)
class QueueCounts:
    waiting: int
    flagged_waiting: int
    open_cases: int
    overdue_cases: int
    mine: int


def counts(user: User, now: datetime | None = None) -> QueueCounts:
    """The numbers at the top of the queue."""
    now = now or utcnow()
    waiting = Submission.status == SubmissionStatus.RECEIVED
    row = db.session.execute(
        select(
            func.count(Submission.id),
            func.count(Submission.id).filter(Submission.urgent.is_(True)),
            func.count(Submission.id).filter(
                Submission.claimed_by_id == user.id, Submission.claimed_until >= now
            ),
        ).where(waiting)
    ).one()
    open_cases, overdue = db.session.execute(
        select(
            func.count(SafeguardingCase.id),
            func.count(SafeguardingCase.id).filter(SafeguardingCase.due_at <= now),
        ).where(SafeguardingCase.acknowledged_at.is_(None))
    ).one()
    return QueueCounts(
        waiting=row[0],
        flagged_waiting=row[1],
        open_cases=open_cases,
        overdue_cases=overdue,
        mine=row[2],
    )


def filter_options() -> dict:
    """What the filter form offers: agencies, services and themes."""
    organisations = db.session.execute(
        select(Organisation.id, Organisation.name).order_by(Organisation.name)
    ).all()
    services = db.session.execute(
        select(Service.id, Service.name, Organisation.name)
        .join(Organisation, Organisation.id == Service.organisation_id)
        .order_by(Organisation.name, Service.name)
    ).all()
    themes = db.session.execute(
        select(Theme.slug, Theme.name).where(Theme.active.is_(True)).order_by(Theme.name)
    ).all()
    return {
        "audiences": [(a.value, AUDIENCE_LABELS[a]) for a in Audience],
        "organisations": organisations,
        "services": services,
        "themes": themes,
        "flagged": FLAGGED_CHOICES,
    }
