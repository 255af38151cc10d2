"""Fixtures for the moderation tests: a real SMTP server (aiosmtpd) and mail to a folder."""

from __future__ import annotations

import socket

import pytest
from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Collector:
    """An aiosmtpd handler that keeps every envelope it receives."""

    def __init__(self) -> None:
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp_port() -> int:
    return free_port()


@pytest.fixture
def start_smtp(smtp_port):
    """Start a real SMTP server on the test's port (call it when the server should be up)."""
    started = []

    def start() -> Collector:
        handler = Collector()
        controller = Controller(handler, hostname="127.0.0.1", port=smtp_port)
        controller.start()
        started.append(controller)
        return handler

    yield start
    for controller in started:
        controller.stop()


@pytest.fixture
def smtp_app(app, smtp_port):
    """The app delivering its mail over SMTP to 127.0.0.1:<smtp_port>."""
    app.config.update(MAIL_TRANSPORT="smtp", MAIL_HOST="127.0.0.1", MAIL_PORT=smtp_port)
    return app


@pytest.fixture
def folder_app(app, tmp_path):
    """The app delivering its mail into a folder, so a worker pass never needs a server."""
    app.config.update(MAIL_TRANSPORT="folder", MAIL_FOLDER=str(tmp_path / "mail"))
    return app
