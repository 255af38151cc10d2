"""Text analysis: safeguarding disclosures, personal data, themes and sentiment.

Plain Python with no Flask, database or view imports, so it can be tested, benchmarked and run
from the command line on its own. `analyse` is the one entry point the rest of the portal uses.
"""

from __future__ import annotations

from portal.analysis import pii, safeguarding, sentiment, themes
from portal.analysis.types import Analysis, Safeguarding, Span, ThemeSuggestion

__all__ = ["Analysis", "Safeguarding", "Span", "ThemeSuggestion", "analyse", "redact"]


def analyse(text: str, respondent: str, theme_model: dict | None = None) -> Analysis:
    """Everything the portal reads from one free text, with the reasons behind it."""
    return Analysis(
        themes=tuple(themes.suggest(text, respondent, theme_model)),
        sentiment=sentiment.classify(text, respondent),
        safeguarding=safeguarding.detect(text, respondent),
        pii=tuple(pii.find(text)),
    )


def redact(text: str, spans: list[Span] | None = None) -> str:
    """The text with every piece of personal data replaced by its label, e.g. [name]."""
    return pii.redact(text, spans)
