"""Opening rounds and reminding: a link for exactly the audience, stored only as a keyed hash."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from portal.extensions import db
from portal.mail import cli as mail_cli
from portal.mail import deliver_due
from portal.models import (
    AuditEvent,
    OutboxMessage,
    PulseInvitation,
    PulseRound,
    PulseSurvey,
    StaffMember,
    Team,
)
from portal.pulse import answering, rounds
from tests.pulse.invite_helpers import build_roster, invitation_for, make_survey, outbox_links

LAYOUT = {
    "Council": {
        "Assessment": {"Team A": 3, "Team B": 2},
        "": {"Team C": 4},
    },
    "Health": {"": {"Team D": 2}},
}
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def _events(action: str) -> list[AuditEvent]:
    return db.session.scalars(select(AuditEvent).where(AuditEvent.action == action)).all()


@pytest.fixture
def roster(app_context):
    roster = build_roster(LAYOUT)
    # Someone who left, and a team that was closed: neither is ever invited.
    db.session.add(
        StaffMember(email="left@staff.example", team_id=roster.teams["Team A"], active=False)
    )
    closed = Team(organisation_id=roster.organisations["Council"], name="Closed team", active=False)
    db.session.add(closed)
    db.session.flush()
    db.session.add(StaffMember(email="closed@staff.example", team_id=closed.id))
    db.session.commit()
    return roster


def test_a_round_invites_and_emails_exactly_the_audience(roster):
    survey_id = make_survey(
        services=[roster.services["Assessment"]], teams=[roster.teams["Team D"]], threshold=4
    )

    opened = rounds.open_round(db.session.get(PulseSurvey, survey_id), now=T0)

    expected = {*roster.members["Team A"], *roster.members["Team B"], *roster.members["Team D"]}
    assert opened.invited == len(expected) == 7
    assert opened.links is None
    links = outbox_links()
    assert set(links) == expected
    assert len(set(links.values())) == 7  # every person their own link
    assert _count(OutboxMessage) == 7
    pulse_round = db.session.get(PulseRound, opened.round_id)
    assert pulse_round.threshold == 4
    assert pulse_round.invited == 7
    assert pulse_round.opened_at == T0
    assert pulse_round.closes_at == T0 + timedelta(days=7)
    for email in expected:
        invitation = invitation_for(email)
        member = db.session.scalar(select(StaffMember).where(StaffMember.email == email))
        assert invitation.round_id == opened.round_id
        assert invitation.team_id == member.team_id  # snapshot of their team when it opened
        assert invitation.used is False
    message = db.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).first()
    assert "anonymous" in message.body_text
    assert "Your answers are not linked to you or to this link" in message.body_text
    assert "at least 4 people" in message.body_text
    assert "9 March 2026" in message.body_text  # closes a week later
    assert "/pulse/" + links[message.to_address] in message.body_text
    [event] = _events("pulse.round-opened")
    assert event.entity_id == opened.round_id
    assert event.detail["invited"] == 7
    assert not any("@" in str(value) for value in event.detail.values())


def test_a_whole_agency_means_its_active_teams_only(roster):
    survey_id = make_survey(organisations=[roster.organisations["Council"]])

    opened = rounds.open_round(db.session.get(PulseSurvey, survey_id), now=T0)

    assert set(outbox_links()) == {
        *roster.members["Team A"],
        *roster.members["Team B"],
        *roster.members["Team C"],
    }
    assert opened.invited == 9


def test_a_printable_list_instead_of_email(roster):
    survey_id = make_survey(teams=[roster.teams["Team C"]])

    opened = rounds.open_round(db.session.get(PulseSurvey, survey_id), now=T0, email=False)

    assert _count(OutboxMessage) == 0
    assert sorted(email for email, _ in opened.links) == sorted(roster.members["Team C"])
    for email, link in opened.links:
        token = link.rsplit("/", 1)[1]
        assert link == f"http://127.0.0.1:5000/pulse/{token}"
        assert invitation_for(email).token_hash == rounds.token_hash(token)


def test_the_threshold_is_copied_when_a_round_opens_and_never_follows_later_edits(roster):
    survey_id = make_survey(teams=[roster.teams["Team C"]], threshold=6)
    opened = rounds.open_round(db.session.get(PulseSurvey, survey_id), now=T0)

    db.session.get(PulseSurvey, survey_id).threshold = 3
    db.session.commit()

    assert db.session.get(PulseRound, opened.round_id).threshold == 6
    later = rounds.open_round(db.session.get(PulseSurvey, survey_id), now=T0 + timedelta(days=31))
    assert db.session.get(PulseRound, later.round_id).threshold == 3


def test_a_threshold_below_three_is_never_used(roster):
    survey_id = make_survey(teams=[roster.teams["Team C"]], threshold=1)

    opened = rounds.open_round(db.session.get(PulseSurvey, survey_id), now=T0)

    assert db.session.get(PulseRound, opened.round_id).threshold == 3


def test_an_empty_audience_opens_nothing(roster):
    survey_id = make_survey(teams=[])

    with pytest.raises(rounds.NobodyToAsk):
        rounds.open_round(db.session.get(PulseSurvey, survey_id), now=T0)

    assert _count(PulseRound) == 0
    assert _count(OutboxMessage) == 0


def test_tokens_are_stored_only_as_keyed_hashes_and_wiped_from_sent_mail(app, roster, tmp_path):
    app.config.update(MAIL_TRANSPORT="folder", MAIL_FOLDER=str(tmp_path))
    survey_id = make_survey(teams=[roster.teams["Team A"]])
    rounds.open_round(db.session.get(PulseSurvey, survey_id), now=T0)
    tokens = list(outbox_links().values())

    for token in tokens:
        stored = db.session.scalars(
            select(PulseInvitation.token_hash).where(
                PulseInvitation.token_hash == rounds.token_hash(token)
            )
        ).all()
        assert len(stored) == 1
        assert token not in stored[0]
    # The hash is keyed: without the secret, a plain SHA-256 of the token finds nothing.
    plain = hashlib.sha256(tokens[0].encode()).hexdigest()
    assert db.session.scalar(select(func.count()).where(PulseInvitation.token_hash == plain)) == 0

    # The outbox needs the link until the e-mail goes; after that our copy loses it.
    assert deliver_due() == 3
    assert rounds.forget_sent_links() == 3
    assert rounds.forget_sent_links() == 0
    bodies = db.session.scalars(select(OutboxMessage.body_text)).all()
    assert not any(token in body for token in tokens for body in bodies)
    assert all(rounds.LINK_REMOVED in body for body in bodies)
    # The e-mails that went out did carry the links.
    sent = "".join(path.read_text() for path in tmp_path.glob("*.eml"))
    assert all(token in sent for token in tokens)


def _answer(token: str, now: datetime) -> None:
    link = answering.find_link(token, now=now)
    questions = answering.round_questions(link.round.version_id)
    assert answering.save_answers(token, questions, {}, "", now=now) == answering.Outcome.SAVED


def test_reminders_go_on_day_3_and_day_5_only_to_people_who_have_not_answered(app, roster):
    survey_id = make_survey(teams=[roster.teams["Team C"], roster.teams["Team D"]])
    opened = rounds.open_round(db.session.get(PulseSurvey, survey_id), now=T0)
    first_links = outbox_links()
    everyone = sorted(first_links)
    answered_early = everyone[:2]
    for email in answered_early:
        _answer(first_links[email], T0 + timedelta(days=1))

    assert rounds.remind(now=T0 + timedelta(days=2, hours=23)) == 0

    day3 = T0 + timedelta(days=3, minutes=5)
    assert rounds.remind(now=day3) == 4
    assert rounds.remind(now=day3 + timedelta(hours=1)) == 0  # once
    reminded = outbox_links("Reminder")
    assert sorted(reminded) == everyone[2:]
    assert db.session.get(PulseRound, opened.round_id).first_reminder_at == day3
    # Each reminder rotates the link: the old one no longer opens anything.
    for email in reminded:
        assert reminded[email] != first_links[email]
        assert (
            answering.find_link(first_links[email], now=day3).state == answering.LinkState.UNKNOWN
        )
        assert answering.find_link(reminded[email], now=day3).state == answering.LinkState.OPEN
        assert invitation_for(email).reminders == 1
    for email in answered_early:
        assert invitation_for(email).reminders == 0
        # A used link stays used (and is not rotated): it still shows "already answered".
        assert answering.find_link(first_links[email], now=day3).state == answering.LinkState.USED
    message = db.session.scalars(
        select(OutboxMessage).where(OutboxMessage.subject.contains("Reminder"))
    ).first()
    assert "no longer works" in message.body_text
    assert "2 March 2026" in message.body_text  # the date of the first e-mail

    # One more answers with the new link; day 5 reminds the other three, once.
    _answer(reminded[everyone[2]], day3 + timedelta(hours=3))
    before_day5 = db.session.scalar(select(func.max(OutboxMessage.id)))
    day5 = T0 + timedelta(days=5, minutes=5)
    assert rounds.remind(now=day5) == 3
    assert rounds.remind(now=day5 + timedelta(hours=2)) == 0
    assert rounds.remind(now=T0 + timedelta(days=6)) == 0
    second = {
        m.to_address
        for m in db.session.scalars(select(OutboxMessage).where(OutboxMessage.id > before_day5))
    }
    assert second == set(everyone[3:])
    for email in everyone[3:]:
        assert invitation_for(email).reminders == 2
    assert [e.detail for e in _events("pulse.reminded")] == [
        {"reminder": 1, "emailed": 4},
        {"reminder": 2, "emailed": 3},
    ]


def test_a_late_worker_sends_one_reminder_not_two(roster):
    survey_id = make_survey(teams=[roster.teams["Team C"]])
    opened = rounds.open_round(db.session.get(PulseSurvey, survey_id), now=T0)

    assert rounds.remind(now=T0 + timedelta(days=5, hours=6)) == 4
    assert rounds.remind(now=T0 + timedelta(days=5, hours=7)) == 0

    pulse_round = db.session.get(PulseRound, opened.round_id)
    assert pulse_round.first_reminder_at is not None
    assert pulse_round.second_reminder_at is not None
    assert _count(OutboxMessage) == 4 + 4


def test_a_weekly_round_closes_on_day_5_so_it_gets_one_reminder(roster):
    survey_id = make_survey(teams=[roster.teams["Team C"]], cadence="weekly")
    opened = rounds.open_round(db.session.get(PulseSurvey, survey_id), now=T0)

    assert db.session.get(PulseRound, opened.round_id).closes_at == T0 + timedelta(days=5)
    assert rounds.remind(now=T0 + timedelta(days=3)) == 4
    assert rounds.remind(now=T0 + timedelta(days=5)) == 0


@pytest.mark.parametrize(
    ("cadence", "planned", "expected"),
    [
        ("weekly", datetime(2026, 1, 5, 7, tzinfo=UTC), datetime(2026, 1, 12, 7, tzinfo=UTC)),
        ("fortnightly", datetime(2026, 1, 5, 7, tzinfo=UTC), datetime(2026, 1, 19, 7, tzinfo=UTC)),
        ("monthly", datetime(2026, 1, 15, 7, tzinfo=UTC), datetime(2026, 2, 15, 7, tzinfo=UTC)),
        ("monthly", datetime(2026, 1, 31, 7, tzinfo=UTC), datetime(2026, 2, 28, 7, tzinfo=UTC)),
        ("monthly", datetime(2026, 12, 10, 7, tzinfo=UTC), datetime(2027, 1, 10, 7, tzinfo=UTC)),
        ("quarterly", datetime(2026, 11, 30, 7, tzinfo=UTC), datetime(2027, 2, 28, 7, tzinfo=UTC)),
        ("quarterly", datetime(2027, 11, 30, 7, tzinfo=UTC), datetime(2028, 2, 29, 7, tzinfo=UTC)),
    ],
)
def test_next_round_by_cadence(cadence, planned, expected):
    assert rounds.next_after(planned, cadence) == expected


def test_open_due_opens_due_pulses_once_and_moves_them_on_by_cadence(roster):
    planned = datetime(2026, 1, 31, 7, tzinfo=UTC)
    monthly = make_survey(teams=[roster.teams["Team C"]], next_round_at=planned)
    weekly = make_survey(
        teams=[roster.teams["Team D"]], cadence="weekly", next_round_at=planned, title="Weekly"
    )
    later = make_survey(
        teams=[roster.teams["Team A"]], next_round_at=planned + timedelta(days=1), title="Later"
    )
    unscheduled = make_survey(teams=[roster.teams["Team B"]], title="Unscheduled")
    stopped = make_survey(teams=[roster.teams["Team B"]], next_round_at=planned, title="Stopped")
    db.session.get(PulseSurvey, stopped).active = False
    db.session.commit()
    now = planned + timedelta(minutes=10)

    opened = rounds.open_due(now=now)

    assert sorted(o.invited for o in opened) == [2, 4]
    assert rounds.open_due(now=now + timedelta(minutes=15)) == []
    surveys = {s.id: s for s in db.session.scalars(select(PulseSurvey))}
    # Counted from the planned time, not from when the worker got to it.
    assert surveys[monthly].next_round_at == datetime(2026, 2, 28, 7, tzinfo=UTC)
    assert surveys[weekly].next_round_at == planned + timedelta(days=7)
    assert surveys[later].next_round_at == planned + timedelta(days=1)
    assert surveys[unscheduled].next_round_at is None
    assert surveys[stopped].next_round_at == planned
    assert _count(PulseRound) == 2


def test_open_due_after_a_long_outage_opens_one_round_and_skips_to_the_future(roster):
    planned = datetime(2026, 1, 5, 7, tzinfo=UTC)
    weekly = make_survey(teams=[roster.teams["Team C"]], cadence="weekly", next_round_at=planned)
    now = planned + timedelta(days=20)

    assert len(rounds.open_due(now=now)) == 1
    assert rounds.open_due(now=now) == []
    assert db.session.get(PulseSurvey, weekly).next_round_at == planned + timedelta(days=21)


def test_open_due_moves_a_pulse_with_nobody_to_ask_on(roster):
    planned = datetime(2026, 1, 5, 7, tzinfo=UTC)
    empty = make_survey(next_round_at=planned)

    assert rounds.open_due(now=planned + timedelta(hours=1)) == []
    assert db.session.get(PulseSurvey, empty).next_round_at == datetime(2026, 2, 5, 7, tzinfo=UTC)


def test_the_commands(app, roster):
    make_survey(teams=[roster.teams["Team C"]], next_round_at=datetime(2026, 1, 5, tzinfo=UTC))
    runner = app.test_cli_runner()

    result = runner.invoke(args=["pulse", "open-due"])
    assert result.exit_code == 0, result.output
    assert "4 link(s) queued" in result.output
    assert "Opened 1 round(s)." in result.output
    assert _count(OutboxMessage) == 4

    result = runner.invoke(args=["pulse", "open-due"])
    assert "Opened 0 round(s)." in result.output

    result = runner.invoke(args=["pulse", "remind"])
    assert result.exit_code == 0, result.output
    assert "Sent 0 reminder(s)." in result.output


def test_the_worker_runs_the_pulse_jobs_now_and_then(app, roster, tmp_path):
    app.config.update(MAIL_TRANSPORT="folder", MAIL_FOLDER=str(tmp_path))
    make_survey(teams=[roster.teams["Team C"]], next_round_at=datetime(2026, 1, 5, tzinfo=UTC))

    # The round opens in the pass that runs the pulse jobs, and its links go in the same pass.
    assert mail_cli.one_pass() == (0, 4)
    assert len(list(tmp_path.glob("*.eml"))) == 4
    # Not again until PULSE_EVERY_SECONDS have passed.
    assert mail_cli.pulse_jobs() is None
    state = app.extensions["portal_pulse_jobs"]
    assert mail_cli.pulse_jobs(state["last"] + mail_cli.PULSE_EVERY_SECONDS + 1) == (0, 0)


def test_a_failing_pulse_job_never_stops_the_mail(app, roster, tmp_path, monkeypatch):
    app.config.update(MAIL_TRANSPORT="folder", MAIL_FOLDER=str(tmp_path))
    from portal.mail import queue_email

    queue_email("someone@staff.example", "Hello", "Still delivered.")
    db.session.commit()

    def broken(now=None):
        raise RuntimeError("pulse is broken")

    monkeypatch.setattr(rounds, "open_due", broken)

    assert mail_cli.one_pass() == (0, 1)
