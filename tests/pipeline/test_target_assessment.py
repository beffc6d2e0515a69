"""Figures an assessment plan prints beside its targets that set nothing: its scoring rules, the counts of whom it
covers, a sum split by where its money comes from, the number of a table; and a length of time in years, a figure
when a bound holds it. Sentences are our own."""

from __future__ import annotations

import pytest
from jihua.pipeline.targets import find_targets


def _figures(sentence: str) -> list[tuple[float, str, str]]:
    return [(f.value, f.unit, f.comparator) for f in find_targets(sentence)]


@pytest.mark.parametrize("sentence", [
    # a part's share of the total score, a weight stated, points a rule adds or takes away, a quota on a grade
    "季度督查结果占年度综合考评总分的25%。",
    "群众测评成绩占全年总成绩的15%，年终述职占总分的20%。",
    "本目标书完成情况纳入街道年度综合考评，权重占12%。",
    "安全生产工作权重为15%。",
    "获得部级表彰的每项加2分，加分累计不超过5分。",
    "扣分最多不超过8分。",
    "各单位考评优秀等次比例原则上不超过25%。",
    # whom the plan covers: its objects stated, a list after a whole, a network covering the whole
    "考评对象为青川市8个街道、35个市直单位和6家驻市企业。",
    "全市9个街道（乡镇）、52个市直部门和11家垂管单位。",
    "本工程覆盖全县14个中心卫生院、5个分院和120个村卫生所。",
    # the number of a table or an annex, whatever character follows it
    "附表4　项目绩效自评表",
])
def test_sets_no_figure(sentence: str) -> None:
    assert _figures(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # a length of time in years: governed by a comparison word, or a bound ending its clause
    ("新购医疗设备使用年限≥8年。", [(8, "年", ">=")]),
    ("路灯维护服务合同期限不少于3年。", [(3, "年", ">=")]),
    ("绿化养护期2年以上。", [(2, "年", ">=")]),
])
def test_years_bounded(sentence: str, expected: list) -> None:
    assert _figures(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a score to reach and a share of people are targets in an assessment plan too
    ("力争全区营商环境综合考评得分达到92分以上。", [(92, "分", ">=")]),
    ("企业群众满意度达到96%以上。", [(96, "%", ">=")]),
    ("九年级学业考试优秀率达到35%以上。", [(35, "%", ">=")]),
    # a floor the plan asks another assessment to give its work is a commitment
    ("将河湖管护纳入镇街年度考核，考核权重不低于6%。", [(6, "%", ">=")]),
    # made things are counted, with or without a whole named
    ("新建4个社区服务项目。", [(4, "个", "=")]),
    ("新建基站覆盖18个行政村。", [(18, "个", "=")]),
    ("对全县11个乡镇和新建的4个园区开展检查。", [(4, "个", "=")]),
    # a sum split by where its money comes from: the sum alone; a split with a measure of its own stays a figure
    ("项目计划总投资1500万元，其中省级补助资金900万元、县级配套600万元。", [(1500, "万元", "=")]),
    ("全年减免税费3.5亿元，其中小微企业减免约2亿元。", [(3.5, "亿元", "="), (2, "亿元", "≈")]),
    # a noun ending in 表 or 图 counts what follows
    ("推选人大代表4名。", [(4, "名", "=")]),
])
def test_still_a_target(sentence: str, expected: list) -> None:
    assert _figures(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "报名人员须具有4年以上相关工作经验。",  # a condition to qualify
    "近4年累计开展培训。",
    "2026年以上目标全面完成。",  # a calendar year
    "全县小学4年级学生参加测试。",
])
def test_years_no_figure(sentence: str) -> None:
    assert [f for f in _figures(sentence) if f[1] == "年"] == []


def test_years_naming_a_plan_stay_in_its_words() -> None:
    """A span that qualifies a name is no figure: the lead-in clause with it still opens the figure's text."""
    found = list(find_targets("启动新的3年城中村改造攻坚计划，今年开工2.5万套。"))
    assert [(f.value, f.unit) for f in found] == [(2.5, "万套")]
    assert found[0].clause.startswith("启动新的3年城中村改造攻坚计划") and "3年" in found[0].metric
