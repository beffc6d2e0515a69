"""Two tiers on one metric: "规上工业产值确保完成45亿元、力争50亿元" guarantees 45 (the floor, 保底) and strives
for 50 (the stretch, 冲刺). Both figures are targets of the one metric the first names; the second figure's
clause is the whole "确保…、力争…" (it says nothing without the first), and a floor guaranteed is a minimum.
A comparison then pairs floor with floor, stretch with stretch, or both with a single figure of that metric.
A figure with no tier word before a stretch of its own metric ("地区生产总值增长6%左右、力争达到6.5%") is the
expected figure (预期): the first tier, as a floor is, but no minimum.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Protocol

from jihua.pipeline.rules import targets as R

_PART = re.compile(r"[，,、；;：:。]")


class Tiered(Protocol):
    """What the target reader knows of a figure (targets.Found): its clause and where its number starts."""

    clause: str
    start: int
    value_text: str
    metric: str
    base_unit: str
    comparator: str
    low: float | int | None
    tier: str | None


def _end(f: Tiered) -> int:
    return f.start + len(f.value_text)


def _first_tier(sentence: str, a: Tiered, b: Tiered) -> str | None:
    """The tier of the figure before a stretch: the tier word in its own part ("…确保完成45亿元" a floor); with none, the
    expected figure when the stretch measures what it does ("增长6%左右、力争达到6.5%"; in "A、B分别增长6%、力争7%" each
    figure has its own metric). A stretch before a stretch is no pair: the floor comes first, as reports write it
    (a comparison looks for it before its stretch)."""
    word = R.TIER_WORD.search(_PART.split(sentence[: a.start])[-1])
    if word is not None:
        return "floor" if word.lastgroup == "floor" else None
    return "expected" if a.metric and a.metric == b.metric else None


def mark_tiers(sentence: str, found: Sequence[Tiered]) -> None:
    """Mark consecutive figures of one sentence that are the two tiers of one metric (in place): the first
    names its tier in its own part ("…确保完成45亿元") or none, the second only its tier word and verb ("、力争50亿元")."""
    for a, b in itertools.pairwise(found):
        if a.tier or b.tier or a.low is not None or b.low is not None or a.base_unit != b.base_unit:
            continue
        gap = R.TIER_GAP.fullmatch(sentence, _end(a), b.start)
        if gap is None or gap.lastgroup != "stretch":
            continue  # the second only strives (力争…), after the figure it raises
        first = _first_tier(sentence, a, b)
        if first is None:
            continue
        a.tier, b.tier = first, gap.lastgroup
        a.metric = b.metric = R.TIER_IN_METRIC.sub("", a.metric)
        if a.clause.endswith(a.value_text):
            b.clause = a.clause + sentence[_end(a): _end(b)]
        if a.tier == "floor" and a.comparator == "=":
            a.comparator = ">="  # 确保完成45亿元: at least 45
