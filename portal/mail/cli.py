"""`flask --app portal worker`: escalate overdue cases and deliver the outbox, pass after pass."""

from __future__ import annotations

import signal
import threading

import click
from flask import Flask, current_app

from portal.extensions import db
from portal.mail.outbox import deliver_due
from portal.moderation.escalation import escalate_overdue


def one_pass() -> tuple[int, int]:
    """Escalate what is overdue first, so the deputies' e-mail goes out in the same pass."""
    escalated = escalate_overdue()
    return escalated, deliver_due()


def register_mail_cli(app: Flask) -> None:
    @app.cli.command("worker")
    @click.option(
        "--interval",
        type=click.FloatRange(min=0.1),
        default=1.0,
        show_default=True,
        help="Seconds to wait between passes.",
    )
    @click.option("--once", is_flag=True, help="Run one pass, then exit.")
    def worker_command(interval: float, once: bool) -> None:
        """Escalate overdue safeguarding cases, and deliver due e-mail with retries and back-off."""
        if once:
            escalated, sent = one_pass()
            click.echo(f"Escalated {escalated} overdue case(s). Sent {sent} message(s).")
            return

        stopping = threading.Event()
        previous = signal.signal(signal.SIGTERM, lambda signum, frame: stopping.set())
        click.echo(f"Worker started: delivering the outbox every {interval:g} s.")
        try:
            while not stopping.is_set():
                try:
                    escalated, sent = one_pass()
                    if escalated:
                        click.echo(f"Escalated {escalated} overdue safeguarding case(s).")
                    if sent:
                        click.echo(f"Sent {sent} message(s).")
                except Exception:
                    # A database blip must not kill the worker: log, forget, try next pass.
                    current_app.logger.exception("worker pass failed")
                    db.session.rollback()
                finally:
                    db.session.remove()
                stopping.wait(interval)
        except KeyboardInterrupt:
            pass
        finally:
            signal.signal(signal.SIGTERM, previous)
        click.echo("Worker stopped.")
