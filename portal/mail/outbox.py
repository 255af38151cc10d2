"""The outbox: queue e-mail inside the current transaction; deliver it later, with retries.

Nothing here blocks a request on a mail server: a view only adds a row (committed with the
change that causes it), and the worker (`flask --app portal worker`) sends what is due.
"""

from __future__ import annotations

import smtplib
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Protocol

from flask import current_app
from sqlalchemy import Connection, insert, select

from portal.extensions import db
from portal.models.common import utcnow
from portal.models.outbox import OutboxMessage

BACKOFF_BASE = timedelta(seconds=30)
BACKOFF_CAP = timedelta(hours=1)
SMTP_TIMEOUT_SECONDS = 10


def queue_email(to: str, subject: str, body: str) -> OutboxMessage:
    """Add a message to the outbox in the current transaction (the caller's commit sends it)."""
    message = OutboxMessage(to_address=to, subject=subject, body_text=body, send_after=utcnow())
    db.session.add(message)
    return message


def queue_emails(connection: Connection, to: list[str], subject: str, body: str) -> None:
    """The same message to each address, written on a connection already in a transaction."""
    if not to:
        return
    now = utcnow()
    connection.execute(
        insert(OutboxMessage.__table__),
        [
            {
                "to_address": address,
                "subject": subject,
                "body_text": body,
                "created_at": now,
                "send_after": now,
                "attempts": 0,
            }
            for address in to
        ],
    )


def backoff(attempts: int) -> timedelta:
    """How long to wait after the given number of failed attempts: 30 s, 1 min, 2 min … 1 h."""
    return min(BACKOFF_BASE * 2 ** max(attempts - 1, 0), BACKOFF_CAP)


class Transport(Protocol):
    def send(self, email: EmailMessage) -> None: ...


class SMTPTransport:
    """Send over SMTP, with STARTTLS and login when configured."""

    def __init__(self, config) -> None:
        self.host = config["MAIL_HOST"]
        self.port = config["MAIL_PORT"]
        self.use_tls = config["MAIL_USE_TLS"]
        self.username = config["MAIL_USERNAME"]
        self.password = config["MAIL_PASSWORD"]

    def send(self, email: EmailMessage) -> None:
        with smtplib.SMTP(self.host, self.port, timeout=SMTP_TIMEOUT_SECONDS) as smtp:
            if self.use_tls:
                smtp.starttls()
            if self.username:
                smtp.login(self.username, self.password or "")
            smtp.send_message(email)


class FolderTransport:
    """Write each message as an .eml file into a folder (development: read mail as files)."""

    def __init__(self, config) -> None:
        self.folder = Path(config["MAIL_FOLDER"])

    def send(self, email: EmailMessage) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        name = f"{utcnow():%Y%m%dT%H%M%S%f}-{email['X-Outbox-Id']}.eml"
        # Written aside then renamed, so a reader never sees half a message.
        partial = self.folder / f".{name}.tmp"
        partial.write_bytes(email.as_bytes())
        partial.replace(self.folder / name)


TRANSPORTS: dict[str, type] = {"smtp": SMTPTransport, "folder": FolderTransport}


def configured_transport() -> Transport:
    """The transport named by MAIL_TRANSPORT."""
    name = current_app.config["MAIL_TRANSPORT"]
    try:
        return TRANSPORTS[name](current_app.config)
    except KeyError:
        raise RuntimeError(f"unknown MAIL_TRANSPORT {name!r} (use 'smtp' or 'folder')") from None


def build_email(message: OutboxMessage) -> EmailMessage:
    """The message as an RFC 5322 e-mail, From the configured sender."""
    email = EmailMessage()
    email["From"] = current_app.config["MAIL_FROM"]
    email["To"] = message.to_address
    email["Subject"] = message.subject
    email["Date"] = format_datetime(message.created_at)
    email["Message-ID"] = make_msgid(domain=current_app.config["MAIL_FROM"].rpartition("@")[2])
    email["X-Outbox-Id"] = str(message.id)
    email.set_content(message.body_text)
    return email


def _describe(error: Exception) -> str:
    # The transport's own words only: never the message body, which may hold personal data.
    return f"{type(error).__name__}: {error}"[:500]


def deliver_due(now: datetime | None = None, limit: int = 50) -> int:
    """Send up to `limit` due messages, one transaction each; return how many were sent.

    Each message is claimed with SELECT … FOR UPDATE SKIP LOCKED (PostgreSQL), so two
    workers never send the same one, and committed on its own, so one failure never undoes
    another's success.
    """
    now = now or utcnow()
    transport = configured_transport()
    max_attempts = current_app.config["MAIL_MAX_ATTEMPTS"]
    due = (
        select(OutboxMessage)
        .where(
            OutboxMessage.sent_at.is_(None),
            OutboxMessage.failed_at.is_(None),
            OutboxMessage.send_after <= now,
        )
        .order_by(OutboxMessage.send_after, OutboxMessage.id)
        .limit(1)
        .with_for_update(skip_locked=True)
    )
    sent = 0
    for _ in range(limit):
        message = db.session.scalars(due).first()
        if message is None:
            break
        try:
            transport.send(build_email(message))
        except Exception as error:  # any transport failure means "try again later"
            message.attempts += 1
            message.last_error = _describe(error)
            if message.attempts >= max_attempts:
                message.failed_at = now
                current_app.logger.error(
                    "outbox message %s failed after %s attempts: %s",
                    message.id,
                    message.attempts,
                    message.last_error,
                )
            else:
                message.send_after = now + backoff(message.attempts)
                current_app.logger.warning(
                    "outbox message %s attempt %s failed: %s",
                    message.id,
                    message.attempts,
                    message.last_error,
                )
        else:
            message.sent_at = now
            sent += 1
        db.session.commit()
    return sent
