"""Staff sign-in with a password and a second factor, and signing out."""

from __future__ import annotations

import math
from datetime import timedelta
from urllib.parse import urlsplit

from flask import Blueprint, current_app, flash, redirect, request, session, url_for
from flask_login import current_user, login_user, logout_user
from sqlalchemy import func, select

from portal import audit
from portal.auth import passwords, sessions, throttle, two_factor
from portal.auth.forms import CodeForm, SignInForm
from portal.extensions import db, login_manager
from portal.htmx import render
from portal.models import User
from portal.models.common import utcnow
from portal.qr import qr_svg

bp = Blueprint("auth", __name__, url_prefix="/staff")

PENDING_FOR = timedelta(minutes=5)
WRONG_DETAILS = "The email address or password is not right"


@login_manager.user_loader
def load_user(token: str) -> User | None:
    config = current_app.config
    return sessions.load_session(
        token,
        idle=timedelta(minutes=config["STAFF_IDLE_MINUTES"]),
        absolute=timedelta(hours=config["STAFF_ABSOLUTE_HOURS"]),
    )


login_manager.login_view = "auth.sign_in"
login_manager.login_message = "Sign in to see that page."
login_manager.session_protection = None  # our own server-side sessions do this job


def _safe_next(target: str | None) -> str:
    """Only ever redirect to a path on this site after sign-in.

    Browsers read a backslash as a slash and drop tabs and line breaks, so "/\\evil" or
    "/<tab>/evil" would leave the site; line breaks would also break the Location header.
    """
    if target and target.startswith("/") and target.isprintable() and "\\" not in target:
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc:
            return target
    return url_for("staff.home")


def _pending_user() -> User | None:
    """The user who has given the right password and still owes a code, if not too long ago."""
    user_id, since = session.get("pending_user"), session.get("pending_since")
    if not user_id or not since or utcnow().timestamp() - since > PENDING_FOR.total_seconds():
        return None
    user = db.session.get(User, user_id)
    return user if user is not None and user.active else None


def _start_again():
    """Back to step one, saying why if a half-finished sign-in has run out of time."""
    if session.pop("pending_user", None) is not None:
        session.pop("pending_since", None)
        flash("Enter your password again: the code must follow it within 5 minutes.")
    return redirect(url_for("auth.sign_in"))


def _wait_message(wait: timedelta) -> str:
    # Rounded up, so that someone who waits exactly as long as they are told is let in.
    seconds = max(1, math.ceil(wait.total_seconds()))
    if seconds > 120:
        return (
            "This account is locked after too many tries. Try again in "
            f"{math.ceil(seconds / 60)} minutes, or ask an administrator to unlock it."
        )
    return f"Too many tries. Wait {seconds} second{'' if seconds == 1 else 's'}, then try again."


def _password_ok(user: User | None, password: str) -> bool:
    """True only for an active account and its right password.

    An unknown email is still checked, against a dummy hash, so that it takes as long as a
    wrong password and the timing does not reveal which addresses have accounts.
    """
    right = passwords.verify_password(user.password_hash if user else None, password)
    return right and user is not None and user.active


@bp.route("/sign-in", methods=["GET", "POST"])
def sign_in():
    """Step one: email address and password."""
    if current_user.is_authenticated:
        return redirect(url_for("staff.home"))
    form = SignInForm()
    problem = None
    if form.validate_on_submit():
        email = form.email.data.strip().lower()
        user = db.session.scalar(select(User).where(func.lower(User.email) == email))
        wait = throttle.wait_before_next_try(user) if user else timedelta(0)
        if wait:
            problem = _wait_message(wait)
        elif not _password_ok(user, form.password.data):
            if user is not None:
                throttle.record_failure(user)
                audit.record("sign-in.failed", "staff_user", user.id, actor_kind="system")
                db.session.commit()
                if throttle.is_locked(user):
                    problem = _wait_message(throttle.wait_before_next_try(user))
            problem = problem or WRONG_DETAILS
        else:
            if passwords.needs_rehash(user.password_hash):
                user.password_hash = passwords.hash_password(form.password.data)
                db.session.commit()
            next_url = _safe_next(request.args.get("next"))
            # A new session from here on: nothing from before sign-in carries over.
            session.clear()
            session["pending_user"] = user.id
            session["pending_since"] = utcnow().timestamp()
            session["next"] = next_url
            if user.totp_confirmed_at is None:
                return redirect(url_for("auth.set_up_code"))
            return redirect(url_for("auth.enter_code"))
    return render(
        "auth/sign_in.html",
        title="Staff sign in",
        form=form,
        problem=problem,
        page_has_errors=bool(form.errors or problem),
    )


def _finish_sign_in(user: User):
    throttle.record_success(user)
    next_url = session.get("next") or url_for("staff.home")
    session.clear()
    token = sessions.start_session(user)
    audit.record("sign-in", "staff_user", user.id, actor=user)
    db.session.commit()
    user.session_token = token
    login_user(user)
    return redirect(_safe_next(next_url))


def _code_failed(user: User) -> str:
    throttle.record_failure(user)
    audit.record("sign-in.code-failed", "staff_user", user.id, actor_kind="system")
    db.session.commit()
    if throttle.is_locked(user):
        session.clear()
        return _wait_message(throttle.wait_before_next_try(user))
    return "That code is not right, or has been used already. Enter the newest code from your app."


def _code_problem(user: User, form: CodeForm) -> str | None:
    """None when the code is accepted; otherwise what to tell the person."""
    wait = throttle.wait_before_next_try(user)
    if wait:
        return _wait_message(wait)
    if two_factor.accept_code(user, form.code.data):
        return None
    return _code_failed(user)


@bp.route("/sign-in/code", methods=["GET", "POST"])
def enter_code():
    """Step two: the code from the person's authenticator app."""
    user = _pending_user()
    if user is None:
        return _start_again()
    if user.totp_confirmed_at is None:
        return redirect(url_for("auth.set_up_code"))
    form = CodeForm()
    problem = None
    if form.validate_on_submit():
        problem = _code_problem(user, form)
        if problem is None:
            return _finish_sign_in(user)
    return render(
        "auth/code.html",
        title="Enter your code",
        form=form,
        problem=problem,
        page_has_errors=bool(form.errors or problem),
    )


@bp.route("/sign-in/set-up-code", methods=["GET", "POST"])
def set_up_code():
    """First sign-in: add the account to an authenticator app, then prove it works."""
    user = _pending_user()
    if user is None:
        return _start_again()
    if user.totp_confirmed_at is not None:
        return redirect(url_for("auth.enter_code"))
    if not user.totp_secret:
        user.totp_secret = two_factor.new_secret()
        db.session.commit()
    form = CodeForm()
    problem = None
    if form.validate_on_submit():
        problem = _code_problem(user, form)
        if problem is None:
            user.totp_confirmed_at = utcnow()
            audit.record("two-factor.enrolled", "staff_user", user.id, actor=user)
            return _finish_sign_in(user)
    uri = two_factor.provisioning_uri(user, current_app.config["PARTNERSHIP_SHORT_NAME"])
    return render(
        "auth/set_up_code.html",
        title="Set up your sign-in codes",
        form=form,
        problem=problem,
        qr_svg=qr_svg(uri),
        secret=two_factor.grouped_secret(user.totp_secret),
        page_has_errors=bool(form.errors or problem),
    )


@bp.post("/sign-out")
def sign_out():
    """End the session on the server, so the old cookie is worthless even if replayed."""
    if current_user.is_authenticated:
        sessions.end_session(current_user.session_token, "signed-out")
        audit.record("sign-out", "staff_user", current_user.id, actor=current_user)
        db.session.commit()
    logout_user()
    session.clear()
    flash("You have signed out.")
    return redirect(url_for("auth.sign_in"))
