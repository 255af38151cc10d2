"""`flask --app portal worker`: deliver the outbox, pass after pass, until told to stop."""

from __future__ import annotations

import signal
import threading

import click
from flask import Flask, current_app

from portal.extensions import db
from portal.mail.outbox import deliver_due


def register_mail_cli(app: Flask) -> None:
    @app.cli.command("worker")
    @click.option(
        "--interval",
        type=click.FloatRange(min=0.1),
        default=5.0,
        show_default=True,
        help="Seconds to wait between passes.",
    )
    @click.option("--once", is_flag=True, help="Run one pass over the outbox, then exit.")
    def worker_command(interval: float, once: bool) -> None:
        """Deliver due e-mail from the outbox, with retries and back-off."""
        if once:
            sent = deliver_due()
            click.echo(f"Sent {sent} message(s).")
            return

        stopping = threading.Event()
        previous = signal.signal(signal.SIGTERM, lambda signum, frame: stopping.set())
        click.echo(f"Worker started: delivering the outbox every {interval:g} s.")
        try:
            while not stopping.is_set():
                try:
                    sent = deliver_due()
                    if sent:
                        click.echo(f"Sent {sent} message(s).")
                except Exception:
                    # A database blip must not kill the worker: log, forget, try next pass.
                    current_app.logger.exception("outbox pass failed")
                    db.session.rollback()
                finally:
                    db.session.remove()
                stopping.wait(interval)
        except KeyboardInterrupt:
            pass
        finally:
            signal.signal(signal.SIGTERM, previous)
        click.echo("Worker stopped.")
