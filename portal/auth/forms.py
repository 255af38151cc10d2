"""Sign-in forms, rendered through GOV.UK Frontend widgets."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovPasswordInput, GovSubmitInput, GovTextInput
from wtforms import EmailField, PasswordField, StringField, SubmitField
from wtforms.validators import InputRequired, Length

from portal.text import clean_text


class SignInForm(FlaskForm):
    email = EmailField(
        "Email address",
        widget=GovTextInput(),
        # Control characters are never part of an address, and PostgreSQL refuses NUL outright.
        filters=[clean_text],
        validators=[
            InputRequired(message="Enter your email address"),
            Length(max=254, message="Email address must be 254 characters or fewer"),
        ],
    )
    # Long passwords are welcome and pasting from a password manager is allowed.
    password = PasswordField(
        "Password",
        widget=GovPasswordInput(),
        validators=[
            InputRequired(message="Enter your password"),
            Length(max=128, message="Password must be 128 characters or fewer"),
        ],
    )
    submit = SubmitField("Sign in", widget=GovSubmitInput())


class CodeForm(FlaskForm):
    code = StringField(
        "Code from your authenticator app",
        widget=GovTextInput(),
        validators=[
            InputRequired(message="Enter the 6-digit code from your app"),
            Length(max=12, message="Enter the 6-digit code from your app"),
        ],
    )
    submit = SubmitField("Continue", widget=GovSubmitInput())
