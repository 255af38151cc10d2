"""Cross-validation of theme suggestions: built-in knowledge alone, and blended with a model
learned from the other folds, each scored only on texts the model was not fitted on.

The figures are defined exactly as in ``../shared/tools/evaluate_analysis.py`` ``score()``:

- ``theme_recall_at_3``: of all the gold themes of all texts, the share found in the top three;
- ``theme_top1_precision``: the share of texts whose top suggestion is one of its gold themes.
"""

from __future__ import annotations

import hashlib

from portal.analysis import themes


def folds(records: list[dict], k: int = 5, seed: int = 0) -> list[list[int]]:
    """Split record positions into k folds, deterministically by seed and each record's id."""
    if k < 2:
        raise ValueError("cross-validation needs at least two folds")

    def key(i: int) -> str:
        ident = str(records[i].get("id", i))
        return hashlib.sha256(f"{seed}:{ident}".encode()).hexdigest()

    order = sorted(range(len(records)), key=key)
    return [order[f::k] for f in range(k)]


class _Tally:
    """Running totals for theme_recall_at_3 and theme_top1_precision."""

    def __init__(self) -> None:
        self.gold = self.hit_at3 = self.top1 = self.texts = 0

    def add(self, ranked: list[str], gold_themes: list[str]) -> None:
        gold = set(gold_themes)
        self.gold += len(gold)
        self.hit_at3 += len(gold & set(ranked[:3]))
        self.top1 += bool(ranked) and ranked[0] in gold
        self.texts += 1

    def figures(self, prefix: str) -> dict[str, float]:
        return {
            f"{prefix}_theme_recall_at_3": self.hit_at3 / self.gold if self.gold else 0.0,
            f"{prefix}_theme_top1_precision": self.top1 / self.texts if self.texts else 0.0,
        }


def _ranked(text: str, respondent: str, model: dict | None) -> list[str]:
    return [s.slug for s in themes.suggest(text, respondent, model, limit=3)]


def cross_validate(records: list[dict], k: int = 5, seed: int = 0) -> dict[str, float]:
    """k-fold figures for the built-in knowledge alone and for built-in blended with a model
    trained (with ``themes.train``) on the other k-1 folds; also the learned model alone.

    records: as in the labelled file (id, respondent, text, themes, ...).
    """
    builtin, blended, learned = _Tally(), _Tally(), _Tally()
    split = folds(records, k, seed)
    for f, held_out in enumerate(split):
        training = [
            (records[i]["text"], records[i]["respondent"], list(records[i]["themes"]))
            for g, part in enumerate(split)
            if g != f
            for i in part
        ]
        model = themes.train(training)
        for i in held_out:
            rec = records[i]
            text, respondent, gold = rec["text"], rec["respondent"], rec["themes"]
            builtin.add(_ranked(text, respondent, None), gold)
            blended.add(_ranked(text, respondent, model), gold)
            learned.add(themes.learned_ranking(model, text, respondent)[:3], gold)
    out: dict[str, float] = {}
    out.update(builtin.figures("builtin"))
    out.update(blended.figures("blended"))
    out.update(learned.figures("learned"))
    return out
