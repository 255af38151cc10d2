"""The moderator's and the safeguarding lead's forms."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovTextArea, GovTextInput
from wtforms import HiddenField, IntegerField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import (
    DataRequired,
    InputRequired,
    Length,
    NumberRange,
    ValidationError,
)

from portal.feedback.forms import PlainCheckboxField, PlainRadioField
from portal.moderation.escalation import DECISION_LABELS
from portal.moderation.escalation import Decision as CaseDecision
from portal.moderation.work import (
    CRITICALITY,
    REJECT_REASONS,
    Decision,
    Item,
    Outcome,
    also_redact_phrases,
)
from portal.text import clean_text

SENTIMENTS = {
    "positive": "Positive",
    "mixed": "Mixed",
    "negative": "Negative",
    "neutral": "Neutral",
}
DECISIONS = {
    Decision.PUBLISH: "Publish: the redacted words can be used in reports and quoted",
    Decision.PRIVATE: "Keep private: counted in themes, never quoted",
    Decision.REJECT: "Reject",
}


def _choices(labels: dict) -> list[SelectChoice]:
    return [SelectChoice(str(value), label) for value, label in labels.items()]


class _NoExtraCsrf(FlaskForm):
    class Meta:
        # CSRFProtect checks every POST before any view runs; a second check adds nothing.
        csrf = False


class ModerationForm(_NoExtraCsrf):
    revision = HiddenField()
    redact = PlainCheckboxField("Personal data to take out", choices=[])
    also_redact = TextAreaField(
        "Other words to take out",
        filters=[clean_text],
        validators=[
            Length(max=2000, message="Other words to take out must be 2,000 characters or fewer")
        ],
    )
    themes = PlainCheckboxField("Themes", choices=[])
    sentiment = PlainRadioField("Sentiment", choices=_choices(SENTIMENTS))
    criticality = PlainRadioField(
        "Criticality",
        choices=_choices({str(k): f"{k}: {v}" for k, v in CRITICALITY.items()}),
    )
    decision = PlainRadioField(
        "Decision",
        choices=_choices(DECISIONS),
        validators=[InputRequired(message="Choose whether to publish, keep private or reject")],
    )
    reject_reason = PlainRadioField("Why is it rejected?", choices=_choices(REJECT_REASONS))

    @classmethod
    def for_item(cls, item: Item, formdata=None) -> ModerationForm:
        """The form for this item: suggestions pre-applied unless the moderator has sent choices."""
        defaults = {
            "revision": str(item.submission.revision),
            "redact": [t.choice(s) for t in item.free_texts for s in t.suggestions],
            "themes": list(item.suggested_themes),
            "sentiment": item.suggested_sentiment,
            "criticality": str(item.suggested_criticality),
        }
        form = cls(formdata=formdata, data=None if formdata else defaults)
        form.redact.choices = [
            SelectChoice(t.choice(s), s.text) for t in item.free_texts for s in t.suggestions
        ]
        form.themes.choices = [SelectChoice(o.slug, o.name) for o in item.theme_options]
        form.item = item
        return form

    item: Item | None = None

    def validate_decision(self, field) -> None:
        if field.data == Decision.PUBLISH and self.item is not None and self.item.names_a_colleague:
            raise ValidationError(
                "A staff comment that names a colleague is never published: keep it private "
                "or reject it"
            )

    def validate_sentiment(self, field) -> None:
        if self.decision.data in (Decision.PUBLISH, Decision.PRIVATE) and not field.data:
            raise ValidationError("Choose the sentiment")

    def validate_criticality(self, field) -> None:
        if self.decision.data in (Decision.PUBLISH, Decision.PRIVATE) and not field.data:
            raise ValidationError("Choose how critical it is, from 0 to 5")

    def validate_themes(self, field) -> None:
        if self.decision.data in (Decision.PUBLISH, Decision.PRIVATE) and not field.data:
            raise ValidationError("Choose at least one theme")

    def validate_reject_reason(self, field) -> None:
        if self.decision.data == Decision.REJECT and not field.data:
            raise ValidationError("Choose why it is rejected")

    def revision_number(self) -> int | None:
        raw = self.revision.data or ""
        return int(raw) if raw.isdigit() and len(raw) < 10 else None

    def outcome(self) -> Outcome:
        decision = Decision(self.decision.data)
        rejected = decision == Decision.REJECT
        return Outcome(
            decision=decision,
            themes=[] if rejected else list(self.themes.data or []),
            sentiment=None if rejected else self.sentiment.data,
            criticality=None if rejected else int(self.criticality.data),
            reject_reason=self.reject_reason.data if rejected else None,
            chosen=set(self.redact.data or []),
            also=self.also_phrases(),
        )

    def also_phrases(self) -> list[str]:
        return also_redact_phrases(self.also_redact.data or "")


class EscalateForm(_NoExtraCsrf):
    reason = TextAreaField(
        "Why is this a safeguarding concern?",
        filters=[clean_text],
        validators=[
            DataRequired(message="Say why this is a safeguarding concern"),
            Length(max=2000, message="The reason must be 2,000 characters or fewer"),
        ],
    )


class DecisionForm(_NoExtraCsrf):
    decision = PlainRadioField(
        "Decision",
        choices=_choices(DECISION_LABELS),
        validators=[InputRequired(message="Choose the decision")],
    )
    reference = StringField(
        "Front door (MASH) reference",
        filters=[clean_text],
        validators=[Length(max=60, message="The reference must be 60 characters or fewer")],
    )
    reasons = TextAreaField(
        "Reasons for the decision",
        filters=[clean_text],
        validators=[
            DataRequired(message="Give the reasons for the decision"),
            Length(max=5000, message="The reasons must be 5,000 characters or fewer"),
        ],
    )

    def validate_reference(self, field) -> None:
        if self.decision.data == CaseDecision.REFERRED and not (field.data or "").strip():
            raise ValidationError("Enter the front door's reference for the referral")


class WholeNumberField(IntegerField):
    """A whole number whose error, when it is not one, is in plain words."""

    def process_formdata(self, valuelist) -> None:
        if valuelist and valuelist[0].strip():
            raw = valuelist[0].strip()
            if raw.isdigit() and len(raw) < 7:
                self.data = int(raw)
                return
            self.data = None
            raise ValueError("Enter a whole number of minutes, like 30")
        self.data = None


class SettingsForm(FlaskForm):
    ack_minutes = WholeNumberField(
        "Minutes a designated lead has to acknowledge a safeguarding case",
        widget=GovTextInput(),
        validators=[
            InputRequired(message="Enter the number of minutes"),
            NumberRange(min=1, max=1440, message="Enter a number of minutes from 1 to 1,440"),
        ],
    )
    claim_minutes = WholeNumberField(
        "Minutes a moderator's claim on an item lasts",
        widget=GovTextInput(),
        validators=[
            InputRequired(message="Enter the number of minutes"),
            NumberRange(min=1, max=480, message="Enter a number of minutes from 1 to 480"),
        ],
    )
    deputy_emails = TextAreaField(
        "Deputy contacts' email addresses, one a line",
        widget=GovTextArea(),
        filters=[clean_text],
        validators=[Length(max=2000, message="The list must be 2,000 characters or fewer")],
    )

    def validate_deputy_emails(self, field) -> None:
        for address in self.deputy_list():
            local, at, domain = address.partition("@")
            if not (local and at and "." in domain) or len(address) > 254 or " " in address:
                raise ValidationError(f"{address} is not an email address")

    def deputy_list(self) -> list[str]:
        return [
            line.strip() for line in (self.deputy_emails.data or "").splitlines() if line.strip()
        ]
