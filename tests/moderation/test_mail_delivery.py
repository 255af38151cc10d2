"""A flagged submission's e-mail reaches a real SMTP server within seconds; SMTP down loses nothing."""

from __future__ import annotations

import contextlib
import email
import threading
import time
from email import policy

from portal.extensions import db
from portal.mail.cli import one_pass
from portal.models import OutboxMessage, Submission
from portal.models.common import utcnow
from tests.moderation.helpers import (
    DISCLOSURE,
    DISCLOSURE_WORDS,
    case_for,
    outbox,
    row,
    send_feedback,
)


@contextlib.contextmanager
def running_worker(app, interval: float = 0.1):
    """The worker's pass, run again and again in a thread, as `flask worker` runs it."""
    stopping = threading.Event()
    failures: list[BaseException] = []

    def work() -> None:
        while not stopping.is_set():
            with app.app_context():
                try:
                    one_pass()
                except Exception as error:
                    failures.append(error)
                    db.session.rollback()
                finally:
                    db.session.remove()
            stopping.wait(interval)

    thread = threading.Thread(target=work, name="test-mail-worker", daemon=True)
    thread.start()
    try:
        yield failures
    finally:
        stopping.set()
        thread.join(timeout=10)
        assert not thread.is_alive()


def _wait_for(condition, seconds: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        if condition():
            return time.monotonic() - started
        time.sleep(0.02)
    raise AssertionError(f"not within {seconds} s")


def test_flagged_submission_email_arrives_within_five_seconds(smtp_app, start_smtp, make_staff):
    app = smtp_app
    lead = make_staff("safeguarding-lead")
    server = start_smtp()
    with running_worker(app) as failures:
        item = send_feedback(app, DISCLOSURE)
        sent_at = time.monotonic()
        _wait_for(lambda: server.envelopes, 5)
        assert time.monotonic() - sent_at < 5
    assert not failures, failures

    [envelope] = server.envelopes
    assert envelope.rcpt_tos == [lead.email]
    received = email.message_from_bytes(envelope.content, policy=policy.default)
    case_id = case_for(app, item)["id"]
    assert received["Subject"] == (
        f"Safeguarding: a possible disclosure needs a designated lead (case {case_id})"
    )
    body = received.get_content()
    assert f"/safeguarding/cases/{case_id}" in body
    for words in DISCLOSURE_WORDS:
        assert words not in body.lower()
    [message] = outbox(app)
    assert message["sent_at"] is not None


def test_smtp_down_the_disclosure_is_saved_and_the_mail_waits(smtp_app, start_smtp, make_staff):
    app = smtp_app
    lead = make_staff("safeguarding-lead")
    item = send_feedback(app, DISCLOSURE)  # nothing is listening on the SMTP port
    assert row(app, Submission, item)["status"] == "held"
    assert case_for(app, item) is not None

    with app.app_context():
        assert one_pass() == (0, 0)
    [waiting] = outbox(app)
    assert waiting["to"] == lead.email
    assert waiting["sent_at"] is None and waiting["attempts"] == 1
    assert waiting["last_error"] and "boyfriend" not in waiting["last_error"]
    assert (waiting["send_after"] - utcnow()).total_seconds() > 20  # backing off

    # The server comes back on the same port; once the back-off has passed, it is delivered.
    server = start_smtp()
    with app.app_context():
        assert one_pass() == (0, 0)  # still backing off
        db.session.query(OutboxMessage).update({"send_after": utcnow()})
        db.session.commit()
        assert one_pass() == (0, 1)
    assert [e.rcpt_tos for e in server.envelopes] == [[lead.email]]
    [delivered] = outbox(app)
    assert delivered["sent_at"] is not None and delivered["attempts"] == 1
