"""The question bank a new partnership starts with: what the pulse tools ask, in our words."""

from __future__ import annotations

from sqlalchemy import select

from portal.extensions import db
from portal.models import PulseQuestion

AGREE_SCALE = "agree-scale"  # 1 strongly disagree … 5 strongly agree
ENPS = "enps"  # 0 … 10: how likely to recommend working here
CHOICE = "choice"
COMMENT = "comment"
KINDS = (AGREE_SCALE, ENPS, CHOICE, COMMENT)

AGREE_LABELS = {
    1: "Strongly disagree",
    2: "Disagree",
    3: "Neither agree nor disagree",
    4: "Agree",
    5: "Strongly agree",
}
EMPLOYMENT_KEY = "employment"
EMPLOYMENT_OPTIONS = [
    {"value": "permanent", "label": "Permanent"},
    {"value": "agency", "label": "Agency or interim"},
    {"value": "other", "label": "Other (for example seconded or a student)"},
]

STARTING_BANK = [
    ("caseload", AGREE_SCALE, "My caseload lets me do direct work with children and families."),
    ("supervision", AGREE_SCALE, "I get regular, good-quality supervision."),
    ("manager-next-month", AGREE_SCALE, "I know who my manager will be next month."),
    ("training", AGREE_SCALE, "I have the training I need to do my job well."),
    ("systems", AGREE_SCALE, "Our recording systems help me rather than get in my way."),
    ("partners-share", AGREE_SCALE, "Partner agencies share the information I need."),
    ("valued", AGREE_SCALE, "I feel valued for the work I do."),
    ("intend-to-stay", AGREE_SCALE, "I intend to be working here in a year's time."),
    ("enps", ENPS, "How likely are you to recommend working here to a friend?"),
    (EMPLOYMENT_KEY, CHOICE, "Are you employed here permanently, through an agency, or otherwise?"),
    ("comment", COMMENT, "Is there anything else you want to tell us?"),
]


def seed_bank() -> int:
    """Add the starting questions that are not in the bank yet; return how many were added."""
    existing = set(db.session.scalars(select(PulseQuestion.key)))
    added = 0
    for key, kind, text in STARTING_BANK:
        if key in existing:
            continue
        options = EMPLOYMENT_OPTIONS if key == EMPLOYMENT_KEY else []
        db.session.add(PulseQuestion(key=key, kind=kind, text=text, options=options))
        added += 1
    return added
