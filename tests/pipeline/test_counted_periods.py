"""Periods counted in spans ("每两个月", "每半月", "每15天"): read as recurring, how often they come round a year,
and compared by it when a plan changes one into another."""

from __future__ import annotations

import pytest
from jihua.pipeline.compare.diff import compare
from jihua.pipeline.rules.targets import times_a_year
from jihua.pipeline.targets import find_targets


@pytest.mark.parametrize(("period", "often"), [
    ("每季度", 4.0), ("每月", 12.0), ("每两个月", 6.0), ("每半年", 2.0), ("每半月", 24.0), ("每三年", 1 / 3),
    ("每个季度", 4.0), ("每两周", 26.0), ("每10天", 36.5), ("每旬", 36.0), ("全年", None), ("上半年", None), (None, None),
])
def test_how_often_a_period_comes_round(period: str | None, often: float | None) -> None:
    assert times_a_year(period) == (pytest.approx(often) if often is not None else None)


@pytest.mark.parametrize(("sentence", "period", "metric"), [
    ("每两个月召开一次安全生产形势分析会", "每两个月", "召开安全生产形势分析会"),
    ("每半月开展一次河道巡查", "每半月", "开展河道巡查"),
    ("食品抽检每10天通报一次", "每10天", "食品抽检通报"),
])
def test_a_counted_period_is_the_figure_s_period_not_its_measure(sentence: str, period: str, metric: str) -> None:
    [found] = list(find_targets(sentence))
    assert (found.period, found.value) == (period, 1)
    assert period not in found.metric


PLAN = """南岭县应急管理局{year}年安全生产工作要点
一、强化隐患排查
（一）开展常态化检查。{often}组织一次重点企业安全检查，全年培训企业负责人不少于200人次。
（二）加强应急演练。组织综合应急演练不少于3次。
"""


def test_a_period_made_more_frequent_is_a_raised_period_only(parser, tmp_path) -> None:
    """每季度 → 每两个月: six times a year against four is more asked, and the wording around the period is the same."""
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(PLAN.format(year=2025, often="每季度"), encoding="utf-8")
    new.write_text(PLAN.format(year=2026, often="每两个月"), encoding="utf-8")
    result = compare(parser.parse(old), parser.parse(new))
    [changed] = [t for t in result.targets if t.status != "same"]
    assert (changed.old.period, changed.new.period) == ("每季度", "每两个月")
    assert changed.kinds == ["period"] and changed.direction == "raised"
