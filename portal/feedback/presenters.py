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


def as_typed(text: str) -> Markup:
    """Text shown with its line breaks and spaces exactly as typed, and escaped.

    Breaks become <br> rather than newlines because the GOV.UK macros indent the lines of
    any HTML they are given, which pre-wrap would then show.
    """
    lines = Markup("<br>").join(text.split("\n"))
    return Markup('<span class="portal-kept-text">{}</span>').format(lines)


def summary_rows(form) -> list[dict]:
    """Rows for the check-your-answers summary list (answers are escaped by Markup.format)."""
    rows = []
    for question, field in form.question_fields():
        rows.append(
            {
                "key": {"text": question.prompt},
                "value": {"html": as_typed(answer_text(question, field.data))},
            }
        )
    return rows


def error_list(errors: dict[str, str]) -> list[dict]:
    """GOV.UK error-summary items, each linking to the field it is about."""
    return [{"text": message, "href": f"#{field}"} for field, message in errors.items()]


def init_app(app: Flask) -> None:
    app.add_template_filter(error_list)
    app.add_template_filter(choice_items)
    app.add_template_filter(face_items)
    app.jinja_env.globals["free_text_limit"] = FREE_TEXT_LIMIT
