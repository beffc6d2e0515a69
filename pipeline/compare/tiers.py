"""Two tiers of one metric compared (确保45亿元、力争50亿元 → 52亿元; see `pipeline/tiers.py`): a floor pairs a floor
or a single figure, a stretch a stretch, and a stretch left over goes with what its floor paired with, so no tier
is reported added or removed while its metric stays. An expected figure before a stretch ("增长6%左右、力争6.5%")
is that stretch's first tier as a floor is."""

from __future__ import annotations

from jihua.schemas import plan

_FIRST_TIERS = ("floor", "expected")  # what a stretch goes with (确保, or no tier word)


def tier_bound(t: plan.Target) -> str:
    """The comparator a comparison reads: a floor tier is at least its figure because it is a floor
    ("确保完成45亿元"), which a single figure of the next year ("52亿元") asks as much as."""
    return "=" if t.tier == "floor" and t.comparator == ">=" else t.comparator


def _floor_of(targets: list[plan.Target], k: int) -> int | None:
    """The floor a stretch tier goes with: the target before it in its sentence, of its metric, tiered floor (or
    expected)."""
    t = targets[k]
    return next((j for j in range(k - 1, max(-1, k - 4), -1) if targets[j].tier in _FIRST_TIERS
                 and targets[j].sentence == t.sentence and targets[j].metric == t.metric), None)


def second_tiers(a: list[plan.Target], b: list[plan.Target],
                  pairs: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """A stretch tier left unpaired pairs with the single figure its floor paired with ("确保45亿元、力争50亿元"
    → "52亿元": both tiers changed into one figure), so a tier is never reported added or removed."""
    by_old = {x: (y, score) for x, y, score in pairs}
    by_new = {y: (x, score) for x, y, score in pairs}
    out = []
    for x in range(len(a)):
        floor = _floor_of(a, x) if a[x].tier == "stretch" and x not in by_old else None
        if floor in by_old and b[by_old[floor][0]].tier is None:
            out.append((x, *by_old[floor]))
    for y in range(len(b)):
        floor = _floor_of(b, y) if b[y].tier == "stretch" and y not in by_new else None
        if floor in by_new and a[by_new[floor][0]].tier is None:
            out.append((by_new[floor][0], y, by_new[floor][1]))
    return out
