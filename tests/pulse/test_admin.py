"""The admin side of staff pulses: question bank, teams and roster, pulses, rounds and rates.

Everything goes through the real pages with real forms, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, update
from werkzeug.datastructures import MultiDict

from portal.extensions import db
from portal.models import (
    AuditEvent,
    Organisation,
    OutboxMessage,
    PulseInvitation,
    PulseQuestion,
    PulseRound,
    PulseSurvey,
    PulseSurveyVersion,
    Service,
    StaffMember,
    Team,
)
from portal.pulse.bank import seed_bank
from tests.support.html import csrf_token, error_messages, page, text

QUESTIONS = "/admin/pulse/questions"
TEAMS = "/admin/pulse/teams"
SURVEYS = "/admin/pulse/surveys"


@pytest.fixture
def structure(app):
    """Two agencies, a service, three teams (6, 2 and 3 people) and the seeded bank."""
    with app.app_context():
        seed_bank()  # reference data: emptied between PostgreSQL tests, so put back here
        council = Organisation(slug="council", name="Council", kind="council")
        police = Organisation(slug="police", name="Police", kind="police")
        db.session.add_all([council, police])
        db.session.flush()
        care = Service(organisation_id=council.id, name="Children in Care", code="CARE")
        db.session.add(care)
        db.session.flush()
        ids = {"council": council.id, "police": police.id, "care": care.id}
        for name, org, service, people in (
            ("North", council.id, care.id, 6),
            ("South", council.id, care.id, 2),
            ("Exploitation", police.id, None, 3),
        ):
            team = Team(organisation_id=org, service_id=service, name=name)
            db.session.add(team)
            db.session.flush()
            ids[name] = team.id
            db.session.add_all(
                StaffMember(email=f"{name.lower()}-{n}@staff.example", team_id=team.id)
                for n in range(1, people + 1)
            )
        db.session.commit()
        return ids


@pytest.fixture
def admin(signed_in):
    client, _ = signed_in("admin")
    return client


def post(client, path: str, data: dict | list | None = None, token_from: str | None = None):
    token = csrf_token(client.get(token_from or path))
    pairs = list(data.items()) if isinstance(data, dict) else list(data or [])
    return client.post(path, data=MultiDict([("csrf_token", token), *pairs]))


def audit_actions(app) -> list[str]:
    with app.app_context():
        return list(db.session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def count(app, model) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model))


def question_id(app, words: str) -> int:
    with app.app_context():
        return db.session.scalar(select(PulseQuestion.id).where(PulseQuestion.text == words))


# --- Who may use these pages ------------------------------------------------------------------


def test_only_admins_reach_the_pulse_admin_pages(app, signed_in, structure):
    pages = ["/admin/pulse/", QUESTIONS, TEAMS, f"{TEAMS}/{structure['North']}", SURVEYS]
    pages.append(f"{SURVEYS}/new")
    anonymous = app.test_client()
    for path in pages:
        response = anonymous.get(path)
        assert response.status_code == 302, path
        assert "/staff/sign-in" in response.headers["Location"]
    for role in ("moderator", "safeguarding-lead", "board", "manager", "staff"):
        client, _ = signed_in(role)
        for path in pages:
            assert client.get(path).status_code == 403, (role, path)
        token = csrf_token(client.get("/feedback/child"))
        for path in (QUESTIONS, TEAMS, "/admin/pulse/roster", f"{SURVEYS}/new"):
            response = client.post(path, data={"csrf_token": token, "text": "Sneaky"})
            assert response.status_code == 403, (role, path)
    admin, _ = signed_in("admin")
    for path in pages:
        assert admin.get(path).status_code == 200, path
    assert count(app, PulseQuestion) == 11  # the seeded bank, nothing added


# --- The question bank ------------------------------------------------------------------------


def test_admin_adds_retires_and_restores_a_question(app, admin, structure):
    words = "I can take the leave I am owed."
    response = post(admin, QUESTIONS, {"text": words, "kind": "agree-scale"})
    assert response.status_code == 303
    shown = text(admin.get(QUESTIONS))
    assert f"Added to the bank: “{words}”" in shown

    added = question_id(app, words)
    response = post(admin, f"{QUESTIONS}/{added}/retire", token_from=QUESTIONS)
    assert response.status_code == 303
    with app.app_context():
        assert db.session.get(PulseQuestion, added).active is False
    retired_page = page(admin.get(QUESTIONS))
    retired_table = retired_page.find("caption", string="Retired questions").find_parent("table")
    assert words in retired_table.get_text()

    assert post(admin, f"{QUESTIONS}/{added}/restore", token_from=QUESTIONS).status_code == 303
    with app.app_context():
        assert db.session.get(PulseQuestion, added).active is True
    assert audit_actions(app)[-3:] == [
        "pulse-question.added",
        "pulse-question.retired",
        "pulse-question.restored",
    ]


def test_a_choice_question_keeps_its_options_in_order(app, admin, structure):
    response = post(
        admin,
        QUESTIONS,
        {
            "text": "Which office do you work from?",
            "kind": "choice",
            "options": "Town hall\n\nDepot\n",
        },
    )
    assert response.status_code == 303
    with app.app_context():
        question = db.session.get(PulseQuestion, question_id(app, "Which office do you work from?"))
        assert question.options == [
            {"value": "town-hall", "label": "Town hall"},
            {"value": "depot", "label": "Depot"},
        ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": "", "kind": "agree-scale"}, "Enter the question"),
        ({"text": "x" * 301, "kind": "comment"}, "The question must be 300 characters or fewer"),
        ({"text": "How is it?"}, "Choose what kind of answer the question takes"),
        ({"text": "How is it?", "kind": "essay"}, "Choose one of the answers shown"),
        ({"text": "Pick one", "kind": "choice", "options": "Only"}, "Write at least two options"),
        (
            {"text": "Pick one", "kind": "choice", "options": "Same\nsame"},
            "Each option must be different",
        ),
        (
            {"text": "I feel valued for the work I do.", "kind": "agree-scale"},
            "The bank already has this question",
        ),
    ],
)
def test_bad_questions_are_refused_clearly_and_nothing_is_saved(
    app, admin, structure, data, message
):
    before = count(app, PulseQuestion)
    response = post(admin, QUESTIONS, data)
    assert response.status_code == 422
    assert any(message in error for error in error_messages(response)), error_messages(response)
    assert page(response).title.get_text().startswith("Error: ")
    assert count(app, PulseQuestion) == before
    assert "pulse-question.added" not in audit_actions(app)


# --- Teams and the roster ---------------------------------------------------------------------


def test_teams_page_shows_each_team_and_its_size(admin, structure):
    rows = {
        row.find("a").get_text(strip=True): [c.get_text(strip=True) for c in row.find_all("td")]
        for row in page(admin.get(TEAMS)).select("tbody tr")
        if row.find("a")
    }
    assert rows["North"][1:4] == ["Council", "Children in Care", "6"]
    assert rows["South"][3] == "2"
    assert rows["Exploitation"][1:4] == ["Police", "None", "3"]


def test_admin_adds_renames_and_retires_a_team(app, admin, structure):
    response = post(
        admin,
        TEAMS,
        {"team-organisation": str(structure["council"]), "team-service": "", "team-name": "Duty"},
    )
    assert response.status_code == 303
    with app.app_context():
        team = db.session.scalar(select(Team).where(Team.name == "Duty"))
        assert (team.organisation_id, team.service_id) == (structure["council"], None)
    duty = f"{TEAMS}/{team.id}"
    assert post(admin, duty, {"name": "Duty and Assessment"}).status_code == 303
    assert post(admin, f"{duty}/retire", token_from=duty).status_code == 303
    with app.app_context():
        team = db.session.get(Team, team.id)
        assert (team.name, team.active) == ("Duty and Assessment", False)
    assert audit_actions(app)[-3:] == ["team.added", "team.renamed", "team.retired"]

    # A team with people on it is not retired; the same name twice is refused.
    north = f"{TEAMS}/{structure['North']}"
    response = post(admin, f"{north}/retire", token_from=north)
    assert response.status_code == 422
    assert "North still has 6 people on the roster" in text(response)
    response = post(
        admin,
        TEAMS,
        {"team-organisation": str(structure["police"]), "team-name": " north "},
    )
    assert response.status_code == 422
    assert any("already a team called “North”" in e for e in error_messages(response))
    # A service of another agency is refused.
    response = post(
        admin,
        TEAMS,
        {
            "team-organisation": str(structure["police"]),
            "team-service": str(structure["care"]),
            "team-name": "Mixed up",
        },
    )
    assert response.status_code == 422
    assert any("Choose a service of Police" in e for e in error_messages(response))
    with app.app_context():
        assert db.session.get(Team, structure["North"]).active is True
        assert db.session.scalar(select(func.count()).select_from(Team)) == 4


def test_roster_import_adds_moves_and_reactivates(app, admin, structure):
    with app.app_context():
        db.session.execute(
            update(StaffMember)
            .where(StaffMember.email == "south-1@staff.example")
            .values(active=False)
        )
        db.session.commit()
    lines = "\n".join(
        [
            "email,team",
            "New.Person@Staff.Example, North",
            "",
            "another@staff.example,exploitation",
            "south-1@staff.example,South",  # reactivated
            "north-1@staff.example,South",  # moved
            "north-2@staff.example,North",  # unchanged
        ]
    )
    response = post(admin, "/admin/pulse/roster", {"roster-lines": lines}, token_from=TEAMS)
    assert response.status_code == 303
    assert (
        "Roster imported: 2 added, 1 moved to another team, 1 reactivated, 1 already there."
        in text(admin.get(TEAMS))
    )
    with app.app_context():
        by_email = {m.email: m for m in db.session.scalars(select(StaffMember))}
        assert by_email["new.person@staff.example"].team_id == structure["North"]
        assert by_email["another@staff.example"].team_id == structure["Exploitation"]
        assert by_email["north-1@staff.example"].team_id == structure["South"]
        assert by_email["south-1@staff.example"].active is True
        event = db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "pulse-roster.imported")
        ).one()
        assert len(event.detail["added"]) == 2 and event.detail["unchanged"] == 1


def test_roster_import_with_any_bad_line_imports_nothing_and_lists_each_line(app, admin, structure):
    before = count(app, StaffMember)
    lines = "\n".join(
        [
            "good@staff.example,North",  # 1
            "not-an-address,North",  # 2
            "good2@staff.example,Nowhere",  # 3
            "good3@staff.example",  # 4
            "good@staff.example,South",  # 5: the same person twice
            "a@staff.example,North,extra",  # 6
            ",North",  # 7
        ]
    )
    response = post(admin, "/admin/pulse/roster", {"roster-lines": lines}, token_from=TEAMS)
    assert response.status_code == 422
    assert error_messages(response) == [
        "6 lines have problems, so nothing was imported. Correct the lines listed below the box "
        "and import again"
    ]
    rows = [
        [cell.get_text(" ", strip=True) for cell in row.find_all("td")]
        for row in page(response).select("#roster-problems tbody tr")
    ]
    assert [row[0] for row in rows] == ["2", "3", "4", "5", "6", "7"]
    messages = [row[2] for row in rows]
    assert "Line 2: “not-an-address” is not an email address" in messages
    assert "Line 3: there is no team called “Nowhere”" in messages
    assert "Line 4: it needs an email address, a comma, then the team name" in messages
    assert "Line 5: good@staff.example is also on line 1" in messages
    assert messages[4].startswith("Line 6: it has more than one comma")
    assert "Line 7: the email address is missing" in messages
    # The paste stays in the box, to correct and send again.
    assert page(response).find("textarea", {"name": "roster-lines"}).get_text().strip() == lines
    assert count(app, StaffMember) == before
    assert "pulse-roster.imported" not in audit_actions(app)


def test_admin_adds_moves_and_deactivates_one_person(app, admin, structure):
    response = post(
        admin,
        "/admin/pulse/people",
        {"person-email": "Jo@Staff.Example", "person-team": str(structure["North"])},
        token_from=TEAMS,
    )
    assert response.status_code == 303
    with app.app_context():
        member = db.session.scalar(
            select(StaffMember).where(StaffMember.email == "jo@staff.example")
        )
    found = admin.get("/admin/pulse/people?email=JO@staff.example")
    assert found.status_code == 303 and found.headers["Location"].endswith(f"/people/{member.id}")
    person = f"/admin/pulse/people/{member.id}"
    assert (
        post(admin, f"{person}/move", {"team": str(structure["South"])}, person).status_code == 303
    )
    assert post(admin, f"{person}/deactivate", token_from=person).status_code == 303
    with app.app_context():
        member = db.session.get(StaffMember, member.id)
        assert (member.team_id, member.active) == (structure["South"], False)
    assert audit_actions(app)[-3:] == [
        "staff-member.added",
        "staff-member.moved",
        "staff-member.deactivated",
    ]
    # The same address again, or no address at all, is refused with a reason.
    response = post(
        admin,
        "/admin/pulse/people",
        {"person-email": "jo@staff.example", "person-team": str(structure["North"])},
        token_from=TEAMS,
    )
    assert response.status_code == 422
    assert any(
        "already on the roster (in South, deactivated)" in e for e in error_messages(response)
    )
    response = post(admin, "/admin/pulse/people", {"person-email": "jo"}, token_from=TEAMS)
    assert response.status_code == 422
    assert error_messages(response) == [
        "Enter an email address like name@agency.example",
        "Choose the person's team",
    ]


# --- Pulses -----------------------------------------------------------------------------------


def survey_data(app, structure, **overrides) -> list[tuple[str, str]]:
    with app.app_context():
        ids = {q.key: q.id for q in db.session.scalars(select(PulseQuestion))}
    data = {
        "title": "Children's services monthly pulse",
        "cadence": "monthly",
        "threshold": "5",
        "audience": [f"service-{structure['care']}", f"team-{structure['Exploitation']}"],
        "next_round": ["", "", ""],
        f"position_{ids['caseload']}": "1",
        f"position_{ids['enps']}": "3",
        f"position_{ids['supervision']}": "2",
    }
    data.update(overrides)
    pairs = []
    for name, value in data.items():
        for one in value if isinstance(value, list) else [value]:
            pairs.append((name, one))
    return pairs


def survey_version(app, survey_id: int, number: int) -> list[str]:
    with app.app_context():
        version = db.session.scalars(
            select(PulseSurveyVersion).where(
                PulseSurveyVersion.survey_id == survey_id, PulseSurveyVersion.number == number
            )
        ).one()
        return [q.question.key for q in version.questions]


def test_a_new_pulse_defaults_to_threshold_5_and_refuses_2(app, admin, structure):
    form = page(admin.get(f"{SURVEYS}/new"))
    assert form.find("input", {"name": "threshold"})["value"] == "5"
    # Audience checkboxes are grouped by agency.
    legends = [legend.get_text(strip=True) for legend in form.select("fieldset fieldset legend")]
    assert legends == ["Council", "Police"]

    response = post(admin, f"{SURVEYS}/new", survey_data(app, structure, threshold="2"))
    assert response.status_code == 422
    assert error_messages(response) == [
        "The anonymity threshold must be 3 or more: in a smaller group people could work out "
        "who said what"
    ]
    assert count(app, PulseSurvey) == 0

    response = post(admin, f"{SURVEYS}/new", survey_data(app, structure))
    assert response.status_code == 303
    with app.app_context():
        survey = db.session.scalars(select(PulseSurvey)).one()
        assert (survey.threshold, survey.cadence, survey.next_round_at) == (5, "monthly", None)
        assert {(p.service_id, p.team_id) for p in survey.audience} == {
            (structure["care"], None),
            (None, structure["Exploitation"]),
        }
    assert survey_version(app, survey.id, 1) == ["caseload", "supervision", "enps"]
    assert "pulse-survey.created" in audit_actions(app)
    detail = text(admin.get(f"{SURVEYS}/{survey.id}"))
    assert "On the roster in that audience now 11" in detail


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"title": ""}, "Enter a title for the pulse"),
        ({"cadence": "daily"}, "Choose one of the answers shown"),
        ({"threshold": "five"}, "Enter the anonymity threshold as a whole number, like 5"),
        ({"threshold": ""}, "Enter the anonymity threshold, like 5"),
        ({"audience": []}, "Choose who the pulse goes to: an agency, a service or a team"),
        ({"audience": ["team-99999"]}, "Choose from the answers shown"),
        ({"next_round": ["31", "2", "2030"]}, "The date of the next round must be a real date"),
        ({"next_round": ["1", "1", "2001"]}, "The date of the next round must be today or later"),
    ],
)
def test_bad_pulse_settings_are_refused_clearly(app, admin, structure, overrides, message):
    response = post(admin, f"{SURVEYS}/new", survey_data(app, structure, **overrides))
    assert response.status_code == 422
    assert message in error_messages(response)
    assert count(app, PulseSurvey) == 0


def test_a_pulse_needs_at_least_one_question(app, admin, structure):
    data = [(k, v) for k, v in survey_data(app, structure) if not k.startswith("position_")]
    response = post(admin, f"{SURVEYS}/new", data)
    assert response.status_code == 422
    assert error_messages(response) == ["Choose at least one question by giving it a number"]
    data = survey_data(app, structure)
    data = [(k, "x" if k.startswith("position_") and v == "1" else v) for k, v in data]
    assert post(admin, f"{SURVEYS}/new", data).status_code == 422


def _create(app, admin, structure, **overrides) -> int:
    assert (
        post(admin, f"{SURVEYS}/new", survey_data(app, structure, **overrides)).status_code == 303
    )
    with app.app_context():
        return db.session.scalar(select(func.max(PulseSurvey.id)))


def _open(admin, survey_id: int, send: str = "email"):
    detail = admin.get(f"{SURVEYS}/{survey_id}")
    rounds_seen = page(detail).find("input", {"name": "rounds_seen"})["value"]
    return admin.post(
        f"{SURVEYS}/{survey_id}/rounds",
        data={"csrf_token": csrf_token(detail), "send": send, "rounds_seen": rounds_seen},
    )


def test_changing_questions_after_a_round_makes_version_2(app, admin, structure):
    survey_id = _create(app, admin, structure)
    with app.app_context():
        ids = {q.key: q.id for q in db.session.scalars(select(PulseQuestion))}
    # Before any round, version 1 is changed in place.
    edit = f"{SURVEYS}/{survey_id}/edit"
    response = post(admin, edit, survey_data(app, structure, **{f"position_{ids['valued']}": "4"}))
    assert response.status_code == 303
    assert survey_version(app, survey_id, 1) == ["caseload", "supervision", "enps", "valued"]

    assert _open(admin, survey_id).status_code == 303
    with app.app_context():
        first_round = db.session.scalars(select(PulseRound)).one()
        version_1 = first_round.version_id
        assert first_round.threshold == 5

    # The edit form starts from the pulse as it is.
    form = page(admin.get(edit))
    assert form.find("input", {"name": f"position_{ids['valued']}"})["value"] == "4"
    assert "makes a new version" in form.get_text()

    changed = survey_data(
        app,
        structure,
        threshold="7",
        **{f"position_{ids['enps']}": "", f"position_{ids['training']}": "1"},
    )
    response = post(admin, edit, changed)
    assert response.status_code == 303
    shown = text(admin.get(f"{SURVEYS}/{survey_id}"))
    assert "The questions are now version 2" in shown
    assert "rounds already opened keep the threshold they opened with" in shown
    # Two questions numbered 1 are asked in the bank's order.
    assert survey_version(app, survey_id, 2) == ["caseload", "training", "supervision"]
    assert survey_version(app, survey_id, 1) == ["caseload", "supervision", "enps", "valued"]
    with app.app_context():
        kept = db.session.get(PulseRound, first_round.id)
        assert (kept.version_id, kept.threshold) == (version_1, 5)
        assert db.session.get(PulseSurvey, survey_id).threshold == 7
        changes = db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "pulse-survey.changed")
        ).all()
        assert [c.detail["new_version"] for c in changes] == [None, 2]

    # A further change before the next round edits version 2 in place.
    again = survey_data(app, structure, threshold="7", **{f"position_{ids['enps']}": ""})
    assert post(admin, edit, again).status_code == 303
    assert survey_version(app, survey_id, 2) == ["caseload", "supervision"]
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(PulseSurveyVersion)) == 2


def test_rates_are_hidden_for_teams_invited_below_the_threshold(app, admin, structure):
    # North 6, South 2, Exploitation 3: everyone 11.
    survey_id = _create(app, admin, structure)
    assert _open(admin, survey_id).status_code == 303
    with app.app_context():
        invitations = db.session.scalars(select(PulseInvitation)).all()
        north = [i for i in invitations if i.team_id == structure["North"]]
        south = [i for i in invitations if i.team_id == structure["South"]]
        for invitation in [*north[:4], south[0]]:
            invitation.used = True
        db.session.commit()
    soup = page(admin.get(f"{SURVEYS}/{survey_id}"))
    table = soup.select_one("#rates table")
    rows = {
        row.find("th").get_text(" ", strip=True): [
            c.get_text(" ", strip=True) for c in row.find_all("td")
        ]
        for row in table.select("tbody tr")
    }
    assert rows["Everyone"] == ["11", "5 of 11 (45%)"]
    assert rows["North (Children in Care)"] == ["6", "4 of 6 (67%)"]
    assert rows["South (Children in Care)"] == ["Fewer than 5 invited"]
    assert rows["Exploitation (Police)"] == ["Fewer than 5 invited"]
    # The rates block alone, for htmx's refresh every 30 seconds.
    fragment = admin.get(f"{SURVEYS}/{survey_id}", headers={"HX-Request": "true"})
    assert fragment.get_data(as_text=True).lstrip().startswith('<div id="rates"')
    assert "Fewer than 5 invited" in fragment.get_data(as_text=True)


def test_a_rate_that_would_give_away_a_small_team_by_subtraction_is_not_shown(
    app, admin, structure
):
    # Council only: North 6 and South 2. Everyone (8) minus North would be South's figure.
    survey_id = _create(app, admin, structure, audience=[f"organisation-{structure['council']}"])
    assert _open(admin, survey_id).status_code == 303
    with app.app_context():
        db.session.execute(update(PulseInvitation).values(used=True))
        db.session.commit()
    soup = page(admin.get(f"{SURVEYS}/{survey_id}"))
    rows = {
        row.find("th").get_text(" ", strip=True): [
            c.get_text(" ", strip=True) for c in row.find_all("td")
        ]
        for row in soup.select("#rates tbody tr")
    }
    # The suppression module keeps the total the board needs and hides the bigger team instead.
    assert rows == {
        "Everyone": ["8", "8 of 8 (100%)"],
        "North (Children in Care)": [
            "6",
            "Not shown: with the other figures, it would give away a smaller team's rate",
        ],
        "South (Children in Care)": ["Fewer than 5 invited"],
    }


def test_opening_a_round_by_email_says_how_many_were_sent(app, admin, structure):
    survey_id = _create(app, admin, structure)
    response = _open(admin, survey_id)
    assert response.status_code == 303
    assert "Round opened: 11 people were sent their personal link by e-mail." in text(
        admin.get(f"{SURVEYS}/{survey_id}")
    )
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(OutboxMessage)) == 11
    assert "pulse-survey.round-opened-by-hand" in audit_actions(app)


def test_a_printable_round_shows_every_link_once_and_a_resent_form_opens_nothing(
    app, admin, structure
):
    survey_id = _create(app, admin, structure)
    detail = admin.get(f"{SURVEYS}/{survey_id}")
    form = {
        "csrf_token": csrf_token(detail),
        "send": "print",
        "rounds_seen": page(detail).find("input", {"name": "rounds_seen"})["value"],
    }
    response = admin.post(f"{SURVEYS}/{survey_id}/rounds", data=form)
    assert response.status_code == 200
    shown = text(response)
    assert "These links are shown once" in shown
    assert "The portal does not keep them" in shown
    slips = page(response).select("li.portal-service-card")
    assert len(slips) == 11
    assert "north-1@staff.example" in slips[0].get_text() or "exploitation-1" in slips[0].get_text()
    links = [slip.find("code").get_text() for slip in slips]
    assert len(set(links)) == 11 and all("/pulse/" in link for link in links)
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(OutboxMessage)) == 0
        hashes = set(db.session.scalars(select(PulseInvitation.token_hash)))
    assert not any(link.rsplit("/", 1)[1] in hashes for link in links)

    # A refresh (the same form again) opens no second round and shows no links.
    again = admin.post(f"{SURVEYS}/{survey_id}/rounds", data=form)
    assert again.status_code == 303
    assert "no other round was opened" in text(admin.get(f"{SURVEYS}/{survey_id}"))
    assert count(app, PulseRound) == 1


def test_opening_a_round_needs_a_choice_and_someone_to_ask(app, admin, structure):
    survey_id = _create(app, admin, structure)
    detail = admin.get(f"{SURVEYS}/{survey_id}")
    response = admin.post(
        f"{SURVEYS}/{survey_id}/rounds",
        data={"csrf_token": csrf_token(detail), "rounds_seen": "0"},
    )
    assert response.status_code == 422
    assert error_messages(response) == ["Choose how people get their links"]
    with app.app_context():
        db.session.execute(update(StaffMember).values(active=False))
        db.session.commit()
    assert _open(admin, survey_id).status_code == 303
    assert "Nobody on the roster is in this pulse's audience" in text(
        admin.get(f"{SURVEYS}/{survey_id}")
    )
    assert count(app, PulseRound) == 0
