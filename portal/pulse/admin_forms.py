"""The forms admins use to build pulses: questions, teams, the roster, pulses and rounds."""

from __future__ import annotations

from datetime import date

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovDateInput,
    GovRadioInput,
    GovSelect,
    GovTextArea,
    GovTextInput,
)
from wtforms import DateField, Field, HiddenField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length, ValidationError

from portal.feedback.forms import PlainCheckboxField, PlainRadioField
from portal.models import PulseQuestion, Team
from portal.pulse import building
from portal.pulse.bank import CHOICE
from portal.text import clean_text

THRESHOLD_MAX = 100
POSITION_MAX = 99


def _choices(labels: dict) -> list[SelectChoice]:
    return [SelectChoice(str(value), label) for value, label in labels.items()]


class _Form(FlaskForm):
    class Meta:
        # CSRFProtect checks every POST before any view runs; the pages carry its token once
        # per form, without an id, so several forms on one page never repeat an id.
        csrf = False


class PlainSelectField(SelectField):
    """A select whose 'not a valid choice' message is in plain words."""

    def __init__(self, *args, refusal: str = "Choose one of the options shown", **kwargs):
        super().__init__(*args, **kwargs)
        self.refusal = refusal

    def pre_validate(self, form) -> None:
        # Not sent at all counts as the empty first option, which DataRequired refuses if needed.
        if (self.data or "") not in {choice.value for choice in self.choices}:
            raise ValidationError(self.refusal)


class WholeNumber(Field):
    """A whole number typed into a text box, with its refusal in plain words."""

    widget = GovTextInput()

    def __init__(self, *args, refusal: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.refusal = refusal

    def _value(self) -> str:
        if self.raw_data:
            return self.raw_data[0]
        return "" if self.data is None else str(self.data)

    def process_formdata(self, valuelist) -> None:
        raw = valuelist[0].strip() if valuelist else ""
        if not raw:
            self.data = None
            return
        if raw.isdigit() and len(raw) < 7:
            self.data = int(raw)
            return
        self.data = None
        raise ValueError(self.refusal)


def _blank_or_within(low: int, high: int, message: str):
    def check(form, field) -> None:
        if field.data is not None and not low <= field.data <= high:
            raise ValidationError(message)

    return check


class DayField(DateField):
    """A day typed as day, month and year (the GOV.UK date input); blank is allowed."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, format="%d %m %Y", **kwargs)

    def process_formdata(self, valuelist) -> None:
        # Always three parts, so the widget can show back whatever was sent, even a tampered form.
        parts = [str(v).strip() for v in (valuelist or [])][:3]
        self.raw_data = parts + [""] * (3 - len(parts))
        if not any(self.raw_data):
            self.data = None
            return
        if not all(p.isdigit() and len(p) <= 4 for p in self.raw_data):
            self.data = None
            raise ValueError(
                "Enter the date of the next round as a day, month and year in numbers, "
                "like 14 3 2027"
            )
        day, month, year = (int(p) for p in self.raw_data)
        try:
            self.data = date(year, month, day)
        except ValueError:
            self.data = None
            raise ValueError("The date of the next round must be a real date") from None
        if year < 2000:
            self.data = None
            raise ValueError("Enter the year in full, like 2027")


# --- The question bank ------------------------------------------------------------------------


class QuestionForm(_Form):
    text = TextAreaField(
        "Question",
        widget=GovTextArea(),
        filters=[clean_text],
        validators=[
            DataRequired(message="Enter the question"),
            Length(max=300, message="The question must be 300 characters or fewer"),
        ],
    )
    kind = PlainRadioField(
        "What kind of answer",
        widget=GovRadioInput(),
        choices=_choices(building.KIND_LABELS),
        validators=[InputRequired(message="Choose what kind of answer the question takes")],
    )
    options = TextAreaField(
        "Options, one a line",
        widget=GovTextArea(),
        filters=[clean_text],
        validators=[Length(max=2000, message="The options must be 2,000 characters or fewer")],
    )

    def validate_options(self, field) -> None:
        if self.kind.data != CHOICE:
            return
        labels = [line.strip() for line in (field.data or "").splitlines() if line.strip()]
        if len(labels) < 2:
            raise ValidationError("Write at least two options, one a line")
        if len(labels) > building.MAX_OPTIONS:
            raise ValidationError(f"Write at most {building.MAX_OPTIONS} options")
        if any(len(label) > 100 for label in labels):
            raise ValidationError("Each option must be 100 characters or fewer")
        values = [option["value"] for option in building.option_list(field.data or "")]
        if len(set(values)) != len(values):
            raise ValidationError("Each option must be different from the others")

    def option_list(self) -> list[dict]:
        return building.option_list(self.options.data or "") if self.kind.data == CHOICE else []


# --- Teams and the roster ---------------------------------------------------------------------

TEAM_NAME_VALIDATORS = [
    DataRequired(message="Enter the team's name"),
    Length(max=200, message="The team's name must be 200 characters or fewer"),
]


class TeamForm(_Form):
    organisation = PlainSelectField(
        "Agency",
        widget=GovSelect(),
        refusal="Choose the agency the team belongs to",
        validators=[DataRequired(message="Choose the agency the team belongs to")],
    )
    service = PlainSelectField("Service (optional)", widget=GovSelect(), refusal="Choose a service")
    name = StringField(
        "Team name", widget=GovTextInput(), filters=[clean_text], validators=TEAM_NAME_VALIDATORS
    )

    @classmethod
    def with_choices(cls, organisations, **kwargs) -> TeamForm:
        form = cls(prefix="team", **kwargs)
        form.organisation.choices = [SelectChoice("", "Choose an agency")] + [
            SelectChoice(str(o.id), o.name) for o in organisations
        ]
        form.service.choices = [SelectChoice("", "No service: directly in the agency")] + [
            SelectChoice(str(s.id), f"{o.name}: {s.name}")
            for o in organisations
            for s in o.services
            if s.active
        ]
        return form

    def service_id(self) -> int | None:
        return int(self.service.data) if self.service.data else None


class RenameTeamForm(_Form):
    name = StringField(
        "New name", widget=GovTextInput(), filters=[clean_text], validators=TEAM_NAME_VALIDATORS
    )


def _team_choices(teams: list[Team], prompt: str) -> list[SelectChoice]:
    return [SelectChoice("", prompt)] + [
        SelectChoice(str(team.id), building.team_label(team)) for team in teams
    ]


class RosterImportForm(_Form):
    lines = TextAreaField(
        "Roster lines: email,team name",
        widget=GovTextArea(),
        filters=[clean_text],
        validators=[
            DataRequired(message="Paste at least one line: an email address, a comma, a team"),
            Length(max=60000, message="Paste at most 60,000 characters at a time"),
        ],
    )

    def validate_lines(self, field) -> None:
        count = sum(1 for line in (field.data or "").splitlines() if line.strip())
        if count > building.ROSTER_MAX_LINES:
            raise ValidationError(
                f"Paste at most {building.ROSTER_MAX_LINES:,} lines at a time: this has {count:,}"
            )


class MemberForm(_Form):
    email = StringField(
        "Email address",
        widget=GovTextInput(),
        filters=[clean_text],
        validators=[
            DataRequired(message="Enter the person's email address"),
            Length(max=254, message="The email address must be 254 characters or fewer"),
        ],
    )
    team = PlainSelectField(
        "Team",
        widget=GovSelect(),
        refusal="Choose the person's team",
        validators=[DataRequired(message="Choose the person's team")],
    )

    @classmethod
    def with_teams(cls, teams: list[Team], **kwargs) -> MemberForm:
        form = cls(prefix="person", **kwargs)
        form.team.choices = _team_choices(teams, "Choose a team")
        return form

    def validate_email(self, field) -> None:
        if field.data and not building.is_email(field.data):
            raise ValidationError("Enter an email address like name@agency.example")


class MoveForm(_Form):
    team = PlainSelectField(
        "Move to team",
        widget=GovSelect(),
        refusal="Choose the team to move them to",
        validators=[DataRequired(message="Choose the team to move them to")],
    )

    @classmethod
    def with_teams(cls, teams: list[Team], **kwargs) -> MoveForm:
        form = cls(**kwargs)
        form.team.choices = _team_choices(teams, "Choose a team")
        return form


class FindMemberForm(_Form):
    email = StringField(
        "Find a person by email address", widget=GovTextInput(), filters=[clean_text]
    )


# --- Pulses -----------------------------------------------------------------------------------


class SurveyForm(_Form):
    """A pulse's settings; the position of each bank question is added per bank (see `for_bank`)."""

    title = StringField(
        "Title",
        widget=GovTextInput(),
        filters=[clean_text],
        validators=[
            DataRequired(message="Enter a title for the pulse"),
            Length(max=200, message="The title must be 200 characters or fewer"),
        ],
    )
    cadence = PlainRadioField(
        "How often it goes out",
        widget=GovRadioInput(),
        choices=_choices(building.CADENCES),
        validators=[InputRequired(message="Choose how often the pulse goes out")],
    )
    threshold = WholeNumber(
        "Anonymity threshold",
        refusal="Enter the anonymity threshold as a whole number, like 5",
        validators=[InputRequired(message="Enter the anonymity threshold, like 5")],
    )
    audience = PlainCheckboxField("Who it goes to", choices=[])
    next_round = DayField("Date of the next round (optional)", widget=GovDateInput())
    # Errors about the questions as a whole hang here; the page's questions fieldset has its id.
    questions = HiddenField()

    position_names: list[tuple[str, PulseQuestion]]

    @classmethod
    def for_bank(
        cls,
        questions: list[PulseQuestion],
        groups: list[building.AudienceGroup],
        **kwargs,
    ) -> SurveyForm:
        """The form for these bank questions: one position box each."""
        fields = {}
        for q in questions:
            refusal = f"Give “{q.text}” a whole number from 1 to {POSITION_MAX}, or leave it blank"
            fields[f"position_{q.id}"] = WholeNumber(
                q.text, refusal=refusal, validators=[_blank_or_within(1, POSITION_MAX, refusal)]
            )
        form_class = type("SurveyFormForBank", (cls,), fields)
        form = form_class(**kwargs)
        form.position_names = [(f"position_{q.id}", q) for q in questions]
        form.audience.choices = [
            SelectChoice(option.value, option.label) for g in groups for option in g.options
        ]
        return form

    def validate_threshold(self, field) -> None:
        if field.data is None:
            return
        if field.data > THRESHOLD_MAX:
            raise ValidationError(f"The anonymity threshold must be {THRESHOLD_MAX} or fewer")
        problem = building.threshold_problem(field.data)
        if problem:
            raise ValidationError(problem)

    def validate_audience(self, field) -> None:
        if not field.data:
            raise ValidationError("Choose who the pulse goes to: an agency, a service or a team")

    def validate_questions(self, field) -> None:
        if not self.chosen_question_ids():
            raise ValidationError("Choose at least one question by giving it a number")

    def chosen_question_ids(self) -> tuple[int, ...]:
        """The chosen questions in the order asked: by number, then as the bank lists them."""
        chosen = [
            (self[name].data, index, question.id)
            for index, (name, question) in enumerate(self.position_names)
            if self[name].data is not None
        ]
        return tuple(question_id for _, _, question_id in sorted(chosen))

    def positions(self) -> list[tuple[Field, PulseQuestion]]:
        return [(self[name], question) for name, question in self.position_names]


SEND_CHOICES = {
    "email": "Send each person their link by e-mail",
    "print": "Show me a printable list of links to hand out (shown once, never again)",
}


class OpenRoundForm(_Form):
    send = PlainRadioField(
        "How should people get their links?",
        widget=GovRadioInput(),
        choices=_choices(SEND_CHOICES),
        validators=[InputRequired(message="Choose how people get their links")],
    )
    # How many rounds the page showed: a resent form (a refresh, a double click) opens nothing.
    rounds_seen = HiddenField()

    def rounds_seen_number(self) -> int | None:
        raw = self.rounds_seen.data or ""
        return int(raw) if raw.isdigit() and len(raw) < 7 else None
