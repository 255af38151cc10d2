"""The manager's reply to a published anonymous comment."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import TextAreaField
from wtforms.validators import DataRequired, Length

from portal.text import clean_text


class ReplyForm(FlaskForm):
    class Meta:
        # CSRFProtect checks every POST before any view runs; a second check adds nothing.
        csrf = False

    text = TextAreaField(
        "Your reply",
        filters=[clean_text],
        validators=[
            DataRequired(message="Write your reply"),
            Length(max=2000, message="The reply must be 2,000 characters or fewer"),
        ],
    )
