"""Pulse results: correct figures, nothing for a small group anywhere, refused filters, replies.

A hand-made pulse with one round (threshold 5), in one agency:

- service "Assessment": Team A (6), Team B (7), Team C (8) and Team Small (2). Team Small is
  below the threshold; Team A is hidden too, because the service minus Teams B and C minus
  Team A would be Team Small's two people.
- agency staff: two in Team C; everyone else is permanent.
"""

from __future__ import annotations

import re
import uuid
from datetime import timedelta

import pytest

from portal.extensions import db
from portal.models import (
    Answer,
    AuditEvent,
    Organisation,
    PulseAnswer,
    PulseQuestion,
    PulseReply,
    PulseResponse,
    PulseRound,
    PulseSurvey,
    PulseSurveyQuestion,
    PulseSurveyVersion,
    Question,
    Service,
    Submission,
    Survey,
    SurveyVersion,
    Team,
)
from portal.models.common import utcnow
from portal.pulse import results
from portal.pulse.bank import seed_bank
from tests.support.html import csrf_token, page, text

ORIGINAL = "Dave Okafor in our team shouts at people in supervision"
REDACTED = "[name] in our team shouts at people in supervision"
# caseload (1-5) and eNPS (0-10) answers, per team
TEAMS = {
    "Team A": ([5, 5, 5, 5, 5, 4], [10, 10, 10, 10, 9, 9]),  # hidden: no "100%" anywhere
    "Team B": ([5, 4, 4, 3, 2, 1, 4], [10, 9, 8, 7, 6, 0, 3]),
    "Team C": ([4, 4, 4, 4, 3, 3, 2, 2], [9, 9, 8, 8, 8, 7, 7, 2]),
    "Team Small": ([1, 1], [0, 0]),
}
AGENCY_STAFF = {"Team C": 2}


def _build(threshold: int = 5, agency_staff: dict[str, int] | None = None) -> dict:
    """The pulse above, with one round; returns the ids the tests need."""
    seed_bank()
    db.session.flush()
    agency_staff = AGENCY_STAFF if agency_staff is None else agency_staff
    organisation = Organisation(
        slug=f"org-{uuid.uuid4().hex[:6]}", name="Test Council", kind="council"
    )
    service = Service(name="Assessment", code=f"T{uuid.uuid4().hex[:6].upper()}")
    organisation.services = [service]
    db.session.add(organisation)
    db.session.flush()
    by_key = {q.key: q for q in db.session.query(PulseQuestion)}
    survey = PulseSurvey(title="Test pulse", cadence="monthly", threshold=threshold)
    version = PulseSurveyVersion(survey=survey, number=1)
    version.questions = [
        PulseSurveyQuestion(question_id=by_key[key].id, position=n)
        for n, key in enumerate(["caseload", "enps"])
    ]
    db.session.add_all([survey, version])
    db.session.flush()
    pulse_round = PulseRound(
        version_id=version.id,
        opened_at=utcnow() - timedelta(days=10),
        closes_at=utcnow() - timedelta(days=3),
        threshold=threshold,
        invited=30,
    )
    db.session.add(pulse_round)
    db.session.flush()
    teams = {}
    for name, (caseload, enps) in TEAMS.items():
        team = Team(organisation_id=organisation.id, service_id=service.id, name=name)
        db.session.add(team)
        db.session.flush()
        teams[name] = team.id
        for index, (agree, score) in enumerate(zip(caseload, enps, strict=True)):
            kind = "agency" if index < agency_staff.get(name, 0) else "permanent"
            response = PulseResponse(
                id=uuid.uuid4().hex, round_id=pulse_round.id, team_id=team.id, employment=kind
            )
            response.answers = [
                PulseAnswer(question_id=by_key["caseload"].id, number_value=agree),
                PulseAnswer(question_id=by_key["enps"].id, number_value=score),
            ]
            db.session.add(response)
    db.session.commit()
    results.clear_caches()
    return {
        "survey": survey.id,
        "round": pulse_round.id,
        "organisation": organisation.id,
        "service": service.id,
        "teams": teams,
        "caseload": by_key["caseload"].id,
    }


@pytest.fixture
def pulse(app):
    with app.app_context():
        return _build()


def build(app, **kwargs) -> dict:
    # Never hold an app context across requests: the test client would reuse it (and its
    # session and `g`) for every request.
    with app.app_context():
        return _build(**kwargs)


def _comment(app, round_id: int, status: str = "published") -> int:
    with app.app_context():
        return _add_comment(round_id, status)


def _add_comment(round_id: int, status: str) -> int:
    version_id, question_id = db.session.execute(
        db.select(SurveyVersion.id, Question.id)
        .join(Survey, SurveyVersion.survey_id == Survey.id)
        .join(Question, Question.survey_version_id == SurveyVersion.id)
        .where(Survey.slug == "staff-pulse-comments")
    ).first()
    token = uuid.uuid4().hex
    submission = Submission(
        survey_version_id=version_id,
        audience="staff",
        channel="online",
        status=status,
        idempotency_hash=token,
        receipt_hash=token[::-1],
        pulse_round_id=round_id,
    )
    submission.answers = [
        Answer(question_id=question_id, text_value=ORIGINAL, redacted_text=REDACTED)
    ]
    db.session.add(submission)
    db.session.commit()
    return submission.id


def _row(response, name: str) -> str:
    """The heat map's row for a team, as text."""
    for tr in page(response).select("table.portal-heat-map tbody tr"):
        if tr.th.get_text(" ", strip=True) == name:
            return tr.get_text(" ", strip=True)
    raise AssertionError(f"no heat map row for {name}")


def test_figures_are_right_and_small_groups_show_nothing(pulse, signed_in):
    client, _ = signed_in("board")
    response = client.get(f"/staff/pulse/{pulse['survey']}")
    assert response.status_code == 200
    body = text(response)
    # Team B: caseload 5,4,4,3,2,1,4 -> mean 23/7 = 3.3, agree 4/7 = 57%; eNPS 2/7 - 3/7.
    assert "57% mean 3.3" in _row(response, "Team B")
    assert "-14" in _row(response, "Team B")  # 29% promoters (9-10) - 43% detractors (0-6)
    # Team C: 4,4,4,4,3,3,2,2 -> mean 3.25 -> 3.2 (banker's rounding of 3.25), 50% agree.
    assert re.search(r"50% mean 3\.[23]", _row(response, "Team C"))
    for hidden in ("Team A", "Team Small"):
        row_text = _row(response, hidden)
        assert "Not shown" in row_text
        assert not re.search(r"\d", row_text.replace(hidden, "")), row_text
    # Team A's figures (100% agree, mean 4.8, eNPS +100) appear nowhere on the page.
    assert "4.8" not in body and "+100" not in body
    # Team Small's (mean 1.0, eNPS -100) nowhere either.
    assert "1.0" not in body and "-100" not in body
    assert "23 people answered" in body


def test_figures_from_totals_by_hand(app_context):
    caseload = results.Question(1, "Caseload", "agree-scale", "caseload")
    enps = results.Question(2, "Recommend", "enps", "enps")
    figures = results.figures_from(
        7, {1: [7, 23, 4, 0, 0], 2: [7, 43, 0, 2, 4]}, [caseload, enps], threshold=5
    )
    assert figures.scores[1] == results.Score(answered=7, mean=3.3, favourable=57)
    assert figures.enps == results.Enps(answered=7, score=-28, promoters=29, detractors=57)
    too_few = results.figures_from(7, {1: [4, 12, 2, 0, 0]}, [caseload, enps], threshold=5)
    assert too_few.scores[1] is None and too_few.enps is None


def test_a_filter_that_reveals_a_small_group_by_subtraction_is_refused(app, signed_in):
    # 22 agency staff of 25 in the service: "agency staff" is large, but the service minus it
    # is the 3 permanent staff, so the agency-staff filter is refused.
    ids = build(app, agency_staff={"Team A": 6, "Team B": 7, "Team C": 7, "Team Small": 2})
    client, _ = signed_in("manager")
    response = client.get(f"/staff/pulse/{ids['survey']}?employment=agency")
    assert response.status_code == 200
    block = page(response).select_one("#pulse-results")
    words = block.get_text(" ", strip=True)
    assert "cannot be shown" in words
    assert not block.select("table")
    # Nothing but the threshold and the round's name in the message: no count, no percentage.
    with app.app_context():
        label = results.load_rounds(ids["survey"])[0].label
    warning = block.select_one(".govuk-warning-text").get_text(" ", strip=True)
    assert set(re.findall(r"\d+", warning.replace(label.lower(), ""))) == {"5"}
    assert "%" not in words
    # The same people as a whole group are fine.
    whole = client.get(f"/staff/pulse/{ids['survey']}")
    assert "cannot be shown" not in text(whole)


def test_a_small_filter_group_is_refused(app, signed_in):
    ids = build(app, agency_staff={"Team C": 2})
    client, _ = signed_in("admin")
    response = client.get(f"/staff/pulse/{ids['survey']}?employment=agency")
    assert "cannot be shown" in text(response)
    assert not page(response).select("#pulse-results table")


def test_htmx_asks_for_the_results_block_only(pulse, signed_in):
    client, _ = signed_in("board")
    response = client.get(
        f"/staff/pulse/{pulse['survey']}?service={pulse['service']}",
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert html.lstrip().startswith('<div id="pulse-results"')
    assert "<html" not in html
    assert "HX-Request" in response.headers.get("Vary", "")


def test_bad_filters_are_reported_not_fatal(pulse, signed_in):
    client, _ = signed_in("board")
    response = client.get(f"/staff/pulse/{pulse['survey']}?agency=abc&employment=boss")
    assert response.status_code == 200
    assert "Choose an agency from the list" in text(response)
    assert "Choose permanent or agency staff from the list" in text(response)


@pytest.mark.parametrize("role", ["staff", "moderator", "safeguarding-lead"])
def test_other_roles_are_refused(pulse, signed_in, role):
    client, _ = signed_in(role)
    assert client.get("/staff/pulse/").status_code == 403
    assert client.get(f"/staff/pulse/{pulse['survey']}").status_code == 403


@pytest.mark.parametrize("role", ["admin", "board", "manager"])
def test_readers_see_the_list_and_the_results(pulse, signed_in, role):
    client, _ = signed_in(role)
    listing = client.get("/staff/pulse/")
    assert listing.status_code == 200 and "Test pulse" in text(listing)
    assert client.get(f"/staff/pulse/{pulse['survey']}").status_code == 200


def test_manager_reply_shows_to_all_and_the_original_never_does(app, pulse, signed_in):
    submission_id = _comment(app, pulse["round"])
    unpublished = _comment(app, pulse["round"], status="received")
    manager, manager_user = signed_in("manager")
    url = f"/staff/pulse/{pulse['survey']}"
    shown = manager.get(url)
    assert REDACTED in text(shown)
    assert ORIGINAL not in shown.get_data(as_text=True)
    assert "Dave" not in shown.get_data(as_text=True)
    reply_url = f"{url}/rounds/{pulse['round']}/comments/{submission_id}/replies"
    empty = manager.post(reply_url, data={"csrf_token": csrf_token(shown), "text": "  "})
    assert empty.status_code == 422 and "Write your reply" in text(empty)
    sent = manager.post(
        reply_url, data={"csrf_token": csrf_token(shown), "text": "We hear you <b>and</b> act."}
    )
    assert sent.status_code == 303
    assert sent.headers["Location"].endswith(f"#comment-{submission_id}")
    # Not a published comment of this round: nothing to reply to.
    refused = manager.post(
        f"{url}/rounds/{pulse['round']}/comments/{unpublished}/replies",
        data={"csrf_token": csrf_token(shown), "text": "Hello"},
    )
    assert refused.status_code == 404

    board, _ = signed_in("board")
    seen = board.get(url)
    html = seen.get_data(as_text=True)
    assert "We hear you &lt;b&gt;and&lt;/b&gt; act." in html  # text, never HTML
    assert f"Reply from {manager_user.name}" in text(seen)
    assert ORIGINAL not in html
    assert not page(seen).select(f"form[action$='/comments/{submission_id}/replies']")
    with app.app_context():
        assert db.session.query(PulseReply).count() == 1
        event = db.session.query(AuditEvent).filter_by(action="pulse.reply-added").one()
        assert event.actor_id == manager_user.id and event.entity_id == submission_id


def test_board_cannot_reply(app, pulse, signed_in):
    submission_id = _comment(app, pulse["round"])
    board, _ = signed_in("board")
    shown = board.get(f"/staff/pulse/{pulse['survey']}")
    response = board.post(
        f"/staff/pulse/{pulse['survey']}/rounds/{pulse['round']}/comments/{submission_id}/replies",
        data={"csrf_token": csrf_token(shown), "text": "Hello"},
    )
    assert response.status_code == 403


def test_comments_are_hidden_when_the_round_is_too_small(app, signed_in):
    ids = build(app, threshold=30)  # nobody's group reaches 30
    _comment(app, ids["round"])
    client, _ = signed_in("board")
    response = client.get(f"/staff/pulse/{ids['survey']}")
    assert REDACTED not in text(response)
    assert "cannot be shown" in text(response)


def test_groups_are_synthetic_blocks_with_the_real_shape():
    structure = results.Structure(
        teams={1: results.TeamInfo("A", 10, 100), 2: results.TeamInfo("B", 10, 100)},
        services={10: ("S", 100)},
        agencies={100: "Agency"},
    )
    groups = results.round_groups(((1, "agency", 2), (1, "permanent", 4), (2, None, 5)), structure)
    everyone = groups[results.Group("everyone", None)]
    assert len(everyone) == 11
    assert len(groups[results.Group("team", 1)]) == 6
    assert set(groups[results.Group("team", 1, "agency")]) <= set(everyone)
    assert len(groups[results.Group("service", 10, "permanent")]) == 4
    assert results.Group("team", 2, "permanent") not in groups


def test_demo_pulse_seeds_once_and_hides_its_small_teams(app, signed_in):
    import random

    from portal.seed.demo import seed_demo
    from portal.seed.pulse_demo import DEMO_PULSE, seed_pulse_demo

    with app.app_context():
        seed_demo("demo-secret", submissions=0)  # the demo includes its pulse
        assert seed_pulse_demo(random.Random(1)) is False  # and a second seeding adds nothing
        survey_id = db.session.query(PulseSurvey.id).filter_by(title=DEMO_PULSE).scalar()
        assert db.session.query(PulseRound).count() == 6
    client, _ = signed_in("manager")
    response = client.get(f"/staff/pulse/{survey_id}")
    assert response.status_code == 200
    for small in ("Early Help locality north", "Youth Justice case managers"):
        row_text = _row(response, small)
        assert not re.search(r"\d", row_text.replace(small, "")), row_text
    assert "Reply from Max Team-Manager" in text(response)
