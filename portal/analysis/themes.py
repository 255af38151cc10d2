"""Theme suggestions: built-in knowledge of what each theme means, blended with a model learned
from the themes moderators confirm.

Plain Python, standard library only. ``suggest()`` ranks the taxonomy's themes for one text and
says why; ``train()`` fits a small JSON-serialisable model from moderators' confirmations, which
``suggest()`` blends in with a weight that grows with the number of confirmations.

Built-in knowledge: the text is split into words (text-speak and common misspellings mapped to
plain words), and a phrase index built once from ``_themes_vocab.VOCAB`` finds the words and
phrases that point to each theme. Each theme's evidence is the sum of its cues' weights, with
diminishing returns for many cues, plus a prior for who is writing (a theme outside a
respondent group's audience is pushed down). Praise that is negated ("not helpful") does not
count, and praise before a "but" counts half. The evidence is turned into a 0..1 score with a
logistic curve.

Learned model: one-vs-rest logistic regression over word unigrams, bigrams, word stems and the
respondent group, fitted by a few passes of stochastic gradient descent with L2 shrinkage, rare
features pruned (at most 5,000 kept, so the stored model stays near 1 MB however many
confirmations it learned from). Its probabilities are blended with the built-in scores:
``score = (1 - w) * builtin + w * learned`` with ``w = BLEND_MAX * n / (n + BLEND_K)``, so the
learned model's say grows with the number n of confirmations (0.04 at 10, 0.4 at 200) and the
built-in knowledge always keeps some.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Iterable

from portal.analysis import _themes_vocab as vocab
from portal.analysis import text_features, themes_model
from portal.analysis.types import ThemeSuggestion

MODEL_VERSION = 1
BLEND_K = 200.0  # confirmations at which the learned model has half its full say
BLEND_MAX = 0.8  # however many confirmations, the built-in knowledge keeps a fifth of the say
SLUGS: tuple[str, ...] = tuple(slug for slug, _, _ in vocab.THEMES)
NAMES: dict[str, str] = {slug: name for slug, name, _ in vocab.THEMES}
_INDEX = {slug: i for i, slug in enumerate(SLUGS)}
_PRAISE = "praise"

# Calibration of built-in evidence to a 0..1 score: p = 1 / (1 + exp(-(A * raw + B))).
_CAL_A = 0.9
_CAL_B = -2.4
_DECAY = 0.5  # each further cue for a theme counts this much less than the one before
_NEGATION_WINDOW = 3
_CONTRAST = frozenset({"but", "however", "although", "though", "tho", "except", "apart"})

# ---------------------------------------------------------------------------------------------
# Words.

_TOKEN = re.compile(
    r"[a-z0-9]+(?:['’][a-z]+)*|[\U0001F300-\U0001FAFF\u2600-\u27BF]",
)
_DIGITS = re.compile(r"^\d+(?:st|nd|rd|th)?$")


class _Tok:
    """A word of the text in the vocabulary's spelling, with where it came from."""

    __slots__ = ("end", "start", "word")

    def __init__(self, word: str, start: int, end: int) -> None:
        self.word = word
        self.start = start
        self.end = end


_LAST_TOKENS: tuple[str, list[_Tok]] = ("", [])


def _tokens(text: str) -> list[_Tok]:
    """The text's words; the last text's are kept, as suggest() needs them twice."""
    global _LAST_TOKENS
    last_text, last_toks = _LAST_TOKENS
    if text == last_text:
        return last_toks
    out = _tokenise(text)
    _LAST_TOKENS = (text, out)
    return out


def _tokenise(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    spelling = vocab.SPELLING
    for m in _TOKEN.finditer(text.lower()):
        word = m.group().replace("'", "").replace("’", "")
        mapped = spelling.get(word)
        if mapped is None:
            out.append(_Tok(word, m.start(), m.end()))
        else:
            for part in mapped.split():
                out.append(_Tok(part, m.start(), m.end()))
    return out


# ---------------------------------------------------------------------------------------------
# The phrase index.


def _split_spec(spec: str) -> list[str]:
    """Split a phrase spec on spaces outside parentheses."""
    parts, depth, cur = [], 0, []
    for ch in spec:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == " " and depth == 0:
            if cur:
                parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    if cur:
        parts.append("".join(cur))
    return parts


def _expand(spec: str) -> list[tuple[str, ...]]:
    """All token sequences a phrase spec stands for (see _themes_vocab's docstring)."""
    seqs: list[tuple[str, ...]] = [()]
    for part in _split_spec(spec):
        optional = part.endswith("?") and part.startswith("(")
        if optional:
            part = part[:-1]
        if part.startswith("(") and part.endswith(")"):
            choices = [tuple(alt.split()) for alt in part[1:-1].split("|")]
        else:
            choices = [(part,)]
        if optional:
            choices.append(())
        seqs = [seq + choice for seq in seqs for choice in choices]
    return [seq for seq in seqs if seq]


class _Entry:
    __slots__ = ("cue", "theme", "weight")

    def __init__(self, theme: int, weight: float, cue: str) -> None:
        self.theme = theme
        self.weight = weight
        self.cue = cue


def _build_index() -> tuple[dict, frozenset[str], int]:
    """A trie over tokens: node = {token-or-'prefix*': node, None: [entries ending here]}."""
    root: dict = {}
    prefixes: set[str] = set()
    longest = 1
    for slug, groups in vocab.VOCAB.items():
        theme = _INDEX[slug]
        for weight, cue, specs in groups:
            for spec in specs:
                for seq in _expand(spec):
                    longest = max(longest, len(seq))
                    node = root
                    for tok in seq:
                        if tok.endswith("*") and len(tok) > 1:
                            prefixes.add(tok[:-1])
                        node = node.setdefault(tok, {})
                    ends = node.setdefault(None, {})
                    # One entry per theme at a node: the strongest weight wins.
                    old = ends.get(theme)
                    if old is None or old.weight < weight:
                        ends[theme] = _Entry(theme, weight, cue)
    # Freeze the end lists.
    stack = [root]
    while stack:
        node = stack.pop()
        for key, child in node.items():
            if key is None:
                node[None] = tuple(child.values())
            else:
                stack.append(child)
    return root, frozenset(prefixes), longest


_TRIE, _PREFIXES, _LONGEST = _build_index()
_PREFIX_LENGTHS = sorted({len(p) for p in _PREFIXES})
_KEYS_CACHE: dict[str, tuple[str, ...]] = {}


def _keys(word: str) -> tuple[str, ...]:
    """The index keys a word can match: itself, '#'/'#th' for numbers, and 'prefix*' forms."""
    keys = _KEYS_CACHE.get(word)
    if keys is not None:
        return keys
    found = [word]
    if _DIGITS.match(word):
        found.append("#th" if word[-1].isalpha() else "#")
    elif word in vocab.NUMBER_WORDS:
        found.append("#")
    elif word in vocab.ORDINAL_WORDS:
        found.append("#th")
    for n in _PREFIX_LENGTHS:
        if n > len(word):
            break
        if word[:n] in _PREFIXES:
            found.append(word[:n] + "*")
    keys = tuple(found)
    if len(_KEYS_CACHE) < 50_000:
        _KEYS_CACHE[word] = keys
    return keys


class _Hit:
    __slots__ = ("end", "entry", "start")

    def __init__(self, entry: _Entry, start: int, end: int) -> None:
        self.entry = entry
        self.start = start  # token positions, end exclusive
        self.end = end


def _find(words: list[str]) -> list[_Hit]:
    hits: list[_Hit] = []
    n = len(words)
    keys = [_keys(w) for w in words]
    for i in range(n):
        frontier = [_TRIE]
        j = i
        while frontier and j < n and j - i < _LONGEST:
            nxt = []
            for node in frontier:
                for key in keys[j]:
                    child = node.get(key)
                    if child is not None:
                        nxt.append(child)
                        ends = child.get(None)
                        if ends:
                            for entry in ends:
                                hits.append(_Hit(entry, i, j + 1))
            frontier = nxt
            j += 1
    return hits


# ---------------------------------------------------------------------------------------------
# Cues from the shape of a sentence rather than from one phrase: a worker and what they are
# like ("my sw is always late", "lovely pa"), and something the writer said that was then
# ignored ("i told them i wanted to stay ... they moved me anyway").

_WORKER_ENTRY = _Entry(_INDEX["worker-relationship"], 2.5, "what the worker is like")
_SAID_ENTRY = _Entry(_INDEX["being-heard"], 2.5, "what they said was not acted on")
_WORKER_SPAN = 6  # words after the worker in which a verdict on them counts
_AFTER_SAYING = 14  # words after "i told them" in which being overruled counts


def _shape_hits(words: list[str]) -> list[_Hit]:
    out: list[_Hit] = []
    n = len(words)
    worker_done = said_done = False
    for i, w in enumerate(words):
        if not worker_done and w in vocab.WORKER_NOUNS:
            # "social worker" is two tokens: the noun is its last word.
            if w == "social" or (w == "worker" and i and words[i - 1] in vocab.NOT_MY_WORKER):
                continue
            start = i - 1 if w == "worker" and i and words[i - 1] in vocab.WORKER_KINDS else i
            for j in range(max(0, start - 2), min(n, i + 1 + _WORKER_SPAN)):
                if start <= j <= i:
                    continue
                if words[j] in vocab.WORKER_VERDICTS:
                    out.append(_Hit(_WORKER_ENTRY, min(start, j), max(i, j) + 1))
                    worker_done = True
                    break
        if not said_done and w in vocab.SPEAKERS and i + 1 < n and words[i + 1] in vocab.SAYING:
            for j in range(i + 2, min(n, i + 2 + _AFTER_SAYING)):
                if words[j] in vocab.OVERRULED:
                    out.append(_Hit(_SAID_ENTRY, i, j + 1))
                    said_done = True
                    break
    return out


# ---------------------------------------------------------------------------------------------
# Built-in scoring.


def _praise_factor(words: list[str], hit: _Hit) -> float:
    start = hit.start
    for k in range(max(0, start - _NEGATION_WINDOW), start):
        if words[k] in vocab.NEGATORS:
            # "not bad", "no complaints", "couldnt have done it without" stay positive.
            return 0.0
    for k in range(hit.end, len(words)):
        if words[k] in _CONTRAST:
            return 0.5
    return 1.0


_NO_PRAISE_NEGATION = frozenset({"no complaints", "all good"})


def _evidence(text: str) -> tuple[list[_Tok], dict[int, list[tuple[float, _Hit]]]]:
    toks = _tokens(text)
    words = [t.word for t in toks]
    hits = _find(words)
    hits.extend(_shape_hits(words))
    by_theme: dict[int, list[_Hit]] = {}
    for hit in hits:
        by_theme.setdefault(hit.entry.theme, []).append(hit)
    praise = _INDEX[_PRAISE]
    out: dict[int, list[tuple[float, _Hit]]] = {}
    for theme, theme_hits in by_theme.items():
        # Longest matches first. A hit inside a longer one for the same theme is not counted
        # again: the longer phrase stands for both, with the stronger weight, unless the longer
        # phrase is a deliberately weak reading ("scared of the dentist" is not danger).
        theme_hits.sort(key=lambda h: (h.start - h.end, h.start))
        spans: list[list] = []  # [start, end, weight, hit]
        for hit in theme_hits:
            inside = None
            for span in spans:
                if span[0] <= hit.start and hit.end <= span[1]:
                    inside = span
                    break
            if inside is None:
                spans.append([hit.start, hit.end, hit.entry.weight, hit])
            elif inside[2] > _WEAK_READING and hit.entry.weight > inside[2]:
                inside[2] = hit.entry.weight
        kept: list[tuple[float, _Hit]] = []
        seen: set[str] = set()
        for start, end, weight, hit in spans:
            phrase = " ".join(words[start:end])
            if phrase in seen:
                continue
            seen.add(phrase)
            if theme == praise and phrase not in _NO_PRAISE_NEGATION:
                weight *= _praise_factor(words, hit)
            if weight > 0:
                kept.append((weight, hit))
        if kept:
            kept.sort(key=lambda wh: -wh[0])
            out[theme] = kept
    return toks, out


_WEAK_READING = 0.5  # cue groups of at most this weight only ever lower a longer reading


def _aggregate(kept: list[tuple[float, _Hit]]) -> float:
    total, factor = 0.0, 1.0
    for weight, _ in kept:
        total += weight * factor
        factor *= _DECAY
    return total


def _prior(respondent: str, theme: int) -> float:
    slug = SLUGS[theme]
    table = vocab.PRIORS.get(respondent)
    if table is None:  # unknown respondent group: no prior at all
        return 0.0
    if slug in table:
        return table[slug]
    audience = vocab.THEMES[theme][2]
    return 0.0 if respondent in audience else vocab.OFF_AUDIENCE


def _quote(text: str, toks: list[_Tok], hit: _Hit) -> str:
    return text[toks[hit.start].start : toks[hit.end - 1].end]


def _builtin(
    text: str, respondent: str, with_reasons: bool = True
) -> tuple[list[float], list[list[str]]]:
    """For every theme of the taxonomy (in SLUGS order): its evidence as a logit, and reasons."""
    toks, evidence = _evidence(text)
    plural = _GROUP_NAMES.get(respondent, respondent)
    strength = {theme: _aggregate(kept) for theme, kept in evidence.items()}
    lift = [0.0] * len(SLUGS)
    lifted_by: dict[int, int] = {}
    for theme, value in strength.items():
        for other, share in _RELATED[theme]:
            gain = share * min(value, _RELATED_CAP)
            lift[other] += gain
            if gain > 0 and (other not in lifted_by or strength[lifted_by[other]] < value):
                lifted_by[other] = theme
    logits: list[float] = []
    all_reasons: list[list[str]] = []
    for theme in range(len(SLUGS)):
        prior = _prior(respondent, theme)
        kept = evidence.get(theme)
        reasons: list[str] = []
        if kept:
            raw = prior + strength[theme] + _RELATED_KEEP * lift[theme]
            if with_reasons:
                for _, hit in kept[:3]:
                    reasons.append(f'"{_quote(text, toks, hit)}" — {hit.entry.cue}')
        else:
            raw = prior - 1.0 + lift[theme]
            if with_reasons:
                if theme in lifted_by and lift[theme] >= 0.5:
                    reasons.append(f"often goes with {NAMES[SLUGS[lifted_by[theme]]].lower()}")
                elif prior > 0:
                    reasons.append(f"no words point here; often raised by {plural}")
                else:
                    reasons.append("no words point here")
        logits.append(_CAL_A * raw + _CAL_B)
        all_reasons.append(reasons)
    return logits, all_reasons


_RELATED_CAP = 3.0
_RELATED_KEEP = 0.5  # a theme with its own evidence takes half the lift from its companions
_RELATED: list[tuple[tuple[int, float], ...]] = [
    tuple((_INDEX[o], share) for o, share in vocab.RELATED.get(slug, {}).items()) for slug in SLUGS
]


_GROUP_NAMES = {
    "child": "children",
    "young-person": "young people",
    "care-leaver": "care leavers",
    "carer": "carers",
    "staff": "staff",
}


# ---------------------------------------------------------------------------------------------
# The learned model.
#
# One-vs-rest logistic regression over words, word pairs, word stems and the respondent group,
# fitted by stochastic gradient descent with L2 shrinkage from the moderators' confirmations.
# It is deliberately independent of the built-in knowledge: the two make different mistakes,
# so their blend is better than either (cross-validated on the labelled file). A variant that
# learned corrections on top of the built-in scores did no better than the built-in alone.

_STOP = frozenset(
    vocab.words(
        "a an the and or of to in on at for is was are were be been i im me my we our us you "
        "your it its this that he she him her his they them their with as so just"
    )
)
_MAX_FEATURES = 5000  # most frequent features kept; the rest are pruned
_MIN_WEIGHT = 0.02  # smaller weights are dropped from the stored model
_EPOCHS = 6
_LEARNING_RATE = 1.0
_L2 = 0.001
_MIN_GRADIENT = 0.01  # smaller errors are not worth an update


def _features(text: str, respondent: str) -> list[str]:
    words = [t.word for t in _tokens(text)]
    feats = {"r:" + respondent}
    prev = None
    for w in words:
        if _DIGITS.match(w):
            w = "#"
        if w not in _STOP:
            feats.add(w)
            if len(w) > 5:
                feats.add("s:" + w[:5])
        if prev is not None:
            feats.add(prev + " " + w)
        prev = w
    return list(feats)


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def train(examples: list[tuple[str, str, list[str]]]) -> dict:
    """Fit a model from moderators' confirmations: (text, respondent, confirmed theme slugs).

    Returns plain JSON data: {"version", "kind", "examples", "themes", "counts", "bias",
    "weights"}, where weights maps a feature (a word, two words, a word stem "s:…" or the
    respondent group "r:…") to a flat list [theme index, weight, theme index, weight, ...].
    Themes moderators added in the portal (slugs outside the taxonomy) are learned too.
    """
    themes: list[str] = list(SLUGS)
    index = dict(_INDEX)
    df: dict[str, int] = {}
    parsed: list[tuple[list[str], set[int]]] = []
    for text, respondent, slugs in examples:
        text, respondent = text or "", respondent or ""
        feats = _features(text, respondent)
        labels = set()
        for slug in slugs:
            if slug not in index:
                index[slug] = len(themes)
                themes.append(slug)
            labels.add(index[slug])
        parsed.append((feats, labels))
        for f in feats:
            df[f] = df.get(f, 0) + 1
    n, k = len(parsed), len(themes)
    min_df = 2 if n >= 50 else 1
    keep = [f for f, c in df.items() if c >= min_df]
    keep.sort(key=lambda f: (-df[f], f))
    keep = keep[:_MAX_FEATURES]
    vocab_index = {f: i for i, f in enumerate(keep)}

    counts = [0] * k
    for _, labels in parsed:
        for t in labels:
            counts[t] += 1
    bias = [math.log((c + 0.5) / (n - c + 0.5)) for c in counts]
    weights: list[list[float]] = [[0.0] * k for _ in keep]
    rows = []
    for feats, labels in parsed:
        idx = [vocab_index[f] for f in feats if f in vocab_index]
        rows.append((idx, [1.0 if t in labels else 0.0 for t in range(k)]))

    occurrences = [0] * len(keep)
    for idx, _ in rows:
        for i in idx:
            occurrences[i] += 1
    rng = random.Random(0)  # noqa: S311 - a reproducible shuffle, not a secret
    order = list(range(n))
    for epoch in range(_EPOCHS):
        rng.shuffle(order)
        lr = _LEARNING_RATE / (1.0 + 0.5 * epoch)
        for r in order:
            idx, y = rows[r]
            if idx:
                scale = 1.0 / math.sqrt(len(idx))
                sums = [sum(col) for col in zip(*[weights[i] for i in idx], strict=True)]
                z = [b + scale * sm for b, sm in zip(bias, sums, strict=True)]
            else:
                scale, z = 0.0, bias
            g = [_sigmoid(zt) - yt for zt, yt in zip(z, y, strict=True)]
            # Sparse update: only the themes this example still gets noticeably wrong.
            active = [(t, lr * gt * scale) for t, gt in enumerate(g) if abs(gt) > _MIN_GRADIENT]
            if active:
                for i in idx:
                    row = weights[i]
                    for t, step in active:
                        row[t] -= step
            bias = [b - lr * 0.2 * gt for b, gt in zip(bias, g, strict=True)]
        # L2 shrinkage, once an epoch: as if each occurrence of a feature had shrunk it.
        for i, row in enumerate(weights):
            factor = (1.0 - lr * _L2) ** occurrences[i]
            weights[i] = [w * factor for w in row]

    out_weights: dict[str, list] = {}
    for f, i in vocab_index.items():
        flat: list = []
        for t, w in enumerate(weights[i]):
            if abs(w) >= _MIN_WEIGHT:
                flat.extend((t, round(w, 3)))
        if flat:
            out_weights[f] = flat
    return {
        "version": MODEL_VERSION,
        "kind": "ovr-logistic",
        "examples": n,
        "themes": themes,
        "counts": counts,
        "bias": [round(b, 4) for b in bias],
        "weights": out_weights,
    }


def _learned(model: dict, text: str, respondent: str) -> dict[str, tuple[float, list[str]]]:
    """slug -> (learned probability, the words that pushed it up most)."""
    themes = model.get("themes") or []
    bias = model.get("bias") or [0.0] * len(themes)
    weights = model.get("weights") or {}
    z = list(bias)
    present = [f for f in _features(text, respondent) if f in weights]
    pushed: dict[int, list[tuple[float, str]]] = {}
    if present:
        scale = 1.0 / math.sqrt(len(present))
        for f in present:
            flat = weights[f]
            for j in range(0, len(flat), 2):
                t, w = flat[j], flat[j + 1] * scale
                z[t] += w
                if w > 0.15 and not f.startswith("r:"):
                    pushed.setdefault(t, []).append((w, f))
    out: dict[str, tuple[float, list[str]]] = {}
    for t, slug in enumerate(themes):
        words = [f for _, f in sorted(pushed.get(t, ()), reverse=True)][:3]
        out[slug] = (_sigmoid(z[t]), [w[2:] + "…" if w.startswith("s:") else w for w in words])
    return out


def learned_ranking(model: dict, text: str, respondent: str) -> list[str]:
    """The learned model's own ranking of themes for a text (for cross-validation)."""
    scores = _learned(model, text or "", respondent or "")
    return sorted(scores, key=lambda slug: (-scores[slug][0], _INDEX.get(slug, len(SLUGS)), slug))


def blend_weight(examples: int) -> float:
    """How much say the learned model has after this many confirmations (0..1)."""
    return BLEND_MAX * examples / (examples + BLEND_K) if examples > 0 else 0.0


def _base_scores(
    text: str, respondent: str, limit: int = len(SLUGS)
) -> tuple[list[float], list[list[str]]]:
    """Built-in knowledge: the rules' evidence, corrected by the built-in learned layer.

    The rules' reasons come first; where the learned layer lifts a theme noticeably above the
    rules' own score, it says which words of the text it learned to read that way.
    """
    logits, reasons = _builtin(text, respondent)
    stored = themes_model.MODEL
    if stored is None:
        return [_sigmoid(z) for z in logits], reasons
    probs, feats = themes_model.probabilities(stored, text, respondent, logits)
    n = stored.get("examples", 0)
    shown_themes = sorted(range(len(probs)), key=lambda t: -probs[t])[:limit]
    for t in shown_themes:
        if probs[t] - _sigmoid(logits[t]) >= themes_model.REASON_MIN_LIFT:
            shown = text_features.reason_words(stored, feats, t, text)
            line = f"learned from {n} labelled examples"
            if shown:
                line += ": words " + ", ".join(f"'{x}'" for x in shown)
            reasons[t] = [r for r in reasons[t] if not r.startswith("no words point")] + [line]
    return probs, reasons


def suggest(
    text: str, respondent: str, model: dict | None = None, limit: int = 5
) -> list[ThemeSuggestion]:
    """The `limit` most likely themes for a text, best first, each with its reasons.

    With a model from train(), the built-in score and the learned probability are blended:
    score = (1 - w) * built-in + w * learned, w = BLEND_MAX * n / (n + BLEND_K) for n
    confirmations: with a few confirmations the built-in knowledge decides almost alone.
    """
    text, respondent = text or "", respondent or ""
    base, reasons = _base_scores(text, respondent, limit if not model else len(SLUGS))
    n = int(model.get("examples", 0)) if model else 0
    w = blend_weight(n)
    scored: list[tuple[float, int, str, tuple[str, ...]]] = []
    if w <= 0.0:
        for t, slug in enumerate(SLUGS):
            scored.append((base[t], t, slug, tuple(reasons[t])))
    else:
        learned = _learned(model, text, respondent)
        # By slug, not position: a model trained under an older taxonomy still lines up.
        every = list(SLUGS) + [slug for slug in learned if slug not in _INDEX]
        for order, slug in enumerate(every):
            t = _INDEX.get(slug)
            built = base[t] if t is not None else 0.0
            why = list(reasons[t]) if t is not None else []
            l_score, l_words = learned.get(slug, (built, []))
            if (w * l_score >= 0.05 and l_score > built) or t is None:
                line = f"learned from {n} moderator confirmations"
                if l_words:
                    line += " (" + ", ".join(f'"{x}"' for x in l_words) + ")"
                why.append(line)
            scored.append(((1.0 - w) * built + w * l_score, order, slug, tuple(why)))
    scored.sort(key=lambda x: (-x[0], x[1]))
    return [ThemeSuggestion(slug, round(score, 4), why) for score, _, slug, why in scored[:limit]]


def explain(text: str, respondent: str) -> Iterable[str]:
    """Every cue the built-in knowledge found, one line each (for --explain)."""
    toks, evidence = _evidence(text)
    for theme, kept in sorted(evidence.items()):
        for weight, hit in kept:
            yield f'{SLUGS[theme]}: "{_quote(text, toks, hit)}" — {hit.entry.cue} ({weight:+.1f})'
