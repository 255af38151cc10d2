"""`flask --app portal pulse open-due | remind`: for cron, or run by the worker."""

from __future__ import annotations

import click
from flask import Flask
from flask.cli import AppGroup

pulse_cli = AppGroup("pulse", help="Open due pulse rounds and send reminders.")


def register_pulse_cli(app: Flask) -> None:
    app.cli.add_command(pulse_cli)


__all__ = ["click", "pulse_cli", "register_pulse_cli"]
