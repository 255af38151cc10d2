"""Survey definitions as plain values, cached in memory.

A published survey version never changes, so its definition is loaded from the database
once and kept. That keeps the submit path fast, and lets the "could not save" page still
show a person their own answers with the questions' wording when the database is down.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from portal.extensions import db
from portal.models import Survey, SurveyVersion
from portal.models.common import QuestionKind

# Each value is drawn as a face (feedback.presenters.face_svg) beside its words.
FACE_SCALE = (
    ("1", "Really unhappy"),
    ("2", "Unhappy"),
    ("3", "OK"),
    ("4", "Happy"),
    ("5", "Really happy"),
)
YES_NO = (("yes", "Yes"), ("no", "No"))


@dataclass(frozen=True)
class QuestionDef:
    id: int
    key: str
    kind: str
    prompt: str
    hint: str
    required: bool
    options: tuple[tuple[str, str], ...] = ()

    @property
    def choices(self) -> tuple[tuple[str, str], ...]:
        """(value, label) pairs a valid answer must come from."""
        if self.kind == QuestionKind.FACE_SCALE:
            return FACE_SCALE
        if self.kind == QuestionKind.YES_NO:
            return YES_NO
        return self.options

    def label_for(self, value: str) -> str:
        return dict(self.choices).get(value, value)


@dataclass(frozen=True)
class SurveyDef:
    version_id: int
    survey_id: int
    audience: str
    title: str
    intro: str
    questions: tuple[QuestionDef, ...] = field(default_factory=tuple)

    def question(self, key: str) -> QuestionDef | None:
        return next((q for q in self.questions if q.key == key), None)


_lock = threading.Lock()
CURRENT_TTL_SECONDS = 30.0


class _Cache:
    """Per-application cache: each app (and so each database) has its own ids."""

    def __init__(self) -> None:
        self.by_version: dict[int, SurveyDef] = {}
        self.current: dict[str, tuple[float, int]] = {}


def _cache() -> _Cache:
    cache = current_app.extensions.get("portal_surveys")
    if cache is None:
        with _lock:
            cache = current_app.extensions.setdefault("portal_surveys", _Cache())
    return cache


def _to_definition(version: SurveyVersion) -> SurveyDef:
    return SurveyDef(
        version_id=version.id,
        survey_id=version.survey_id,
        audience=version.survey.audience,
        title=version.survey.title,
        intro=version.intro,
        questions=tuple(
            QuestionDef(
                id=q.id,
                key=q.key,
                kind=q.kind,
                prompt=q.prompt,
                hint=q.hint,
                required=q.required,
                options=tuple((o["value"], o["label"]) for o in q.options or ()),
            )
            for q in version.questions
        ),
    )


def definition_for_version(version_id: int) -> SurveyDef | None:
    """The definition of one published version, from memory when we have it."""
    cache = _cache()
    cached = cache.by_version.get(version_id)
    if cached is not None:
        return cached
    version = db.session.scalar(
        select(SurveyVersion)
        .where(SurveyVersion.id == version_id, SurveyVersion.published_at.is_not(None))
        .options(selectinload(SurveyVersion.questions), selectinload(SurveyVersion.survey))
    )
    if version is None:
        return None
    definition = _to_definition(version)
    cache.by_version[version_id] = definition
    return definition


def cached_definition(version_id: int) -> SurveyDef | None:
    """The definition if it is already in memory; never touches the database."""
    return _cache().by_version.get(version_id)


def current_definition(audience: str) -> SurveyDef | None:
    """The survey that new respondents of this audience answer now."""
    now = time.monotonic()
    cache = _cache()
    hit = cache.current.get(audience)
    if hit and now - hit[0] < CURRENT_TTL_SECONDS:
        return definition_for_version(hit[1])
    version_id = db.session.scalar(
        select(SurveyVersion.id)
        .join(Survey)
        .where(
            Survey.audience == audience,
            Survey.active.is_(True),
            SurveyVersion.published_at.is_not(None),
        )
        .order_by(SurveyVersion.published_at.desc(), SurveyVersion.number.desc())
        .limit(1)
    )
    if version_id is None:
        return None
    cache.current[audience] = (now, version_id)
    return definition_for_version(version_id)


def accepts_version(audience: str, version_id: int) -> SurveyDef | None:
    """A published version of this audience's survey, for answers begun on it.

    Someone who started just before a new version was published may still finish the one
    they began; any other version id (a tampered form) is refused.
    """
    definition = definition_for_version(version_id)
    if definition is None or definition.audience != audience:
        return None
    return definition


def clear_cache() -> None:
    """Forget every definition (after surveys are seeded or edited)."""
    current_app.extensions["portal_surveys"] = _Cache()
