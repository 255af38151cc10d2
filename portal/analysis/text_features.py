"""Features of a free text that generalise beyond the sentences they were learned from, and a
small regularised logistic regression over them, in plain Python.

Shared by the learned layers of theme suggestion (``themes_model``) and sentiment
(``sentiment_model``). A text becomes a sparse set of features:

- ``w:`` word stems from a light stemmer (``waiting``, ``waited``, ``waits`` are ``w:wait``),
  after text-speak and common misspellings are mapped to plain words;
- ``b:`` pairs of neighbouring stems (``b:social_work``, ``b:not_call``);
- ``c:`` character n-grams of three to five letters inside a word (``c:bul``, ``c:ully``), so
  a misspelling still shares most of its pieces with the word it means;
- ``n:`` stems in the scope of a negation (``never rings back`` gives ``n:ring``, ``n:back``),
  up to three words, stopped by punctuation or a contrast word;
- ``r:`` who is writing, and a few marks of a text's shape (a contrast word, a question, a
  request).

Each family of features is scaled to unit length, so a long text does not shout down a short
one and no family drowns another.

``fit`` trains either a one-vs-rest logistic regression (several labels per text: themes) or a
multinomial one (one label per text: sentiment) by stochastic gradient descent with an L2
penalty; the weights are stored sparsely, per feature only the classes it has something to say
about. Each class may also have "dense" inputs of its own (the rules' evidence for that class),
whose weights are shared by all classes, so the rules stay the backbone and the words correct
them.
"""

from __future__ import annotations

import json
import math
import random
import re

from portal.analysis import _themes_vocab as vocab

_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)*|[.!?;:,()]|[\U0001F300-\U0001FAFF\u2600-\u27BF]")
_BREAK = frozenset(".!?;:,()")
NEGATORS = vocab.NEGATORS | frozenset({"cannot", "nope", "none"})
CONTRAST = frozenset({"but", "however", "although", "though", "tho", "except", "whereas", "yet"})
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "am",
        "i",
        "im",
        "me",
        "my",
        "we",
        "our",
        "us",
        "you",
        "your",
        "it",
        "its",
        "this",
        "that",
        "he",
        "she",
        "him",
        "her",
        "his",
        "they",
        "them",
        "their",
        "with",
        "as",
        "so",
        "just",
        "do",
        "did",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
    ]
)
_VOWELS = frozenset("aeiouy")


def _has_vowel(s: str) -> bool:
    return any(ch in _VOWELS for ch in s)


_STEM_CACHE: dict[str, str] = {}


def stem(word: str) -> str:
    """A light suffix-stripping stemmer: waiting/waited/waits -> wait, families -> famili,
    worries/worried -> worri, quickly -> quick. Words of four letters or fewer stay as they are.
    """
    cached = _STEM_CACHE.get(word)
    if cached is not None:
        return cached
    w = word
    if len(w) > 4 and not w.isdigit():
        if w.endswith("ies") or w.endswith("ied"):
            w = w[:-3] + "i"
        elif w.endswith("sses"):
            w = w[:-2]
        elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
            w = w[:-1]
        for suffix in ("ingly", "edly", "ing", "ed", "ly", "ment", "ness", "ful"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 3 and _has_vowel(w[: -len(suffix)]):
                w = w[: -len(suffix)]
                if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":  # stopp -> stop
                    w = w[:-1]
                break
        if w.endswith("e") and len(w) > 4:
            w = w[:-1]
    if len(_STEM_CACHE) < 100_000:
        _STEM_CACHE[word] = w
    return w


def words(text: str) -> list[str]:
    """Lower-case words and clause marks, text-speak mapped to plain words, no apostrophes."""
    out: list[str] = []
    spelling = vocab.SPELLING
    for tok in _TOKEN.findall(text.lower()):
        if tok[0].isalnum():
            tok = tok.replace("'", "").replace("’", "")
            mapped = spelling.get(tok)
            if mapped is not None:
                out.extend(mapped.split())
                continue
        out.append(tok)
    return out


CHAR_SIZES = (4,)  # character n-grams: 3..5 scored no better under cross-validation, at 3x the cost
_CHAR_CACHE: dict[str, tuple[str, ...]] = {}


def _char_grams(word: str) -> tuple[str, ...]:
    grams = _CHAR_CACHE.get(word)
    if grams is None:
        padded = f"<{word}>"
        found = {"c:" + padded[i : i + n] for n in CHAR_SIZES for i in range(len(padded) - n + 1)}
        grams = tuple(found)
        if len(_CHAR_CACHE) < 100_000:
            _CHAR_CACHE[word] = grams
    return grams


_LAST: list = [None, None]  # the last text's features: themes and sentiment both need them


def features(text: str, respondent: str, chars: bool = True) -> dict[str, float]:
    """The text's sparse features, each family scaled to unit length (do not modify them)."""
    key = (text, respondent, chars)
    if _LAST[0] == key:
        return _LAST[1]
    out = _features(text, respondent, chars)
    _LAST[0], _LAST[1] = key, out
    return out


def _features(text: str, respondent: str, chars: bool) -> dict[str, float]:
    toks = words(text or "")
    uni: set[str] = set()
    bi: set[str] = set()
    neg: set[str] = set()
    grams: set[str] = set()
    prev = None
    scope = 0
    contrast = question = False
    for tok in toks:
        if not tok[0].isalnum() or (len(tok) == 1 and not tok.isalnum()):
            if tok in _BREAK:
                scope = 0
                prev = None
                question = question or tok == "?"
            continue
        if tok in CONTRAST:
            contrast = True
            scope = 0
        s = stem(tok) if not tok.isdigit() else "#"
        if scope > 0:
            neg.add("n:" + s)
            scope -= 1
        if tok in NEGATORS or tok.endswith("nt"):
            scope = 3
        if tok not in _STOP:
            uni.add("w:" + s)
            if chars and len(tok) > 3 and tok.isalpha():
                grams.update(_char_grams(tok))
        if prev is not None:
            bi.add(f"b:{prev}_{s}")
        prev = s
    out: dict[str, float] = {}
    for family in (uni, bi, neg, grams):
        if family:
            v = 1.0 / math.sqrt(len(family))
            for f in family:
                out[f] = v
    out["r:" + (respondent or "unknown")] = 1.0
    if contrast:
        out["x:contrast"] = 1.0
    if question:
        out["x:question"] = 1.0
    return out


# ---------------------------------------------------------------------------------------------
# The learner.


MIN_WEIGHT = 0.01  # smaller weights are dropped from a fitted model


def pack(model: dict) -> str:
    """A fitted model as compact JSON: each feature's row as a flat [class, weight, ...]."""
    data = dict(model)
    data["weights"] = {
        f: [x for c, w in sorted(row.items()) for x in (c, w)]
        for f, row in sorted(model["weights"].items())
    }
    return json.dumps(data, separators=(",", ":"), sort_keys=True)


def unpack(packed: str) -> dict:
    """The model pack() wrote, with rows as {class: weight} again, and as full rows (a weight
    for every class, for fast scoring)."""
    data = json.loads(packed)
    classes = len(data["bias"])
    weights, rows = {}, {}
    for f, flat in data["weights"].items():
        row = [0.0] * classes
        for j in range(0, len(flat), 2):
            row[flat[j]] = flat[j + 1]
        weights[f] = {flat[j]: flat[j + 1] for j in range(0, len(flat), 2)}
        rows[f] = tuple(row)
    data["weights"] = weights
    data["rows"] = rows
    return data


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _softmax(z: list[float]) -> list[float]:
    top = max(z)
    e = [math.exp(v - top) for v in z]
    total = sum(e)
    return [v / total for v in e]


def fit(
    rows: list[tuple[dict[str, float], list[float], list[list[float]] | None]],
    classes: int,
    multinomial: bool,
    l2: float = 1e-3,
    epochs: int = 12,
    rate: float = 0.5,
    min_df: int = 2,
    seed: int = 0,
    sample_weights: list[float] | None = None,
) -> dict:
    """Fit a logistic regression by SGD with an L2 penalty.

    rows: (features, targets, dense) with targets a 0/1 vector over the classes (one 1 for
    multinomial) and dense an optional per-class list of inputs whose weights all classes share.
    sample_weights: how much each row counts (1.0 when not given).
    Returns {"bias": [...], "dense": [...], "weights": {feature: {class: weight}}}.
    """
    df: dict[str, int] = {}
    for feats, _y, _d in rows:
        for f in feats:
            df[f] = df.get(f, 0) + 1
    keep = {f for f, c in df.items() if c >= min_df}
    data = [({f: v for f, v in feats.items() if f in keep}, y, d) for feats, y, d in rows]
    n = len(data)
    prior = [sum(y[c] for _f, y, _d in data) for c in range(classes)]
    if multinomial:
        bias = [math.log((p + 1.0) / (n + classes)) for p in prior]
    else:
        bias = [math.log((p + 0.5) / (n - p + 0.5)) for p in prior]
    n_dense = len(data[0][2][0]) if data and data[0][2] else 0
    dense = [0.0] * n_dense
    weights: dict[str, dict[int, float]] = {}
    rng = random.Random(seed)  # noqa: S311 - a reproducible shuffle, not a secret
    order = list(range(n))
    shrink_each = l2  # per example seen: the penalty is spread over the epoch
    for epoch in range(epochs):
        rng.shuffle(order)
        lr = rate / (1.0 + 0.3 * epoch)
        for r in order:
            feats, y, d = data[r]
            z = list(bias)
            for f, v in feats.items():
                row = weights.get(f)
                if row:
                    for c, w in row.items():
                        z[c] += w * v
            if n_dense:
                for c in range(classes):
                    dc = d[c]
                    z[c] += sum(a * x for a, x in zip(dense, dc, strict=True))
            p = _softmax(z) if multinomial else [_sigmoid(v) for v in z]
            sw = sample_weights[r] if sample_weights is not None else 1.0
            g = [(p[c] - y[c]) * sw for c in range(classes)]
            active = [(c, gc) for c, gc in enumerate(g) if abs(gc) > 0.005]
            if not active:
                continue
            for f, v in feats.items():
                row = weights.get(f)
                if row is None:
                    row = weights[f] = {}
                for c, gc in active:
                    row[c] = row.get(c, 0.0) - lr * gc * v
            for c, gc in active:
                bias[c] -= lr * 0.5 * gc
                if n_dense:
                    dc = d[c]
                    for j in range(n_dense):
                        dense[j] -= lr * 0.2 * gc * dc[j]
        factor = max(0.0, 1.0 - lr * shrink_each * n)
        for row in weights.values():
            for c in row:
                row[c] *= factor
    out = {}
    for f, row in weights.items():
        kept = {c: round(w, 3) for c, w in sorted(row.items()) if abs(w) >= MIN_WEIGHT}
        if kept:
            out[f] = kept
    return {
        "bias": [round(b, 4) for b in bias],
        "dense": [round(a, 4) for a in dense],
        "weights": out,
    }


def scores(
    model: dict, feats: dict[str, float], dense: list[list[float]] | None = None
) -> list[float]:
    """The model's logits for each class."""
    z = list(model["bias"])
    rows = model.get("rows")
    if rows is not None:
        # Features of one family share a value: add their rows column by column, then scale.
        by_value: dict[float, list[tuple[float, ...]]] = {}
        get = rows.get
        for f, v in feats.items():
            row = get(f)
            if row is not None:
                by_value.setdefault(v, []).append(row)
        for v, found in by_value.items():
            for c, total in enumerate(map(sum, zip(*found, strict=True))):
                z[c] += v * total
    else:
        weights = model["weights"]
        for f, v in feats.items():
            row = weights.get(f)
            if row:
                for c, w in row.items():
                    z[c] += w * v
    a = model.get("dense")
    if a and dense:
        for c, dc in enumerate(dense):
            z[c] += sum(x * y for x, y in zip(a, dc, strict=True))
    return z


def top_features(
    model: dict, feats: dict[str, float], cls: int, limit: int = 3
) -> list[tuple[float, str]]:
    """The features of a text that pushed class cls up most: (contribution, feature)."""
    rows = model.get("rows")
    found = []
    if rows is not None:
        get = rows.get
        for f, v in feats.items():
            row = get(f)
            if row is not None and row[cls] > 0:
                found.append((row[cls] * v, f))
    else:
        weights = model["weights"]
        for f, v in feats.items():
            row = weights.get(f)
            if row:
                w = row.get(cls, 0.0) * v
                if w > 0:
                    found.append((w, f))
    found.sort(reverse=True)
    return found[:limit]


_SPELLED: list = [None, None, None]  # the last text: its stems as written, its word features


def reason_words(model: dict, feats: dict[str, float], cls: int, text: str) -> list[str]:
    """Up to three words (or word pairs) of the text that pushed class cls up most, as the
    writer spelled them; words in a negation's scope are shown as "not … word"."""
    if _SPELLED[0] != text:
        spelled: dict[str, str] = {}
        for word in words(text):
            if word[0].isalnum():
                spelled.setdefault(stem(word), word)
        wordy = {f: v for f, v in feats.items() if f[0] in "wbn" and f[1] == ":"}
        _SPELLED[0], _SPELLED[1], _SPELLED[2] = text, spelled, wordy
    spelled, wordy = _SPELLED[1], _SPELLED[2]
    out: list[str] = []
    for _w, f in top_features(model, wordy, cls, limit=10):
        kind, _, rest = f.partition(":")
        if rest in _STOP or (kind == "b" and all(p in _STOP for p in rest.split("_"))):
            continue  # "me", "to it": true, but no help to a moderator
        if kind == "w":
            shown = spelled.get(rest, rest)
        elif kind == "b":
            shown = " ".join(spelled.get(p, p) for p in rest.split("_"))
        else:
            shown = "not … " + spelled.get(rest, rest)
        if shown not in out:
            out.append(shown)
        if len(out) == 3:
            break
    return out


def sigmoid(z: float) -> float:
    return _sigmoid(z)


def softmax(z: list[float]) -> list[float]:
    return _softmax(z)
