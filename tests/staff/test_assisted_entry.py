"""A staff member enters feedback on a child's behalf: same survey, recorded as such."""

from __future__ import annotations

from sqlalchemy import select
from werkzeug.datastructures import MultiDict

from portal.extensions import db
from portal.models import (
    AuditEvent,
    Organisation,
    OutboxMessage,
    SafeguardingCase,
    Service,
    Submission,
)
from portal.models.common import Channel
from tests.feedback.helpers import CHILD_ANSWERS
from tests.support.html import error_messages, form_fields, page, text


def _add_service(app) -> None:
    with app.app_context():
        organisation = Organisation(slug="nhs", name="NHS Trust", kind="health")
        organisation.services = [Service(name="School Nursing Team", code="NURSE")]
        db.session.add(organisation)
        db.session.commit()


def test_worker_enters_paper_feedback_recorded_as_theirs(app, signed_in):
    _add_service(app)
    client, user = signed_in("staff")
    choose = client.get("/staff/feedback/new")
    assert "School Nursing Team" in text(choose)
    response = client.get("/staff/feedback/new?audience=child&channel=paper&service=NURSE")
    assert response.status_code == 302
    survey = client.get(response.headers["Location"])
    assert "Entering feedback for someone" in text(survey)
    assert "School Nursing Team" in text(survey)
    data = MultiDict(form_fields(survey))
    data.update(MultiDict(CHILD_ANSWERS))
    data["step"] = "check"
    action = page(survey).find("form", {"method": "post", "novalidate": True})["action"]
    check = client.post(action, data=data)
    assert "Check your answers" in text(check)
    sent = client.post(action, data=MultiDict([*form_fields(check), ("step", "send")]))
    assert sent.status_code == 303
    entered = client.get(sent.headers["Location"])
    assert "Their receipt code is" in text(entered)
    with app.app_context():
        submission = db.session.scalar(select(Submission))
        assert submission.channel == Channel.PAPER
        assert submission.entered_by_id == user.id
        assert submission.service.code == "NURSE"
        event = db.session.scalar(
            select(AuditEvent).where(AuditEvent.action == "submission.received")
        )
        assert event.actor_id == user.id and event.actor_kind == "staff"


def _enter_for_a_child(client, words: str):
    survey = client.get("/staff/feedback/child/worker-assisted")
    data = MultiDict(form_fields(survey))
    data.update(MultiDict({**CHILD_ANSWERS, "q_anything_else": words}))
    data["step"] = "check"
    check = client.post("/staff/feedback/child/worker-assisted", data=data)
    sent = client.post(
        "/staff/feedback/child/worker-assisted",
        data=MultiDict([*form_fields(check), ("step", "send")]),
    )
    assert sent.status_code == 303
    return client.get(sent.headers["Location"])


def test_worker_entering_a_disclosure_is_told_to_act_now_and_the_leads_are_alerted(
    app, signed_in, make_staff
):
    lead = make_staff("safeguarding-lead")
    client, worker = signed_in("staff")
    entered = _enter_for_a_child(client, "my step dad hits me and locks me in my room at night")
    assert "follow your own agency's safeguarding procedures now" in text(entered)
    with app.app_context():
        case = db.session.scalar(select(SafeguardingCase))
        assert case is not None and case.submission.entered_by_id == worker.id
        assert db.session.scalar(
            select(OutboxMessage.to_address).where(OutboxMessage.to_address == lead.email)
        )


def test_worker_entering_ordinary_feedback_sees_no_safeguarding_warning(app, signed_in):
    client, _ = signed_in("staff")
    entered = _enter_for_a_child(client, "I like my foster carers and my new school")
    assert "Their receipt code is" in text(entered)
    assert "safeguarding procedures" not in text(entered)
    with app.app_context():
        assert db.session.scalar(select(SafeguardingCase)) is None


def test_choosing_nothing_explains_what_is_missing(signed_in):
    client, _ = signed_in("moderator")
    response = client.get("/staff/feedback/new?audience=&channel=")
    assert error_messages(response) == [
        "Choose who the feedback is from",
        "Choose how the feedback was given",
    ]


def test_worker_assisted_entry_needs_sign_in(client):
    response = client.get("/staff/feedback/child/worker-assisted")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/staff/sign-in")


def test_public_channel_cannot_be_used_for_assisted_entry(signed_in):
    client, _ = signed_in("staff")
    assert client.get("/staff/feedback/child/online").status_code == 404


def test_service_codes_page_shows_a_qr_code_for_each_service(app, signed_in):
    _add_service(app)
    client, _ = signed_in("staff")
    response = client.get("/staff/services")
    soup = page(response)
    assert "NURSE" in text(response)
    assert "http://127.0.0.1:5000/s/NURSE" in text(response)
    qr = soup.select_one(".portal-qr svg")
    assert qr is not None and soup.select_one(".portal-qr img") is None
