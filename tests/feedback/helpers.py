"""Walking the public journey with a plain HTTP client, as a person without JavaScript would."""

from __future__ import annotations

from sqlalchemy import func, select
from werkzeug.datastructures import MultiDict

from portal.extensions import db
from portal.models import Submission
from tests.support.html import csrf_token, form_fields, page

CHILD_ANSWERS = {
    "q_home": "4",
    "q_worker": "2",
    "q_listened": "sometimes",
    "q_safe": "5",
    "q_workers_this_year": "three-plus",
    "q_see_more": ["brothers-sisters", "pets"],
    "q_anything_else": "I have had 3 workers this year and I have to tell my story again 😞",
}


def open_survey(client, audience: str = "child", query: str = ""):
    response = client.get(f"/feedback/{audience}{query}")
    assert response.status_code == 200
    return response


def survey_form_data(response, answers: dict) -> dict:
    """The survey page's hidden fields plus the given answers, ready to post."""
    data: dict = dict(form_fields(response))
    data.update(answers)
    data["step"] = "check"
    return data


def check_answers(client, audience: str = "child", answers: dict | None = None, query: str = ""):
    response = open_survey(client, audience, query)
    data = survey_form_data(response, CHILD_ANSWERS if answers is None else answers)
    return client.post(f"/feedback/{audience}", data=data)


def send_data(check_response) -> MultiDict:
    """Exactly what the check page's Send button posts."""
    return MultiDict([*form_fields(check_response), ("step", "send")])


def submission_count(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(Submission))


def receipt_on(response) -> str:
    receipt = page(response).select_one(".portal-receipt")
    assert receipt is not None, "no receipt code on the page"
    return receipt.get_text(strip=True)


__all__ = ["csrf_token"]
