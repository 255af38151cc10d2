"""The sign-in journey one step at a time, and reading or changing staff rows directly.

Every step goes through the real pages with a real CSRF token. Changing a row (a failure
count, a session's last-seen time) writes real data to the real database: nothing is mocked.

Requests are never made inside an application context here, so each request gets its own
database session, exactly as in production.
"""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlencode, urlsplit

from flask import Flask
from sqlalchemy import select, update

from portal.extensions import db
from portal.models import AuditEvent, StaffSession, User
from portal.models.common import utcnow
from tests.support.html import csrf_token
from tests.support.staff import fresh_code

SIGN_IN = "/staff/sign-in"
CODE = "/staff/sign-in/code"
SET_UP = "/staff/sign-in/set-up-code"
SESSION_COOKIE = "portal_session"


def path_of(response) -> str:
    """The path a redirect points at, whether Location is absolute or relative."""
    return urlsplit(response.headers["Location"]).path


def give_password(client, email: str, password: str, next_url: str | None = None):
    """Step one: GET the sign-in page, then POST the email and password from it."""
    url = SIGN_IN + (f"?{urlencode({'next': next_url})}" if next_url is not None else "")
    page = client.get(url)
    assert page.status_code == 200
    return client.post(
        url, data={"csrf_token": csrf_token(page), "email": email, "password": password}
    )


def give_code(client, code: str, path: str = CODE):
    """Step two: GET the code page (or the set-up page), then POST the code from it."""
    page = client.get(path)
    assert page.status_code == 200, f"{path} answered {page.status_code}"
    return client.post(path, data={"csrf_token": csrf_token(page), "code": code})


def stored_user(app: Flask, user_id: int) -> User:
    """The user's row as the database holds it now (detached, columns loaded)."""
    with app.app_context():
        user = db.session.get(User, user_id)
        db.session.expunge(user)
        return user


def next_code(app: Flask, user: User) -> str:
    """A right code that this user has not used yet."""
    stored = stored_user(app, user.id)
    return fresh_code(stored.totp_secret, stored.totp_last_step)


def sign_in(app: Flask, client, user: User, next_url: str | None = None):
    """Password then code, as a person would; returns the final redirect."""
    response = give_password(client, user.email, user.password, next_url)
    assert response.status_code == 302, response.get_data(as_text=True)
    assert path_of(response) == CODE
    response = give_code(client, next_code(app, user))
    assert response.status_code == 302, response.get_data(as_text=True)
    return response


def set_user(app: Flask, user_id: int, **values) -> None:
    """Write columns of a staff user's row, as time passing or an earlier event would."""
    with app.app_context():
        db.session.execute(update(User).where(User.id == user_id).values(**values))
        db.session.commit()


def age_sessions(app: Flask, user_id: int, *, created: timedelta, idle: timedelta) -> None:
    """Move a user's live sessions back in time: started `created` ago, last seen `idle` ago."""
    now = utcnow()
    with app.app_context():
        db.session.execute(
            update(StaffSession)
            .where(StaffSession.user_id == user_id, StaffSession.ended_at.is_(None))
            .values(created_at=now - created, last_seen_at=now - idle)
        )
        db.session.commit()


def staff_sessions(app: Flask, user_id: int) -> list[StaffSession]:
    with app.app_context():
        rows = db.session.scalars(
            select(StaffSession).where(StaffSession.user_id == user_id).order_by(StaffSession.id)
        ).all()
        db.session.expunge_all()
        return list(rows)


def audit_actions(app: Flask, user_id: int) -> list[str]:
    """The audit log's actions about one staff user, oldest first."""
    with app.app_context():
        return list(
            db.session.scalars(
                select(AuditEvent.action)
                .where(AuditEvent.entity_type == "staff_user", AuditEvent.entity_id == user_id)
                .order_by(AuditEvent.id)
            )
        )
