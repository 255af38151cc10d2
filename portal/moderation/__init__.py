"""Moderation: the queue, redaction, themes, decisions, and safeguarding escalation."""

from __future__ import annotations

from flask import Flask
from flask_login import current_user
from sqlalchemy.exc import SQLAlchemyError

from portal.extensions import db
from portal.feedback.presenters import as_typed


def select_item(pair, selected) -> dict:
    """A (value, label) pair as a GOV.UK select item, selected when it is the current value."""
    value, label = pair
    return {"value": value, "text": label, "selected": value == selected}


def pairs(choices) -> list[tuple[str, str]]:
    """A form field's choices as (value, label) pairs, as the GOV.UK item filters take them."""
    return [(choice.value, choice.label) for choice in choices]


def answer_row(answer) -> dict:
    """A non-text answer as a summary-list row."""
    return {"key": {"text": answer.prompt}, "value": {"text": answer.value or "Not answered"}}


def init_app(app: Flask) -> None:
    from portal.moderation import escalation

    app.add_template_filter(select_item)
    app.add_template_filter(answer_row)
    app.add_template_filter(pairs)
    app.add_template_filter(as_typed)

    @app.context_processor
    def overdue_safeguarding() -> dict:
        # Every staff page carries the alarm until each overdue case is acknowledged; the public
        # pages never ask.
        if not getattr(current_user, "is_authenticated", False):
            return {}
        try:
            return {"overdue_cases": escalation.overdue_count()}
        except SQLAlchemyError:  # the page explaining a database outage must still render
            db.session.rollback()
            return {}
