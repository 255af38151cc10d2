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


def face_svg(value: str) -> Markup:
    """A simple face drawn in SVG: the same on every phone, with no emoji font needed.

    The mouth's curve goes from a deep frown (1) to a big smile (5). It uses currentColor, so
    it follows the text colour, including in high-contrast modes.
    """
    bend = (int(value) - 3) * 5  # -10 … +10
    return Markup(
        '<svg class="portal-face" viewBox="0 0 40 40" width="40" height="40" aria-hidden="true"'
        ' focusable="false"><circle cx="20" cy="20" r="18" fill="none" stroke="currentColor"'
        ' stroke-width="2.5"/><circle cx="14" cy="16" r="2.5" fill="currentColor"/>'
        '<circle cx="26" cy="16" r="2.5" fill="currentColor"/>'
        '<path d="M12 {y} Q20 {cy} 28 {y}" fill="none" stroke="currentColor" stroke-width="2.5"'
        ' stroke-linecap="round"/></svg>'
    ).format(y=27 - bend / 5, cy=27 + bend)


def face_items(question: QuestionDef, selected: str | None) -> list[dict]:
    """Face-scale radios: a face the screen reader skips, then the words it reads."""
    return [
        {
            "value": value,
            "html": Markup("{} {}").format(face_svg(value), label),
            "checked": value == selected,
        }
        for value, label in FACE_SCALE
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
