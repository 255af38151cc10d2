"""A closed round's results, summed once: per team, employment type and question.

A round's answers cannot change once it has closed (answering refuses a closed round), so
when it closes its answers are summed into `pulse_result_cell` (per team, employment type and
scored question: answered, total, favourable, promoters, detractors) and its responses
counted into `pulse_result_group` (per team and employment type). The results page reads a
closed round from these few thousand rows instead of its tens of thousands of answers; an
open round (or one not yet totalled) is still summed from its answers, with the very same
sums (`sums()` below is the one definition of them).

`close_due_rounds()` is run by the worker with the other pulse jobs and by
`flask --app portal pulse close-due`. Each round is written by two INSERT … SELECT … GROUP BY
statements in one transaction, so a round has all its totals or none. Two workers never
both write a round: the round's row is locked first (PostgreSQL; SQLite has one writer at a
time, and refuses a write from a transaction whose reads another writer has overtaken), and
nothing is written if the round has groups already. The unique keys on both tables are a
backstop: a duplicate fails the whole transaction.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, case, exists, func, insert, literal, select

from portal.extensions import db
from portal.models.common import utcnow
from portal.models.pulse import (
    PulseAnswer,
    PulseResponse,
    PulseResultCell,
    PulseResultGroup,
    PulseRound,
)
from portal.writes import write_transaction

# An answer is accepted if its round was open when the person pressed "send"; the write
# follows within seconds (the comment's analysis runs first). A round is totalled only once
# it has been closed for longer than that, so no late answer can miss its totals.
SETTLE = timedelta(minutes=5)

Totals = dict[int, list[int]]  # question id -> [answered, total, favourable, promoters, detractors]
CellKey = tuple[int, str | None]  # (team id, employment)


def sums(value=PulseAnswer.number_value):
    """Per group of answers: answered, total, favourable (4+), promoters (9+), detractors (0-6)."""
    return (
        func.count(value),
        func.coalesce(func.sum(value), 0),
        func.sum(case((value >= 4, 1), else_=0)),
        func.sum(case((value >= 9, 1), else_=0)),
        func.sum(case((value <= 6, 1), else_=0)),
    )


@dataclass(frozen=True)
class RoundTotals:
    responses: dict[CellKey, int]  # (team, employment) -> how many responded
    cells: dict[CellKey, Totals]  # (team, employment) -> answer totals per question


def due_rounds(now: datetime | None = None) -> list[int]:
    """Rounds closed (and settled) that have responses but no totals yet, oldest first."""
    now = now or utcnow()
    totalled = exists().where(PulseResultGroup.round_id == PulseRound.id)
    answered = exists().where(PulseResponse.round_id == PulseRound.id)
    return list(
        db.session.scalars(
            select(PulseRound.id)
            .where(PulseRound.closes_at <= now - SETTLE, ~totalled, answered)
            .order_by(PulseRound.closes_at, PulseRound.id)
        )
    )


def close_due_rounds(now: datetime | None = None) -> int:
    """Write the totals of every round that is due; returns how many rounds were totalled."""
    due = due_rounds(now)
    db.session.rollback()  # no read transaction held open while writing
    written = 0
    for round_id in due:
        with write_transaction() as connection:
            written += _write_round(connection, round_id)
    return written


def _write_round(connection: Connection, round_id: int) -> bool:
    """Both tables for one round, unless they are there already. True if this call wrote them."""
    # A second worker waits here until the first has committed, then finds the groups.
    connection.execute(select(PulseRound.id).where(PulseRound.id == round_id).with_for_update())
    groups = PulseResultGroup.__table__
    if connection.execute(select(exists().where(groups.c.round_id == round_id))).scalar():
        return False
    responses = (
        select(
            literal(round_id),
            PulseResponse.team_id,
            PulseResponse.employment,
            func.count(),
        )
        .where(PulseResponse.round_id == round_id)
        .group_by(PulseResponse.team_id, PulseResponse.employment)
    )
    connection.execute(
        insert(groups).from_select(["round_id", "team_id", "employment", "responses"], responses)
    )
    cells = (
        select(
            literal(round_id),
            PulseResponse.team_id,
            PulseResponse.employment,
            PulseAnswer.question_id,
            *sums(),
        )
        .join(PulseResponse, PulseAnswer.response_id == PulseResponse.id)
        .where(PulseResponse.round_id == round_id, PulseAnswer.number_value.is_not(None))
        .group_by(PulseResponse.team_id, PulseResponse.employment, PulseAnswer.question_id)
    )
    columns = ["round_id", "team_id", "employment", "question_id"]
    columns += ["answered", "total", "favourable", "promoters", "detractors"]
    connection.execute(insert(PulseResultCell.__table__).from_select(columns, cells))
    return True


def totalled(round_ids: list[int]) -> dict[int, tuple[tuple[int, str | None, int], ...]]:
    """{round: ((team, employment, responses), ...)} for those of the rounds that have totals."""
    found: dict[int, list[tuple[int, str | None, int]]] = defaultdict(list)
    if round_ids:
        rows = db.session.connection().execute(
            select(
                PulseResultGroup.round_id,
                PulseResultGroup.team_id,
                PulseResultGroup.employment,
                PulseResultGroup.responses,
            ).where(PulseResultGroup.round_id.in_(round_ids))
        )
        for round_id, team_id, employment, responses in rows:
            found[round_id].append((team_id, employment, responses))
    return {round_id: tuple(cells) for round_id, cells in found.items()}


def cell_sums():
    """The same five sums as `sums()`, added up over cells rather than answers."""
    c = PulseResultCell
    return (
        func.sum(c.answered),
        func.sum(c.total),
        func.sum(c.favourable),
        func.sum(c.promoters),
        func.sum(c.detractors),
    )


def cell_totals(round_id: int, question_ids: list[int] | None = None) -> dict[CellKey, Totals]:
    """A totalled round's cells: {(team, employment): {question: sums}}."""
    c = PulseResultCell
    query = select(
        c.team_id, c.employment, c.question_id,
        c.answered, c.total, c.favourable, c.promoters, c.detractors,
    ).where(c.round_id == round_id)  # fmt: skip
    if question_ids is not None:
        query = query.where(c.question_id.in_(question_ids))
    cells: dict[CellKey, Totals] = defaultdict(dict)
    for team_id, employment, question_id, *values in db.session.connection().execute(query):
        cells[(team_id, employment)][question_id] = [int(v) for v in values]
    return dict(cells)


def totals_for_round(round_id: int) -> RoundTotals | None:
    """A round's stored totals, or None if it has none (open, or not yet closed by the worker)."""
    groups = totalled([round_id]).get(round_id)
    if not groups:
        return None
    responses = {(team_id, employment): n for team_id, employment, n in groups}
    return RoundTotals(responses, cell_totals(round_id))
