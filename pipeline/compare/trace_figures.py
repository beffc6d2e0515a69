"""Trace: what a summary's figures say, read before any is compared with a plan's target.

A summary restates a goal beside its result ("招商目标40家，实际新增36家"): the restated figure is no result, and
beside a completion rate ("任务3000人次，完成率105%") it gives the count done. A running total or a figure over several
years ("累计建成36间", "近两年") is no year's result. Figures are compared as diff compares them (`target_pairs.in_base`: 1500公顷 against 2万亩, 18台 against 20台（套）) and
reported in the plan's unit (12650人次 = 1.265万人次).
"""

from __future__ import annotations

import re

from jihua.pipeline.compare.target_pairs import in_base
from jihua.pipeline.rules.compare_words import (
    COMPLETION_RATE,
    RESTATED_GOAL,
    SCOPE_OPENING,
    STOCK,
    YEARS_SHARE,
    YEARS_SPAN,
)
from jihua.pipeline.rules.periods import THIS as THIS_YEAR
from jihua.pipeline.rules.targets import PERCENT_UNITS
from jihua.pipeline.text.script import folded
from jihua.schemas import plan

# figures a text states, each as (value in its base unit, base unit): `figure_of`
Figures = frozenset[tuple[float, str]]


def figure_of(t: plan.Target) -> tuple[float, str]:
    """A figure in the unit diff compares it in (`in_base`), to compare as stated: "12处" → (12, 处), "4600万元" →
    (4.6e7, 元), "2万亩" and "1333.33公顷" alike in 平方米."""
    unit, amount = in_base(t)
    return amount, unit


def passage_figures(passages: list[tuple[str, str]], stated: list[plan.Target]) -> list[Figures]:
    """The figures each summary passage states (its sentences' achievements and targets), as `figure_of`s."""
    return [frozenset(figure_of(f) for f in stated if f.unit and (f.sentence or f.text) in text) for text, _ in passages]


def results(stated: list[plan.Target]) -> list[plan.Target]:
    """The summary's results among the figures it states: a goal it restates ("招商目标40家，实际新增36家":
    40, `RESTATED_GOAL`) is none, unless the share of it done stands beside it ("培训任务3000人次，完成率105%"): then
    it gives the count done (3150)."""
    out = []
    for a in stated:
        if not RESTATED_GOAL.search(_before_figure(a)):
            out.append(a)
        elif (done := _share_done(a, stated)) is not None:
            out.append(a.model_copy(update={"value": round(float(a.value) * done, 6),
                                            "normalized": float(a.normalized or a.value) * done}))
    return out


def _share_done(goal: plan.Target, stated: list[plan.Target]) -> float | None:
    """The share of a restated goal its sentence says was done ("…，完成率105%" → 1.05), or None."""
    for r in stated:
        if r is not goal and r.sentence == goal.sentence and (r.base_unit or r.unit) == "%" \
                and COMPLETION_RATE.search(_before_figure(r)):
            return float(r.value) / 100
    return None


def _before_figure(t: plan.Target) -> str:
    """A stated figure's clause up to its figure ("全年招商目标40家" → "全年招商目标"), or "" when the
    figure is not printed in digits with its unit."""
    text = folded(t.text)
    m = re.search(rf"\d+(?:\.\d+)?\s*{re.escape(folded(t.unit))}", text) if t.unit else None
    return text[:m.start()] if m else ""


def to_date(r: plan.Target, year: int | None) -> bool:
    """A reported figure that totals more than the year: a stock or running total ("累计建成智慧教室36间",
    "全市拥有4A级景区12家", a sentence opening "截至年底，…") or a span of years ("近两年", "2024年以来",
    "2024—2025年"). A rate at the year's end is the year's rate: for one only 累计 and a span count."""
    clause = r.text
    if THIS_YEAR.search(clause):
        return False
    rate = (r.base_unit or r.unit) in PERCENT_UNITS

    def years(text: str) -> bool:
        return any(not (m.group("since") and year is not None and int(m.group("since")) == year)
                   for m in YEARS_SPAN.finditer(text))

    stock = STOCK.search(clause)
    if years(clause) or (stock and (not rate or stock.group(0) == "累计")):
        return True
    opening = SCOPE_OPENING.match(r.sentence or "")
    if opening is None or YEARS_SHARE.search(clause):
        return False
    return years(opening.group(0)) or not rate


def in_unit_of(t: plan.Target, got: plan.Target) -> float:
    """The summary's figure in the plan's unit as printed: 12650人次 against "1万人次" is 1.265 (万人次), 1500公顷
    against "2万亩" 2.25 (万亩)."""
    want, have = figure_of(t)[0], figure_of(got)[0]
    if not (want and t.value):
        return got.value
    return round(have / (want / float(t.value)), 6)
