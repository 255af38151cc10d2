"""Vocabularies shared by the models: audiences, channels, roles, statuses."""

from __future__ import annotations

import enum
from datetime import UTC, datetime


def utcnow() -> datetime:
    """Timezone-aware now, in UTC; stored naive-as-UTC on SQLite, as timestamptz on PostgreSQL."""
    return datetime.now(UTC)


class Audience(enum.StrEnum):
    CHILD = "child"
    YOUNG_PERSON = "young-person"
    CARE_LEAVER = "care-leaver"
    CARER = "carer"
    STAFF = "staff"


AUDIENCE_LABELS = {
    Audience.CHILD: "Child (8 to 12)",
    Audience.YOUNG_PERSON: "Young person (13 to 17)",
    Audience.CARE_LEAVER: "Care leaver",
    Audience.CARER: "Parent, carer or family member",
    Audience.STAFF: "Staff",
}


class Channel(enum.StrEnum):
    ONLINE = "online"
    WORKER_ASSISTED = "worker-assisted"
    PAPER = "paper"
    PULSE = "pulse"  # a staff pulse comment: anonymous, filed for moderation like any other


class SubmissionStatus(enum.StrEnum):
    RECEIVED = "received"  # waiting for a moderator
    HELD = "held"  # a safeguarding case is open: with the designated leads, out of the queue
    PUBLISHED = "published"
    PRIVATE = "private"
    REJECTED = "rejected"
    ERASED = "erased"


class Role(enum.StrEnum):
    ADMIN = "admin"
    MODERATOR = "moderator"
    SAFEGUARDING_LEAD = "safeguarding-lead"
    BOARD = "board"
    MANAGER = "manager"  # a team or service manager: sees staff pulse results, replies to comments
    STAFF = "staff"


class QuestionKind(enum.StrEnum):
    FACE_SCALE = "face-scale"
    SINGLE_CHOICE = "single-choice"
    MULTIPLE_CHOICE = "multiple-choice"
    YES_NO = "yes-no"
    FREE_TEXT = "free-text"
