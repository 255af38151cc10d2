"""`flask seed-demo` builds a believable partnership, prints how to sign in, and is re-runnable."""

from __future__ import annotations

import re
from datetime import timedelta

import pyotp
from sqlalchemy import func, select

from portal.extensions import db
from portal.models import Organisation, Service, Submission, User
from portal.models.common import Role, utcnow


def test_seed_demo_creates_agencies_services_users_and_a_year_of_feedback(app):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["seed-demo", "--submissions", "240"])
    assert result.exit_code == 0, result.output
    for role in Role:
        assert re.search(rf"{role.value}\s+\S+@demo\.example\s+password: \S+", result.output)

    with app.app_context():
        kinds = set(db.session.scalars(select(Organisation.kind)))
        assert kinds == {"council", "health", "police", "probation", "voluntary"}
        assert 9 <= db.session.scalar(select(func.count()).select_from(Service)) <= 12
        roles = [u.role_names for u in db.session.scalars(select(User))]
        assert sorted(r for names in roles for r in names) == sorted(r.value for r in Role)
        feedback = Submission.pulse_round_id.is_(None)  # staff pulse comments are counted apart
        assert db.session.scalar(select(func.count()).where(feedback)) == 240
        oldest, newest = db.session.execute(
            select(func.min(Submission.submitted_at), func.max(Submission.submitted_at)).where(
                feedback
            )
        ).one()
        assert utcnow() - oldest <= timedelta(days=366)
        assert newest - oldest > timedelta(days=300)
        audiences = set(db.session.scalars(select(Submission.audience).where(feedback)))
        assert audiences == {"child", "young-person", "care-leaver", "carer"}
        pulse_comments = db.session.scalars(
            select(Submission.audience).where(Submission.pulse_round_id.is_not(None))
        ).all()
        assert pulse_comments and set(pulse_comments) == {"staff"}

    again = runner.invoke(args=["seed-demo", "--submissions", "240"])
    assert again.exit_code == 0
    assert "0 new submissions" in again.output
    with app.app_context():
        assert (
            db.session.scalar(select(func.count()).where(Submission.pulse_round_id.is_(None)))
            == 240
        )
        assert db.session.scalar(select(func.count()).select_from(User)) == len(Role)


def test_demo_code_prints_a_working_code_for_demo_users_only(app):
    runner = app.test_cli_runner()
    runner.invoke(args=["seed-demo", "--submissions", "5"])
    result = runner.invoke(args=["demo-code", "moderator@demo.example"])
    assert result.exit_code == 0
    with app.app_context():
        secret = db.session.scalar(
            select(User.totp_secret).where(User.email == "moderator@demo.example")
        )
    assert pyotp.TOTP(secret).verify(result.output.strip(), valid_window=1)
    refused = runner.invoke(args=["demo-code", "someone@partner.example"])
    assert refused.exit_code != 0
    app.config["PORTAL_ENV"] = "production"
    assert runner.invoke(args=["demo-code", "moderator@demo.example"]).exit_code != 0
