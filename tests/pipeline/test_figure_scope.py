"""The whole a count names, not a figure set (`pipeline/figure_scope.py`): a whole that is the subject of a clause
setting its own figure, and things already there named as what an upkeep verb works on. Sentences are our own."""

from __future__ import annotations

import pytest
from jihua.pipeline.targets import find_targets


def _read(sentence: str) -> list[tuple]:
    return [(f.value, f.unit, f.comparator) for f in find_targets(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the whole named as the subject of a clause that sets a figure for every one of them: only that figure
    ("2026年底前全市58个行政村集体经营性收入全部达到15万元以上。", [(15, "万元", ">=")]),
    ("推动全区30家养老机构护理型床位占比均不低于60%。", [(60, "%", ">=")]),
    ("辖区内17所中小学午餐满意度达到90分以上。", [(90, "分", ">=")]),
    # …no whole before it: the count is what is done
    ("新建58个村级便民服务站。", [(58, "个", "=")]),
    ("58个行政村全部完成户厕改造。", [(58, "个", "=")]),
    # …a verb of making before the whole: what is made, then its size
    ("新建全县2个县级应急物资储备库面积达到1000平方米以上。", [(2, "个", "="), (1000, "平方米", ">=")]),
    # …the whole acted on, no figure of its own set for it
    ("对全县64家养老机构开展消防检查。", [(64, "家", "=")]),
])
def test_a_whole_that_is_the_subject_of_its_own_figure_is_its_scope(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected


def test_a_scope_count_leaves_no_target_of_its_own_in_the_clause() -> None:
    [found] = find_targets("2026年底前全市58个行政村集体经营性收入全部达到15万元以上。")
    assert "集体经营性收入" in found.metric


@pytest.mark.parametrize(("sentence", "expected"), [
    # things already there, named as what an upkeep verb works on: their count is no figure set
    ("规范镇退役军人服务站和12个村服务站运行，做到有场所、有人员。", []),
    ("加强9个社区食堂日常管理。", []),
    ("完善城区7个公共停车场规范化管理。", []),
    # …a verb of making, a bound or another object keeps it one
    ("新建12个村服务站。", [(12, "个", "=")]),
    ("建成12个村级服务站并投入运行。", [(12, "个", "=")]),
    ("规范建设12个村服务站运行。", [(12, "个", "=")]),
    ("完善9个社区服务站服务功能。", [(9, "个", "=")]),
    ("加强不少于20个重点站点运行监测。", [(20, "个", ">=")]),
])
def test_a_count_of_what_exists_kept_up_is_no_target(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected
