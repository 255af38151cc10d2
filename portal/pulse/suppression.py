"""Small-number suppression for pulse results: the one place that decides what may be shown.

Plain Python: no Flask, no database. A results page builds the groups it would like to show
(each team, service, agency, "all", and employment type within each of those), maps every
group's key to the ids of the responses in it, and asks `visible_groups` (or `suppress`) which
of them may carry a number. Everything else shows no value, no n, and one reason.

The rules (what `visible_groups` guarantees for every output)
------------------------------------------------------------
Let t be the round's threshold (never below `MIN_THRESHOLD`) and V the visible groups.

1. Every group in V has at least t responses.
2. Nested pairs: if B is a strict subset of A, both in V, then |A - B| >= t. Otherwise
   "service minus team" would give the figures of the few people left over.
3. Parent minus children: for A in V and any B1..Bk in V that are pairwise disjoint strict
   subsets of A, |A - (B1 ∪ … ∪ Bk)| is 0 or at least t ("agency minus its visible teams",
   "all staff minus permanent minus agency"). Rule 2 is the case k = 1.
4. Overlapping pairs: if A and B in V overlap and neither contains the other, then |A - B| and
   |B - A| are each at least t. (Both are non-empty when neither contains the other.)

Why rule 4 is kept, and why it is sound
---------------------------------------
From the figures of A and B alone a reader learns sum(A - B) - sum(B - A), not either part.
That alone leaks only when both parts are tiny (A and B differ by one person each: "x - y",
and person y, who knows their own answer, learns x). The stronger rule (each part at least t)
is needed because the overlap A ∩ B can be worked out from figures rules 1-3 allow. Example:
team T has 8 agency and 2 permanent staff; "agency staff in T" (8) is hidden by rule 2
(T - 8 = 2). But "agency staff in the service" minus the visible agency groups of the other
teams is those same 8 people, a remainder rule 3 allows (8 >= t), and T minus it gives the 2
permanent staff. Rule 2 cannot see this (the remainder is not a visible group); rule 4 does,
because T - "agency staff in the service" is exactly those 2. In the structures a results
page builds, every partial overlap is of this kind (a team against an employment group of its
service, agency or of everyone), so the rule is needed, not just prudent.
It is sound: it only removes figures, and since every rule reads "for all visible ...",
hiding a group never creates a new violation. Its cost is paid by the cross-cutting group,
not the teams (see c. below): a service's "permanent staff" figure disappears when most of a
team's staff are permanent but a few are not. That is the right way round here.

What the rules do not promise: they look at pairs and at one parent with a disjoint family of
its subsets. They do not audit every linear combination of every figure (that is a linear
programming "audit" problem statistics offices run offline); the structures a results page
builds (a hierarchy crossed with employment type) are covered by rules 1-4.

How groups are chosen for suppression (complementary suppression)
-----------------------------------------------------------------
Deterministic for a given input (ties go by the order of the keys in `groups`), and it
prefers to hide the smaller group:

a. Groups with fewer than t responses are hidden (primary suppression). Groups with exactly
   the same responses are treated as one (their figures are identical, nothing to subtract).
b. Nested pairs breaking rule 2: the subset (the smaller) is hidden, working top-down.
c. Overlapping pairs breaking rule 4: greedily, the group in the most such pairs is hidden
   first, then the smaller. A service's "permanent staff" group that clashes with five of its
   teams is hidden once, rather than hiding the five teams (fewest figures lost).
d. Rule 3, for each visible parent from the smallest up: while some disjoint family of its
   visible subsets leaves 1..t-1 responses over, the smallest group of that family is hidden.

For the brief's example, teams of 6, 7 and 2 in a service of 15: the team of 2 is hidden
(a.), and then service - 6 - 7 = 2, so the team of 6 is hidden too (d.), leaving the service
(15) and the team of 7. We hide a child rather than the parent on purpose: hiding the service
would only move the same subtraction up a level (agency minus its other services minus the
two teams is again those 2 people), and the service total is the figure the board needs.
Teams of 6, 7 and 8 in a service of 21 all stay visible: nothing needs hiding.

Finding a bad family (rule 3) is a covering problem. We compute, for the visible subsets of a
parent, which leftovers 0..t-1 (or "t or more") a disjoint family can achieve: split the groups
into connected components (their leftovers add up), take a group that covers its whole
component as "chosen, or look inside it" (that is the hierarchy: team ⊂ service ⊂ agency), and
otherwise branch on the group crossing most others (chosen, or not). Results are cached by the exact set of
groups, so a service computed inside its agency is reused for the service itself. Groups are
big integers used as bit sets, so "disjoint" and "how many" are single C operations. For a
structure so tangled that the search grows past `_SEARCH_LIMIT` steps, the parent itself is
hidden: always safe, just conservative.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Collection, Hashable, Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations
from typing import TypeVar

MIN_THRESHOLD = 3  # a pulse's threshold is never below this
DEFAULT_THRESHOLD = 5

K = TypeVar("K", bound=Hashable)

# Steps of the rule-3 search for one parent before we give up and hide the parent instead.
_SEARCH_LIMIT = 20_000


def check_threshold(value: int) -> int:
    """Return `value` if it is an allowed anonymity threshold; raise ValueError if not."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("The anonymity threshold must be a whole number.")
    if value < MIN_THRESHOLD:
        raise ValueError(
            f"The anonymity threshold must be at least {MIN_THRESHOLD}: "
            f"results are never shown for fewer than {MIN_THRESHOLD} people."
        )
    return value


def suppressed_reason(threshold: int) -> str:
    """The one reason given for every hidden figure.

    The same words for groups that are too small and for groups hidden to protect another
    one, so the reason itself never tells which groups are the small ones.
    """
    return f"fewer than {threshold} responses, or it could reveal a smaller group"


@dataclass(frozen=True)
class Cell:
    """One number a page wants to show."""

    value: float | None  # None when suppressed
    n: int | None  # None when suppressed
    suppressed: bool
    reason: str  # for screen readers and a hover hint


def visible_groups(groups: Mapping[K, Collection[Hashable]], threshold: int) -> set[K]:
    """Keys of the groups whose figures may be shown.

    `groups` maps a group's key (e.g. a team, a service, an agency, 'agency staff in service
    X', 'all') to the ids of the responses in it. Duplicate ids within a group count once.
    """
    threshold = check_threshold(threshold)
    return _Solver(groups, threshold).solve()


def suppress(
    groups: Mapping[K, Collection[Hashable]], threshold: int, values: Mapping[K, float]
) -> dict[K, Cell]:
    """A cell for every group: its value and n if it may be shown, nothing if not.

    A visible group with no entry in `values` (nobody answered that question) keeps its n and
    has value None. Values for keys that are not in `groups` are ignored: nothing is shown
    that has not been checked.
    """
    threshold = check_threshold(threshold)
    visible = visible_groups(groups, threshold)
    hidden = Cell(value=None, n=None, suppressed=True, reason=suppressed_reason(threshold))
    cells: dict[K, Cell] = {}
    for key, members in groups.items():
        if key not in visible:
            cells[key] = hidden
            continue
        value = values.get(key)
        cells[key] = Cell(
            value=value,
            n=len(set(members)),
            suppressed=False,
            reason="" if value is not None else "no answers to this question",
        )
    return cells


# --- The solver -----------------------------------------------------------------------------

# A family found by the search, kept as a tree so joining two is O(1):
# None (no groups), an int (one unit), or a pair of families.
_Family = None | int | tuple


def _flatten(family: _Family) -> list[int]:
    out: list[int] = []
    stack = [family]
    while stack:
        item = stack.pop()
        if item is None:
            continue
        if isinstance(item, int):
            out.append(item)
        else:
            stack.extend(item)
    return out


class _TooComplex(Exception):
    pass


class _Solver:
    """Groups with the same members are one "unit"; units are numbered in input order."""

    def __init__(self, groups: Mapping[K, Collection[Hashable]], threshold: int) -> None:
        self.t = threshold
        self.keys_of_unit: list[list] = []
        index: dict[Hashable, int] = {}
        members_of_unit: list[frozenset[int]] = []
        unit_of_members: dict[frozenset[int], int] = {}
        for key, members in groups.items():
            ids = frozenset(index.setdefault(m, len(index)) for m in members)
            unit = unit_of_members.get(ids)
            if unit is None:
                unit = unit_of_members[ids] = len(members_of_unit)
                members_of_unit.append(ids)
                self.keys_of_unit.append([])
            self.keys_of_unit[unit].append(key)

        n_units = len(members_of_unit)
        self.size = [len(m) for m in members_of_unit]
        self.mask = [_bits(m, len(index)) for m in members_of_unit]
        self.visible = [s >= threshold for s in self.size]

        # Atoms: responses with the same set of (possibly visible) units, with their counts.
        # Only units that can be visible matter from here on.
        units_of_response: list[list[int]] = [[] for _ in range(len(index))]
        for unit, members in enumerate(members_of_unit):
            if self.visible[unit]:
                for i in members:
                    units_of_response[i].append(unit)
        atom_weight: dict[tuple[int, ...], int] = {}
        for units in units_of_response:
            if units:
                key = tuple(units)
                atom_weight[key] = atom_weight.get(key, 0) + 1
        atoms_of_unit: list[list[int]] = [[] for _ in range(n_units)]
        overlap: dict[tuple[int, int], int] = defaultdict(int)
        for atom, (units, weight) in enumerate(atom_weight.items()):
            for a in units:
                atoms_of_unit[a].append(atom)
            for pair in combinations(units, 2):
                overlap[pair] += weight
        self.atom_mask = [_bits(atoms, len(atom_weight)) for atoms in atoms_of_unit]

        # Nested pairs (parent, child) and partially overlapping pairs, with their sizes.
        self.subsets: list[list[int]] = [[] for _ in range(n_units)]
        self.nested: list[tuple[int, int]] = []
        self.crossing: list[tuple[int, int, int]] = []
        self.crosses: list[set[int]] = [set() for _ in range(n_units)]
        for (a, b), common in overlap.items():
            if common == self.size[b]:
                self.subsets[a].append(b)
                self.nested.append((a, b))
            elif common == self.size[a]:
                self.subsets[b].append(a)
                self.nested.append((b, a))
            else:
                self.crossing.append((a, b, common))
                self.crosses[a].add(b)
                self.crosses[b].add(a)
        for subsets in self.subsets:
            subsets.sort()

        self.memo: dict[frozenset[int], tuple[int, dict[int, _Family]]] = {}
        self.steps = 0

    # -- the phases ---------------------------------------------------------------------

    def solve(self) -> set:
        t, size, visible = self.t, self.size, self.visible

        # Rule 2, top-down: hide the child of a nested pair whose difference is small.
        for parent, child in sorted(
            self.nested, key=lambda p: (-size[p[0]], p[0], size[p[1]], p[1])
        ):
            if visible[parent] and visible[child] and size[parent] - size[child] < t:
                visible[child] = False

        # Rule 4: each overlapping pair that differs by a few people needs one side hidden.
        # Hide the group in the most such pairs first (the fewest hidden), then the smaller.
        pairs = [
            (a, b)
            for a, b, common in self.crossing
            if visible[a] and visible[b] and min(size[a], size[b]) - common < t
        ]
        self._cover_pairs(pairs)

        # Rule 3, parents from the smallest up.
        parents = [u for u in range(len(size)) if visible[u] and len(self.subsets[u]) >= 2]
        for parent in sorted(parents, key=lambda u: (size[u], u)):
            self._settle(parent)

        return {key for unit, keys in enumerate(self.keys_of_unit) if visible[unit] for key in keys}

    def _cover_pairs(self, pairs: list[tuple[int, int]]) -> None:
        """Hide groups until every pair has one hidden: greedily the group in most pairs,
        then the smaller, then the one given later in the input."""
        partners: dict[int, set[int]] = defaultdict(set)
        for a, b in pairs:
            partners[a].add(b)
            partners[b].add(a)
        heap = [(-len(p), self.size[u], -u) for u, p in partners.items()]
        heapq.heapify(heap)
        while heap:
            count, _, minus_u = heapq.heappop(heap)
            u = -minus_u
            if len(partners[u]) != -count:  # stale: re-queue with its current count
                if partners[u]:
                    heapq.heappush(heap, (-len(partners[u]), self.size[u], minus_u))
                continue
            self.visible[u] = False
            for other in partners.pop(u):
                partners[other].discard(u)

    def _settle(self, parent: int) -> None:
        """Hide children of `parent` until no disjoint family of them leaves 1..t-1 over."""
        t, size, visible = self.t, self.size, self.visible
        while visible[parent]:
            children = frozenset(c for c in self.subsets[parent] if visible[c])
            if len(children) < 2:
                return
            self.steps = 0
            try:
                covered, leftovers = self._cover(children)
            except _TooComplex:
                visible[parent] = False
                return
            outside = size[parent] - covered
            bad = next(
                (fam for left, fam in leftovers.items() if 0 < min(left + outside, t) < t),
                None,
            )
            if bad is None:
                return
            family = _flatten(bad)
            visible[min(family, key=lambda u: (size[u], -u))] = False

    # -- the rule-3 search ----------------------------------------------------------------

    def _cover(self, units: frozenset[int]) -> tuple[int, dict[int, _Family]]:
        """How many responses `units` cover, and for each achievable leftover (capped at t),
        a disjoint family of `units` that leaves that many of them uncovered."""
        cached = self.memo.get(units)
        if cached is not None:
            return cached
        self.steps += 1
        if self.steps > _SEARCH_LIMIT:
            raise _TooComplex
        covered = 0
        result: dict[int, _Family] = {0: None}
        for component in self._components(units):
            part_covered, part = self._cover_connected(component)
            covered += part_covered
            result = _add(result, part, self.t)
        self.memo[units] = (covered, result)
        return covered, result

    def _components(self, units: frozenset[int]) -> list[list[int]]:
        """Split units into groups that share no response, biggest units first, so a
        hierarchy's parents open the components and their insides join them."""
        atoms, size = self.atom_mask, self.size
        components: list[list] = []  # [atom bit set, units]
        for u in sorted(units, key=lambda u: (-size[u], u)):
            mask = atoms[u]
            touching = [c for c in components if c[0] & mask]
            if not touching:
                components.append([mask, [u]])
            elif len(touching) == 1:
                touching[0][0] |= mask
                touching[0][1].append(u)
            else:
                merged = [mask, [u]]
                for c in touching:
                    merged[0] |= c[0]
                    merged[1].extend(c[1])
                components = [c for c in components if not c[0] & mask]
                components.append(merged)
        return sorted((sorted(c[1]) for c in components), key=lambda c: c[0])

    def _cover_connected(self, component: list[int]) -> tuple[int, dict[int, _Family]]:
        t, size, mask = self.t, self.size, self.mask
        if len(component) == 1:
            (only,) = component
            return size[only], {0: only, min(size[only], t): None}
        union = 0
        for u in component:
            union |= mask[u]
        total = union.bit_count()
        units = frozenset(component)
        top = next((u for u in component if size[u] == total), None)
        if top is not None:
            # The hierarchy case: either the whole group, or whatever its insides allow.
            inner_covered, inner = self._cover(units - {top})
            result = _shift(inner, total - inner_covered, t)
            result[0] = top
            return total, result
        # Otherwise branch on the group that cuts across most others (an employment-type group
        # across teams): once it is decided either way, the rest falls apart into hierarchies.
        pick = max(component, key=lambda u: (len(self.crosses[u] & units), size[u], -u))
        rest = units - {pick}
        without_covered, without = self._cover(rest)
        result = _shift(without, total - without_covered, t)
        apart = frozenset(u for u in rest if not mask[u] & mask[pick])
        apart_covered, with_pick = self._cover(apart)
        for left, family in _shift(with_pick, total - size[pick] - apart_covered, t).items():
            result.setdefault(left, (pick, family))
        return total, result


def _bits(members: Iterable[int], width: int) -> int:
    """The members as a bit set (an int), built in C rather than bit by bit."""
    raw = bytearray((width + 7) // 8)
    for i in members:
        raw[i >> 3] |= 1 << (i & 7)
    return int.from_bytes(raw, "little")


def _shift(leftovers: dict[int, _Family], extra: int, t: int) -> dict[int, _Family]:
    out: dict[int, _Family] = {}
    for left, family in leftovers.items():
        out.setdefault(min(left + extra, t), family)
    return out


def _add(a: dict[int, _Family], b: dict[int, _Family], t: int) -> dict[int, _Family]:
    """Leftovers of two independent parts: every sum, capped at t."""
    out: dict[int, _Family] = {}
    for left_a, fam_a in a.items():
        for left_b, fam_b in b.items():
            out.setdefault(min(left_a + left_b, t), (fam_a, fam_b))
    return out
