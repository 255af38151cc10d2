"""Pulse results per round and group: scores, eNPS and trends, never a number for a small group.

Groups are each team, service and agency and everyone, each as a whole and split into
permanent and agency staff. For every round, every one of those groups (the "universe": every
group any results page can show for the round) goes through `portal.pulse.suppression`
together, with the round's own threshold. So a figure is shown on one page only if no other
figure on any page (of any filter) can be subtracted from it to reveal a group below the
threshold, and a filter whose own group is hidden is refused outright.

How it stays fast at 5,000 staff × 24 rounds:

- A closed round is read from its totals (`portal.pulse.totals`, written once when it
  closes): responses per (team, employment) from `pulse_result_group`, answer sums per
  (team, employment, question) from `pulse_result_cell`. Only an open round (or one the
  worker has not totalled yet) is summed from its answers, with the very same sums.
- Every group's membership is a union of (team, employment) cells. Suppression needs only
  sizes and containment, so each cell stands in as a block of synthetic ids (`range`s) of its
  count: the same sizes, the same overlaps, and no response id ever leaves the database.
- Suppression is a pure function of that structure and the threshold, so its result is kept
  per round in a small in-process cache keyed by exactly its input.
"""

from __future__ import annotations

import itertools
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import and_, func, select

from portal.extensions import db
from portal.models import (
    Answer,
    Organisation,
    PulseAnswer,
    PulseInvitation,
    PulseQuestion,
    PulseReply,
    PulseResponse,
    PulseRound,
    PulseSurvey,
    PulseSurveyQuestion,
    PulseSurveyVersion,
    Service,
    Submission,
    Team,
)
from portal.models.common import SubmissionStatus
from portal.models.pulse import PulseResultCell
from portal.pulse import suppression, totals
from portal.pulse.bank import AGREE_SCALE, ENPS

EVERYONE, AGENCY, SERVICE, TEAM = "everyone", "agency", "service", "team"
ALL, PERMANENT, AGENCY_STAFF = "all", "permanent", "agency"
EMPLOYMENT_FILTERS = {PERMANENT: "Permanent staff", AGENCY_STAFF: "Agency or interim staff"}
_CACHE_ROUNDS = 512


class Group(NamedTuple):
    """A set of responses: a level (team, service, agency, everyone), its id, and employment."""

    level: str
    id: int | None
    employment: str = ALL


# --- what the page shows -------------------------------------------------------------------


@dataclass(frozen=True)
class Question:
    id: int
    text: str
    kind: str  # agree-scale or enps
    short: str  # the bank key, for narrow table headers

    @property
    def heading(self) -> str:
        """A short column heading; the full wording is in the key under each table."""
        return "eNPS" if self.kind == ENPS else self.short.replace("-", " ").capitalize()


@dataclass(frozen=True)
class Score:
    """One agree-scale question for one group: mean of 1 to 5 and the share agreeing (4 or 5)."""

    answered: int
    mean: float
    favourable: int  # per cent

    @property
    def band(self) -> str:
        """A GOV.UK tag colour for the heat map; the number is always printed beside it."""
        for floor, colour in ((80, "green"), (65, "turquoise"), (50, "yellow"), (35, "orange")):
            if self.favourable >= floor:
                return colour
        return "red"


@dataclass(frozen=True)
class Enps:
    """Employee net promoter score: % promoters (9-10) minus % detractors (0-6)."""

    answered: int
    score: int
    promoters: int
    detractors: int


@dataclass(frozen=True)
class Figures:
    """A group's figures for one round. Exists only for a group that suppression showed."""

    n: int
    scores: dict[int, Score | None]  # question id -> score, None if too few answered it
    enps: Enps | None


@dataclass(frozen=True)
class GroupRow:
    group: Group
    label: str
    figures: Figures | None  # None: not shown


@dataclass(frozen=True)
class RoundInfo:
    id: int
    number: int  # 1 for the pulse's first round
    opened_at: datetime
    closes_at: datetime
    threshold: int
    invited: int
    version_id: int

    @property
    def label(self) -> str:
        return f"Round {self.number}, {self.opened_at:%-d %B %Y}"

    @property
    def short_label(self) -> str:
        return f"{self.opened_at:%b %Y}"


@dataclass(frozen=True)
class RateRow:
    label: str
    invited: int | None  # None: not shown
    answered: int | None
    rate: int | None  # per cent


@dataclass(frozen=True)
class TrendRow:
    question: Question
    points: list[float | None]  # per round: % favourable (agree) or eNPS; None: not shown
    sparkline: str  # SVG path data, drawn on the server; empty if fewer than two points


@dataclass(frozen=True)
class Reply:
    author: str
    text: str
    at: datetime


@dataclass(frozen=True)
class Comment:
    submission_id: int
    text: str  # the moderator's redacted text: the only form of a comment anyone sees here
    replies: list[Reply]


@dataclass(frozen=True)
class Options:
    rounds: list[RoundInfo]
    agencies: list[tuple[int, str]]
    services: list[tuple[int, str, int]]  # id, name, agency id


@dataclass
class Filters:
    round_id: int | None = None
    agency: int | None = None
    service: int | None = None
    employment: str = ""
    errors: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_args(cls, args: Mapping[str, str], options: Options) -> Filters:
        """Read the filters from a query string; anything unreadable is reported, not fatal."""
        filters = cls()
        rounds = {r.id for r in options.rounds}
        agencies = {a for a, _ in options.agencies}
        services = {s: agency for s, _, agency in options.services}
        filters.round_id = _choice(args, "round", rounds, filters.errors, "a round")
        filters.agency = _choice(args, "agency", agencies, filters.errors, "an agency")
        filters.service = _choice(args, "service", set(services), filters.errors, "a service")
        if filters.service and filters.agency and services[filters.service] != filters.agency:
            filters.errors["service"] = "Choose a service of the agency you chose, or any agency"
            filters.service = None
        employment = args.get("employment", "")
        if employment and employment not in EMPLOYMENT_FILTERS:
            filters.errors["employment"] = "Choose permanent or agency staff from the list"
        else:
            filters.employment = employment
        return filters

    def as_args(self) -> dict[str, str]:
        values = {
            "round": self.round_id or "",
            "agency": self.agency or "",
            "service": self.service or "",
            "employment": self.employment,
        }
        return {key: str(value) for key, value in values.items() if value}

    def scope(self, structure: Structure) -> Group:
        """The group the filters choose: a service, an agency or everyone, and employment."""
        employment = self.employment or ALL
        if self.service:
            return Group(SERVICE, self.service, employment)
        if self.agency:
            return Group(AGENCY, self.agency, employment)
        return Group(EVERYONE, None, employment)


def _choice(args: Mapping[str, str], name: str, allowed: set[int], errors: dict, label: str):
    raw = args.get(name, "")
    if not raw:
        return None
    if raw.isdigit() and len(raw) < 10 and int(raw) in allowed:
        return int(raw)
    errors[name] = f"Choose {label} from the list"
    return None


@dataclass(frozen=True)
class Results:
    survey: PulseSurvey
    round: RoundInfo | None
    rounds: list[RoundInfo]
    threshold: int
    scope: Group
    scope_label: str
    refused: str | None  # why this filter shows nothing, or None
    questions: list[Question]
    overall: Figures | None
    rates: list[RateRow]  # per round, overall
    team_rates: list[RateRow]  # the chosen round, per team
    heat_map: list[GroupRow]  # teams in the scope, the chosen round
    enps_rows: list[GroupRow]  # the scope and the groups within it
    employment_rows: list[GroupRow]  # permanent vs agency within the scope
    trend: list[TrendRow]
    trend_rounds: list[RoundInfo]
    comments: list[Comment]


# --- the structure of teams --------------------------------------------------------------


@dataclass(frozen=True)
class TeamInfo:
    name: str
    service_id: int | None
    agency_id: int


@dataclass(frozen=True)
class Structure:
    teams: dict[int, TeamInfo]
    services: dict[int, tuple[str, int]]  # id -> name, agency id
    agencies: dict[int, str]

    def label(self, group: Group) -> str:
        name = {
            EVERYONE: lambda: "Everyone",
            AGENCY: lambda: self.agencies[group.id],
            SERVICE: lambda: self.services[group.id][0],
            TEAM: lambda: self.teams[group.id].name,
        }[group.level]()
        if group.employment == ALL:
            return name
        return f"{name}: {EMPLOYMENT_FILTERS[group.employment].lower()}"

    def groups_of(self, team_id: int, employment: str | None) -> list[Group]:
        """Every group a response in this team with this employment belongs to."""
        team = self.teams[team_id]
        places = [(TEAM, team_id), (AGENCY, team.agency_id), (EVERYONE, None)]
        if team.service_id is not None:
            places.append((SERVICE, team.service_id))
        kinds = [ALL] + ([employment] if employment in EMPLOYMENT_FILTERS else [])
        return [Group(level, id_, kind) for level, id_ in places for kind in kinds]

    def teams_in(self, group: Group) -> list[int]:
        def inside(team: TeamInfo) -> bool:
            if group.level == SERVICE:
                return team.service_id == group.id
            if group.level == AGENCY:
                return team.agency_id == group.id
            return True

        return sorted(
            (t for t, info in self.teams.items() if inside(info)),
            key=lambda t: (
                self.agencies[self.teams[t].agency_id],
                self.teams[t].name,
            ),
        )

    def children(self, group: Group) -> list[Group]:
        """The next level down: agencies of everyone, services of an agency, teams of a service."""
        kind = group.employment
        if group.level == EVERYONE:
            return [Group(AGENCY, a, kind) for a in sorted(self.agencies, key=self.agencies.get)]
        if group.level == AGENCY:
            return [
                Group(SERVICE, s, kind)
                for s in sorted(self.services, key=lambda s: self.services[s][0])
                if self.services[s][1] == group.id
            ]
        return [Group(TEAM, t, kind) for t in self.teams_in(group)]


def load_structure() -> Structure:
    teams = {
        team_id: TeamInfo(name, service_id, agency_id)
        for team_id, name, service_id, agency_id in db.session.execute(
            select(Team.id, Team.name, Team.service_id, Team.organisation_id)
        )
    }
    agency_ids = {t.agency_id for t in teams.values()}
    agencies = dict(
        db.session.execute(
            select(Organisation.id, Organisation.name).where(Organisation.id.in_(agency_ids))
        ).all()
    )
    service_ids = {t.service_id for t in teams.values() if t.service_id is not None}
    services = {
        service_id: (name, agency)
        for service_id, name, agency in db.session.execute(
            select(Service.id, Service.name, Service.organisation_id).where(
                Service.id.in_(service_ids)
            )
        )
    }
    return Structure(teams, services, agencies)


# --- suppression, once per round ---------------------------------------------------------

Cells = tuple[tuple[int, str | None, int], ...]  # (team id, employment, responses), sorted


def round_groups(cells: Cells, structure: Structure) -> dict[Group, range | frozenset[int]]:
    """Every group of a round as a collection of synthetic ids, one block per cell.

    A cell (team, employment) of n responses becomes ids offset..offset+n. Every group is a
    union of cells, so sizes and overlaps are exactly those of the real responses.
    """
    members: dict[Group, list[range]] = defaultdict(list)
    offset = 0
    for team_id, employment, count in cells:
        block = range(offset, offset + count)
        offset += count
        for group in structure.groups_of(team_id, employment):
            members[group].append(block)
    return {
        group: blocks[0] if len(blocks) == 1 else frozenset(itertools.chain.from_iterable(blocks))
        for group, blocks in members.items()
    }


class _Memo:
    """A small thread-safe LRU, for results that are pure functions of their key."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.items: OrderedDict[Any, Any] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                return self.items[key]
        return None

    def put(self, key, value) -> None:
        with self.lock:
            self.items[key] = value
            self.items.move_to_end(key)
            while len(self.items) > self.size:
                self.items.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.items.clear()


class _Key:
    """A cache key made of a large tuple, hashed once rather than at every look-up."""

    __slots__ = ("hash", "value")

    def __init__(self, value: tuple) -> None:
        self.value = value
        self.hash = hash(value)

    def __hash__(self) -> int:
        return self.hash

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Key) and self.hash == other.hash and self.value == other.value


def round_key(cells: Cells, structure: Structure, threshold: int) -> _Key:
    """Everything a round's suppression verdict depends on: its cells, their places, threshold."""
    teams = structure.teams
    return _Key(
        (
            threshold,
            tuple(
                (team_id, employment, count, teams[team_id].service_id, teams[team_id].agency_id)
                for team_id, employment, count in cells
            ),
        )
    )


_shown_memo = _Memo(_CACHE_ROUNDS)


def shown_cells(
    cells: Cells, structure: Structure, threshold: int, key: _Key | None = None
) -> dict[Group, Any]:
    """Suppression's verdict on every group of a round: {group: Cell}.

    Each value handed to suppression is the group itself, so a figure can only be reached
    through a cell that suppression left visible (`cell.value` is the key to the figures).
    The verdict depends only on the cells, the team structure and the threshold, which are
    the cache key.
    """
    key = key or round_key(cells, structure, threshold)
    found = _shown_memo.get(key)
    if found is None:
        groups = round_groups(cells, structure)
        found = suppression.suppress(groups, threshold, {group: group for group in groups})
        _shown_memo.put(key, found)
    return found


def _visible(cells: Mapping[Group, Any], group: Group) -> int | None:
    """The group's size if suppression showed it, else None."""
    cell = cells.get(group)
    if cell is None or cell.suppressed or cell.value != group:
        return None
    return cell.n


# --- loading -------------------------------------------------------------------------------


def pulses() -> list[dict]:
    """Every pulse with how many rounds it has had and when the latest opened."""
    rows = db.session.execute(
        select(
            PulseSurvey.id,
            PulseSurvey.title,
            PulseSurvey.cadence,
            PulseSurvey.active,
            func.count(PulseRound.id),
            func.max(PulseRound.opened_at),
        )
        .outerjoin(PulseSurveyVersion, PulseSurveyVersion.survey_id == PulseSurvey.id)
        .outerjoin(PulseRound, PulseRound.version_id == PulseSurveyVersion.id)
        .group_by(PulseSurvey.id)
        .order_by(PulseSurvey.title)
    ).all()
    return [
        {"id": i, "title": t, "cadence": c, "active": a, "rounds": n, "latest": latest}
        for i, t, c, a, n, latest in rows
    ]


def load_rounds(survey_id: int) -> list[RoundInfo]:
    rows = db.session.execute(
        select(PulseRound)
        .join(PulseSurveyVersion, PulseRound.version_id == PulseSurveyVersion.id)
        .where(PulseSurveyVersion.survey_id == survey_id)
        .order_by(PulseRound.opened_at, PulseRound.id)
    ).scalars()
    return [
        RoundInfo(r.id, n, r.opened_at, r.closes_at, r.threshold, r.invited, r.version_id)
        for n, r in enumerate(rows, start=1)
    ]


def options_for(survey_id: int, structure: Structure) -> Options:
    agencies = sorted(structure.agencies.items(), key=lambda a: a[1])
    services = sorted(
        ((s, name, agency) for s, (name, agency) in structure.services.items()),
        key=lambda s: (structure.agencies[s[2]], s[1]),
    )
    return Options(load_rounds(survey_id), agencies, services)


def _questions(survey_id: int) -> list[Question]:
    """Scored questions over every version, newest version's order first (by question id)."""
    rows = db.session.execute(
        select(PulseQuestion.id, PulseQuestion.text, PulseQuestion.kind, PulseQuestion.key)
        .join(PulseSurveyQuestion, PulseSurveyQuestion.question_id == PulseQuestion.id)
        .join(PulseSurveyVersion, PulseSurveyQuestion.version_id == PulseSurveyVersion.id)
        .where(
            PulseSurveyVersion.survey_id == survey_id,
            PulseQuestion.kind.in_([AGREE_SCALE, ENPS]),
        )
        .order_by(PulseSurveyVersion.number.desc(), PulseSurveyQuestion.position)
    ).all()
    seen: dict[int, Question] = {}
    for question_id, text, kind, key in rows:
        seen.setdefault(question_id, Question(question_id, text, kind, key))
    return sorted(seen.values(), key=lambda q: q.kind == ENPS)  # eNPS last


def _cells(round_ids: list[int]) -> tuple[dict[int, Cells], set[int]]:
    """Responses per (team, employment) for each round: the shape of every group.

    Closed rounds are read from their stored totals; the others are counted from their
    responses. Also returns which rounds had stored totals (their figures are read from
    cells too).
    """
    stored = totals.totalled(round_ids)
    found: dict[int, list[tuple[int, str | None, int]]] = {r: [] for r in round_ids}
    for round_id, rows in stored.items():
        found[round_id].extend(rows)
    counted = [r for r in round_ids if r not in stored]
    if counted:
        rows = db.session.connection().execute(
            select(
                PulseResponse.round_id,
                PulseResponse.team_id,
                PulseResponse.employment,
                func.count(),
            )
            .where(PulseResponse.round_id.in_(counted))
            .group_by(PulseResponse.round_id, PulseResponse.team_id, PulseResponse.employment)
        )
        for round_id, team_id, employment, count in rows:
            found[round_id].append((team_id, employment, count))
    cells = {r: tuple(sorted(rows, key=_cell_order)) for r, rows in found.items()}
    return cells, set(stored)


def _cell_order(cell: tuple[int, str | None, int]) -> tuple:
    return (cell[0], cell[1] or "")


Totals = totals.Totals


def _round_totals(
    round_id: int, question_ids: list[int], stored: bool
) -> dict[tuple[int, str | None], Totals]:
    """Answer totals per (team, employment) cell for one round."""
    if stored:
        return totals.cell_totals(round_id, question_ids)
    rows = db.session.connection().execute(
        select(
            PulseResponse.team_id, PulseResponse.employment, PulseAnswer.question_id,
            *totals.sums(),
        )
        .join(PulseResponse, PulseAnswer.response_id == PulseResponse.id)
        .where(
            PulseResponse.round_id == round_id,
            PulseAnswer.question_id.in_(question_ids),
            PulseAnswer.number_value.is_not(None),
        )
        .group_by(PulseResponse.team_id, PulseResponse.employment, PulseAnswer.question_id)
    )  # fmt: skip
    cells: dict[tuple[int, str | None], Totals] = defaultdict(dict)
    for team_id, employment, question_id, *sums in rows:
        cells[(team_id, employment)][question_id] = [int(s) for s in sums]
    return cells


def _scope_condition(scope: Group, team_id, employment):
    """The SQL condition for a group's cells (with `team` joined for a service or agency)."""
    conditions = []
    if scope.level == SERVICE:
        conditions.append(Team.service_id == scope.id)
    elif scope.level == AGENCY:
        conditions.append(Team.organisation_id == scope.id)
    if scope.employment != ALL:
        conditions.append(employment == scope.employment)
    return and_(True, *conditions)


def _trend_totals(
    round_ids: list[int],
    scope: Group,
    question_ids: list[int],
    stored: set[int],
    structure: Structure,
    answer_cells: Callable[[int], dict[tuple[int, str | None], Totals]],
) -> dict[int, Totals]:
    """Answer totals per round for one group (the trend).

    Closed rounds: one GROUP BY over their stored cells. Any other round: its cells summed
    from its answers (`answer_cells`, shared with the round's heat map, so a round's answers
    are read once per page), added up here for the group.
    """
    found: dict[int, Totals] = {r: {} for r in round_ids}
    from_cells = [r for r in round_ids if r in stored]
    if from_cells:
        c = PulseResultCell
        query = (
            select(c.round_id, c.question_id, *totals.cell_sums())
            .where(
                c.round_id.in_(from_cells),
                c.question_id.in_(question_ids),
                _scope_condition(scope, c.team_id, c.employment),
            )
            .group_by(c.round_id, c.question_id)
        )
        if scope.level in (SERVICE, AGENCY):
            query = query.join(Team, c.team_id == Team.id)
        for round_id, question_id, *sums in db.session.connection().execute(query):
            found[round_id][question_id] = [int(s) for s in sums]
    teams = set(structure.teams_in(scope))
    for round_id in round_ids:
        if round_id in stored:
            continue
        for (team_id, employment), cell in answer_cells(round_id).items():
            if team_id in teams and scope.employment in (ALL, employment):
                _add(found[round_id], cell)
    return found


# --- arithmetic ----------------------------------------------------------------------------


def _add(into: Totals, more: Totals) -> None:
    for question_id, sums in more.items():
        target = into.setdefault(question_id, [0, 0, 0, 0, 0])
        for index, value in enumerate(sums):
            target[index] += value


def _percent(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


def figures_from(n: int, totals: Totals, questions: list[Question], threshold: int) -> Figures:
    """Means, % favourable and eNPS from totals, for a group suppression already showed.

    A question that fewer than `threshold` people in the group answered shows no figure
    either, even when the group is large enough.
    """
    scores: dict[int, Score | None] = {}
    enps = None
    for question in questions:
        answered, total, favourable, promoters, detractors = totals.get(
            question.id, [0, 0, 0, 0, 0]
        )
        if answered < threshold:
            scores[question.id] = None
            continue
        if question.kind == ENPS:
            enps = Enps(
                answered,
                _percent(promoters, answered) - _percent(detractors, answered),
                _percent(promoters, answered),
                _percent(detractors, answered),
            )
            scores[question.id] = None
        else:
            scores[question.id] = Score(
                answered, round(total / answered, 1), _percent(favourable, answered)
            )
    return Figures(n, scores, enps)


def sparkline(points: list[float | None], low: float, high: float) -> str:
    """SVG path data for a 100 × 24 sparkline; a hidden round is a gap in the line."""
    if sum(p is not None for p in points) < 2:
        return ""
    step = 100 / max(len(points) - 1, 1)
    span = (high - low) or 1
    commands, pen_down = [], False
    for index, point in enumerate(points):
        if point is None:
            pen_down = False
            continue
        x = round(index * step, 1)
        y = round(22 - 20 * (point - low) / span, 1)
        commands.append(f"{'L' if pen_down else 'M'}{x} {y}")
        pen_down = True
    return " ".join(commands)


# --- the page ------------------------------------------------------------------------------


def results_for(
    survey: PulseSurvey, filters: Filters, structure: Structure, options: Options
) -> Results:
    """Everything the results page shows for a pulse and its filters, all through suppression."""
    rounds = options.rounds
    chosen = next((r for r in rounds if r.id == filters.round_id), rounds[-1] if rounds else None)
    scope = filters.scope(structure)
    questions = _questions(survey.id)
    question_ids = [q.id for q in questions]
    cells, stored = _cells([r.id for r in rounds])
    keys = {r.id: round_key(cells[r.id], structure, r.threshold) for r in rounds}
    verdicts = {r.id: shown_cells(cells[r.id], structure, r.threshold, keys[r.id]) for r in rounds}
    threshold = chosen.threshold if chosen else survey.threshold
    empty = Results(
        survey, chosen, rounds, threshold, scope, structure_label(structure, scope), None,
        questions, None, [], [], [], [], [], [], [], [],
    )  # fmt: skip
    if chosen is None:
        return empty

    rates = []
    for info in rounds:
        answered = _visible(verdicts[info.id], Group(EVERYONE, None))
        rates.append(
            RateRow(
                info.label,
                info.invited if answered is not None else None,
                answered,
                _percent(answered, info.invited) if answered is not None and info.invited else None,
            )
        )
    answer_cells: dict[int, dict[tuple[int, str | None], Totals]] = {}

    def cells_of(round_id: int) -> dict[tuple[int, str | None], Totals]:
        """A round's cells: stored if it has been totalled, else summed from its answers once."""
        if round_id not in answer_cells:
            answer_cells[round_id] = _round_totals(round_id, question_ids, round_id in stored)
        return answer_cells[round_id]

    trend_rounds, trend = _trend(rounds, verdicts, stored, scope, questions, structure, cells_of)

    shown = verdicts[chosen.id]
    scope_n = _visible(shown, scope)
    if scope_n is None:
        refusal = (
            f"{empty.scope_label} cannot be shown for {chosen.label.lower()}: fewer than "
            f"{threshold} people answered, or its figures could be subtracted from another "
            f"group's to reveal the answers of fewer than {threshold} people. Choose a wider "
            "group or another round."
        )
        # No numbers at all for a refused filter, not even the ones that would be safe.
        return replace(empty, refused=refusal)

    round_totals = cells_of(chosen.id)
    by_team: dict[int, list[tuple[str | None, Totals]]] = defaultdict(list)
    for (team_id, employment), cell_totals in round_totals.items():
        by_team[team_id].append((employment, cell_totals))

    def row(group: Group) -> GroupRow:
        n = _visible(shown, group)
        figures = None
        if n is not None:
            summed: Totals = {}
            teams = [group.id] if group.level == TEAM else structure.teams_in(group)
            for team_id in teams:
                for employment, cell_totals in by_team.get(team_id, ()):
                    if group.employment in (ALL, employment):
                        _add(summed, cell_totals)
            figures = figures_from(n, summed, questions, threshold)
        return GroupRow(group, structure.label(group), figures)

    team_ids = structure.teams_in(scope)
    heat_map = [row(Group(TEAM, t, scope.employment)) for t in team_ids]
    overall = row(scope)
    enps_rows = [overall] + [row(child) for child in structure.children(scope)]
    whole = Group(scope.level, scope.id, ALL)
    employment_rows = [row(Group(whole.level, whole.id, kind)) for kind in EMPLOYMENT_FILTERS]
    invited = _invited_per_team(chosen.id)
    team_rates = []
    for team_id in team_ids:
        answered = _visible(shown, Group(TEAM, team_id))
        sent = invited.get(team_id, 0)
        team_rates.append(
            RateRow(
                structure.teams[team_id].name,
                (sent or None) if answered is not None else None,
                answered,
                _percent(answered, sent) if answered is not None and sent else None,
            )
        )
    comments = _comments(chosen.id) if _visible(shown, Group(EVERYONE, None)) is not None else []
    return Results(
        survey, chosen, rounds, threshold, scope, empty.scope_label, None, questions,
        overall.figures, rates, team_rates, heat_map, enps_rows, employment_rows, trend,
        trend_rounds, comments,
    )  # fmt: skip


def structure_label(structure: Structure, scope: Group) -> str:
    return structure.label(scope)


def _trend(
    rounds: list[RoundInfo],
    verdicts: Mapping[int, Mapping[Group, Any]],
    stored: set[int],
    scope: Group,
    questions: list[Question],
    structure: Structure,
    answer_cells: Callable[[int], dict[tuple[int, str | None], Totals]],
) -> tuple[list[RoundInfo], list[TrendRow]]:
    """% favourable per agree-scale question and eNPS, round by round, for the chosen group."""
    question_ids = [q.id for q in questions]
    visible = {r.id: _visible(verdicts[r.id], scope) for r in rounds}
    shown = [r.id for r in rounds if visible[r.id] is not None]
    per_round: dict[int, Figures | None] = {r.id: None for r in rounds}
    by_id = {r.id: r for r in rounds}
    found = _trend_totals(shown, scope, question_ids, stored, structure, answer_cells)
    for round_id, sums in found.items():
        per_round[round_id] = figures_from(
            visible[round_id], sums, questions, by_id[round_id].threshold
        )
    rows = []
    for question in questions:
        points: list[float | None] = []
        for info in rounds:
            figures = per_round[info.id]
            if figures is None:
                points.append(None)
            elif question.kind == ENPS:
                points.append(figures.enps.score if figures.enps else None)
            else:
                score = figures.scores.get(question.id)
                points.append(score.favourable if score else None)
        low, high = (-100, 100) if question.kind == ENPS else (0, 100)
        rows.append(TrendRow(question, points, sparkline(points, low, high)))
    return rounds, rows


def _invited_per_team(round_id: int) -> dict[int, int]:
    return dict(
        db.session.execute(
            select(PulseInvitation.team_id, func.count())
            .where(PulseInvitation.round_id == round_id)
            .group_by(PulseInvitation.team_id)
        ).all()
    )


def _comments(round_id: int) -> list[Comment]:
    """Published comments of the round (redacted text only) and the replies to them."""
    rows = db.session.execute(
        select(Submission.id, Answer.redacted_text)
        .join(Answer, Answer.submission_id == Submission.id)
        .where(
            Submission.pulse_round_id == round_id,
            Submission.status == SubmissionStatus.PUBLISHED,
            Answer.redacted_text.is_not(None),
        )
        .order_by(Submission.id, Answer.id)
    ).all()
    replies: dict[int, list[Reply]] = defaultdict(list)
    for reply in db.session.scalars(
        select(PulseReply)
        .where(PulseReply.round_id == round_id)
        .order_by(PulseReply.created_at, PulseReply.id)
    ):
        replies[reply.submission_id].append(Reply(reply.author.name, reply.text, reply.created_at))
    texts: dict[int, list[str]] = defaultdict(list)
    for submission_id, text in rows:
        if text.strip():
            texts[submission_id].append(text)
    return [
        Comment(submission_id, "\n\n".join(parts), replies.get(submission_id, []))
        for submission_id, parts in texts.items()
    ]


def published_comment(round_id: int, submission_id: int) -> bool:
    """True if this submission is a published comment of this round (so it may be replied to)."""
    return (
        db.session.scalar(
            select(func.count())
            .select_from(Submission)
            .where(
                Submission.id == submission_id,
                Submission.pulse_round_id == round_id,
                Submission.status == SubmissionStatus.PUBLISHED,
            )
        )
        > 0
    )


def clear_caches() -> None:
    """Forget every cached suppression verdict (the bench, before its first request)."""
    _shown_memo.clear()
