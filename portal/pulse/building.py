"""Building pulses: the question bank, teams and the roster, surveys, versions and response rates.

Plain functions over the models, with no request in sight: the admin views parse the form, call
these, and commit. Every change is audited in the same transaction as the change itself.
"""

from __future__ import annotations

import csv
import re
import secrets
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask import current_app
from sqlalchemy import case, func, select, update
from sqlalchemy.orm import selectinload

from portal import audit
from portal.extensions import db
from portal.models import (
    Organisation,
    PulseAudience,
    PulseInvitation,
    PulseQuestion,
    PulseRound,
    PulseSurvey,
    PulseSurveyQuestion,
    PulseSurveyVersion,
    Service,
    StaffMember,
    Team,
    User,
)
from portal.pulse.bank import AGREE_SCALE, CHOICE, COMMENT, ENPS

KIND_LABELS = {
    AGREE_SCALE: "Agree–disagree scale (strongly disagree to strongly agree)",
    ENPS: "0 to 10: how likely they are to recommend working here (eNPS)",
    CHOICE: "A choice from options you write",
    COMMENT: "A free comment (moderated before anyone outside moderation reads it)",
}
KIND_SHORT = {
    AGREE_SCALE: "Agree–disagree",
    ENPS: "eNPS, 0 to 10",
    CHOICE: "Choice",
    COMMENT: "Comment",
}
CADENCES = {
    "weekly": "Weekly",
    "fortnightly": "Every two weeks",
    "monthly": "Monthly",
    "quarterly": "Every three months",
}
# New rounds open at this local hour on the chosen day, so the e-mails arrive in working hours.
ROUND_OPENING_HOUR = 9
MAX_OPTIONS = 10
# Request bodies are capped at 64 KB (MAX_CONTENT_LENGTH): about 1,000 typical lines.
ROSTER_MAX_LINES = 1000


class BuildError(ValueError):
    """A change that cannot be made, with the reason in words an admin can act on."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field  # the form field the reason is about, if any


def _normal(name: str) -> str:
    """A name as compared: spaces collapsed, case ignored."""
    return " ".join(name.split()).casefold()


def _slug(text: str, limit: int) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:limit].strip("-")


def is_email(address: str) -> bool:
    """A plausible e-mail address: one @, a dotted domain, no spaces; not a full RFC check."""
    local, at, domain = address.rpartition("@")
    return (
        bool(local and at and domain)
        and "@" not in local
        and "." in domain.strip(".")
        and not domain.startswith(".")
        and not domain.endswith(".")
        and len(address) <= 254
        and not re.search(r"[\s,;<>\"()]", address)
    )


# --- The question bank ------------------------------------------------------------------------


def bank(active: bool | None = None) -> list[PulseQuestion]:
    """The bank in the order it was built; only active or only retired questions if asked."""
    query = select(PulseQuestion).order_by(PulseQuestion.id)
    if active is not None:
        query = query.where(PulseQuestion.active.is_(active))
    return list(db.session.scalars(query))


def question_use() -> dict[int, int]:
    """How many pulses ask each question in their latest version."""
    counts: dict[int, int] = defaultdict(int)
    for survey in _surveys_with_versions():
        if survey.versions:
            for asked in survey.versions[-1].questions:
                counts[asked.question_id] += 1
    return dict(counts)


def option_list(lines: str) -> list[dict]:
    """Choice options typed one a line, as stored: a short value and the label as typed."""
    options = []
    for line in lines.splitlines():
        label = line.strip()
        if label:
            options.append(
                {"value": _slug(label, 50) or f"option-{len(options) + 1}", "label": label}
            )
    return options


def add_question(text: str, kind: str, options: list[dict], actor: User) -> PulseQuestion:
    """Add a question to the bank. Its key is made from its words, with a random tail."""
    if kind not in KIND_LABELS:
        raise BuildError("Choose what kind of question it is")
    if any(_normal(q.text) == _normal(text) for q in bank()):
        raise BuildError("The bank already has this question: restore it if it is retired")
    key = f"{_slug(text, 40) or 'question'}-{secrets.token_hex(3)}"
    question = PulseQuestion(
        key=key, text=text, kind=kind, options=options if kind == CHOICE else []
    )
    db.session.add(question)
    db.session.flush()
    audit.record(
        "pulse-question.added", "pulse_question", question.id, actor=actor, kind=kind, text=text
    )
    return question


def set_question_active(question_id: int, active: bool, actor: User) -> PulseQuestion | None:
    """Retire a question (it stays, with its wording, for the rounds that asked it) or restore it."""
    question = db.session.get(PulseQuestion, question_id)
    if question is None:
        return None
    if question.active != active:
        question.active = active
        action = "pulse-question.restored" if active else "pulse-question.retired"
        audit.record(action, "pulse_question", question.id, actor=actor)
    return question


# --- Teams and the roster ---------------------------------------------------------------------


def teams(active: bool | None = None) -> list[Team]:
    """Teams by agency, then service, then name."""
    query = (
        select(Team)
        .join(Organisation, Organisation.id == Team.organisation_id)
        .outerjoin(Service, Service.id == Team.service_id)
        .options(selectinload(Team.organisation), selectinload(Team.service))
        .order_by(Organisation.name, Service.name.nulls_first(), Team.name)
    )
    if active is not None:
        query = query.where(Team.active.is_(active))
    return list(db.session.scalars(query))


def team_sizes() -> dict[int, int]:
    """How many active people each team has on the roster."""
    rows = db.session.execute(
        select(StaffMember.team_id, func.count())
        .where(StaffMember.active.is_(True))
        .group_by(StaffMember.team_id)
    )
    return {team_id: count for team_id, count in rows}


def team_label(team: Team) -> str:
    where = team.service.name if team.service else team.organisation.name
    return f"{team.name} ({where})"


def _check_team_name(name: str, except_id: int | None = None) -> None:
    # Names are unique across the partnership, so a pasted roster line names one team only.
    clash = next(
        (t for t in teams() if _normal(t.name) == _normal(name) and t.id != except_id), None
    )
    if clash is not None:
        where = "a retired team" if not clash.active else "a team"
        raise BuildError(
            f"There is already {where} called “{clash.name}” in {clash.organisation.name}: "
            "give this team a name that tells them apart, such as its area"
        )


def add_team(organisation_id: int, service_id: int | None, name: str, actor: User) -> Team:
    """Add a team to an agency, and to one of its services if given."""
    organisation = db.session.get(Organisation, organisation_id)
    if organisation is None or not organisation.active:
        raise BuildError("Choose the agency the team belongs to", field="organisation")
    if service_id is not None:
        service = db.session.get(Service, service_id)
        if service is None or service.organisation_id != organisation.id:
            raise BuildError(
                f"Choose a service of {organisation.name}, or no service", field="service"
            )
    _check_team_name(name)
    team = Team(organisation_id=organisation.id, service_id=service_id, name=name)
    db.session.add(team)
    db.session.flush()
    audit.record(
        "team.added",
        "team",
        team.id,
        actor=actor,
        name=name,
        organisation_id=organisation.id,
        service_id=service_id,
    )
    return team


def rename_team(team: Team, name: str, actor: User) -> None:
    """Give a team a new name; its results and roster stay with it."""
    if name == team.name:
        return
    _check_team_name(name, except_id=team.id)
    audit.record("team.renamed", "team", team.id, actor=actor, old=team.name, new=name)
    team.name = name


def set_team_active(team: Team, active: bool, actor: User) -> None:
    """Retire a team that nobody is on any more, or bring a retired team back."""
    if team.active == active:
        return
    if not active:
        size = team_sizes().get(team.id, 0)
        if size:
            raise BuildError(
                f"{team.name} still has {size} {'person' if size == 1 else 'people'} on the "
                "roster: move them to another team or deactivate them first"
            )
    team.active = active
    audit.record("team.restored" if active else "team.retired", "team", team.id, actor=actor)


def members(team: Team) -> list[StaffMember]:
    """A team's roster, active people first, by address."""
    return list(
        db.session.scalars(
            select(StaffMember)
            .where(StaffMember.team_id == team.id)
            .order_by(StaffMember.active.desc(), StaffMember.email)
        )
    )


def find_member(email: str) -> StaffMember | None:
    return db.session.scalar(
        select(StaffMember).where(func.lower(StaffMember.email) == email.strip().lower())
    )


def add_member(email: str, team_id: int, actor: User) -> StaffMember:
    """Put one person on the roster, in an active team."""
    email = email.strip().lower()
    team = db.session.get(Team, team_id)
    if team is None or not team.active:
        raise BuildError("Choose the person's team")
    existing = find_member(email)
    if existing is not None:
        state = "" if existing.active else ", deactivated"
        raise BuildError(
            f"{email} is already on the roster (in {existing.team.name}{state}): "
            "find them to move or reactivate them"
        )
    member = StaffMember(email=email, team_id=team.id)
    db.session.add(member)
    db.session.flush()
    audit.record("staff-member.added", "staff_member", member.id, actor=actor, team_id=team.id)
    return member


def move_member(member: StaffMember, team_id: int, actor: User) -> None:
    """Move someone to another team: their future invitations count for the new team."""
    team = db.session.get(Team, team_id)
    if team is None or not team.active:
        raise BuildError("Choose the team to move them to")
    if team.id == member.team_id:
        return
    audit.record(
        "staff-member.moved",
        "staff_member",
        member.id,
        actor=actor,
        from_team_id=member.team_id,
        to_team_id=team.id,
    )
    member.team_id = team.id


def set_member_active(member: StaffMember, active: bool, actor: User) -> None:
    """Deactivate someone (no more invitations) or reactivate them. Nobody is ever deleted."""
    if member.active == active:
        return
    if active and not member.team.active:
        raise BuildError(f"{member.team.name} is retired: move them to an active team instead")
    member.active = active
    action = "staff-member.reactivated" if active else "staff-member.deactivated"
    audit.record(action, "staff_member", member.id, actor=actor)


@dataclass(frozen=True)
class RosterLine:
    number: int
    email: str
    team: Team


@dataclass(frozen=True)
class RosterProblem:
    number: int
    pasted: str
    message: str


@dataclass
class RosterCheck:
    lines: list[RosterLine] = field(default_factory=list)
    problems: list[RosterProblem] = field(default_factory=list)


@dataclass(frozen=True)
class RosterImport:
    added: int
    moved: int
    reactivated: int
    unchanged: int

    def summary(self) -> str:
        parts = [
            f"{self.added} added",
            f"{self.moved} moved to another team",
            f"{self.reactivated} reactivated",
            f"{self.unchanged} already there",
        ]
        return "Roster imported: " + ", ".join(parts) + "."


def _is_header(fields: list[str]) -> bool:
    return bool(fields) and fields[0].strip().casefold() in {"email", "e-mail", "email address"}


def check_roster(text: str) -> RosterCheck:
    """Read pasted "email,team name" lines; every bad line is reported by its number."""
    by_name: dict[str, Team] = {}
    retired: dict[str, Team] = {}
    for team in teams():
        (by_name if team.active else retired)[_normal(team.name)] = team
    check = RosterCheck()
    first_line_seen = False
    seen: dict[str, int] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        shown = raw if len(raw) <= 120 else raw[:117] + "…"
        try:
            fields = next(csv.reader([raw], skipinitialspace=True))
        except csv.Error:
            fields = []
        if not first_line_seen:
            first_line_seen = True
            if _is_header(fields):
                continue
        problems = _line_problems(fields, by_name, retired, seen)
        if problems:
            check.problems.append(RosterProblem(number, shown, "; ".join(problems)))
            continue
        email = fields[0].strip().lower()
        seen[email] = number
        check.lines.append(RosterLine(number, email, by_name[_normal(fields[1])]))
    return check


def _line_problems(
    fields: list[str], by_name: dict[str, Team], retired: dict[str, Team], seen: dict[str, int]
) -> list[str]:
    if len(fields) < 2:
        return ["it needs an email address, a comma, then the team name"]
    if len(fields) > 2:
        return [
            "it has more than one comma: write it as email,team name, and put a team name "
            'that has a comma in double quotes ("Team, North")'
        ]
    email, team_name = fields[0].strip().lower(), " ".join(fields[1].split())
    problems = []
    if not email:
        problems.append("the email address is missing")
    elif not is_email(email):
        problems.append(f"“{email}” is not an email address")
    elif email in seen:
        problems.append(f"{email} is also on line {seen[email]}")
    if not team_name:
        problems.append("the team name is missing")
    elif _normal(team_name) in retired and _normal(team_name) not in by_name:
        problems.append(f"the team “{team_name}” is retired")
    elif _normal(team_name) not in by_name:
        problems.append(f"there is no team called “{team_name}”")
    return problems


def import_roster(lines: Sequence[RosterLine], actor: User) -> RosterImport:
    """Add or update everyone on the checked lines. People not in the paste are left alone."""
    existing: dict[str, StaffMember] = {}
    emails = [line.email for line in lines]
    for start in range(0, len(emails), 500):
        chunk = emails[start : start + 500]
        for member in db.session.scalars(
            select(StaffMember).where(func.lower(StaffMember.email).in_(chunk))
        ):
            existing[member.email.lower()] = member
    added, moved, reactivated, unchanged = [], [], [], 0
    new_members = []
    for line in lines:
        member = existing.get(line.email)
        if member is None:
            member = StaffMember(email=line.email, team_id=line.team.id)
            db.session.add(member)
            new_members.append(member)
            continue
        changed = False
        if member.team_id != line.team.id:
            member.team_id = line.team.id
            moved.append(member.id)
            changed = True
        if not member.active:
            member.active = True
            reactivated.append(member.id)
            changed = True
        unchanged += not changed
    db.session.flush()
    added = [member.id for member in new_members]
    audit.record(
        "pulse-roster.imported",
        "staff_member",
        None,
        actor=actor,
        added=added,
        moved=moved,
        reactivated=reactivated,
        unchanged=unchanged,
    )
    return RosterImport(len(added), len(moved), len(reactivated), unchanged)


# --- Surveys ----------------------------------------------------------------------------------

AUDIENCE_KINDS = ("organisation", "service", "team")


@dataclass(frozen=True)
class AudienceOption:
    value: str  # "organisation-3", "service-5", "team-7"
    label: str
    hint: str | None = None


@dataclass(frozen=True)
class AudienceGroup:
    organisation: Organisation
    options: list[AudienceOption]


def audience_groups() -> list[AudienceGroup]:
    """Everything a pulse can go to, grouped by agency: the agency, its services, its teams."""
    by_organisation: dict[int, list[Team]] = defaultdict(list)
    for team in teams(active=True):
        by_organisation[team.organisation_id].append(team)
    groups = []
    for organisation in Organisation.active_with_services():
        options = [
            AudienceOption(
                f"organisation-{organisation.id}",
                f"Everyone in {organisation.name}",
                "Every team of the agency, including teams added later",
            )
        ]
        for service in organisation.services:
            if service.active:
                options.append(
                    AudienceOption(
                        f"service-{service.id}",
                        f"Service: {service.name}",
                        "Every team of the service",
                    )
                )
        for team in by_organisation[organisation.id]:
            where = f"in {team.service.name}" if team.service else "directly in the agency"
            options.append(AudienceOption(f"team-{team.id}", f"Team: {team.name}", f"Team {where}"))
        groups.append(AudienceGroup(organisation, options))
    return groups


def audience_value(part: PulseAudience) -> str:
    if part.team_id is not None:
        return f"team-{part.team_id}"
    if part.service_id is not None:
        return f"service-{part.service_id}"
    return f"organisation-{part.organisation_id}"


def parse_audience_value(value: str) -> tuple[str, int] | None:
    kind, _, number = value.partition("-")
    if kind in AUDIENCE_KINDS and number.isdigit() and len(number) < 10:
        return kind, int(number)
    return None


@dataclass(frozen=True)
class SurveySpec:
    """What an admin asks for in the survey form."""

    title: str
    cadence: str
    threshold: int
    audience: tuple[str, ...]  # audience values, as in AudienceOption.value
    question_ids: tuple[int, ...]  # in the order they are asked
    next_round_at: datetime | None


@dataclass(frozen=True)
class SurveyChange:
    changed: tuple[str, ...]
    new_version: int | None  # the number of the version added, if the questions changed


def threshold_problem(value: int) -> str | None:
    """Why this anonymity threshold is refused, or None. The suppression module decides."""
    from portal.pulse import suppression  # written alongside; imported when first needed

    try:
        suppression.check_threshold(value)
    except ValueError as error:
        if value < suppression.MIN_THRESHOLD:
            return (
                f"The anonymity threshold must be {suppression.MIN_THRESHOLD} or more: in a "
                "smaller group people could work out who said what"
            )
        return str(error)
    return None


def default_threshold() -> int:
    from portal.pulse import suppression

    return suppression.DEFAULT_THRESHOLD


def round_opening(day: date) -> datetime:
    """When a round due on this day opens: 9am in the partnership's time zone."""
    return datetime.combine(day, time(ROUND_OPENING_HOUR), tzinfo=display_zone())


def display_zone() -> ZoneInfo:
    try:
        return ZoneInfo(current_app.config["DISPLAY_TIMEZONE"])
    except ZoneInfoNotFoundError:
        return ZoneInfo("UTC")


def local_day(moment: datetime | None) -> date | None:
    return moment.astimezone(display_zone()).date() if moment else None


def _check_spec(spec: SurveySpec) -> None:
    if spec.cadence not in CADENCES:
        raise BuildError("Choose how often the pulse goes out")
    problem = threshold_problem(spec.threshold)
    if problem:
        raise BuildError(problem)
    if not spec.question_ids:
        raise BuildError("Choose at least one question")
    if not spec.audience or any(parse_audience_value(v) is None for v in spec.audience):
        raise BuildError("Choose who the pulse goes to")


def _audience_rows(values: Iterable[str]) -> list[PulseAudience]:
    rows = []
    for value in dict.fromkeys(values):
        kind, number = parse_audience_value(value) or ("", 0)
        rows.append(PulseAudience(**{f"{kind}_id": number}))
    return rows


def _version_questions(question_ids: Iterable[int]) -> list[PulseSurveyQuestion]:
    return [
        PulseSurveyQuestion(question_id=question_id, position=position)
        for position, question_id in enumerate(question_ids, start=1)
    ]


def create_survey(spec: SurveySpec, actor: User) -> PulseSurvey:
    """A new pulse with its audience and version 1 of its questions."""
    _check_spec(spec)
    survey = PulseSurvey(
        title=spec.title,
        cadence=spec.cadence,
        threshold=spec.threshold,
        next_round_at=spec.next_round_at,
        created_by_id=actor.id,
    )
    survey.audience = _audience_rows(spec.audience)
    version = PulseSurveyVersion(number=1, survey=survey)
    version.questions = _version_questions(spec.question_ids)
    db.session.add(survey)
    db.session.flush()
    audit.record(
        "pulse-survey.created",
        "pulse_survey",
        survey.id,
        actor=actor,
        title=spec.title,
        cadence=spec.cadence,
        threshold=spec.threshold,
        audience=list(spec.audience),
        questions=list(spec.question_ids),
    )
    return survey


def lock_survey(survey_id: int) -> None:
    """Take the survey's row for this transaction, so an edit and a round opening never interleave.

    A no-op UPDATE: on PostgreSQL it locks the row, on SQLite it takes the database's write lock,
    in both cases before anything about the survey is read for the change.
    """
    db.session.execute(
        update(PulseSurvey)
        .where(PulseSurvey.id == survey_id)
        .values(active=PulseSurvey.active)
        .execution_options(synchronize_session=False)
    )


def round_count(survey_id: int) -> int:
    return db.session.scalar(
        select(func.count(PulseRound.id))
        .join(PulseSurveyVersion, PulseSurveyVersion.id == PulseRound.version_id)
        .where(PulseSurveyVersion.survey_id == survey_id)
    )


def _version_has_rounds(version: PulseSurveyVersion) -> bool:
    return bool(
        db.session.scalar(
            select(func.count(PulseRound.id)).where(PulseRound.version_id == version.id)
        )
    )


def update_survey(survey: PulseSurvey, spec: SurveySpec, actor: User) -> SurveyChange:
    """Change a pulse. New questions make a new version once the current one has had a round;
    until then the current version is edited in place. Open rounds keep their own threshold."""
    _check_spec(spec)
    lock_survey(survey.id)
    db.session.refresh(survey)
    changed = []
    for name in ("title", "cadence", "threshold", "next_round_at"):
        if getattr(survey, name) != getattr(spec, name):
            setattr(survey, name, getattr(spec, name))
            changed.append(name)
    if sorted(map(audience_value, survey.audience)) != sorted(set(spec.audience)):
        survey.audience = _audience_rows(spec.audience)
        changed.append("audience")
    current = survey.versions[-1]
    asked = tuple(q.question_id for q in current.questions)
    new_version = None
    if asked != spec.question_ids:
        changed.append("questions")
        if _version_has_rounds(current):
            version = PulseSurveyVersion(number=current.number + 1, survey=survey)
            version.questions = _version_questions(spec.question_ids)
            db.session.add(version)
            new_version = version.number
        else:
            current.questions = []
            db.session.flush()  # the old rows go before the new positions arrive
            current.questions = _version_questions(spec.question_ids)
    if changed:
        db.session.flush()
        audit.record(
            "pulse-survey.changed",
            "pulse_survey",
            survey.id,
            actor=actor,
            changed=changed,
            new_version=new_version,
            threshold=spec.threshold,
            audience=list(spec.audience),
            questions=list(spec.question_ids),
        )
    return SurveyChange(tuple(changed), new_version)


def _surveys_with_versions() -> list[PulseSurvey]:
    return list(
        db.session.scalars(
            select(PulseSurvey)
            .options(
                selectinload(PulseSurvey.audience),
                selectinload(PulseSurvey.versions)
                .selectinload(PulseSurveyVersion.questions)
                .selectinload(PulseSurveyQuestion.question),
            )
            .order_by(PulseSurvey.title, PulseSurvey.id)
        )
    )


def surveys() -> list[PulseSurvey]:
    """Every pulse, by title, with its audience and versions loaded."""
    return _surveys_with_versions()


def audience_names(survey: PulseSurvey) -> list[str]:
    """The pulse's audience in words, agencies first."""
    names = []
    for part in sorted(
        survey.audience, key=lambda p: (p.team_id is not None, p.service_id is not None)
    ):
        if part.team_id is not None:
            team = db.session.get(Team, part.team_id)
            names.append(f"Team: {team.name}" if team else "A team that no longer exists")
        elif part.service_id is not None:
            service = db.session.get(Service, part.service_id)
            names.append(f"Service: {service.name}" if service else "A service")
        else:
            organisation = db.session.get(Organisation, part.organisation_id)
            names.append(f"Everyone in {organisation.name}" if organisation else "An agency")
    return names


def audience_size(survey: PulseSurvey) -> int:
    """How many active people on the roster, in active teams, a round would invite now."""
    organisation_ids = [p.organisation_id for p in survey.audience if p.organisation_id]
    service_ids = [p.service_id for p in survey.audience if p.service_id]
    team_ids = [p.team_id for p in survey.audience if p.team_id]
    if not (organisation_ids or service_ids or team_ids):
        return 0
    return db.session.scalar(
        select(func.count(StaffMember.id))
        .join(Team, Team.id == StaffMember.team_id)
        .where(
            StaffMember.active.is_(True),
            Team.active.is_(True),
            Team.organisation_id.in_(organisation_ids)
            | Team.service_id.in_(service_ids)
            | Team.id.in_(team_ids),
        )
    )


# --- Response rates ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Rate:
    invited: int
    answered: int

    @property
    def percent(self) -> int:
        return round(100 * self.answered / self.invited) if self.invited else 0


@dataclass(frozen=True)
class TeamRate:
    team: str
    where: str
    invited: int
    rate: Rate | None  # None: not shown (see `small` for why)
    small: bool  # fewer than the round's threshold invited (else hidden to protect another team)


@dataclass(frozen=True)
class RoundRates:
    round: PulseRound
    version_number: int
    threshold: int
    invited: int
    overall: Rate | None  # None when it is not shown
    teams: list[TeamRate]


def round_rates(survey: PulseSurvey) -> list[RoundRates]:
    """Each round of the pulse, newest first, with its invitations and used links, live.

    What may be shown is decided by the suppression module, as for results: a team's rate
    needs at least the round's threshold of invitations, and no figure is shown that, taken
    from the others (everyone minus the teams shown), would give away a smaller team's.
    """
    version_numbers = {v.id: v.number for v in survey.versions}
    rounds = list(
        db.session.scalars(
            select(PulseRound)
            .where(PulseRound.version_id.in_(list(version_numbers)))
            .order_by(PulseRound.opened_at.desc(), PulseRound.id.desc())
        )
    )
    if not rounds:
        return []
    used = func.sum(case((PulseInvitation.used.is_(True), 1), else_=0))
    rows = db.session.execute(
        select(PulseInvitation.round_id, PulseInvitation.team_id, func.count(), used)
        .where(PulseInvitation.round_id.in_([r.id for r in rounds]))
        .group_by(PulseInvitation.round_id, PulseInvitation.team_id)
    ).all()
    team_ids = {team_id for _, team_id, _, _ in rows}
    team_by_id = {
        team.id: team
        for team in db.session.scalars(
            select(Team)
            .where(Team.id.in_(team_ids))
            .options(selectinload(Team.organisation), selectinload(Team.service))
        )
    }
    by_round: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for round_id, team_id, invited, answered in rows:
        by_round[round_id].append((team_id, int(invited), int(answered or 0)))
    return [
        _rates_for(
            pulse_round,
            version_numbers[pulse_round.version_id],
            by_round[pulse_round.id],
            team_by_id,
        )
        for pulse_round in rounds
    ]


EVERYONE = "everyone"


def _rates_for(
    pulse_round: PulseRound,
    version_number: int,
    counts: list[tuple[int, int, int]],
    team_by_id: dict[int, Team],
) -> RoundRates:
    from portal.pulse import suppression

    threshold = max(pulse_round.threshold, suppression.MIN_THRESHOLD)
    # The groups are the invitations: each team's, and everyone's. Only their sizes and how
    # they nest matter to suppression, so each team gets a run of stand-in ids.
    groups: dict[object, range] = {}
    start = 0
    for team_id, invited, _ in counts:
        groups[team_id] = range(start, start + invited)
        start += invited
    groups[EVERYONE] = range(start)
    visible = suppression.visible_groups(groups, threshold) if start else set()
    team_rates = []
    for team_id, invited, answered in counts:
        team = team_by_id.get(team_id)
        shown = team_id in visible
        team_rates.append(
            TeamRate(
                team=team.name if team else "A team",
                where=(team.service.name if team.service else team.organisation.name)
                if team
                else "",
                invited=invited,
                rate=Rate(invited, answered) if shown else None,
                small=invited < threshold,
            )
        )
    team_rates.sort(key=lambda r: (r.where.casefold(), r.team.casefold()))
    invited = sum(c[1] for c in counts)
    answered = sum(c[2] for c in counts)
    return RoundRates(
        round=pulse_round,
        version_number=version_number,
        threshold=threshold,
        invited=invited,
        overall=Rate(invited, answered) if EVERYONE in visible else None,
        teams=team_rates,
    )


def members_by_email(emails: Iterable[str]) -> dict[str, StaffMember]:
    """Roster entries for these addresses (for labelling a printable list by team)."""
    wanted = [e.lower() for e in emails]
    found: dict[str, StaffMember] = {}
    for start in range(0, len(wanted), 500):
        for member in db.session.scalars(
            select(StaffMember)
            .where(func.lower(StaffMember.email).in_(wanted[start : start + 500]))
            .options(selectinload(StaffMember.team))
        ):
            found[member.email.lower()] = member
    return found
