"""A staff member answers through their link: once, anonymously, and comments go to moderation."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import DateTime, func, inspect, select, text

from portal.extensions import db
from portal.models import (
    AuditEvent,
    OutboxMessage,
    PulseAnswer,
    PulseInvitation,
    PulseQuestion,
    PulseReply,
    PulseResponse,
    PulseRound,
    PulseSurvey,
    SafeguardingCase,
    Submission,
    Survey,
    SurveyVersion,
)
from portal.models.common import Role, SubmissionStatus, utcnow
from portal.pulse import rounds
from tests.pulse.invite_helpers import build_roster, make_survey
from tests.support.html import csrf_token, error_messages, page
from tests.support.html import text as page_text

AGREE = {"q_caseload": "4", "q_supervision": "2", "q_valued": "5"}
ANSWERS = {**AGREE, "q_enps": "9", "q_employment": "agency"}


@pytest.fixture
def pulse(app):
    """Team A (6 people) and Team B (3) in one round of a pulse with every bank question."""
    with app.app_context():
        roster = build_roster({"Council": {"": {"Team A": 6, "Team B": 3}}})
        survey_id = make_survey(teams=[roster.teams["Team A"], roster.teams["Team B"]], threshold=5)
        opened = rounds.open_round(db.session.get(PulseSurvey, survey_id), email=False)
    links = {email: link.rsplit("/", 1)[1] for email, link in opened.links}
    by_team = {team: [links[email] for email in emails] for team, emails in roster.members.items()}
    return {"round_id": opened.round_id, "teams": roster.teams, "links": by_team}


def _post(client, token: str, answers: dict | None = None, **extra):
    form = client.get(f"/pulse/{token}")
    data = {"csrf_token": csrf_token(form), **(ANSWERS if answers is None else answers), **extra}
    return client.post(f"/pulse/{token}", data=data)


def _count(app, model) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model))


def test_an_unknown_link_gets_a_clear_not_found_page(client):
    for token in ["A" * 32, "nonsense", "x" * 200]:
        response = client.get(f"/pulse/{token}")
        assert response.status_code == 404
        assert "This link does not work" in page_text(response)
        assert "use the link in the newest e-mail" in page_text(response)


def test_the_questions_page_states_the_anonymity_and_asks_every_question(client, pulse):
    response = client.get(f"/pulse/{pulse['links']['Team A'][0]}")

    assert response.status_code == 200
    words = page_text(response)
    assert (
        "Your answers are not linked to you or this link. Results are only shown for groups "
        "of at least 5 people." in words
    )
    soup = page(response)
    assert [i["value"] for i in soup.select("input[name=q_caseload]")] == list("12345")
    labels = [label.get_text(strip=True) for label in soup.select("label[for^=q_caseload]")]
    assert labels[0] == "Strongly disagree" and labels[-1] == "Strongly agree"
    assert [i["value"] for i in soup.select("input[name=q_enps]")] == [str(n) for n in range(11)]
    assert [i["value"] for i in soup.select("input[name=q_employment]")] == [
        "permanent",
        "agency",
        "other",
    ]
    assert soup.select_one("textarea[name=q_comment]") is not None
    assert "do not name colleagues" in words
    assert "personal details" in words
    assert not soup.select("input[required], textarea[required]")  # every question optional
    # Nothing on the page comes from anywhere else: no tracking, fonts or CDNs.
    sources = [tag.get("src") or tag.get("href") or "" for tag in soup.select("[src], link")]
    assert not [s for s in sources if s.startswith(("http:", "https:", "//"))]


def test_answering_stores_one_anonymous_response_and_the_link_then_refuses(app, client, pulse):
    token = pulse["links"]["Team A"][0]

    response = _post(client, token)

    assert response.status_code == 303
    assert response.headers["Location"] == "/pulse/thanks"
    thanks = client.get("/pulse/thanks")
    assert "Thank you, your answers are saved" in page_text(thanks)
    with app.app_context():
        [saved] = db.session.scalars(select(PulseResponse)).all()
        assert saved.round_id == pulse["round_id"]
        assert saved.team_id == pulse["teams"]["Team A"]
        assert saved.employment == "agency"
        assert len(saved.id) == 32 and int(saved.id, 16) >= 0
        answers = {
            key: (number, choice)
            for key, number, choice in db.session.execute(
                select(PulseQuestion.key, PulseAnswer.number_value, PulseAnswer.choice_value).join(
                    PulseQuestion, PulseQuestion.id == PulseAnswer.question_id
                )
            )
        }
        assert answers == {
            "caseload": (4, None),
            "supervision": (2, None),
            "valued": (5, None),
            "enps": (9, None),
            "employment": (None, "agency"),
        }
        used = db.session.scalar(
            select(PulseInvitation).where(PulseInvitation.token_hash == rounds.token_hash(token))
        )
        assert used.used is True
        [event] = db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "pulse.answered")
        ).all()
        assert (event.entity_type, event.entity_id, event.detail) == (
            "pulse_round",
            pulse["round_id"],
            {},
        )
        assert event.actor_id is None

    again = client.get(f"/pulse/{token}")
    assert again.status_code == 410
    assert "You have already answered this round" in page_text(again)
    assert "Each link works once" in page_text(again)
    # The same form sent again (a resend, or the back button) stores nothing.
    fresh = csrf_token(client.get(f"/pulse/{pulse['links']['Team B'][0]}"))
    resent = client.post(f"/pulse/{token}", data={"csrf_token": fresh, **ANSWERS})
    assert resent.status_code == 410
    assert _count(app, PulseResponse) == 1
    assert _count(app, PulseAnswer) == 5


def test_a_blank_form_still_counts_as_answering(app, client, pulse):
    response = _post(client, pulse["links"]["Team B"][0], answers={})

    assert response.status_code == 303
    assert _count(app, PulseResponse) == 1
    assert _count(app, PulseAnswer) == 0


def test_a_double_submit_stores_one_response(app, pulse):
    token = pulse["links"]["Team A"][1]
    clients = [app.test_client(), app.test_client()]
    forms = [
        {"csrf_token": csrf_token(c.get(f"/pulse/{token}")), **ANSWERS, "q_comment": "Too busy"}
        for c in clients
    ]
    start = threading.Barrier(2)
    statuses = []

    def send(client, data):
        start.wait()
        statuses.append(client.post(f"/pulse/{token}", data=data).status_code)

    threads = [
        threading.Thread(target=send, args=pair) for pair in zip(clients, forms, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(statuses) == [303, 410]
    assert _count(app, PulseResponse) == 1
    assert _count(app, Submission) == 1


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("q_caseload", "6", "Choose one of the answers shown"),
        ("q_enps", "11", "Choose one of the answers shown"),
        ("q_employment", "contractor", "Choose one of the answers shown"),
        ("q_comment", "x" * 5001, "must be 5,000 characters or fewer"),
    ],
)
def test_bad_values_are_refused_in_plain_words_and_the_link_stays_unused(
    app, client, pulse, field, value, message
):
    token = pulse["links"]["Team A"][2]

    response = _post(client, token, **{field: value})

    assert response.status_code == 400
    assert any(message in m for m in error_messages(response))
    assert _count(app, PulseResponse) == 0
    assert client.get(f"/pulse/{token}").status_code == 200


def test_a_post_without_a_csrf_token_is_refused(app, client, pulse):
    response = client.post(f"/pulse/{pulse['links']['Team A'][0]}", data=ANSWERS)

    assert response.status_code == 400
    assert _count(app, PulseResponse) == 0


def test_a_closed_round_takes_no_answers(app, client, pulse):
    token = pulse["links"]["Team B"][1]
    form = client.get(f"/pulse/{token}")
    with app.app_context():
        db.session.get(PulseRound, pulse["round_id"]).closes_at = utcnow() - timedelta(minutes=1)
        db.session.commit()

    response = client.post(f"/pulse/{token}", data={"csrf_token": csrf_token(form), **ANSWERS})

    assert response.status_code == 410
    assert "This pulse has closed" in page_text(response)
    assert client.get(f"/pulse/{token}").status_code == 410
    assert _count(app, PulseResponse) == 0


def test_a_link_replaced_by_a_reminder_stops_working(app, client, pulse):
    token = pulse["links"]["Team B"][2]
    with app.app_context():
        rounds.remind(now=utcnow() + timedelta(days=3, minutes=1))

    assert client.get(f"/pulse/{token}").status_code == 404
    assert _count(app, OutboxMessage) == 9  # everyone was reminded, with a new link


def _comments_survey(app) -> tuple[int, int]:
    with app.app_context():
        return db.session.execute(
            select(SurveyVersion.id, Survey.audience)
            .join(Survey)
            .where(Survey.slug == "staff-pulse-comments")
        ).one()


def test_a_comment_becomes_a_moderation_item_with_nothing_of_the_sender(app, client, pulse):
    words = "Supervision keeps getting cancelled because caseloads are too high."

    _post(client, pulse["links"]["Team A"][3], q_comment=words)

    version_id, _ = _comments_survey(app)
    with app.app_context():
        [item] = db.session.scalars(select(Submission)).all()
        assert item.audience == "staff"
        assert item.channel == "pulse"
        assert item.status == SubmissionStatus.RECEIVED
        assert item.survey_version_id == version_id
        assert item.pulse_round_id == pulse["round_id"]
        assert item.entered_by_id is None and item.service_id is None
        assert item.urgent is False
        assert item.analysis is not None and item.suggested_themes.strip()
        assert [a.text_value for a in item.answers] == [words]
        # The comment is not a pulse answer, and nothing ties it to the response.
        assert _count(app, PulseAnswer) == 5
        assert _count(app, SafeguardingCase) == 0


def test_a_flagged_comment_opens_a_safeguarding_case(app, client, pulse, make_staff):
    lead = make_staff(Role.SAFEGUARDING_LEAD)
    words = (
        "A girl on my caseload told me today her stepdad hits her and she is scared to go "
        "home tonight, and nobody has picked it up."
    )

    _post(client, pulse["links"]["Team A"][4], q_comment=words)

    with app.app_context():
        [item] = db.session.scalars(select(Submission)).all()
        assert item.status == SubmissionStatus.HELD
        assert item.urgent is True
        [case] = db.session.scalars(select(SafeguardingCase)).all()
        assert case.submission_id == item.id
        [alert] = db.session.scalars(select(OutboxMessage)).all()
        assert alert.to_address == lead.email
        assert "stepdad" not in alert.body_text


def test_the_used_page_shows_published_comments_with_replies_never_the_original(
    app, client, pulse, make_staff
):
    manager = make_staff(Role.MANAGER)
    original = "My manager Dave Smith never turns up to supervision."
    _post(client, pulse["links"]["Team A"][5], q_comment=original)
    _post(client, pulse["links"]["Team B"][0], q_comment="Also unanswered, so not shown here.")
    with app.app_context():
        first, second = db.session.scalars(select(Submission).order_by(Submission.id)).all()
        first.status = SubmissionStatus.PUBLISHED
        first.answers[0].redacted_text = "My manager [name] never turns up to supervision."
        second.status = SubmissionStatus.PUBLISHED
        second.answers[0].redacted_text = "Also unanswered, so not shown here."
        db.session.add(
            PulseReply(
                submission_id=first.id,
                round_id=pulse["round_id"],
                author_id=manager.id,
                text="We have put cover in place for supervision from next week.",
            )
        )
        db.session.commit()

    response = client.get(f"/pulse/{pulse['links']['Team A'][5]}")

    assert response.status_code == 410
    words = page_text(response)
    assert "My manager [name] never turns up to supervision." in words
    assert "We have put cover in place for supervision from next week." in words
    assert "Dave Smith" not in words
    assert "Also unanswered" not in words
    assert manager.email not in words and manager.name not in words


def test_the_schema_has_no_path_from_an_answer_to_a_person_link_or_time(app):
    for table_name, columns, targets in [
        ("pulse_response", {"id", "round_id", "team_id", "employment"}, {"pulse_round", "team"}),
        (
            "pulse_answer",
            {"id", "response_id", "question_id", "number_value", "choice_value"},
            {"pulse_response", "pulse_question"},
        ),
    ]:
        table = db.metadata.tables[table_name]
        assert set(table.columns.keys()) == columns
        assert {fk.column.table.name for fk in table.foreign_keys} == targets
        assert not [c for c in table.columns if isinstance(c.type, DateTime)]
        # The migrated database agrees with the models.
        with app.app_context():
            inspector = inspect(db.engine)
            assert {c["name"] for c in inspector.get_columns(table_name)} == columns
            assert {fk["referred_table"] for fk in inspector.get_foreign_keys(table_name)} == (
                targets
            )
    # And no table points at a response: nothing can be joined to one from the other side.
    pointing = {
        fk.parent.table.name
        for table in db.metadata.tables.values()
        for fk in table.foreign_keys
        if fk.column.table.name == "pulse_response"
    }
    assert pointing == {"pulse_answer"}


def test_the_rows_have_no_path_from_an_answer_to_a_person_link_or_time(app, client, pulse):
    tokens = pulse["links"]["Team A"][:3]
    for token in tokens:
        _post(client, token)
    with app.app_context():
        invitations = db.session.scalars(select(PulseInvitation)).all()
        forbidden = {
            *tokens,
            *(i.token_hash for i in invitations),
            *(str(i.id) for i in invitations),
            *(str(i.staff_member_id) for i in invitations),
        }
        responses = db.session.execute(select(PulseResponse.__table__)).mappings().all()
        assert len(responses) == 3
        for row in responses:
            assert row["id"] not in forbidden
            assert set(row) == {"id", "round_id", "team_id", "employment"}
        # Random ids: their order says nothing about the order people answered in.
        assert len({row["id"] for row in responses}) == 3
        for row in db.session.execute(select(PulseAnswer.__table__)).mappings():
            assert set(row) == {"id", "response_id", "question_id", "number_value", "choice_value"}
        # The audit log says a round was answered, never by whom or from which team.
        for event in db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "pulse.answered")
        ):
            assert event.actor_id is None
            assert event.detail == {}


def test_postgres_row_versions_do_not_pair_an_invitation_with_its_response(app, client, pulse):
    """On PostgreSQL, xmin names the transaction that wrote a row; it must not pair them."""
    with app.app_context():
        if db.engine.dialect.name != "postgresql":
            return
    first, second = pulse["links"]["Team A"][:2]
    _post(client, first)
    with app.app_context():
        [first_response_xmin] = db.session.scalars(
            select(text("xmin::text")).select_from(PulseResponse)
        ).all()
    _post(client, second)
    with app.app_context():
        invitation_xmins = set(
            db.session.scalars(
                select(text("xmin::text"))
                .select_from(PulseInvitation)
                .where(PulseInvitation.used.is_(True))
            )
        )
    # Both used invitations were rewritten by the second answer, so the first response's
    # transaction matches no invitation, and the second's matches every used one in the team.
    assert len(invitation_xmins) == 1
    assert first_response_xmin not in invitation_xmins
