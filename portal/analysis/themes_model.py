"""The built-in learned layer of theme suggestion, and how it is judged.

A one-vs-rest logistic regression (``text_features.fit``) over features that generalise: word
stems, pairs of stems, character n-grams (for misspellings), words in a negation's scope, who is
writing, and, for each theme, the rules' own evidence (their logit, and whether the rules put
the theme first or in their top three), with one weight shared by every theme. The rules stay
the backbone; the words learned from labelled examples move a theme up or down from there.

It is fitted on the labelled files (``LABELLED``) and stored in the generated
``_themes_model.py``:

    python -m portal.analysis.themes_model write      # refit on every labelled file
    python -m portal.analysis.themes_model            # grouped k-fold and leave-one-file-out

It is separate from the model learned from moderators' confirmations (``themes.train``), which
``themes.suggest`` still blends on top. It is judged only on texts it was not fitted on:
``cross_validate`` (grouped k-fold over all labelled records, near-duplicate texts kept in one
fold) and ``leave_one_file_out`` (fit on the other files, score one whole file written by other
hands), which is the best estimate of a new set.
"""

from __future__ import annotations

import json
from pathlib import Path

from portal.analysis import text_features as tf
from portal.analysis.labelled import TRAINING_FILES

LABELLED: dict[str, Path] = TRAINING_FILES

# Chosen by grouped 5-fold cross-validation over the labelled records (see __main__).
L2 = 2e-4
EPOCHS = 15
RATE = 0.5
MIN_DF = 2
REASON_MIN_LIFT = 0.1  # the learned layer names its words when it lifts a theme this much


def dense(logits: list[float]) -> list[list[float]]:
    """The rules' evidence for each theme: its logit, first, in the top three."""
    order = sorted(range(len(logits)), key=lambda t: -logits[t])
    top3 = set(order[:3])
    return [
        [logits[t], 1.0 if t == order[0] else 0.0, 1.0 if t in top3 else 0.0]
        for t in range(len(logits))
    ]


def _load_stored() -> dict | None:
    try:
        from portal.analysis import _themes_model
    except ImportError:  # pragma: no cover - before the first write_model()
        return None
    return tf.unpack(_themes_model.MODEL)


MODEL: dict | None = _load_stored()


def probabilities(
    model: dict, text: str, respondent: str, logits: list[float]
) -> tuple[list[float], dict[str, float]]:
    """Each theme's learned probability (SLUGS order), and the text's features."""
    feats = tf.features(text, respondent)
    z = tf.scores(model, feats, dense(logits))
    return [tf.sigmoid(v) for v in z], feats


# ---------------------------------------------------------------------------------------------
# Fitting and judging.


def load_records(paths: dict[str, Path] | None = None) -> list[dict]:
    records: list[dict] = []
    for name, path in (paths or LABELLED).items():
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                record["_file"] = name
                records.append(record)
    return records


def _rows(records: list[dict]) -> list[tuple[dict[str, float], list[float], list[list[float]]]]:
    from portal.analysis import themes

    rows = []
    for r in records:
        logits, _ = themes._builtin(r["text"], r["respondent"], with_reasons=False)
        gold = set(r["themes"])
        rows.append(
            (
                tf.features(r["text"], r["respondent"]),
                [1.0 if slug in gold else 0.0 for slug in themes.SLUGS],
                dense(logits),
            )
        )
    return rows


def train(records: list[dict], **params) -> dict:
    from portal.analysis import themes

    settings = {"l2": L2, "epochs": EPOCHS, "rate": RATE, "min_df": MIN_DF, **params}
    model = tf.fit(_rows(records), len(themes.SLUGS), multinomial=False, **settings)
    model["examples"] = len(records)
    return model


def _figures(pairs: list[tuple[list[str], list[str]]]) -> dict[str, float]:
    gold_n = hits = top1 = 0
    for ranked, gold in pairs:
        gold_set = set(gold)
        gold_n += len(gold_set)
        hits += len(gold_set & set(ranked[:3]))
        top1 += bool(ranked) and ranked[0] in gold_set
    return {
        "theme_recall_at_3": round(hits / gold_n, 3) if gold_n else 0.0,
        "theme_top1_precision": round(top1 / len(pairs), 3) if pairs else 0.0,
    }


def _ranked(model: dict | None, record: dict) -> list[str]:
    from portal.analysis import themes

    logits, _ = themes._builtin(record["text"], record["respondent"], with_reasons=False)
    if model is None:
        scores = logits
    else:
        scores, _ = probabilities(model, record["text"], record["respondent"], logits)
    order = sorted(range(len(scores)), key=lambda t: (-scores[t], t))
    return [themes.SLUGS[t] for t in order[:3]]


def grouped_folds(records: list[dict], k: int = 5, seed: int = 0) -> list[list[int]]:
    """k folds in which near-duplicate texts (half their words shared) stay together."""
    import hashlib

    bags = [frozenset(w for w in tf.words(r["text"]) if w[0].isalnum()) for r in records]
    parent = list(range(len(records)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(records)):
        for j in range(i + 1, len(records)):
            a, b = bags[i], bags[j]
            if a and b and len(a & b) >= 0.5 * len(a | b):
                parent[find(i)] = find(j)
    group = [find(i) for i in range(len(records))]
    keys = sorted(
        set(group),
        key=lambda g: hashlib.sha256(f"{seed}:{records[g].get('id', g)}".encode()).hexdigest(),
    )
    fold_of = {g: n % k for n, g in enumerate(keys)}
    return [[i for i in range(len(records)) if fold_of[group[i]] == f] for f in range(k)]


def cross_validate(records: list[dict], k: int = 5, seed: int = 0, **params) -> dict:
    """Rules alone and rules + learned layer, each record scored by a model not fitted on it."""
    rules, learned = [], []
    for held in grouped_folds(records, k, seed):
        held_set = set(held)
        model = train([r for i, r in enumerate(records) if i not in held_set], **params)
        for i in held:
            rules.append((_ranked(None, records[i]), records[i]["themes"]))
            learned.append((_ranked(model, records[i]), records[i]["themes"]))
    return {"rules": _figures(rules), "learned": _figures(learned)}


def leave_one_file_out(records: list[dict], test: str, **params) -> dict:
    """Fit on every other labelled file, score the whole of `test`."""
    model = train([r for r in records if r["_file"] != test], **params)
    held = [r for r in records if r["_file"] == test]
    return {
        "rules": _figures([(_ranked(None, r), r["themes"]) for r in held]),
        "learned": _figures([(_ranked(model, r), r["themes"]) for r in held]),
    }


def model_source(model: dict) -> str:
    data = tf.pack(model)
    return (
        '"""Generated by themes_model.write_model(): the built-in learned layer of theme\n'
        "suggestion, fitted on the labelled files. Do not edit by hand.\n"
        '"""\n\n'
        f"EXAMPLES = {model['examples']}\n"
        f"MODEL = {data!r}\n"
    )


def write_model() -> Path:
    """Fit on every labelled file and rewrite _themes_model.py."""
    model = train(load_records())
    target = Path(__file__).with_name("_themes_model.py")
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


if __name__ == "__main__":  # pragma: no cover
    import sys

    _main(sys.argv[1:])
