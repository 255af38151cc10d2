"""Bad input of every kind gets a clear message, never a 500, and keeps what was typed."""

from __future__ import annotations

import pytest
from werkzeug.datastructures import MultiDict

from tests.feedback.helpers import (
    CHILD_ANSWERS,
    check_answers,
    open_survey,
    send_data,
    submission_count,
    survey_form_data,
)
from tests.support.html import error_messages, page, text


def test_no_answers_at_all_asks_for_at_least_one(client):
    response = check_answers(client, answers={})
    assert response.status_code == 200
    assert error_messages(response) == ["Answer at least one question, so we know what you think"]


def test_free_text_over_the_limit_is_refused_with_the_text_kept(app, client):
    long_text = "a" * 5001
    response = check_answers(client, answers={**CHILD_ANSWERS, "q_anything_else": long_text})
    assert response.status_code == 200
    messages = error_messages(response)
    assert messages == [
        "Your answer must be 5,000 characters or fewer. It is 1 too long, so please make it a little shorter."
    ]
    assert page(response).find("textarea", {"name": "q_anything_else"}).get_text() == long_text
    assert submission_count(app) == 0


def test_free_text_of_exactly_the_limit_is_accepted(client):
    response = check_answers(client, answers={"q_anything_else": "b" * 5000})
    assert "Check your answers" in text(response)


def test_the_counter_tells_people_the_limit(client):
    soup = page(open_survey(client))
    counter = soup.select_one(".govuk-character-count")
    assert counter["data-maxlength"] == "5000"
    assert "5000 characters" in counter.get_text(" ") or "5,000 characters" in counter.get_text(" ")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("q_home", "6"),
        ("q_home", "0"),
        ("q_home", "<script>alert(1)</script>"),
        ("q_listened", "maybe"),
        ("q_listened", "always\x00"),
        ("q_see_more", "cousins"),
    ],
)
def test_unknown_choices_are_refused_plainly(app, client, field, value):
    response = check_answers(client, answers={**CHILD_ANSWERS, field: value})
    assert response.status_code == 200
    messages = error_messages(response)
    assert messages and all("Choose" in m for m in messages)
    assert "<script>alert(1)</script>" not in response.get_data(as_text=True)
    assert submission_count(app) == 0


def test_control_and_nul_characters_are_removed_and_emoji_kept(app, client):
    typed = "Line one\x00\r\nline two\x07 \u200b🙂🏳️‍🌈 Ŵ ŷ ф 中文 \x1b[31m"
    check = check_answers(client, answers={"q_anything_else": typed})
    assert check.status_code == 200
    sent = client.post("/feedback/child", data=send_data(check))
    assert sent.status_code == 303
    from sqlalchemy import select

    from portal.extensions import db
    from portal.models import Answer

    with app.app_context():
        stored = db.session.scalar(select(Answer.text_value))
    assert stored == "Line one\nline two \u200b🙂🏳️‍🌈 Ŵ ŷ ф 中文 [31m"


def test_user_text_is_never_rendered_as_html(client):
    attack = '<img src=x onerror=alert(1)><script>alert("x")</script>'
    response = check_answers(client, answers={"q_anything_else": attack})
    body = response.get_data(as_text=True)
    assert "<script>alert" not in body and "<img src=x" not in body
    assert "&lt;script&gt;" in body


def test_tampered_version_is_explained_and_answers_kept(app, client):
    survey = open_survey(client)
    data = survey_form_data(survey, CHILD_ANSWERS)
    data["version"] = "99999"
    response = client.post("/feedback/child", data=data)
    assert response.status_code == 200
    assert "Something in the form was changed" in text(response)
    assert page(response).find("input", {"name": "q_home", "value": "4"}).has_attr("checked")


def test_version_from_another_audience_is_refused(client):
    carer_version = dict(survey_form_data(open_survey(client, "carer"), {}))["version"]
    data = survey_form_data(open_survey(client), CHILD_ANSWERS)
    data["version"] = carer_version
    response = client.post("/feedback/child", data=data)
    assert "Something in the form was changed" in text(response)


@pytest.mark.parametrize("token", ["", "short", "x" * 33, "a" * 31 + "!", "' OR 1=1 --" + "a" * 21])
def test_tampered_submission_token_is_explained_and_nothing_saved(app, client, token):
    check = check_answers(client)
    data = send_data(check)
    data["submission_token"] = token
    response = client.post("/feedback/child", data=data)
    assert response.status_code == 200
    assert any("This form was changed or is too old" in m for m in error_messages(response))
    assert submission_count(app) == 0


def test_tampered_service_code_is_taken_off_with_answers_kept(client):
    data = survey_form_data(open_survey(client), CHILD_ANSWERS)
    data["service"] = "NOSUCH"
    response = client.post("/feedback/child", data=data)
    assert "We did not recognise the service code" in text(response)
    assert (
        page(response).find("textarea", {"name": "q_anything_else"}).get_text()
        == CHILD_ANSWERS["q_anything_else"]
    )


def test_oversized_request_body_gets_a_friendly_413(client):
    data = survey_form_data(open_survey(client), {"q_anything_else": "x" * 200_000})
    response = client.post("/feedback/child", data=data)
    assert response.status_code == 413
    assert "That was too much to send" in text(response)
    assert "If you are in danger now, call 999." in text(response)


def test_missing_csrf_token_gets_a_friendly_page_that_keeps_the_words(app, client):
    check = check_answers(client)
    data = send_data(check)
    del data["csrf_token"]
    response = client.post("/feedback/child", data=data)
    assert response.status_code == 400
    body = text(response)
    assert "Please press the button again" in body
    assert CHILD_ANSWERS["q_anything_else"] in body
    assert submission_count(app) == 0
    # The page's own "Try again" form carries everything, with a fresh token, and works.
    retry_fields = page(response).select("form input[type=hidden]")
    retry = MultiDict([(f["name"], f.get("value", "")) for f in retry_fields])
    assert "csrf_token" in retry
    sent = client.post("/feedback/child", data=retry)
    assert sent.status_code == 303
    assert submission_count(app) == 1


def test_expired_csrf_token_gets_the_same_friendly_page(app, client):
    check = check_answers(client)
    app.config["WTF_CSRF_TIME_LIMIT"] = -1  # every token is now out of date
    response = client.post("/feedback/child", data=send_data(check))
    assert response.status_code == 400
    assert "Please press the button again" in text(response)
    assert CHILD_ANSWERS["q_anything_else"] in text(response)


@pytest.mark.parametrize(
    "path",
    [
        "/feedback/child?service=%00",
        "/?who=%00&service=%ff%fe",
        "/s/%00%00",
        "/?service=" + "A" * 5000,
    ],
)
def test_junk_in_urls_never_causes_a_500(client, path):
    assert client.get(path).status_code < 500


def test_junk_posts_never_cause_a_500(client):
    survey = open_survey(client)
    data = survey_form_data(survey, {"q_home": ["1", "2"], "q_see_more": "\ufffd", "step": "\x00"})
    assert client.post("/feedback/child", data=data).status_code < 500
    raw = client.post(
        "/feedback/child",
        data=b"\xff\xfe\x00garbage=%%%",
        content_type="application/x-www-form-urlencoded",
    )
    assert raw.status_code == 400
