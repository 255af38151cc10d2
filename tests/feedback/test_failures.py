"""When the database cannot be reached: a clear 503 that keeps every word, and a retry that works."""

from __future__ import annotations

import threading

from werkzeug.datastructures import MultiDict

from portal import create_app
from tests.feedback.helpers import (
    CHILD_ANSWERS,
    check_answers,
    receipt_on,
    send_data,
    submission_count,
)
from tests.support.html import form_fields, page, text
from tests.support.outage import database_outage


def test_database_down_on_send_shows_503_with_the_answers_and_retry_works(app, client):
    check = check_answers(client)
    with database_outage(app):
        response = client.post("/feedback/child", data=send_data(check))
        assert response.status_code == 503
        body = text(response)
        assert "Sorry, we could not save your answers just now" in body
        assert "Nothing you wrote has been lost" in body
        assert CHILD_ANSWERS["q_anything_else"] in body
        assert "Traceback" not in response.get_data(as_text=True)
        retry = MultiDict([*form_fields(response), ("step", "send")])
    # The database is back: pressing Send again on the same page saves it once.
    sent = client.post("/feedback/child", data=retry)
    assert sent.status_code == 303
    assert receipt_on(client.get(sent.headers["Location"]))
    assert submission_count(app) == 1


def test_database_down_in_a_fresh_process_still_shows_the_words(app, client):
    check = check_answers(client)
    # A different worker process that has never loaded the survey (nothing cached).
    other_app = create_app(dict(app.config))
    other = other_app.test_client()
    with client.session_transaction() as session:
        cookie_session = dict(session)
    with other.session_transaction() as session:
        session.update(cookie_session)
    with database_outage(app):
        response = other.post("/feedback/child", data=send_data(check))
    assert response.status_code == 503
    assert CHILD_ANSWERS["q_anything_else"] in text(response)
    assert page(response).select_one("form button, form input[type=submit]") is not None
    assert submission_count(app) == 0


def test_database_down_on_a_page_load_is_a_clear_503(app, client):
    with database_outage(app):
        response = client.get("/feedback/carer")
    assert response.status_code == 503
    assert "Sorry, this page is not working right now" in text(response)
    assert "If you are in danger now, call 999." in text(response)


def test_racing_double_submit_makes_one_row_and_one_receipt(app):
    client = app.test_client()
    check = check_answers(client)
    data = send_data(check)
    with client.session_transaction() as session:
        cookie_session = dict(session)
    codes, statuses = [], []
    barrier = threading.Barrier(4)

    def tap() -> None:
        tapper = app.test_client()
        with tapper.session_transaction() as session:
            session.update(cookie_session)
        barrier.wait()
        response = tapper.post("/feedback/child", data=data)
        statuses.append(response.status_code)
        codes.append(receipt_on(tapper.get("/feedback/received")))

    threads = [threading.Thread(target=tap) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [303] * 4
    assert len(set(codes)) == 1
    assert submission_count(app) == 1
