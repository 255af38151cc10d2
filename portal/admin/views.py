"""Administration: staff accounts and the portal's settings (organisations, services and surveys come later)."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, request, url_for
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from portal import audit
from portal import settings as portal_settings
from portal.auth import sessions, throttle
from portal.auth.roles import role_required
from portal.extensions import db
from portal.htmx import render
from portal.models import User
from portal.models.common import Role
from portal.moderation.forms import SettingsForm

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.get("/users")
@role_required(Role.ADMIN)
def users():
    """Every staff account, with its roles and whether it can sign in."""
    accounts = db.session.scalars(
        select(User)
        .options(selectinload(User.roles), selectinload(User.organisation))
        .order_by(User.name)
    ).all()
    # A lock that has run out is not a lock: only those still in force are shown as locked.
    locked_ids = {account.id for account in accounts if throttle.is_locked(account)}
    return render(
        "admin/users.html", title="Staff accounts", accounts=accounts, locked_ids=locked_ids
    )


def _set_active(user_id: int, active: bool):
    user = db.session.get(User, user_id) or abort(404)
    if user.id == current_user.id and not active:
        flash("You cannot disable your own account.")
        return redirect(url_for("admin.users"))
    was_active, user.active = user.active, active
    if not active:
        # Disabling ends every session at once: the person's open pages stop working.
        sessions.end_all_sessions(user, "account-disabled")
    else:
        user.failed_sign_ins, user.locked_until, user.last_failed_at = 0, None, None
    if not active:
        action = "staff-user.disabled"
    else:
        # Enabling an account that was never disabled only lifts its lock-out.
        action = "staff-user.unlocked" if was_active else "staff-user.enabled"
    audit.record(action, "staff_user", user.id, actor=current_user)
    db.session.commit()
    flash(f"{user.name} can {'now' if active else 'no longer'} sign in.")
    return redirect(url_for("admin.users"))


@bp.post("/users/<int:user_id>/disable")
@role_required(Role.ADMIN)
def disable_user(user_id: int):
    """Stop an account signing in, and end its sessions now."""
    return _set_active(user_id, False)


@bp.post("/users/<int:user_id>/enable")
@role_required(Role.ADMIN)
def enable_user(user_id: int):
    """Let a disabled or locked-out account sign in again."""
    return _set_active(user_id, True)


@bp.route("/settings", methods=["GET", "POST"])
@role_required(Role.ADMIN)
def settings_page():
    """The safeguarding acknowledgement target, the deputy contacts, and how long claims last."""
    in_force = portal_settings.current()
    form = SettingsForm(
        data=None
        if request.method == "POST"
        else {
            "ack_minutes": in_force.ack_minutes,
            "claim_minutes": in_force.claim_minutes,
            "deputy_emails": "\n".join(in_force.deputy_emails),
        }
    )
    if form.validate_on_submit():
        portal_settings.change(portal_settings.ACK_MINUTES, form.ack_minutes.data, current_user)
        portal_settings.change(portal_settings.CLAIM_MINUTES, form.claim_minutes.data, current_user)
        portal_settings.change(portal_settings.DEPUTY_EMAILS, form.deputy_list(), current_user)
        db.session.commit()
        flash("Settings saved. New safeguarding cases and claims use them from now on.")
        return redirect(url_for("admin.settings_page"), code=303)
    status = 422 if form.errors else 200
    return render("admin/settings.html", status=status, title="Settings", form=form)
