"""The built-in learned layer of sentiment, and how it is judged.

A multinomial logistic regression (``text_features.fit``) over four labels, from features that
generalise: word stems, pairs of stems, words in a negation's scope, who is writing, and the
rules' evidence (``sentiment._score``): how much praise and how much criticism the lexicon and
patterns found, whether both are there and in what proportion, whether praise comes before a
"but" and criticism after it (or the other way round), whether the text asks for something or
asks a question, and which complaint or praise patterns fired. The rules' own verdict is not a
feature: fitted with it, the layer learned to copy the rules (which were written against the
development file) and did worse on files written by other hands.

Fitted on the labelled files and stored in the generated ``_sentiment_model.py``:

    python -m portal.analysis.sentiment_model write   # refit on every labelled file
    python -m portal.analysis.sentiment_model         # grouped k-fold and leave-one-file-out
"""

from __future__ import annotations

import math
from pathlib import Path

from portal.analysis import text_features as tf
from portal.analysis.themes_model import LABELLED, grouped_folds, load_records

LABELS = ("positive", "mixed", "negative", "neutral")

# Chosen by grouped 5-fold cross-validation over the labelled records (see __main__).
L2 = 3e-4
EPOCHS = 10
RATE = 0.5
MIN_DF = 2
RULE_SCALE = 0.5  # the rules' evidence, against word features of unit length
# The learned layer overrules the rules' verdict only when it is this much surer of its own
# label than of theirs; more so when the rules found no verdict at all (neutral).
OVERRULE_MARGIN = 0.3
NEUTRAL_MARGIN = 0.5


def overrule_margin(rule_label: str) -> float:
    return NEUTRAL_MARGIN if rule_label == "neutral" else OVERRULE_MARGIN


def rule_features(score, text: str) -> dict[str, float]:
    """The rules' evidence as features (score: sentiment._Score)."""
    from portal.analysis import sentiment

    pos, neg = score.pos, score.neg
    f = {"s:pos": math.log1p(pos), "s:neg": math.log1p(neg)}
    if pos > 0 and neg > 0:
        f["s:both"] = 1.0
        f["s:ratio"] = min(pos, neg) / max(pos, neg)
    if pos == 0 and neg == 0:
        f["s:none"] = 1.0
    if score.contrast:
        f["s:contrast"] = 1.0
    if score.request:
        f["s:request"] = 1.0
    if score.reservation:
        f["s:reservation"] = 1.0
    for why in score.reasons:
        if " " in why or why in ("AGAIN", "joking"):
            f["p:" + why] = 0.5
    for side in sentiment.polarity_sides(text):
        f["q:" + side] = 1.0
    f["s:len"] = min(len(text.split()), 60) / 60
    return {k: v * RULE_SCALE for k, v in f.items()}


def features(text: str, respondent: str, score) -> dict[str, float]:
    feats = {k: v for k, v in tf.features(text, respondent).items() if not k.startswith("c:")}
    feats.update(rule_features(score, text))
    return feats


def _load_stored() -> dict | None:
    try:
        from portal.analysis import _sentiment_model
    except ImportError:  # pragma: no cover - before the first write_model()
        return None
    return tf.unpack(_sentiment_model.MODEL)


MODEL: dict | None = _load_stored()


def probabilities(model: dict, feats: dict[str, float]) -> list[float]:
    return tf.softmax(tf.scores(model, feats))


# ---------------------------------------------------------------------------------------------
# Fitting and judging.


def _rows(records: list[dict]) -> list[tuple[dict[str, float], list[float], None]]:
    from portal.analysis import sentiment

    rows = []
    for r in records:
        score = sentiment._score(r["text"])
        y = [1.0 if r["sentiment"] == label else 0.0 for label in LABELS]
        rows.append((features(r["text"], r["respondent"], score), y, None))
    return rows


def train(records: list[dict], **params) -> dict:
    settings = {"l2": L2, "epochs": EPOCHS, "rate": RATE, "min_df": MIN_DF, **params}
    model = tf.fit(_rows(records), len(LABELS), multinomial=True, **settings)
    model["examples"] = len(records)
    return model


def _label(model: dict | None, record: dict) -> str:
    from portal.analysis import sentiment

    rule = sentiment.rule_label(record["text"])
    if model is None:
        return rule
    score = sentiment._score(record["text"])
    p = probabilities(model, features(record["text"], record["respondent"], score))
    best = max(range(len(LABELS)), key=lambda c: p[c])
    return LABELS[best] if p[best] - p[LABELS.index(rule)] > overrule_margin(rule) else rule


def _accuracy(model: dict | None, records: list[dict]) -> float:
    right = sum(_label(model, r) == r["sentiment"] for r in records)
    return round(right / len(records), 3) if records else 0.0


def cross_validate(records: list[dict], k: int = 5, seed: int = 0, **params) -> dict:
    """Rules alone and the learned layer, each record scored by a model not fitted on it."""
    rules = learned = 0
    for held in grouped_folds(records, k, seed):
        held_set = set(held)
        model = train([r for i, r in enumerate(records) if i not in held_set], **params)
        rules += sum(_label(None, records[i]) == records[i]["sentiment"] for i in held)
        learned += sum(_label(model, records[i]) == records[i]["sentiment"] for i in held)
    n = len(records)
    return {"rules": round(rules / n, 3), "learned": round(learned / n, 3)}


def leave_one_file_out(records: list[dict], test: str, **params) -> dict:
    model = train([r for r in records if r["_file"] != test], **params)
    held = [r for r in records if r["_file"] == test]
    return {"rules": _accuracy(None, held), "learned": _accuracy(model, held)}


def model_source(model: dict) -> str:
    return (
        '"""Generated by sentiment_model.write_model(): the built-in learned layer of\n'
        "sentiment, fitted on the labelled files. Do not edit by hand.\n"
        '"""\n\n'
        f"EXAMPLES = {model['examples']}\n"
        f"MODEL = {tf.pack(model)!r}\n"
    )


def write_model() -> Path:
    """Fit on every labelled file and rewrite _sentiment_model.py."""
    model = train(load_records())
    target = Path(__file__).with_name("_sentiment_model.py")
    target.write_text(model_source(model), encoding="utf-8")
    return target


def _main(argv: list[str]) -> None:  # pragma: no cover - a developer's command
    if argv[:1] == ["write"]:
        print(write_model())
        return
    records = load_records()
    print("grouped 5-fold:", cross_validate(records))
    for test in LABELLED:
        print(f"leave out {test}:", leave_one_file_out(records, test))


__all__ = ["LABELLED", "LABELS", "train", "write_model"]

if __name__ == "__main__":  # pragma: no cover
    import sys

    _main(sys.argv[1:])
