"""`flask --app portal pulse open-due | remind | close-due`: for cron, or run by the worker."""

from __future__ import annotations

import click
from flask import Flask
from flask.cli import AppGroup

from portal.pulse import rounds, totals

pulse_cli = AppGroup("pulse", help="Open due pulse rounds, send reminders, total closed rounds.")


@pulse_cli.command("open-due")
def open_due_command() -> None:
    """Open a round of every pulse that is due, and queue each person's link."""
    opened = rounds.open_due()
    for found in opened:
        click.echo(f"Opened round {found.round_id}: {found.invited} link(s) queued.")
    click.echo(f"Opened {len(opened)} round(s).")


@pulse_cli.command("remind")
def remind_command() -> None:
    """Send the day-3 and day-5 reminders, with a new link, to people who have not answered."""
    sent = rounds.remind()
    wiped = rounds.forget_sent_links()
    click.echo(f"Sent {sent} reminder(s). Removed the link from {wiped} sent e-mail(s).")


@pulse_cli.command("close-due")
def close_due_command() -> None:
    """Sum the results of every round that has closed, once, for the results page."""
    closed = totals.close_due_rounds()
    click.echo(f"Totalled {closed} closed round(s).")


def register_pulse_cli(app: Flask) -> None:
    app.cli.add_command(pulse_cli)
