"""Small-number suppression: hand-worked cases, then properties over random team structures.

The properties are checked by brute force over the output of `visible_groups`, never by
asking the module under test: pairs are compared directly, and "a parent minus a disjoint
family of its visible children" is searched exhaustively (see `_small_remainder`).
"""

from __future__ import annotations

import random
from collections import defaultdict
from functools import cache
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from portal.pulse.suppression import (
    DEFAULT_THRESHOLD,
    MIN_THRESHOLD,
    Cell,
    check_threshold,
    suppress,
    visible_groups,
)

EMPLOYMENT = ("permanent", "agency", "other", None)  # None: the optional question not answered


# --- helpers ---------------------------------------------------------------------------------


def _service(**teams: int) -> dict[str, list[int]]:
    """Teams of the given sizes and their service 'S', with distinct response ids."""
    groups: dict[str, list[int]] = {}
    next_id = 0
    for name, size in teams.items():
        groups[name] = list(range(next_id, next_id + size))
        next_id += size
    groups["S"] = list(range(next_id))
    return groups


def _build(agencies: list[list[list[list[str | None]]]]) -> dict[tuple, set[int]]:
    """The groups a results page shows: each team, service, agency and 'all', and each
    employment type within each of those. `agencies[a][s][t]` lists the employment type
    of each response in team t of service s of agency a."""
    groups: dict[tuple, set[int]] = defaultdict(set)
    response = 0
    for a, services in enumerate(agencies):
        for s, teams in enumerate(services):
            for t, people in enumerate(teams):
                nodes = [("all",), ("agency", a), ("service", a, s), ("team", a, s, t)]
                for node in nodes:
                    groups[node]  # every node is a group, even an empty one
                    for employment in ("permanent", "agency", "other"):
                        groups[(*node, employment)]
                for employment in people:
                    for node in nodes:
                        groups[node].add(response)
                        if employment is not None:
                            groups[(*node, employment)].add(response)
                    response += 1
    return dict(groups)


def _small_remainder(parent: set, children: list[set], threshold: int) -> bool:
    """Is there a family of pairwise disjoint `children` (each a strict subset of `parent`)
    that leaves between 1 and threshold - 1 members of `parent` uncovered?

    Exhaustive: walk the parent's members in order; each one not yet covered is either left
    over, or covered by a child that starts there (its lowest member). Every disjoint family
    is reached exactly this way. Remembered by (position, what is covered ahead, left over).
    """
    members = sorted(parent)
    position = {m: i for i, m in enumerate(members)}
    starting_at: dict[int, list[int]] = defaultdict(list)
    for child in children:
        bits = 0
        for m in child:
            bits |= 1 << position[m]
        starting_at[min(position[m] for m in child)].append(bits)

    @cache
    def search(i: int, ahead: int, left: int) -> bool:
        # `ahead`: covered members from position i on (bit 0 is member i).
        if left >= threshold:
            return False
        if i == len(members):
            return left > 0
        if ahead & 1:
            return search(i + 1, ahead >> 1, left)
        if search(i + 1, ahead >> 1, left + 1):
            return True
        for bits in starting_at[i]:
            shifted = bits >> i
            if not shifted & ahead and search(i + 1, (ahead | shifted) >> 1, left):
                return True
        return False

    return search(0, 0, 0)


def _assert_rules(groups: dict, threshold: int, visible: set) -> None:
    """Rules 1-4 of the module docstring, by brute force over the visible groups."""
    assert visible <= set(groups)
    shown = {key: set(groups[key]) for key in visible}
    # 1. every visible group has at least `threshold` members
    for key, members in shown.items():
        assert len(members) >= threshold, (key, len(members))
    for (ka, a), (kb, b) in combinations(shown.items(), 2):
        if not a & b or a == b:
            continue
        if b < a or a < b:
            # 2. subtracting one visible group from another never leaves a small group
            big, small = (a, b) if b < a else (b, a)
            assert len(big - small) >= threshold, (ka, kb)
        else:
            # 4. overlapping groups: neither difference isolates a few people
            assert len(a - b) >= threshold, (ka, kb, len(a - b))
            assert len(b - a) >= threshold, (kb, ka, len(b - a))
    # 3. a parent minus any disjoint family of its visible children: 0 or >= threshold
    for key, parent in shown.items():
        children = list({frozenset(c) for c in shown.values() if c < parent})
        assert not _small_remainder(parent, children, threshold), key


# --- hand-worked examples --------------------------------------------------------------------


def test_three_teams_and_their_service_all_stay_visible():
    groups = _service(T1=6, T2=7, T3=8)
    assert visible_groups(groups, 5) == {"T1", "T2", "T3", "S"}


def test_a_team_of_two_is_hidden_and_so_is_one_more_team():
    # S (15) - T1 (6) - T2 (7) would be the team of 2. The smaller other team goes too;
    # the service stays: hiding it would only move the same subtraction up a level.
    groups = _service(T1=6, T2=7, T3=2)
    assert visible_groups(groups, 5) == {"S", "T2"}


def test_a_team_that_is_almost_the_whole_service_is_hidden():
    # Service 12 minus team 9 would show the other 3 people.
    groups = _service(T1=9, T2=3)
    assert visible_groups(groups, 5) == {"S"}


def test_all_staff_minus_permanent_minus_agency():
    # 12 permanent, 6 agency, 2 other: all - permanent - agency is the 2 "other".
    everyone = list(range(20))
    groups = {
        "all": everyone,
        "permanent": everyone[:12],
        "agency": everyone[12:18],
        "other": everyone[18:],
    }
    assert visible_groups(groups, 5) == {"all", "permanent"}


def test_overlapping_groups_that_differ_by_a_few_people():
    # Team T: 8 agency and 2 permanent staff. "Agency staff in the service" is the 8 of T and
    # 6 agency staff in team U. T minus that group is T's 2 permanent staff.
    t_agency, t_permanent, u_agency = range(8), range(8, 10), range(10, 16)
    groups = {
        "T": [*t_agency, *t_permanent],
        "U": list(u_agency),
        "agency staff": [*t_agency, *u_agency],
    }
    assert visible_groups(groups, 5) == {"agency staff", "U"}


def test_the_cross_cutting_group_goes_rather_than_several_teams():
    # Each team has 2 agency staff; "permanent in the service" clashes with all three teams
    # (team minus it = 2 people). Hiding that one group keeps the three team figures.
    groups: dict[str, list[int]] = {"S": [], "S permanent": []}
    for n, team in enumerate(("T1", "T2", "T3")):
        people = list(range(10 * n, 10 * n + 10))
        groups[team] = people
        groups["S"] += people
        groups["S permanent"] += people[:8]
    assert visible_groups(groups, 5) == {"S", "T1", "T2", "T3"}


def test_identical_groups_share_one_fate():
    # A team whose staff are all permanent: "team" and "permanent in team" are the same people.
    groups = {"team": [1, 2, 3, 4, 5, 6], "team permanent": [6, 5, 4, 3, 2, 1]}
    assert visible_groups(groups, 5) == {"team", "team permanent"}
    assert visible_groups(groups, 7) == set()


def test_duplicate_ids_count_once_and_empty_groups_are_hidden():
    groups = {"a": [1, 1, 2, 2, 3, 3], "b": [], "c": "wxyz"}
    assert visible_groups(groups, 4) == {"c"}
    assert visible_groups(groups, 3) == {"a", "c"}


def test_the_threshold_is_exact():
    groups = _service(T1=5, T2=5)
    assert visible_groups(groups, 5) == {"T1", "T2", "S"}
    assert visible_groups(groups, 6) == {"S"}


def test_the_same_input_gives_the_same_answer_in_any_member_order():
    rng = random.Random(7)
    groups = _build(
        [[[rng.choices(EMPLOYMENT, k=rng.randint(0, 15)) for _ in range(4)] for _ in range(3)]]
    )
    first = visible_groups(groups, 5)
    shuffled = {}
    for key, members in groups.items():
        members = list(members)
        rng.shuffle(members)
        shuffled[key] = members
    assert visible_groups(shuffled, 5) == first
    _assert_rules(groups, 5, first)


# --- thresholds and cells --------------------------------------------------------------------


def test_thresholds():
    assert (MIN_THRESHOLD, DEFAULT_THRESHOLD) == (3, 5)
    assert check_threshold(3) == 3
    assert check_threshold(DEFAULT_THRESHOLD) == 5
    for bad in (2, 0, -5):
        with pytest.raises(ValueError, match="at least 3"):
            check_threshold(bad)
    for bad in (4.5, "5", None, True):
        with pytest.raises(ValueError, match="whole number"):
            check_threshold(bad)
    with pytest.raises(ValueError):
        visible_groups({"a": range(10)}, 2)
    with pytest.raises(ValueError):
        suppress({"a": range(10)}, 2, {"a": 1.0})


def test_suppress_gives_hidden_groups_no_value_and_no_n():
    groups = _service(T1=6, T2=7, T3=2)
    values = {"T1": 3.5, "T2": 4.0, "T3": 1.0, "S": 3.6, "stray": 9.9}
    cells = suppress(groups, 5, values)
    assert set(cells) == {"T1", "T2", "T3", "S"}
    assert cells["S"] == Cell(value=3.6, n=15, suppressed=False, reason="")
    assert cells["T2"] == Cell(value=4.0, n=7, suppressed=False, reason="")
    for key in ("T1", "T3"):
        cell = cells[key]
        assert cell.suppressed
        assert cell.value is None and cell.n is None
        assert "fewer than 5 responses" in cell.reason
    # The too-small team and the complementary one read the same: the reason gives nothing away.
    assert cells["T1"] == cells["T3"]


def test_suppress_with_no_value_for_a_visible_group():
    cells = suppress({"team": range(6)}, 5, {})
    assert cells["team"] == Cell(value=None, n=6, suppressed=False, reason=cells["team"].reason)
    assert cells["team"].reason


# --- properties over random structures -------------------------------------------------------

teams = st.lists(st.sampled_from(EMPLOYMENT), min_size=0, max_size=15)
structures = st.lists(  # agencies → services → teams → employment type of each response
    st.lists(st.lists(teams, min_size=1, max_size=3), min_size=1, max_size=3),
    min_size=1,
    max_size=2,
)
thresholds = st.integers(min_value=MIN_THRESHOLD, max_value=7)


@settings(max_examples=150, deadline=None)
@given(structures, thresholds)
def test_rules_hold_for_random_team_structures(agencies, threshold):
    groups = _build(agencies)
    visible = visible_groups(groups, threshold)
    _assert_rules(groups, threshold, visible)
    # Deterministic, and `suppress` agrees with it.
    assert visible_groups(groups, threshold) == visible
    cells = suppress(groups, threshold, dict.fromkeys(groups, 1.0))
    for key, cell in cells.items():
        if key in visible:
            assert (cell.value, cell.n, cell.suppressed) == (1.0, len(groups[key]), False)
        else:
            assert (cell.value, cell.n, cell.suppressed) == (None, None, True)


@settings(max_examples=150, deadline=None)
@given(structures, thresholds)
def test_a_big_enough_group_is_only_hidden_beside_a_visible_one(agencies, threshold):
    # Not more than needed, in its weakest form: a group of at least the threshold that shares
    # nobody with any visible group could have been shown, so it must not be hidden.
    groups = _build(agencies)
    visible = visible_groups(groups, threshold)
    for key, members in groups.items():
        if len(members) < threshold or key in visible:
            continue
        others = [set(groups[k]) for k in visible if k != key]
        assert any(set(members) & other for other in others), key


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sets(st.integers(0, 30), max_size=20), min_size=1, max_size=10),
    thresholds,
)
def test_rules_hold_for_arbitrary_overlapping_groups(sets, threshold):
    groups = {f"g{i}": members for i, members in enumerate(sets)}
    _assert_rules(groups, threshold, visible_groups(groups, threshold))
