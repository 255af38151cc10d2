"""The pulse answer form, built from a round's questions: every question optional, every value checked."""

from __future__ import annotations

from dataclasses import dataclass

from flask_wtf import FlaskForm
from wtforms import Field, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Optional

from portal.feedback.forms import FREE_TEXT_LIMIT, LimitedText, PlainRadioField
from portal.pulse.bank import AGREE_LABELS, AGREE_SCALE, CHOICE, COMMENT, ENPS
from portal.text import clean_text

ENPS_ENDS = {0: "0 (not at all likely)", 10: "10 (extremely likely)"}


@dataclass(frozen=True)
class PulseQuestionDef:
    """One question of a round, as the page and the form need it."""

    id: int
    key: str
    kind: str
    text: str
    options: tuple[tuple[str, str], ...]  # (value, label) for every kind but comment

    @property
    def field_name(self) -> str:
        return f"q_{self.key.replace('-', '_')}"


def options_for(kind: str, choice_options: list[dict] | None) -> tuple[tuple[str, str], ...]:
    """The answers a question offers, as (value, label)."""
    if kind == AGREE_SCALE:
        return tuple((str(value), label) for value, label in AGREE_LABELS.items())
    if kind == ENPS:
        return tuple((str(value), ENPS_ENDS.get(value, str(value))) for value in range(11))
    if kind == CHOICE:
        return tuple((option["value"], option["label"]) for option in choice_options or [])
    return ()


class PulseAnswerFormBase(FlaskForm):
    class Meta:
        # CSRFProtect checks every POST before the view runs (and keeps the text on failure).
        csrf = False

    questions: tuple[PulseQuestionDef, ...]

    def question_fields(self) -> list[tuple[PulseQuestionDef, Field]]:
        return [(question, self[question.field_name]) for question in self.questions]

    def answered(self) -> dict[int, str]:
        """question id → the chosen value, for the questions with answers to choose from."""
        return {
            question.id: field.data
            for question, field in self.question_fields()
            if question.kind != COMMENT and field.data not in (None, "")
        }

    def comment(self) -> str:
        """What the person wrote in their own words ('' if nothing)."""
        return "\n\n".join(
            field.data
            for question, field in self.question_fields()
            if question.kind == COMMENT and field.data
        )


def _field_for(question: PulseQuestionDef) -> Field:
    if question.kind == COMMENT:
        return TextAreaField(
            question.text,
            filters=[clean_text],
            validators=[Optional(), LimitedText(max=FREE_TEXT_LIMIT)],
        )
    choices = [SelectChoice(value, label) for value, label in question.options]
    return PlainRadioField(question.text, choices=choices, validators=[Optional()])


def answer_form(questions: tuple[PulseQuestionDef, ...], **kwargs) -> PulseAnswerFormBase:
    """A form for these questions. Built per request: a version without answers may still be edited."""
    fields = {question.field_name: _field_for(question) for question in questions}
    form_class = type("PulseAnswerForm", (PulseAnswerFormBase,), fields)
    form = form_class(**kwargs)
    form.questions = questions
    return form
