"""Error pages in plain words: never a traceback, and never losing what someone typed."""

from __future__ import annotations

from flask import Flask, current_app, render_template, request
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import DBAPIError, OperationalError
from werkzeug.exceptions import HTTPException

from portal.extensions import db

# Never echo these back into a page, even to the person who typed them.
_NEVER_KEPT = {"csrf_token", "password", "new_password", "confirm_password", "code", "totp"}


def discard_failed_transaction() -> None:
    """Roll back after a database failure; the rollback itself may fail if the link is gone."""
    try:
        db.session.rollback()
    except DBAPIError:
        current_app.logger.warning("rollback failed after a database error", exc_info=True)


def kept_fields() -> list[tuple[str, str]]:
    """The fields of the failed request, to re-post with a fresh CSRF token."""
    if request.method != "POST":
        return []
    return [
        (name, value)
        for name, values in request.form.lists()
        for value in values
        if name not in _NEVER_KEPT
    ]


def kept_page(status: int, title: str, message: str):
    """A page that shows a person the words they sent and can send them all again."""
    fields = kept_fields()
    # Show the person their own words: any field with more than a word or two in it.
    words = [value for _, value in fields if len(value.strip()) > 2 and " " in value.strip()]
    return (
        render_template(
            "errors/kept.html",
            title=title,
            message=message,
            fields=fields,
            words=words,
            retry_url=request.path,
        ),
        status,
    )


def init_app(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def csrf_failed(error: CSRFError):
        return kept_page(
            400,
            "Please press the button again",
            "This page was open for a long time, or came from somewhere else, so for your "
            "safety we need you to press the button again. Nothing you wrote has been lost.",
        )

    @app.errorhandler(OperationalError)
    def database_unavailable(error: OperationalError):
        app.logger.error("database unavailable: %s", error.orig)
        discard_failed_transaction()
        if request.method != "POST":
            return kept_page(
                503,
                "Sorry, this page is not working right now",
                "Please try again in a few minutes.",
            )
        return kept_page(
            503,
            "Sorry, we could not save this just now",
            "Our system is not working at the moment. Nothing you wrote has been lost: it is "
            "below. Please try again in a few minutes, or copy your words to keep them.",
        )

    @app.errorhandler(413)
    def too_large(error):
        return render_template("errors/too_large.html", title="That was too much to send"), 413

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        titles = {
            400: "Something went wrong with that request",
            403: "You cannot see this page",
            404: "Page not found",
            405: "That did not work",
            429: "Too many tries",
        }
        title = titles.get(error.code or 500, "Something went wrong")
        return (
            render_template("errors/http.html", title=title, code=error.code, error=error),
            error.code or 500,
        )

    @app.errorhandler(Exception)
    def unexpected(error: Exception):
        app.logger.exception("unexpected error")
        discard_failed_transaction()
        return render_template(
            "errors/http.html", title="Sorry, something went wrong", code=500
        ), 500
