"""Fixtures for the moderation tests: a real SMTP server (aiosmtpd) and mail to a folder."""

from __future__ import annotations

import pytest
from aiosmtpd.controller import Controller

from tests.support.smtp import Collector, free_port


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
