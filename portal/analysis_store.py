"""The text analysis meets the database: learned models, training data, and analysing submissions.

`portal.analysis` itself never touches the database; this module does that on its behalf.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict

from flask import current_app
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from portal.analysis import analyse
from portal.analysis import themes as theme_analysis
from portal.extensions import db
from portal.models import AnalysisModel, Answer, Submission, SubmissionTheme, Theme

THEMES = "themes"
MODEL_REFRESH_SECONDS = 300.0
_lock = threading.Lock()


def latest_theme_model() -> dict | None:
    """The newest learned theme model, kept in memory and re-read every few minutes."""
    cache = current_app.extensions.setdefault("portal_theme_model", {"at": -1e9, "model": None})
    now = time.monotonic()
    if now - cache["at"] < MODEL_REFRESH_SECONDS:
        return cache["model"]
    with _lock:
        try:
            payload = db.session.scalar(
                select(AnalysisModel.payload)
                .where(AnalysisModel.kind == THEMES)
                .order_by(AnalysisModel.created_at.desc(), AnalysisModel.id.desc())
                .limit(1)
            )
        except SQLAlchemyError:
            # No database to read (or not migrated): suggestions use built-in knowledge alone.
            db.session.rollback()
            payload = None
        cache.update(at=now, model=payload)
    return payload


def forget_theme_model() -> None:
    current_app.extensions.pop("portal_theme_model", None)


def confirmed_examples() -> list[tuple[str, str, list[str]]]:
    """(free text, audience, confirmed theme slugs) for every submission a moderator themed."""
    rows = db.session.execute(
        select(SubmissionTheme.submission_id, Theme.slug).join(
            Theme, SubmissionTheme.theme_id == Theme.id
        )
    ).all()
    slugs: dict[int, list[str]] = defaultdict(list)
    for submission_id, slug in rows:
        slugs[submission_id].append(slug)
    if not slugs:
        return []
    texts: dict[int, list[str]] = defaultdict(list)
    for submission_id, text in db.session.execute(
        select(Answer.submission_id, Answer.text_value).where(
            Answer.submission_id.in_(slugs), Answer.text_value.is_not(None)
        )
    ):
        texts[submission_id].append(text)
    audiences = dict(
        db.session.execute(
            select(Submission.id, Submission.audience).where(Submission.id.in_(slugs))
        ).all()
    )
    return [
        ("\n\n".join(texts[sid]), audiences[sid], sorted(found))
        for sid, found in slugs.items()
        if texts.get(sid)
    ]


def train_theme_model() -> AnalysisModel | None:
    """Fit a theme model from moderators' confirmations and store it; None if there are none."""
    examples = confirmed_examples()
    if not examples:
        return None
    model = AnalysisModel(
        kind=THEMES, examples=len(examples), payload=theme_analysis.train(examples)
    )
    db.session.add(model)
    db.session.commit()
    forget_theme_model()
    return model


def analyse_answers(free_texts: list[str], audience: str) -> tuple[dict | None, bool]:
    """Analyse a new submission's free text: (analysis to store, whether it is urgent).

    If the analysis itself fails, the submission is still saved, and it is marked urgent so
    that a person looks at it at once: a missed disclosure is the worst failure there is.
    """
    text = "\n\n".join(t for t in free_texts if t)
    if not text:
        return None, False
    try:
        result = analyse(text, audience, latest_theme_model())
    except Exception:  # any bug in the analysis must not lose the child's words
        current_app.logger.exception("analysis failed for a new submission")
        return {"failed": True}, True
    return result.to_json(), result.safeguarding.flag


def suggested_themes_column(analysis: dict | None) -> str:
    """The top suggested theme slugs as " a b c ", for the moderation queue's theme filter."""
    slugs = [theme["slug"] for theme in (analysis or {}).get("themes", [])[:3]]
    return f" {' '.join(slugs)} " if slugs else ""
