"""A closed round's stored totals: the same sums as its answers, written once, read the same way.

Uses the hand-made pulse of `test_results` (one closed round, threshold 5), with a few more
responses: one with no employment type, one that skipped the caseload question, and a
second round that is still open (so a page mixes stored and summed rounds).
"""

from __future__ import annotations

import re
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from portal.extensions import db
from portal.mail import cli as mail_cli
from portal.models import PulseAnswer, PulseQuestion, PulseResponse, PulseRound
from portal.models.common import utcnow
from portal.models.pulse import PulseResultCell, PulseResultGroup
from portal.pulse import results, totals
from portal.writes import write_transaction
from tests.pulse.test_results import _build
from tests.support.html import page


def _respond(round_id: int, team_id: int, employment: str | None, **numbers: int | None) -> None:
    by_key = {q.key: q.id for q in db.session.query(PulseQuestion)}
    response = PulseResponse(
        id=uuid.uuid4().hex, round_id=round_id, team_id=team_id, employment=employment
    )
    response.answers = [
        PulseAnswer(question_id=by_key[key], number_value=value) for key, value in numbers.items()
    ]
    response.answers.append(
        PulseAnswer(question_id=by_key["employment"], choice_value=employment or "")
    )
    db.session.add(response)


def _more(ids: dict) -> dict:
    """Odd responses in the closed round, and an open second round with answers."""
    teams = ids["teams"]
    _respond(ids["round"], teams["Team B"], None, caseload=2, enps=5)
    _respond(ids["round"], teams["Team C"], "permanent", caseload=None, enps=10)
    closed = db.session.get(PulseRound, ids["round"])
    later = PulseRound(
        version_id=closed.version_id,
        opened_at=utcnow() - timedelta(days=1),
        closes_at=utcnow() + timedelta(days=6),
        threshold=5,
        invited=30,
    )
    db.session.add(later)
    db.session.flush()
    for team, count in (("Team B", 6), ("Team C", 7)):
        for n in range(count):
            _respond(later.id, teams[team], "permanent", caseload=1 + n % 5, enps=n + 3)
    db.session.commit()
    return {**ids, "open": later.id}


@pytest.fixture
def pulse(app):
    with app.app_context():
        return _more(_build())


def _raw(round_id: int) -> tuple[dict, dict]:
    """Responses per (team, employment) and answer sums per cell, straight from the answers."""
    responses = dict(
        ((team, employment), n)
        for team, employment, n in db.session.execute(
            select(PulseResponse.team_id, PulseResponse.employment, func.count())
            .where(PulseResponse.round_id == round_id)
            .group_by(PulseResponse.team_id, PulseResponse.employment)
        )
    )
    question_ids = list(db.session.scalars(select(PulseQuestion.id)))
    sums = results._round_totals(round_id, question_ids, stored=False)
    return responses, {key: dict(value) for key, value in sums.items()}


def _rows() -> tuple[int, int]:
    count = func.count()
    return (
        db.session.scalar(select(count).select_from(PulseResultGroup)),
        db.session.scalar(select(count).select_from(PulseResultCell)),
    )


def test_totals_equal_the_sums_of_the_answers(app_context, pulse):
    assert totals.totals_for_round(pulse["round"]) is None
    raw = _raw(pulse["round"])
    assert totals.close_due_rounds() == 1
    stored = totals.totals_for_round(pulse["round"])
    assert (stored.responses, stored.cells) == raw

    teams, caseload = pulse["teams"], pulse["caseload"]
    enps = db.session.scalar(select(PulseQuestion.id).where(PulseQuestion.key == "enps"))
    # By hand: Team B's permanent staff answered caseload 5,4,4,3,2,1,4 and eNPS 10,9,8,7,6,0,3.
    assert stored.responses[(teams["Team B"], "permanent")] == 7
    assert stored.cells[(teams["Team B"], "permanent")][caseload] == [7, 23, 4, 0, 7]
    assert stored.cells[(teams["Team B"], "permanent")][enps] == [7, 43, 5, 2, 3]
    # Team B's one person who gave no employment type is a cell of its own.
    assert stored.responses[(teams["Team B"], None)] == 1
    assert stored.cells[(teams["Team B"], None)][caseload] == [1, 2, 0, 0, 1]
    # Team C's agency staff (caseload 4, 4; eNPS 9, 9), and a skipped caseload counts nowhere.
    assert stored.cells[(teams["Team C"], "agency")][caseload] == [2, 8, 2, 0, 2]
    assert stored.cells[(teams["Team C"], "agency")][enps] == [2, 18, 2, 2, 0]
    assert stored.responses[(teams["Team C"], "permanent")] == 7
    assert stored.cells[(teams["Team C"], "permanent")][caseload][0] == 6
    assert stored.cells[(teams["Team C"], "permanent")][enps][0] == 7
    # Choice answers (employment type) have no number and no cell.
    choice = db.session.scalar(select(PulseQuestion.id).where(PulseQuestion.key == "employment"))
    assert all(choice not in cell for cell in stored.cells.values())


def test_close_due_only_totals_due_rounds_and_only_once(app_context, pulse):
    now = utcnow()
    closed = db.session.get(PulseRound, pulse["round"])
    just_closed = PulseRound(
        version_id=closed.version_id,
        opened_at=now - timedelta(days=7),
        closes_at=now - timedelta(minutes=1),
        threshold=5,
        invited=5,
    )
    nobody = PulseRound(
        version_id=closed.version_id,
        opened_at=now - timedelta(days=40),
        closes_at=now - timedelta(days=33),
        threshold=5,
        invited=5,
    )
    db.session.add_all([just_closed, nobody])
    db.session.flush()
    _respond(just_closed.id, pulse["teams"]["Team B"], "agency", caseload=3, enps=8)
    db.session.commit()
    just_closed_id, nobody_id = just_closed.id, nobody.id

    assert totals.due_rounds(now) == [pulse["round"]]
    assert totals.close_due_rounds(now) == 1
    written = _rows()
    assert totals.close_due_rounds(now) == 0
    assert _rows() == written
    # The open round is untouched; the one closed a minute ago waits for late answers to settle.
    for round_id in (pulse["open"], just_closed_id, nobody_id):
        assert totals.totals_for_round(round_id) is None
    later = now + totals.SETTLE
    assert totals.due_rounds(later) == [just_closed_id]
    assert totals.close_due_rounds(later) == 1
    assert totals.close_due_rounds(later) == 0
    assert totals.totals_for_round(just_closed_id).responses == {
        (pulse["teams"]["Team B"], "agency"): 1
    }
    # A round nobody answered has nothing to total, and never counts as totalled.
    assert totals.totals_for_round(nobody_id) is None


def test_a_second_writer_writes_nothing(app_context, pulse):
    with write_transaction() as connection:
        assert totals._write_round(connection, pulse["round"]) is True
    written = _rows()
    with write_transaction() as connection:
        assert totals._write_round(connection, pulse["round"]) is False
    assert _rows() == written
    # And the unique key refuses a duplicate cell outright.
    cell = db.session.scalars(
        select(PulseResultCell).where(PulseResultCell.employment.is_not(None))
    ).first()
    with pytest.raises(IntegrityError), write_transaction() as connection:
        connection.execute(
            PulseResultCell.__table__.insert(),
            {
                column.name: getattr(cell, column.name)
                for column in PulseResultCell.__table__.columns
                if column.name != "id"
            },
        )


FILTERS = ["", "?employment=agency", "?employment=permanent"]


def test_results_are_identical_before_and_after_totalling(app, pulse, signed_in):
    client, _ = signed_in("board")
    paths = [f"/staff/pulse/{pulse['survey']}{query}" for query in FILTERS]
    paths += [
        f"/staff/pulse/{pulse['survey']}?service={pulse['service']}",
        f"/staff/pulse/{pulse['survey']}?agency={pulse['organisation']}",
    ]
    paths += [
        f"{path}{'&' if '?' in path else '?'}round={round_id}"
        for path in list(paths)
        for round_id in (pulse["round"], pulse["open"])
    ]

    def blocks() -> dict[str, str]:
        found = {}
        for path in paths:
            response = client.get(path)
            assert response.status_code == 200, path
            found[path] = str(page(response).select_one("#pulse-results"))
        return found

    before = blocks()
    with app.app_context():
        assert totals.close_due_rounds() == 1
        assert totals.totals_for_round(pulse["round"]) is not None
        # No stale answers are read for the closed round: drop them (only in this test).
        db.session.execute(
            PulseAnswer.__table__.delete().where(
                PulseAnswer.response_id.in_(
                    select(PulseResponse.id).where(PulseResponse.round_id == pulse["round"])
                )
            )
        )
        db.session.execute(
            PulseResponse.__table__.delete().where(PulseResponse.round_id == pulse["round"])
        )
        db.session.commit()
    results.clear_caches()
    after = blocks()
    for path in paths:
        assert after[path] == before[path], path
    # The pages did show figures for both rounds (so the comparison compared something).
    base = f"/staff/pulse/{pulse['survey']}"
    for round_id in (pulse["round"], pulse["open"]):
        block = before[f"{base}?round={round_id}"]
        assert re.search(r"\d+%", block) and "mean" in block and "cannot be shown" not in block


def test_the_cli_totals_closed_rounds(app, pulse):
    runner = app.test_cli_runner()
    first = runner.invoke(args=["pulse", "close-due"])
    assert first.exit_code == 0, first.output
    assert "Totalled 1 closed round(s)." in first.output
    again = runner.invoke(args=["pulse", "close-due"])
    assert again.exit_code == 0, again.output
    assert "Totalled 0 closed round(s)." in again.output
    with app.app_context():
        assert totals.totals_for_round(pulse["round"]) is not None


def test_the_worker_totals_closed_rounds_with_the_pulse_jobs(app_context, pulse):
    assert mail_cli.pulse_jobs() == (0, 0)
    assert totals.totals_for_round(pulse["round"]) is not None
    assert totals.totals_for_round(pulse["open"]) is None
