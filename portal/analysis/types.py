"""The values the text analysis produces. Plain data: no Flask, no database."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A piece of personal data found in a text: text[start:end] == self.text."""

    kind: str  # one of the taxonomy's pii_kinds
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Safeguarding:
    """Whether a text may disclose harm, how strongly, what kind, and why we think so."""

    flag: bool
    score: float  # 0..1
    category: str | None  # one of the taxonomy's safeguarding_categories when flagged
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class ThemeSuggestion:
    slug: str
    score: float  # 0..1, higher is more likely
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Analysis:
    themes: tuple[ThemeSuggestion, ...]
    sentiment: str  # one of the taxonomy's sentiments
    safeguarding: Safeguarding
    pii: tuple[Span, ...] = field(default_factory=tuple)

    def to_json(self) -> dict:
        """The shape the evaluator (and the database) take."""
        return {
            "themes": [
                {"slug": t.slug, "score": round(t.score, 4), "reasons": list(t.reasons)}
                for t in self.themes
            ],
            "sentiment": self.sentiment,
            "safeguarding": {
                "flag": self.safeguarding.flag,
                "score": round(self.safeguarding.score, 4),
                "category": self.safeguarding.category,
                "reasons": list(self.safeguarding.reasons),
            },
            "pii": [
                {"kind": s.kind, "start": s.start, "end": s.end, "text": s.text} for s in self.pii
            ],
        }
