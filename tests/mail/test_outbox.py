"""The outbox: mail queued with its change, delivered to a real SMTP server, retried, given up."""

from __future__ import annotations

import email
from datetime import timedelta
from email import policy

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import func, select

from portal.extensions import db
from portal.mail import deliver_due, queue_email
from portal.mail.outbox import backoff
from portal.models import Organisation, OutboxMessage
from portal.models.common import utcnow
from tests.support.smtp import Collector, free_port


@pytest.fixture
def smtp_server():
    handler = Collector()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller, handler
    controller.stop()


@pytest.fixture
def smtp_app(app, smtp_server):
    controller, _ = smtp_server
    app.config.update(MAIL_TRANSPORT="smtp", MAIL_HOST="127.0.0.1", MAIL_PORT=controller.port)
    return app


def _outbox_count() -> int:
    return db.session.scalar(select(func.count()).select_from(OutboxMessage))


def test_message_is_queued_in_the_callers_transaction(app):
    with app.app_context():
        db.session.add(Organisation(slug="gone", name="Rolled back", kind="council"))
        queue_email("lead@example.org", "Rolled back", "never sent")
        db.session.rollback()
        assert _outbox_count() == 0

        db.session.add(Organisation(slug="kept", name="Committed", kind="council"))
        queue_email("lead@example.org", "Committed", "sent later")
        db.session.commit()
        assert _outbox_count() == 1


def test_delivered_once_to_smtp_and_marked_sent(smtp_app, smtp_server):
    _, handler = smtp_server
    with smtp_app.app_context():
        queue_email("lead@example.org", "A flagged submission", "Please look at the queue.")
        db.session.commit()

        assert deliver_due() == 1
        message = db.session.scalars(select(OutboxMessage)).one()
        assert message.sent_at is not None
        assert message.attempts == 0
        assert message.last_error is None

        # A second pass finds nothing to send.
        assert deliver_due(now=utcnow() + timedelta(days=1)) == 0

    assert len(handler.envelopes) == 1
    envelope = handler.envelopes[0]
    assert envelope.rcpt_tos == ["lead@example.org"]
    assert envelope.mail_from == smtp_app.config["MAIL_FROM"]
    received = email.message_from_bytes(envelope.content, policy=policy.default)
    assert received["Subject"] == "A flagged submission"
    assert received["To"] == "lead@example.org"
    assert received.get_content().strip() == "Please look at the queue."


def test_smtp_down_backs_off_and_delivers_when_it_returns(app, smtp_server):
    controller, handler = smtp_server
    app.config.update(MAIL_TRANSPORT="smtp", MAIL_HOST="127.0.0.1", MAIL_PORT=free_port())
    with app.app_context():
        queue_email("lead@example.org", "Waiting", "secret body text")
        db.session.commit()
        now = utcnow()

        assert deliver_due(now=now) == 0
        message = db.session.scalars(select(OutboxMessage)).one()
        assert message.attempts == 1
        assert message.sent_at is None
        assert message.failed_at is None
        assert message.last_error
        assert "secret body text" not in message.last_error
        assert message.send_after == now + timedelta(seconds=30)

        # Not due again until the back-off has passed.
        app.config["MAIL_PORT"] = controller.port
        assert deliver_due(now=now + timedelta(seconds=29)) == 0
        assert deliver_due(now=now + timedelta(seconds=30)) == 1
        message = db.session.scalars(select(OutboxMessage)).one()
        assert message.sent_at is not None
    assert len(handler.envelopes) == 1


def test_backoff_doubles_and_is_capped_at_an_hour():
    assert [backoff(n).total_seconds() for n in (1, 2, 3, 4)] == [30, 60, 120, 240]
    assert backoff(20) == timedelta(hours=1)


def test_gives_up_after_max_attempts_and_never_retries(app):
    app.config.update(
        MAIL_TRANSPORT="smtp", MAIL_HOST="127.0.0.1", MAIL_PORT=free_port(), MAIL_MAX_ATTEMPTS=3
    )
    with app.app_context():
        queue_email("lead@example.org", "Doomed", "body")
        db.session.commit()
        now = utcnow()
        for attempt in range(3):
            assert deliver_due(now=now + timedelta(hours=attempt)) == 0
        message = db.session.scalars(select(OutboxMessage)).one()
        assert message.attempts == 3
        assert message.failed_at is not None
        assert message.sent_at is None

        assert deliver_due(now=now + timedelta(days=7)) == 0
        db.session.refresh(message)
        assert message.attempts == 3


def test_each_message_is_committed_on_its_own(smtp_app, smtp_server):
    _, handler = smtp_server
    with smtp_app.app_context():
        queue_email("first@example.org", "One", "body one")
        queue_email("second@example.org", "Two", "body two")
        db.session.commit()

        assert deliver_due() == 2
        sent = db.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()
        assert all(m.sent_at is not None for m in sent)
    assert sorted(e.rcpt_tos[0] for e in handler.envelopes) == [
        "first@example.org",
        "second@example.org",
    ]


def test_folder_transport_writes_an_eml_file(app, tmp_path):
    folder = tmp_path / "mail"
    app.config.update(MAIL_TRANSPORT="folder", MAIL_FOLDER=str(folder))
    with app.app_context():
        queue_email("lead@example.org", "To the folder", "Read me as a file.")
        db.session.commit()
        assert deliver_due() == 1

    files = list(folder.glob("*.eml"))
    assert len(files) == 1
    written = email.message_from_bytes(files[0].read_bytes(), policy=policy.default)
    assert written["Subject"] == "To the folder"
    assert written["To"] == "lead@example.org"
    assert written.get_content().strip() == "Read me as a file."
    assert not list(folder.glob(".*.tmp"))


def test_worker_once_delivers_due_messages(smtp_app, smtp_server):
    _, handler = smtp_server
    with smtp_app.app_context():
        queue_email("lead@example.org", "From the worker", "body")
        db.session.commit()

    result = smtp_app.test_cli_runner().invoke(args=["worker", "--once"])
    assert result.exit_code == 0, result.output
    assert "Sent 1 message(s)." in result.output
    assert [e.rcpt_tos for e in handler.envelopes] == [["lead@example.org"]]
    with smtp_app.app_context():
        assert db.session.scalars(select(OutboxMessage)).one().sent_at is not None
