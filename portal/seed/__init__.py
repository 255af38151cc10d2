"""Reference data every installation needs: themes from the taxonomy and default surveys."""

from __future__ import annotations

import json
from importlib import resources

from sqlalchemy import select

from portal.extensions import db
from portal.models import Question, Survey, SurveyVersion, Theme
from portal.models.common import utcnow
from portal.seed.surveys import DEFAULT_SURVEYS


def taxonomy() -> dict:
    """The partnership's starting taxonomy, shipped inside the package."""
    return json.loads(resources.files("portal.seed").joinpath("taxonomy.json").read_text())


def seed_themes() -> int:
    """Add any taxonomy theme that is not there yet; never overwrite an admin's edits."""
    existing = set(db.session.scalars(select(Theme.slug)))
    added = 0
    for theme in taxonomy()["themes"]:
        if theme["slug"] in existing:
            continue
        db.session.add(
            Theme(
                slug=theme["slug"],
                name=theme["name"],
                description=theme["description"],
                audiences=theme["audience"],
            )
        )
        added += 1
    return added


def seed_surveys() -> int:
    """Add the default survey for each audience if it is not there yet, as version 1."""
    existing = set(db.session.scalars(select(Survey.slug)))
    added = 0
    for spec in DEFAULT_SURVEYS:
        if spec["slug"] in existing:
            continue
        survey = Survey(slug=spec["slug"], audience=spec["audience"], title=spec["title"])
        version = SurveyVersion(number=1, intro=spec["intro"], published_at=utcnow())
        version.questions = [
            Question(
                key=q["key"],
                position=position,
                kind=q["kind"],
                prompt=q["prompt"],
                hint=q.get("hint", ""),
                required=q.get("required", False),
                options=[{"value": v, "label": label} for v, label in q.get("options", [])],
            )
            for position, q in enumerate(spec["questions"], start=1)
        ]
        survey.versions = [version]
        db.session.add(survey)
        added += 1
    return added


def seed_reference_data() -> dict[str, int]:
    from portal.pulse.bank import seed_bank

    added = {"themes": seed_themes(), "surveys": seed_surveys(), "pulse questions": seed_bank()}
    db.session.commit()
    return added
