"""Working one item: what the moderator sees, the redactions they choose, and saving a decision.

Saving is one conditional UPDATE on the item's revision: if anyone else saved it since this
moderator opened it, or took over an expired claim, nothing is written and the moderator is
told, with everything they chose still on the screen.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, insert, select, update

from portal import audit, display
from portal.analysis import Span, analyse, pii
from portal.analysis import redact as redact_spans
from portal.analysis_store import latest_theme_model
from portal.extensions import db
from portal.feedback.surveys import FACE_SCALE, YES_NO
from portal.models import (
    Answer,
    Question,
    SafeguardingCase,
    Service,
    Submission,
    SubmissionTheme,
    Theme,
    User,
)
from portal.models.common import QuestionKind, SubmissionStatus, utcnow
from portal.moderation.claims import claimable
from portal.writes import write_transaction


class Decision(enum.StrEnum):
    PUBLISH = "publish"
    PRIVATE = "private"
    REJECT = "reject"


DECISION_STATUS = {
    Decision.PUBLISH: SubmissionStatus.PUBLISHED,
    Decision.PRIVATE: SubmissionStatus.PRIVATE,
    Decision.REJECT: SubmissionStatus.REJECTED,
}
DECISION_AUDIT = {
    Decision.PUBLISH: "submission.published",
    Decision.PRIVATE: "submission.kept-private",
    Decision.REJECT: "submission.rejected",
}
REJECT_REASONS = {
    "spam": "Spam or nonsense",
    "abuse": "Abusive or offensive",
    "off-topic": "Not about our services",
}
# As Care Opinion rates the most negative statement in a story.
CRITICALITY = {
    0: "Not critical",
    1: "Minimally critical",
    2: "Mildly critical",
    3: "Moderately critical",
    4: "Strongly critical",
    5: "Severely critical",
}
OTHER = "other"  # a moderator's own redaction: labelled [redacted]


@dataclass(frozen=True)
class FreeText:
    answer_id: int
    prompt: str
    original: str
    suggestions: tuple[Span, ...]  # personal data the analysis found, pre-ticked to take out

    def choice(self, span: Span) -> str:
        """The form value that stands for taking this span out."""
        return f"{self.answer_id}:{span.start}:{span.end}:{span.kind}"


@dataclass(frozen=True)
class OtherAnswer:
    prompt: str
    value: str


@dataclass(frozen=True)
class ThemeOption:
    slug: str
    name: str
    suggested: bool
    score: float | None = None
    reasons: tuple[str, ...] = ()


@dataclass
class Item:
    submission: Submission
    free_texts: list[FreeText]
    other_answers: list[OtherAnswer]
    theme_options: list[ThemeOption]
    suggested_themes: list[str]
    suggested_sentiment: str | None
    suggested_criticality: int
    safeguarding: dict = field(default_factory=dict)  # what the analysis found on arrival
    service: str | None = None
    organisation: str | None = None
    case: SafeguardingCase | None = None
    entered_by: str | None = None

    @property
    def names_a_colleague(self) -> bool:
        """A staff comment that names someone: never published, whatever is redacted."""
        return self.submission.audience == "staff" and any(
            span.kind == "person-name" for text in self.free_texts for span in text.suggestions
        )


def _display_value(question: Question, answer: Answer) -> str:
    labels = {option["value"]: option["label"] for option in question.options or []}
    if question.kind == QuestionKind.FACE_SCALE:
        labels = dict(FACE_SCALE)
    elif question.kind == QuestionKind.YES_NO:
        labels = dict(YES_NO)
    if answer.number_value is not None:
        return labels.get(str(answer.number_value), str(answer.number_value))
    if answer.choices_value:
        return ", ".join(labels.get(v, v) for v in answer.choices_value)
    if answer.choice_value is not None:
        return labels.get(answer.choice_value, answer.choice_value)
    return ""


def _criticality_guess(sentiment: str | None, flagged: bool) -> int:
    if flagged:
        return 5
    return {"negative": 3, "mixed": 2}.get(sentiment or "", 0)


def load_item(submission_id: int) -> Item | None:
    """Everything the moderator's screen shows for one item, suggestions worked out afresh."""
    submission = db.session.get(Submission, submission_id)
    if submission is None:
        return None
    questions = {
        q.id: q
        for q in db.session.scalars(
            select(Question).where(Question.survey_version_id == submission.survey_version_id)
        )
    }
    free_texts, others = [], []
    for answer in submission.answers:
        question = questions.get(answer.question_id)
        prompt = question.prompt if question else "Answer"
        if question is not None and question.kind == QuestionKind.FREE_TEXT:
            if answer.text_value:
                free_texts.append(
                    FreeText(
                        answer.id, prompt, answer.text_value, tuple(pii.find(answer.text_value))
                    )
                )
        elif question is not None:
            others.append(OtherAnswer(prompt, _display_value(question, answer)))
    text = "\n\n".join(t.original for t in free_texts)
    # Suggestions are worked out now, so they use the newest learned theme model.
    fresh = analyse(text, submission.audience, latest_theme_model()) if text else None
    stored = submission.analysis or {}
    suggestions = {t.slug: t for t in (fresh.themes[:3] if fresh else ())}
    themes = db.session.execute(
        select(Theme.slug, Theme.name, Theme.audiences)
        .where(Theme.active.is_(True))
        .order_by(Theme.name)
    ).all()
    options = [
        ThemeOption(
            slug,
            name,
            slug in suggestions,
            suggestions[slug].score if slug in suggestions else None,
            suggestions[slug].reasons if slug in suggestions else (),
        )
        for slug, name, audiences in themes
        if slug in suggestions or not audiences or submission.audience in audiences
    ]
    # Suggested themes first, best first; then the rest by name.
    options.sort(key=lambda o: (not o.suggested, -(o.score or 0), o.name))
    safeguarding = stored.get("safeguarding") or {}
    if stored.get("failed"):
        safeguarding = {
            "flag": True,
            "reasons": ["The analysis failed on this text, so a person must read it."],
        }
    service = db.session.get(Service, submission.service_id) if submission.service_id else None
    sentiment = fresh.sentiment if fresh else None
    entered_by = (
        db.session.get(User, submission.entered_by_id) if submission.entered_by_id else None
    )
    return Item(
        submission=submission,
        free_texts=free_texts,
        other_answers=others,
        theme_options=options,
        suggested_themes=list(suggestions),
        suggested_sentiment=sentiment,
        suggested_criticality=_criticality_guess(sentiment, bool(safeguarding.get("flag"))),
        safeguarding=safeguarding,
        service=service.name if service else None,
        organisation=service.organisation.name if service else None,
        case=db.session.scalar(
            select(SafeguardingCase).where(SafeguardingCase.submission_id == submission.id)
        ),
        entered_by=entered_by.name if entered_by else None,
    )


def chosen_spans(free_text: FreeText, chosen: set[str], also: list[str]) -> list[Span]:
    """The spans to take out of one text: the ticked suggestions and every other phrase given."""
    spans = [s for s in free_text.suggestions if free_text.choice(s) in chosen]
    for phrase in also:
        for match in re.finditer(re.escape(phrase), free_text.original, flags=re.IGNORECASE):
            spans.append(Span(OTHER, match.start(), match.end(), match.group()))
    return _merged(spans, free_text.original)


def _merged(spans: list[Span], text: str) -> list[Span]:
    """Overlapping spans joined into one, so nothing in an overlap is left showing."""
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            end = max(last.end, span.end)
            merged[-1] = Span(last.kind, last.start, end, text[last.start : end])
        else:
            merged.append(span)
    return merged


def also_redact_phrases(raw: str) -> list[str]:
    """The moderator's own phrases to take out: one a line, blank lines ignored."""
    return [line.strip() for line in raw.splitlines() if line.strip()]


def redacted(free_text: FreeText, chosen: set[str], also: list[str]) -> tuple[str, list[Span]]:
    spans = chosen_spans(free_text, chosen, also)
    return redact_spans(free_text.original, spans), spans


@dataclass(frozen=True)
class Outcome:
    """The moderator's decision on an item, as the form read it."""

    decision: Decision
    themes: list[str]
    sentiment: str | None
    criticality: int | None
    reject_reason: str | None
    chosen: set[str]
    also: list[str]


@dataclass(frozen=True)
class SaveResult:
    saved: bool
    conflict: str | None = None  # why not, in words for the moderator


def save(
    item: Item, revision: int, moderator: User, outcome: Outcome, now: datetime | None = None
) -> SaveResult:
    """Record the decision, redactions and themes, if nobody else has changed the item since."""
    now = now or utcnow()
    submission = item.submission
    table = Submission.__table__
    theme_ids = dict(db.session.execute(select(Theme.slug, Theme.id)).all())
    redactions = {
        t.answer_id: (t, *redacted(t, outcome.chosen, outcome.also)) for t in item.free_texts
    }
    seconds = int((now - submission.submitted_at).total_seconds())
    status = DECISION_STATUS[outcome.decision]
    with write_transaction() as connection:
        changed = connection.execute(
            update(table)
            .where(
                table.c.id == submission.id,
                table.c.revision == revision,
                table.c.status == SubmissionStatus.RECEIVED,
                claimable(moderator, now),
            )
            .values(
                status=status,
                sentiment=outcome.sentiment,
                criticality=outcome.criticality,
                reject_reason=outcome.reject_reason,
                moderated_at=now,
                moderated_by_id=moderator.id,
                moderation_seconds=seconds,
                revision=table.c.revision + 1,
                claimed_by_id=None,
                claimed_until=None,
            )
        ).rowcount
        if not changed:  # nothing was written; leaving the block commits an empty transaction
            return SaveResult(False, conflict_message(submission.id, moderator))
        kept = undone = added = 0
        kinds: dict[str, int] = {}
        for answer_id, (free_text, text, spans) in redactions.items():
            connection.execute(
                update(Answer.__table__)
                .where(Answer.__table__.c.id == answer_id)
                .values(
                    redacted_text=text,
                    redactions=[{"kind": s.kind, "start": s.start, "end": s.end} for s in spans],
                )
            )
            ticked = {free_text.choice(s) for s in free_text.suggestions} & outcome.chosen
            kept += len(ticked)
            undone += len(free_text.suggestions) - len(ticked)
            added += sum(1 for s in spans if s.kind == OTHER)
            for span in spans:
                kinds[span.kind] = kinds.get(span.kind, 0) + 1
        # The log says what kinds were taken out and how many, never the words themselves.
        audit.record(
            "submission.redacted",
            "submission",
            submission.id,
            actor=moderator,
            connection=connection,
            kinds=kinds,
            suggestions_kept=kept,
            suggestions_undone=undone,
            added_by_moderator=added,
        )
        if outcome.decision != Decision.REJECT:
            connection.execute(
                delete(SubmissionTheme.__table__).where(
                    SubmissionTheme.__table__.c.submission_id == submission.id
                )
            )
            connection.execute(
                insert(SubmissionTheme.__table__),
                [
                    {
                        "submission_id": submission.id,
                        "theme_id": theme_ids[slug],
                        "was_suggested": slug in item.suggested_themes,
                        "confirmed_by_id": moderator.id,
                        "confirmed_at": now,
                    }
                    for slug in outcome.themes
                ],
            )
            audit.record(
                "submission.themes-confirmed",
                "submission",
                submission.id,
                actor=moderator,
                connection=connection,
                themes=sorted(outcome.themes),
                suggested=sorted(item.suggested_themes),
                added=sorted(set(outcome.themes) - set(item.suggested_themes)),
                removed=sorted(set(item.suggested_themes) - set(outcome.themes)),
            )
        audit.record(
            DECISION_AUDIT[outcome.decision],
            "submission",
            submission.id,
            actor=moderator,
            connection=connection,
            sentiment=outcome.sentiment,
            criticality=outcome.criticality,
            reason=outcome.reject_reason,
            seconds_since_arrival=seconds,
        )
    return SaveResult(True)


def conflict_message(submission_id: int, moderator: User) -> str:
    """Why a moderator's save was refused, in words they can act on."""
    db.session.expire_all()
    row = db.session.execute(
        select(Submission.status, Submission.moderated_at, User.name)
        .outerjoin(User, User.id == Submission.moderated_by_id)
        .where(Submission.id == submission_id)
    ).first()
    holder = db.session.execute(
        select(User.name)
        .join(Submission, Submission.claimed_by_id == User.id)
        .where(
            Submission.id == submission_id,
            Submission.claimed_until >= utcnow(),
            Submission.claimed_by_id != moderator.id,
        )
    ).scalar()
    if row is None:
        return "This item no longer exists."
    status, moderated_at, moderator = row
    if status == SubmissionStatus.HELD:
        return (
            "This item has been escalated as a safeguarding concern while you were working on it."
        )
    if status != SubmissionStatus.RECEIVED and moderator:
        return (
            f"{moderator} saved a decision on this item at "
            f"{display.local_time(moderated_at, with_date=False)}, while you were working on it."
        )
    if holder:
        return f"Your claim ran out and {holder} is now working on this item."
    return "Someone else changed this item while you were working on it."
