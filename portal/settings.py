"""Settings an admin changes in the portal; each starts from the configuration's value."""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app
from sqlalchemy import select

from portal import audit
from portal.extensions import db
from portal.models import Setting, User
from portal.models.common import utcnow

ACK_MINUTES = "safeguarding_ack_minutes"
DEPUTY_EMAILS = "safeguarding_deputy_emails"
CLAIM_MINUTES = "moderation_claim_minutes"


@dataclass(frozen=True)
class PortalSettings:
    ack_minutes: int  # a safeguarding case must be acknowledged within this
    deputy_emails: tuple[str, ...]  # told when nobody has acknowledged a case in time
    claim_minutes: int  # a moderator's claim on an item lasts this long


def current() -> PortalSettings:
    """The settings in force: the admin's values where set, the configuration's otherwise."""
    stored = dict(db.session.execute(select(Setting.key, Setting.value)).all())
    config = current_app.config
    return PortalSettings(
        ack_minutes=int(stored.get(ACK_MINUTES, config["SAFEGUARDING_ACK_MINUTES"])),
        deputy_emails=tuple(stored.get(DEPUTY_EMAILS, ())),
        claim_minutes=int(stored.get(CLAIM_MINUTES, config["MODERATION_CLAIM_MINUTES"])),
    )


def change(key: str, value: object, actor: User) -> None:
    """Set one value (in the current transaction) and audit the change."""
    setting = db.session.get(Setting, key)
    before = setting.value if setting else None
    if setting is None:
        setting = Setting(key=key)
        db.session.add(setting)
    setting.value, setting.updated_at, setting.updated_by_id = value, utcnow(), actor.id
    audit.record(
        "setting.changed", "setting", None, actor=actor, key=key, before=before, after=value
    )
