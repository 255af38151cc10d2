"""`flask --app portal worker`: escalate overdue cases and deliver the outbox, pass after pass."""

from __future__ import annotations

import signal
import threading
import time

import click
from flask import Flask, current_app

from portal.extensions import db
from portal.mail.outbox import deliver_due
from portal.moderation.escalation import escalate_overdue
from portal.pulse import rounds, totals

# The pulse jobs are about days, not seconds: opening due rounds, sending reminders and
# totalling closed rounds once every few minutes is prompt enough, and keeps the one-second
# pass cheap.
PULSE_EVERY_SECONDS = 15 * 60


def pulse_jobs(now_monotonic: float | None = None) -> tuple[int, int] | None:
    """Open due rounds, send due reminders, total closed rounds: once per PULSE_EVERY_SECONDS.

    Returns (rounds opened, reminders sent), or None when it was not time. A failure is
    logged and swallowed: it must never stop the outbox being delivered.
    """
    now_monotonic = time.monotonic() if now_monotonic is None else now_monotonic
    # Kept on the app: one worker process runs one app, and each test's app starts afresh.
    state = current_app.extensions.setdefault("portal_pulse_jobs", {"last": None})
    if state["last"] is not None and now_monotonic - state["last"] < PULSE_EVERY_SECONDS:
        return None
    # Marked before running, so a job that keeps failing is retried at the next slot, not
    # on every one-second pass.
    state["last"] = now_monotonic
    try:
        opened = len(rounds.open_due())
        reminded = rounds.remind()
        rounds.forget_sent_links()
        totals.close_due_rounds()
    except Exception:
        current_app.logger.exception("pulse jobs failed; the outbox is still delivered")
        db.session.rollback()
        return None
    return opened, reminded


def one_pass() -> tuple[int, int]:
    """Escalate what is overdue first, so the deputies' e-mail goes out in the same pass.

    The pulse jobs run before delivery too (when it is their time), so a round's links or
    reminders start going out in the pass that queued them.
    """
    escalated = escalate_overdue()
    pulse_jobs()
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
