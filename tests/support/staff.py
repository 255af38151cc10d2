"""Creating staff users and signing them in through the real sign-in pages."""

from __future__ import annotations

import itertools
import time

import pyotp

from portal.auth.passwords import hash_password
from portal.auth.two_factor import STEP_SECONDS, new_secret
from portal.extensions import db
from portal.models import User, UserRole
from portal.models.common import utcnow
from tests.support.html import csrf_token

PASSWORD = "correct horse battery staple"
_numbers = itertools.count(1)


def create_user(
    *roles: str, enrolled: bool = True, password: str = PASSWORD, active: bool = True
) -> User:
    number = next(_numbers)
    user = User(
        email=f"user{number}@partner.example",
        name=f"Test User {number}",
        password_hash=hash_password(password),
        totp_secret=new_secret() if enrolled else None,
        totp_confirmed_at=utcnow() if enrolled else None,
        active=active,
    )
    user.roles = [UserRole(role=role) for role in roles]
    db.session.add(user)
    db.session.commit()
    db.session.refresh(user)
    user.password = password
    db.session.expunge(user)
    return user


def fresh_code(secret: str, last_step: int | None) -> str:
    """A valid code that has not been used yet (the next time step if this one was)."""
    step = int(time.time() // STEP_SECONDS)
    if last_step is not None and step <= last_step:
        step = last_step + 1
    return pyotp.TOTP(secret).at(step * STEP_SECONDS)


def sign_in(client, user: User, password: str | None = None):
    """Sign in with password then code, exactly as a person would; returns the last response."""
    response = client.get("/staff/sign-in")
    response = client.post(
        "/staff/sign-in",
        data={
            "csrf_token": csrf_token(response),
            "email": user.email,
            "password": password or getattr(user, "password", PASSWORD),
        },
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    assert response.headers["Location"].endswith("/staff/sign-in/code")
    response = client.get("/staff/sign-in/code")
    with client.application.app_context():
        last_step = db.session.get(User, user.id).totp_last_step
    response = client.post(
        "/staff/sign-in/code",
        data={"csrf_token": csrf_token(response), "code": fresh_code(user.totp_secret, last_step)},
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    return response
