"""Building a small roster and pulse for the round and answering tests, on the real database."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from portal.extensions import db
from portal.models import (
    Organisation,
    OutboxMessage,
    PulseAudience,
    PulseInvitation,
    PulseQuestion,
    PulseSurvey,
    PulseSurveyQuestion,
    PulseSurveyVersion,
    Service,
    StaffMember,
    Team,
)
from portal.pulse.bank import seed_bank

LINK = re.compile(r"https?://\S+/pulse/([A-Za-z0-9_-]{32})")


@dataclass
class Roster:
    """Ids of what was built: organisations, services, teams and each team's addresses."""

    organisations: dict[str, int] = field(default_factory=dict)
    services: dict[str, int] = field(default_factory=dict)
    teams: dict[str, int] = field(default_factory=dict)
    members: dict[str, list[str]] = field(default_factory=dict)  # team name → e-mails


def build_roster(layout: dict[str, dict[str, dict[str, int]]]) -> Roster:
    """{organisation: {service or "": {team: people}}} → active rows; e-mails are team-n@…"""
    roster = Roster()
    for org_name, services in layout.items():
        organisation = Organisation(slug=org_name.lower(), name=org_name, kind="council")
        db.session.add(organisation)
        db.session.flush()
        roster.organisations[org_name] = organisation.id
        for service_name, teams in services.items():
            service = None
            if service_name:
                service = Service(
                    organisation_id=organisation.id,
                    name=service_name,
                    code=re.sub(r"[^A-Z0-9]", "", service_name.upper())[:12],
                )
                db.session.add(service)
                db.session.flush()
                roster.services[service_name] = service.id
            for team_name, people in teams.items():
                team = Team(
                    organisation_id=organisation.id,
                    service_id=service.id if service else None,
                    name=team_name,
                )
                db.session.add(team)
                db.session.flush()
                roster.teams[team_name] = team.id
                slug = team_name.lower().replace(" ", "-")
                emails = [f"{slug}-{n}@staff.example" for n in range(1, people + 1)]
                db.session.add_all(StaffMember(email=e, team_id=team.id) for e in emails)
                roster.members[team_name] = emails
    db.session.commit()
    return roster


def make_survey(
    *,
    organisations: list[int] = (),
    services: list[int] = (),
    teams: list[int] = (),
    cadence: str = "monthly",
    threshold: int = 5,
    next_round_at: datetime | None = None,
    question_keys: list[str] | None = None,
    title: str = "Monthly pulse",
) -> int:
    """A pulse for the given audience with one version of bank questions (all of them by default)."""
    seed_bank()  # idempotent: makes sure the starting bank is there whatever ran before
    db.session.flush()
    survey = PulseSurvey(
        title=title, cadence=cadence, threshold=threshold, next_round_at=next_round_at
    )
    survey.audience = [
        *(PulseAudience(organisation_id=i) for i in organisations),
        *(PulseAudience(service_id=i) for i in services),
        *(PulseAudience(team_id=i) for i in teams),
    ]
    db.session.add(survey)
    db.session.flush()
    questions = db.session.scalars(select(PulseQuestion).order_by(PulseQuestion.id)).all()
    if question_keys is not None:
        questions = [q for q in questions if q.key in question_keys]
    version = PulseSurveyVersion(survey_id=survey.id, number=1)
    version.questions = [
        PulseSurveyQuestion(question_id=q.id, position=n) for n, q in enumerate(questions, 1)
    ]
    db.session.add(version)
    db.session.commit()
    return survey.id


def outbox_links(subject_contains: str = "") -> dict[str, str]:
    """address → the token in the newest pulse e-mail to it (optionally by subject)."""
    links: dict[str, str] = {}
    for message in db.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)):
        found = LINK.search(message.body_text)
        if found and subject_contains in message.subject:
            links[message.to_address] = found.group(1)
    return links


def invitation_for(email: str) -> PulseInvitation:
    return db.session.scalars(
        select(PulseInvitation)
        .join(StaffMember, StaffMember.id == PulseInvitation.staff_member_id)
        .where(StaffMember.email == email)
        .order_by(PulseInvitation.id.desc())
    ).first()
