"""The role check that every staff route carries."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from flask import abort, flash, redirect, request, session, url_for
from flask_login import current_user

from portal.errors import kept_page
from portal.models.common import Role

ANY_STAFF = tuple(Role)

SESSION_ENDED = "Your session has ended. Sign in again to carry on."


def _kept_after_session_ended():
    """A form sent after the session ended: nothing is saved, but nothing typed is lost.

    A worker may spend longer than the idle timeout typing a child's words; redirecting
    to sign in would throw them away. This page shows them and can send them again.
    """
    return kept_page(
        401,
        "Your session has ended",
        "You were signed out, so this has not been saved yet. What you wrote is below. "
        "Sign in again in a new tab or window, then come back here and press Try again.",
    )


def role_required(*roles: str) -> Callable:
    """Allow the view only to a signed-in user holding one of these roles.

    The roles are also recorded on the view, so a test can walk every route and prove that
    none is missing its check.
    """
    if not roles:
        raise ValueError("role_required needs at least one role")

    def decorate(view: Callable) -> Callable:
        @wraps(view)
        def guarded(*args, **kwargs):
            if not current_user.is_authenticated:
                if "_user_id" in session:
                    # A cookie for a session that has ended: timed out, signed out or disabled.
                    session.clear()
                    if request.method == "POST":
                        return _kept_after_session_ended()
                    flash(SESSION_ENDED)
                return redirect(url_for("auth.sign_in", next=request.full_path.rstrip("?")))
            if not current_user.has_role(*roles):
                abort(403)
            return view(*args, **kwargs)

        guarded.required_roles = frozenset(roles)
        return guarded

    return decorate
