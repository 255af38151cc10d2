"""The public journey end to end: start, survey, check, send, receipt."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from portal.extensions import db
from portal.models import Answer, AuditEvent, Service, Submission
from portal.models.common import Channel, SubmissionStatus
from tests.feedback.helpers import (
    CHILD_ANSWERS,
    check_answers,
    open_survey,
    receipt_on,
    send_data,
    submission_count,
    survey_form_data,
)
from tests.support.html import error_messages, page, text

RECEIPT = re.compile(r"^[2-9ACDEFHJKMNPQRTUVWXY]{4}-[2-9ACDEFHJKMNPQRTUVWXY]{4}$")


def test_start_page_speaks_to_children_and_always_shows_help(client):
    response = client.get("/")
    body = text(response)
    assert "Who is giving feedback?" in body
    assert "I am 8 to 12 years old" in body
    assert "If you are in danger now, call 999." in body
    assert "Childline on 0800 1111" in body


@pytest.mark.parametrize(
    ("who", "audience"),
    [
        ("child", "child"),
        ("young-person", "young-person"),
        ("care-leaver", "care-leaver"),
        ("carer", "carer"),
    ],
)
def test_choosing_who_opens_that_audiences_survey(client, who, audience):
    response = client.get(f"/?who={who}")
    assert response.status_code == 302
    assert response.headers["Location"] == f"/feedback/{audience}"
    survey = client.get(response.headers["Location"])
    soup = page(survey)
    assert soup.find("textarea", {"name": "q_anything_else"}) is not None
    assert "Is there anything else you want to tell us?" in text(survey)
    questions = soup.select("fieldset, .govuk-character-count")
    assert 5 <= len(questions) <= 8


def test_start_page_without_a_choice_explains_the_problem(client):
    response = client.get("/?who=")
    assert response.status_code == 200
    assert error_messages(response) == ["Choose who is giving feedback"]
    assert page(response).title.get_text().startswith("Error:")


def test_unknown_audience_is_not_found(client):
    assert client.get("/feedback/staff").status_code == 404
    assert client.get("/feedback/<script>").status_code == 404


def test_whole_journey_commits_before_confirming_and_gives_a_receipt(app, client):
    check = check_answers(client)
    assert check.status_code == 200
    shown = text(check)
    assert "Check your answers" in shown
    assert "I have had 3 workers this year and I have to tell my story again 😞" in shown
    assert "Sometimes" in shown and "My brothers or sisters, My pets" in shown
    assert submission_count(app) == 0  # checking saves nothing

    sent = client.post("/feedback/child", data=send_data(check))
    assert sent.status_code == 303
    assert sent.headers["Location"] == "/feedback/received"
    assert submission_count(app) == 1  # committed before the confirmation is shown

    confirmation = client.get("/feedback/received")
    code = receipt_on(confirmation)
    assert RECEIPT.fullmatch(code)
    assert "What happens next" in text(confirmation)

    with app.app_context():
        submission = db.session.scalar(select(Submission))
        assert submission.audience == "child"
        assert submission.channel == Channel.ONLINE
        assert submission.status == SubmissionStatus.RECEIVED
        assert submission.entered_by_id is None
        # The receipt code is stored only as a hash, never as itself.
        assert code.replace("-", "") not in submission.receipt_hash
        assert len(submission.receipt_hash) == 64
        answers = {a.question.key: a for a in db.session.scalars(select(Answer))}
        assert answers["home"].number_value == 4
        assert answers["listened"].choice_value == "sometimes"
        assert answers["see_more"].choices_value == ["brothers-sisters", "pets"]
        assert answers["anything_else"].text_value == CHILD_ANSWERS["q_anything_else"]
        event = db.session.scalar(select(AuditEvent).where(AuditEvent.entity_id == submission.id))
        assert event.action == "submission.received" and event.actor_kind == "public"


def test_change_my_answers_goes_back_with_everything_kept(client):
    check = check_answers(client)
    data = send_data(check)
    data["step"] = "change"
    response = client.post("/feedback/child", data=data)
    soup = page(response)
    assert soup.find("input", {"name": "q_home", "value": "4"}).has_attr("checked")
    assert soup.find("input", {"name": "q_see_more", "value": "pets"}).has_attr("checked")
    assert (
        soup.find("textarea", {"name": "q_anything_else"}).get_text()
        == CHILD_ANSWERS["q_anything_else"]
    )


def test_resent_post_gives_the_same_receipt_and_no_second_row(app, client):
    check = check_answers(client)
    first = client.post("/feedback/child", data=send_data(check))
    first_code = receipt_on(client.get(first.headers["Location"]))
    # A refresh, a double tap, or a browser resending the form after a lost response.
    again = client.post("/feedback/child", data=send_data(check))
    assert again.status_code == 303
    assert receipt_on(client.get(again.headers["Location"])) == first_code
    assert submission_count(app) == 1

    # Even from another browser (no shared cookie) the same form gives the same receipt.
    other = app.test_client()
    fresh = other.get("/feedback/child")
    data = send_data(check)
    data["csrf_token"] = page(fresh).find("input", {"name": "csrf_token"})["value"]
    resent = other.post("/feedback/child", data=data)
    assert receipt_on(other.get(resent.headers["Location"])) == first_code
    assert submission_count(app) == 1


def test_two_forms_make_two_submissions_with_different_receipts(app, client):
    codes = set()
    for _ in range(2):
        check = check_answers(client)
        sent = client.post("/feedback/child", data=send_data(check))
        codes.add(receipt_on(client.get(sent.headers["Location"])))
    assert len(codes) == 2
    assert submission_count(app) == 2


def test_receipt_page_without_a_submission_goes_to_the_start(client):
    response = client.get("/feedback/received")
    assert response.status_code == 302
    assert response.headers["Location"] == "/"


def test_nothing_identifying_is_stored_with_a_submission(app, client):
    check = check_answers(client)
    client.post(
        "/feedback/child",
        data=send_data(check),
        headers={"User-Agent": "Mozilla/5.0 TestPhone", "X-Forwarded-For": "203.0.113.9"},
        environ_base={"REMOTE_ADDR": "198.51.100.7"},
    )
    with app.app_context():
        columns = {c.name for c in Submission.__table__.columns} | {
            c.name for c in Answer.__table__.columns
        }
        assert not {c for c in columns if "ip" in c.split("_") or "agent" in c or "address" in c}
        rows = [
            str(v)
            for table in ("submission", "answer", "audit_event")
            for row in db.session.execute(db.text(f"SELECT * FROM {table}"))  # noqa: S608
            for v in row
        ]
    stored = " ".join(rows)
    for trace in ("198.51.100.7", "203.0.113.9", "TestPhone", "Mozilla"):
        assert trace not in stored


def test_service_link_fills_the_service_in(app, client):
    with app.app_context():
        from portal.models import Organisation

        organisation = Organisation(slug="council", name="Council", kind="council")
        organisation.services = [Service(name="Fostering Service", code="FOSTER")]
        db.session.add(organisation)
        db.session.commit()
    response = client.get("/s/foster")
    assert response.status_code == 302
    start = client.get(response.headers["Location"])
    assert "You are telling us about: Fostering Service" in text(start)
    survey = client.get("/?who=child&service=FOSTER", follow_redirects=True)
    assert "You are telling us about Fostering Service" in text(survey)
    data = survey_form_data(survey, CHILD_ANSWERS)
    assert data["service"] == "FOSTER"
    check = client.post("/feedback/child", data=data)
    client.post("/feedback/child", data=send_data(check))
    with app.app_context():
        submission = db.session.scalar(select(Submission))
        assert submission.service.name == "Fostering Service"


def test_unknown_service_code_is_explained(client):
    assert client.get("/s/NOPE").status_code == 404
    response = client.get("/?who=child&service=NOPE")
    assert response.status_code == 200
    assert "We do not know that code" in " ".join(error_messages(response))


def test_service_code_check_answers_htmx_with_only_the_fragment(client):
    response = client.get("/?service=NOPE", headers={"HX-Request": "true"})
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    assert 'id="service-status"' in body
    assert "<html" not in body
    assert "HX-Request" in response.headers["Vary"]
    boosted = client.get("/?service=NOPE", headers={"HX-Request": "true", "HX-Boosted": "true"})
    assert "<html" in boosted.get_data(as_text=True)


def test_open_survey_has_a_fresh_token_each_time(client):
    first = dict(survey_form_data(open_survey(client), {}))["submission_token"]
    second = dict(survey_form_data(open_survey(client), {}))["submission_token"]
    assert first != second
    assert re.fullmatch(r"[A-Za-z0-9_-]{32}", first)
