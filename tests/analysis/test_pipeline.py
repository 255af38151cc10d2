"""Every new submission's free text is analysed as it is saved; a disclosure makes it urgent."""

from __future__ import annotations

from sqlalchemy import select

from portal.extensions import db
from portal.models import AuditEvent, Submission
from tests.feedback.helpers import CHILD_ANSWERS, check_answers, send_data


def _submit(client, text: str | None) -> None:
    answers = {**CHILD_ANSWERS}
    if text is None:
        del answers["q_anything_else"]
    else:
        answers["q_anything_else"] = text
    check = check_answers(client, answers=answers)
    assert client.post("/feedback/child", data=send_data(check)).status_code == 303


def test_a_disclosure_is_flagged_urgent_with_reasons(app, client):
    _submit(
        client, "i dont want to go home tonight because my mums boyfriend hits me when hes drunk"
    )
    with app.app_context():
        submission = db.session.scalar(select(Submission))
        assert submission.urgent is True
        safeguarding = submission.analysis["safeguarding"]
        assert safeguarding["flag"] is True and safeguarding["reasons"]
        event = db.session.scalar(select(AuditEvent).where(AuditEvent.entity_id == submission.id))
        assert event.detail["urgent"] is True


def test_ordinary_feedback_is_analysed_but_not_urgent(app, client):
    _submit(
        client, "I have had 4 social workers this year and have to tell my story again every time"
    )
    with app.app_context():
        submission = db.session.scalar(select(Submission))
        assert submission.urgent is False
        slugs = [theme["slug"] for theme in submission.analysis["themes"][:3]]
        assert "worker-changes" in slugs
        assert submission.analysis["sentiment"] in {"negative", "mixed"}


def test_personal_data_is_found_when_saved(app, client):
    _submit(client, "please ring my mum on 07700 900456, my worker Jade never calls back")
    with app.app_context():
        kinds = {span["kind"] for span in db.session.scalar(select(Submission)).analysis["pii"]}
        assert {"phone", "person-name"} <= kinds


def test_no_free_text_means_no_analysis(app, client):
    _submit(client, None)
    with app.app_context():
        submission = db.session.scalar(select(Submission))
        assert submission.analysis is None and submission.urgent is False
