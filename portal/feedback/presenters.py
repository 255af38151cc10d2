"""Turning survey questions and answers into what the GOV.UK macros and pages show."""

from __future__ import annotations

from flask import Flask
from markupsafe import Markup

from portal.feedback.forms import FREE_TEXT_LIMIT
from portal.feedback.surveys import FACE_SCALE, QuestionDef
from portal.models.common import QuestionKind


def choice_items(choices, selected) -> list[dict]:
    chosen = set(selected or ())
    return [{"value": v, "text": label, "checked": v in chosen} for v, label in choices]


def face_items(question: QuestionDef, selected: str | None) -> list[dict]:
    """Face-scale radios: a face the screen reader skips, then the words it reads."""
    return [
        {
            "value": value,
            "html": Markup('<span class="portal-face" aria-hidden="true">{}</span> {}').format(
                face, label
            ),
            "checked": value == selected,
        }
        for value, label, face in FACE_SCALE
    ]


def answer_text(question: QuestionDef, value) -> str:
    """How an answer reads back to the person on the check page."""
    if value in (None, "", []):
        return "Not answered"
    if question.kind == QuestionKind.MULTIPLE_CHOICE:
        return ", ".join(question.label_for(v) for v in value)
    if question.kind == QuestionKind.FREE_TEXT:
        return str(value)
    return question.label_for(str(value))


def summary_rows(form, change_label: str = "Change") -> list[dict]:
    """Rows for the check-your-answers summary list (text only: never rendered as HTML)."""
    rows = []
    for question, field in form.question_fields():
        rows.append(
            {
                "key": {"text": question.prompt},
                "value": {
                    "text": answer_text(question, field.data),
                    "classes": "portal-kept-text",
                },
            }
        )
    return rows


def init_app(app: Flask) -> None:
    app.add_template_filter(choice_items)
    app.add_template_filter(face_items)
    app.jinja_env.globals["free_text_limit"] = FREE_TEXT_LIMIT
