"""Time-based one-time codes (TOTP): enrolment (QR code drawn by portal.qr) and checking."""

from __future__ import annotations

import time

import pyotp

from portal.models import User

STEP_SECONDS = 30


def new_secret() -> str:
    return pyotp.random_base32()


def provisioning_uri(user: User, issuer: str) -> str:
    return pyotp.TOTP(user.totp_secret).provisioning_uri(name=user.email, issuer_name=issuer)


def grouped_secret(secret: str) -> str:
    """The secret in groups of four, for people who type it into their app."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def accept_code(user: User, code: str, now: float | None = None) -> bool:
    """True if the code is right for now (or one step either side) and not used before.

    The accepted time step is remembered on the user, so the same code cannot be replayed.
    """
    cleaned = "".join((code or "").split())
    if not (cleaned.isdigit() and len(cleaned) == 6) or not user.totp_secret:
        return False
    now = time.time() if now is None else now
    totp = pyotp.TOTP(user.totp_secret)
    current = int(now // STEP_SECONDS)
    for step in (current - 1, current, current + 1):
        if user.totp_last_step is not None and step <= user.totp_last_step:
            continue
        if pyotp.utils.strings_equal(totp.at(step * STEP_SECONDS), cleaned):
            user.totp_last_step = step
            return True
    return False
