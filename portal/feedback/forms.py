"""The feedback form, built from a survey definition so every audience's survey validates alike."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import Field, HiddenField, RadioField, SelectMultipleField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length, Optional, ValidationError

from portal.feedback.receipts import is_valid_token
from portal.feedback.surveys import QuestionDef, SurveyDef
from portal.models.common import QuestionKind
from portal.text import clean_text

FREE_TEXT_LIMIT = 5000


class PlainRadioField(RadioField):
    """A radio group whose 'not a valid choice' message is in plain words."""

    def pre_validate(self, form) -> None:
        if self.data is not None and self.data not in {choice.value for choice in self.choices}:
            raise ValidationError("Choose one of the answers shown")


class PlainCheckboxField(SelectMultipleField):
    def pre_validate(self, form) -> None:
        allowed = {choice.value for choice in self.choices}
        if any(value not in allowed for value in self.data or ()):
            raise ValidationError("Choose from the answers shown")


class LimitedText(Length):
    """A length check whose message tells the person how far over they are."""

    def __call__(self, form, field) -> None:
        length = len(field.data or "")
        if length > self.max:
            over = length - self.max
            raise ValidationError(
                f"Your answer must be {self.max:,} characters or fewer. "
                f"It is {over:,} too long, so please make it a little shorter."
            )


def _field_for(question: QuestionDef) -> Field:
    presence = (
        [InputRequired(message=f"Answer the question: {question.prompt}")]
        if question.required
        else [Optional()]
    )
    if question.kind == QuestionKind.FREE_TEXT:
        return TextAreaField(
            question.prompt,
            filters=[clean_text],
            validators=[*presence, LimitedText(max=FREE_TEXT_LIMIT)],
        )
    choices = [SelectChoice(value, label) for value, label in question.choices]
    if question.kind == QuestionKind.MULTIPLE_CHOICE:
        return PlainCheckboxField(question.prompt, choices=choices, validators=presence)
    return PlainRadioField(question.prompt, choices=choices, validators=presence)


class FeedbackFormBase(FlaskForm):
    """The fields every feedback form carries besides its questions."""

    class Meta:
        # CSRFProtect already checks every POST before any view runs (and gives the friendly
        # page that keeps the text); checking the same token again here would only cost time.
        csrf = False

    submission_token = HiddenField()
    version = HiddenField()
    service = HiddenField()

    definition: SurveyDef

    def validate_submission_token(self, field: Field) -> None:
        if not is_valid_token(field.data):
            raise ValidationError(
                "This form was changed or is too old. Your answers are below: "
                "please check them and send again."
            )

    def question_fields(self) -> list[tuple[QuestionDef, Field]]:
        return [(q, self[field_name(q)]) for q in self.definition.questions]

    def answers(self) -> dict[str, object]:
        """Answered questions only, keyed by question key: str, list[str] or text."""
        result: dict[str, object] = {}
        for question, field in self.question_fields():
            value = field.data
            if value in (None, "", []):
                continue
            result[question.key] = value
        return result

    def free_texts(self) -> list[str]:
        """What the person wrote in their own words, question by question."""
        return [
            field.data
            for question, field in self.question_fields()
            if question.kind == QuestionKind.FREE_TEXT and field.data
        ]

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        if valid and not self.answers():
            first = self.definition.questions[0]
            self[field_name(first)].errors.append(
                "Answer at least one question, so we know what you think"
            )
            return False
        return valid


def field_name(question: QuestionDef) -> str:
    return f"q_{question.key}"


_form_classes: dict[SurveyDef, type[FeedbackFormBase]] = {}


def feedback_form(definition: SurveyDef, **kwargs) -> FeedbackFormBase:
    """A form instance for this survey version; the class is built once per definition."""
    form_class = _form_classes.get(definition)
    if form_class is None:
        fields = {field_name(q): _field_for(q) for q in definition.questions}
        form_class = type("FeedbackForm", (FeedbackFormBase,), fields)
        _form_classes[definition] = form_class
    form = form_class(**kwargs)
    form.definition = definition
    return form
